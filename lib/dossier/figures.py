"""Figures for the notebooks, titled and captioned, saved byte-reproducibly as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

#: Fixed colours per actor type, so every figure of every article reads the same way.
TYPE_COLOURS = {"person": "#1b6ca8", "state": "#c0392b", "organization": "#27ae60",
                "media": "#8e44ad", "group": "#d68910", "place": "#7f8c8d"}

#: Fixed colours per claim kind.
KIND_COLOURS = {"direct": "#1b6ca8", "partial": "#5dade2", "indirect": "#27ae60", "according_to": "#d68910",
                "document": "#7f8c8d", "denial": "#c0392b"}
#: Fixed colours per speaker capacity.
CAPACITY_COLOURS = {"official": "#1b6ca8", "analyst": "#27ae60", "media": "#8e44ad", "state": "#c0392b",
                    "organization": "#16a085", "group": "#d68910", "document": "#7f8c8d", "other": "#95a5a6",
                    "unknown": "#bdc3c7"}

# Reproducible bytes: SVG ids from a fixed salt, no creation date in any file.
matplotlib.rcParams["svg.hashsalt"] = "dossier"
matplotlib.rcParams["svg.fonttype"] = "path"
SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}


def _caption(fig: plt.Figure, caption: str) -> None:
    fig.text(0.01, 0.005, caption, fontsize=8, color="#555555", ha="left", va="bottom", wrap=True)


def mentions_bar(actors: pd.DataFrame, *, title: str, caption: str, top: int = 20) -> plt.Figure:
    """Horizontal bars: mentions per actor, coloured by actor type."""
    data = actors.head(top)
    fig, ax = plt.subplots(figsize=(8, 0.32 * max(len(data), 4) + 1.4))
    if data.empty:
        ax.text(0.5, 0.5, "No actors found in this article", ha="center", va="center")
        ax.set_axis_off()
    else:
        sns.barplot(data=data, y="name", x="mentions", hue="type", dodge=False,
                    palette=TYPE_COLOURS, hue_order=[t for t in TYPE_COLOURS if t in set(data["type"])],
                    ax=ax)
        ax.set_xlabel("mentions (any name, metonym or demonym)")
        ax.set_ylabel("")
        ax.legend(title="type", loc="lower right", frameon=False)
    ax.set_title(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    _caption(fig, caption)
    return fig


def cooccurrence_heatmap(pairs: pd.DataFrame, *, title: str, caption: str, top: int = 15) -> plt.Figure:
    """Heatmap of sentences shared by the most connected actors."""
    fig, ax = plt.subplots(figsize=(9, 8))
    if pairs.empty:
        ax.text(0.5, 0.5, "No two actors share a sentence", ha="center", va="center")
        ax.set_axis_off()
    else:
        degree = pd.concat([pairs.groupby("name_a")["sentences"].sum(),
                            pairs.groupby("name_b")["sentences"].sum()]).groupby(level=0).sum()
        keep = sorted(degree.sort_values(ascending=False, kind="stable").head(top).index)
        both = pd.concat([pairs.rename(columns={"name_a": "x", "name_b": "y"}),
                          pairs.rename(columns={"name_a": "y", "name_b": "x"})])
        both = both[both["x"].isin(keep) & both["y"].isin(keep)]
        matrix = both.pivot_table(index="y", columns="x", values="sentences", aggfunc="sum",
                                  fill_value=0).reindex(index=keep, columns=keep, fill_value=0)
        sns.heatmap(matrix, annot=True, fmt="d", cmap="Blues", cbar_kws={"label": "shared sentences"},
                    linewidths=0.5, ax=ax)
        ax.set_xlabel("")
        ax.set_ylabel("")
    ax.set_title(title)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    _caption(fig, caption)
    return fig


def _stacked(table: pd.DataFrame, colours: dict[str, str], *, title: str, caption: str, xlabel: str,
             legend: str, empty: str) -> plt.Figure:
    fig, ax = plt.subplots(figsize=(8.5, 0.34 * max(len(table), 4) + 1.6))
    if table.empty:
        ax.text(0.5, 0.5, empty, ha="center", va="center")
        ax.set_axis_off()
    else:
        cols = [c for c in colours if c in table.columns]
        table[cols].plot(kind="barh", stacked=True, color=[colours[c] for c in cols], ax=ax, width=0.75)
        ax.invert_yaxis()
        ax.set_xlabel(xlabel)
        ax.set_ylabel("")
        ax.legend(title=legend, loc="lower right", frameon=False)
    ax.set_title(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    _caption(fig, caption)
    return fig


def _counts(df: pd.DataFrame, row: str, col: str) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame()
    table = pd.crosstab(df[row], df[col])
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    return table.loc[sorted(order.index, key=lambda k: (-order[k], k))]


def claims_per_speaker(claims: pd.DataFrame, *, title: str, caption: str) -> plt.Figure:
    """Stacked bars: claims per speaker (resolved name, else the words naming them), by kind."""
    df = claims.assign(who=claims["speaker"].where(claims["speaker"] != "", claims["speaker_text"]))
    df["who"] = df["who"].replace("", "(no speaker)")
    return _stacked(_counts(df, "who", "kind"), KIND_COLOURS, title=title, caption=caption,
                    xlabel="claims", legend="kind", empty="No claims found in this article")


def claims_by_side(claims: pd.DataFrame, *, title: str, caption: str) -> plt.Figure:
    """Stacked bars: claims per side (whom the speaker speaks for), by the speaker's capacity."""
    return _stacked(_counts(claims, "side", "capacity"), CAPACITY_COLOURS, title=title, caption=caption,
                    xlabel="claims", legend="speaker", empty="No claims found in this article")


def save(fig: plt.Figure, folder: Path, name: str) -> list[Path]:
    """Write ``name.png`` and ``name.svg`` into ``folder``; the same figure gives the same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in ("png", "svg"):
        path = folder / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, dpi=110, metadata=SAVE_METADATA[fmt])
        paths.append(path)
    return paths
