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


def save(fig: plt.Figure, folder: Path, name: str) -> list[Path]:
    """Write ``name.png`` and ``name.svg`` into ``folder``; the same figure gives the same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in ("png", "svg"):
        path = folder / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, dpi=110, metadata=SAVE_METADATA[fmt])
        paths.append(path)
    return paths
