"""Figures for the notebooks, titled and captioned, saved byte-reproducibly as PNG and SVG."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.ticker import MaxNLocator

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


#: The legend entry of claims whose speaker no one named.
NO_SPEAKER = "(speaker not named)"


def _finish(fig: plt.Figure, ax: plt.Axes, *, title: str, caption: str, bottom: float = 0.05) -> plt.Figure:
    """Title, tight layout leaving room at the bottom, and the caption naming the article."""
    ax.set_title(title)
    fig.tight_layout(rect=(0, bottom, 1, 1))
    fig.text(0.01, 0.005, fitted(fig, caption), fontsize=8, color="#555555", ha="left", va="bottom")
    return fig


def fitted(fig: plt.Figure, text: str, *, fontsize: float = 8) -> str:
    """``text`` broken into lines that fit the figure's width, counting characters (textwrap) with
    an average character taken as 0.6 of the font size, on the wide side. matplotlib's own
    ``wrap=True`` measures every candidate line in every format saved: a fifth of a map's drawing."""
    width = max(20, int((fig.get_figwidth() * 72 - 14) / (fontsize * 0.6)))
    return "\n".join(textwrap.fill(part, width) if part else part for part in text.split("\n"))


def _whole(axis: matplotlib.axis.Axis) -> None:
    """Ticks on whole numbers only: the axis counts things."""
    axis.set_major_locator(MaxNLocator(integer=True))


def _count_bar(label: str) -> dict:
    """A heatmap's colour bar of counts: labelled, whole-number ticks."""
    return {"label": label, "ticks": MaxNLocator(integer=True)}


def _legend_outside(ax: plt.Axes, title: str) -> None:
    """The legend to the right of the axes, never over the data."""
    ax.legend(title=title, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, borderaxespad=0)


def _empty(ax: plt.Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center")
    ax.set_axis_off()


def mentions_bar(actors: pd.DataFrame, *, title: str, caption: str, top: int = 20) -> plt.Figure:
    """Horizontal bars: mentions per actor, most mentioned first (ties in the order given),
    coloured by actor type; the caption says how many actors are left out."""
    if not actors.empty:
        caption = _left_out(caption, top, len(actors), "actors")
        actors = actors.sort_values("mentions", ascending=False, kind="stable")
    data = actors.head(top)
    fig, ax = plt.subplots(figsize=(8, 0.32 * max(len(data), 4) + 1.4))
    if data.empty:
        _empty(ax, "No actors found in this article")
    else:
        sns.barplot(data=data, y="name", x="mentions", hue="type", dodge=False,
                    palette=TYPE_COLOURS, hue_order=[t for t in TYPE_COLOURS if t in set(data["type"])],
                    ax=ax)
        ax.set_xlabel("mentions (any name, metonym or demonym)")
        ax.set_ylabel("")
        _whole(ax.xaxis)
        _legend_outside(ax, "type")
    return _finish(fig, ax, title=title, caption=caption, bottom=0.05)


def cooccurrence_heatmap(pairs: pd.DataFrame, *, title: str, caption: str, top: int = 15) -> plt.Figure:
    """Heatmap of sentences shared by the most connected actors."""
    fig, ax = plt.subplots(figsize=(9, 8))
    if pairs.empty:
        _empty(ax, "No two actors share a sentence")
    else:
        degree = pd.concat([pairs.groupby("name_a")["sentences"].sum(),
                            pairs.groupby("name_b")["sentences"].sum()]).groupby(level=0).sum()
        keep = sorted(degree.sort_values(ascending=False, kind="stable").head(top).index)
        both = pd.concat([pairs.rename(columns={"name_a": "x", "name_b": "y"}),
                          pairs.rename(columns={"name_a": "y", "name_b": "x"})])
        both = both[both["x"].isin(keep) & both["y"].isin(keep)]
        matrix = both.pivot_table(index="y", columns="x", values="sentences", aggfunc="sum",
                                  fill_value=0).reindex(index=keep, columns=keep, fill_value=0)
        sns.heatmap(matrix, annot=True, fmt="d", cmap="Blues", cbar_kws=_count_bar("shared sentences"),
                    linewidths=0.5, ax=ax)
        ax.set_xlabel("")
        ax.set_ylabel("")
    return _finish(fig, ax, title=title, caption=caption, bottom=0.04)


def _left_out(caption: str, shown: int, total: int, noun: str) -> str:
    """The caption, saying how many rows a figure leaves out when it shows only the first ones."""
    if total <= shown:
        return caption
    stop = "" if caption.rstrip().endswith((".", "!", "?")) or not caption else "."
    return f"{caption}{stop} The {shown} {noun} with the most are shown; {total - shown} more are left out."


def _stacked(table: pd.DataFrame, colours: dict[str, str], *, title: str, caption: str, xlabel: str,
             legend: str, empty: str, top: int = 25, noun: str = "rows") -> plt.Figure:
    """Stacked horizontal bars of the ``top`` rows of ``table`` (ordered most first); the caption
    says how many more there are, so that a figure over hundreds of articles stays readable."""
    caption = _left_out(caption, top, len(table), noun)
    table = table.head(top)
    fig, ax = plt.subplots(figsize=(8.5, 0.34 * max(len(table), 4) + 1.6))
    if table.empty:
        _empty(ax, empty)
    else:
        cols = [c for c in colours if c in table.columns]
        shown = table[cols].rename(columns=lambda c: c.replace("_", " "), index=lambda r: str(r).replace("_", " "))
        shown.plot(kind="barh", stacked=True, color=[colours[c] for c in cols], ax=ax, width=0.75)
        ax.set_xlim(0, shown.sum(axis=1).max() * 1.06)
        ax.invert_yaxis()
        ax.set_xlabel(xlabel)
        ax.set_ylabel("")
        _whole(ax.xaxis)
        _legend_outside(ax, legend.replace("_", " "))
    return _finish(fig, ax, title=title, caption=caption, bottom=0.05)


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
                    xlabel="claims", legend="kind", empty="No claims found in this article", noun="speakers")


def claims_by_side(claims: pd.DataFrame, *, title: str, caption: str) -> plt.Figure:
    """Stacked bars: claims per side (whom the speaker speaks for), by the speaker's capacity."""
    return _stacked(_counts(claims, "side", "capacity"), CAPACITY_COLOURS, title=title, caption=caption,
                    xlabel="claims", legend="speaker", empty="No claims found in this article", noun="sides")


STATUS_COLOURS = {"in_force": "#c0392b", "expected": "#d68910", "threatened": "#f4d03f", "lifted": "#27ae60"}
PROJECT_STATUS_COLOURS = {"operating": "#27ae60", "under_construction": "#1b6ca8", "in_development": "#5dade2",
                          "planned": "#d68910", "proposed": "#f4d03f", "halted": "#c0392b"}
DEFENSE_COLOURS = {"yes": "#c0392b", "no": "#1b6ca8", "not stated": "#95a5a6"}


def sanctions_matrix(pairs: pd.DataFrame, *, title: str, caption: str, top: int = 40) -> plt.Figure:
    """Who sanctions whom: imposers and targets on the two axes, sanction mentions in cells.

    Stays readable with many targets: the longer list goes down the rows (names read
    horizontally), the figure grows with the lists, the ``top`` most sanctioned targets are
    kept (the caption says how many were left out), and cells carry their status only while
    there is room for it."""
    if pairs.empty:
        fig, ax = plt.subplots(figsize=(7.5, 5))
        _empty(ax, "No sanctions with a stated target in this article")
        return _finish(fig, ax, title=title, caption=caption, bottom=0.05)
    counts = pairs["target"].value_counts()
    kept = sorted(counts.index, key=lambda t: (-counts[t], t))[:top]
    left_out = len(counts) - len(kept)
    pairs = pairs[pairs["target"].isin(kept)]
    matrix = pd.crosstab(pairs["imposer"], pairs["target"])
    status = pairs.groupby(["imposer", "target"])["status"].agg(lambda s: ", ".join(sorted(set(s))))
    labels = matrix.copy().astype(str)
    roomy = matrix.size <= 40
    for (i, t), st in status.items():
        labels.loc[i, t] = f"{matrix.loc[i, t]}\n{st}" if roomy else str(matrix.loc[i, t])
    labels = labels.where(matrix > 0, "")
    order = [t for t in kept if t in matrix.columns]  # the most sanctioned first
    matrix, labels = matrix[order], labels[order]
    rows_are_targets = matrix.shape[1] > matrix.shape[0]
    if rows_are_targets:
        matrix, labels = matrix.T, labels.T
    n_rows, n_cols = matrix.shape
    fig, ax = plt.subplots(figsize=(max(7.5, 1.1 * n_cols + 4), max(5, 0.38 * n_rows + 2)))
    sns.heatmap(matrix, annot=labels, fmt="", cmap="Reds", cbar_kws=_count_bar("sanction mentions"),
                linewidths=0.5, ax=ax, vmin=0, annot_kws={"fontsize": 8 if roomy else 7})
    ax.set_xlabel("imposer" if rows_are_targets else "target")
    ax.set_ylabel("target" if rows_are_targets else "imposer")
    ax.tick_params(axis="y", rotation=0)
    ax.tick_params(axis="x", rotation=30)
    plt.setp(ax.get_xticklabels(), ha="right")
    if left_out:
        caption = f"{caption} The {top} most sanctioned targets are shown; {left_out} more are left out."
    return _finish(fig, ax, title=title, caption=caption, bottom=0.05)


def counts_by(df: pd.DataFrame, row: str, col: str, colours: dict[str, str], *, title: str, caption: str,
              xlabel: str, empty: str, split: str | None = None) -> plt.Figure:
    """Stacked bars of ``row`` values by ``col``; ``split`` separates multi-valued cells ("a; b")."""
    data = df
    if split and not df.empty:
        data = df.assign(**{row: df[row].str.split(split)}).explode(row)
        data = data[data[row].astype(bool)]
    return _stacked(_counts(data, row, col) if not data.empty else pd.DataFrame(), colours, title=title,
                    caption=caption, xlabel=xlabel, legend=col, empty=empty, noun=f"{row}s")


def agreements_parties(parties: pd.DataFrame, *, title: str, caption: str, top: int = 30) -> plt.Figure:
    """Agreements side by side: which parties each binds, coloured by mutual defence; across many
    articles the ``top`` parties bound by most agreements, and the agreements binding them."""
    if not parties.empty:
        bound = parties.groupby("party")["agreement"].nunique()
        first = {p: i for i, p in enumerate(dict.fromkeys(parties["party"]))}
        kept = sorted(bound.index, key=lambda p: (-bound[p], first[p]))[:top]
        caption = _left_out(caption, top, len(bound), "parties")
        parties = parties[parties["party"].isin(kept)]
    n_agreements = parties["agreement"].nunique() if len(parties) else 0
    many = n_agreements > 6  # then the agreements' names stand upright, and the figure widens with them
    fig, ax = plt.subplots(figsize=(max(8.5, 6 + 0.3 * n_agreements * many),
                                    0.45 * max(parties["party"].nunique() if len(parties) else 0, 4) + 2
                                    + 1.5 * many))
    if parties.empty:
        _empty(ax, "No agreements found in this article")
    else:
        agreements = list(dict.fromkeys(parties["agreement"]))
        members = list(dict.fromkeys(parties["party"]))
        # an agreement is shown by its label (name or first words), made distinct where two read alike
        named = dict(zip(parties["agreement"], parties["label"], strict=True)) if "label" in parties else {}
        seen: dict[str, int] = {}
        for a in agreements:
            seen[named.get(a, a)] = seen.get(named.get(a, a), 0) + 1
        shown = {a: named.get(a, a) if seen[named.get(a, a)] == 1 else f"{named.get(a, a)} [{a}]" for a in agreements}
        x = parties["agreement"].map(agreements.index)
        y = parties["party"].map(members.index)
        for value, colour in DEFENSE_COLOURS.items():
            here = parties["mutual_defense"] == value
            ax.scatter(x[here], y[here], s=260, color=colour, zorder=3)
            ax.scatter([], [], color=colour, s=120, label=value)
        longest = 44 if many else 28
        ax.set_xticks(range(len(agreements)), [shown[a] if len(shown[a]) < longest else shown[a][:longest - 2] + "…"
                                               for a in agreements],
                      rotation=90 if many else 20, ha="center" if many else "right")
        ax.set_yticks(range(len(members)), members)
        ax.invert_yaxis()
        ax.grid(True, color="#eeeeee", zorder=0)
        ax.legend(title="mutual defence", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return _finish(fig, ax, title=title, caption=caption, bottom=0.05)


def article_labels(articles: pd.DataFrame, *, width: int = 28) -> dict[str, str]:
    """Short, distinct labels for articles (id -> label): the title cut to ``width`` characters,
    with the date or id after it when two would read the same."""
    labels: dict[str, str] = {}
    for a, t in zip(articles["article"], articles["title"], strict=True):
        title = str(t or a)
        labels[a] = title if len(title) <= width else title[:width - 1].rstrip() + "…"
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    dates = dict(zip(articles["article"], articles["date"], strict=True))
    return {a: f"{lab} ({dates[a] or a})" if seen[lab] > 1 else lab for a, lab in labels.items()}


def presence(actors: pd.DataFrame, *, title: str, caption: str, top: int = 20,
             articles: pd.DataFrame | None = None) -> plt.Figure:
    """Heatmap of who appears where: the actors in most articles (then most mentioned), cells
    are mentions; columns are labelled by the articles' titles when ``articles`` is given."""
    n_actors = actors["name"].nunique() if not actors.empty else 0
    fig, ax = plt.subplots(figsize=(9, 0.35 * min(top, max(n_actors, 4)) + 2.5))
    if actors.empty:
        _empty(ax, "No actors in this corpus")
    else:
        g = actors.groupby("name")
        spread, total = g["article"].nunique(), g["mentions"].sum()
        ranked = sorted(spread.index, key=lambda n: (-spread[n], -total[n]))
        keep = ranked[:top]
        caption = _left_out(caption, top, len(ranked), "actors")
        matrix = actors[actors["name"].isin(keep)].pivot_table(index="name", columns="article", values="mentions",
                                                                aggfunc="sum", fill_value=0).reindex(keep)
        if articles is not None and not articles.empty:
            matrix = matrix.rename(columns=article_labels(articles))
        roomy = matrix.size <= 400  # numbers in the cells only while they can be read
        sns.heatmap(matrix, annot=roomy, fmt="g", cmap="Blues", cbar_kws=_count_bar("mentions"),
                    linewidths=0.5 if roomy else 0, ax=ax)
        ax.set_xlabel("article")
        ax.set_ylabel("")
    return _finish(fig, ax, title=title, caption=caption, bottom=0.04)


def claims_timeline(over_time: pd.DataFrame, *, title: str, caption: str, top: int = 10) -> plt.Figure:
    """Claims per article date, stacked by the most quoted speakers (others grouped)."""
    fig, ax = plt.subplots(figsize=(9, 5))
    if over_time.empty:
        _empty(ax, "No claims in this corpus")
    else:
        totals = over_time.groupby("speaker")["claims"].sum().sort_values(ascending=False, kind="stable")
        main = sorted(totals.index[:top], key=lambda s: (-totals[s], s))
        df = over_time.assign(speaker=over_time["speaker"].where(over_time["speaker"].isin(main), "others"))
        df["speaker"] = df["speaker"].replace("", NO_SPEAKER)
        main = [NO_SPEAKER if s == "" else s for s in main]
        table = df.pivot_table(index="date", columns="speaker", values="claims", aggfunc="sum", fill_value=0)
        table = table[[s for s in [*main, "others"] if s in table.columns]]
        table.plot(kind="bar", stacked=True, ax=ax, width=0.8, colormap="tab20")
        ax.set_xlabel("article date")
        ax.set_ylabel("claims")
        _whole(ax.yaxis)
        ax.legend(title="speaker", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
        # dates stand upright once they would run into each other
        ax.tick_params(axis="x", rotation=0 if len(table) <= 6 else 90, labelsize=8 if len(table) > 12 else 10)
    return _finish(fig, ax, title=title, caption=caption, bottom=0.04)


def save(fig: plt.Figure, folder: Path, name: str) -> list[Path]:
    """Write ``name.png`` and ``name.svg`` into ``folder``; the same figure gives the same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in ("png", "svg"):
        path = folder / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, dpi=110, metadata=SAVE_METADATA[fmt])
        paths.append(path)
    return paths
