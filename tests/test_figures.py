"""Figures read at the page's size: legends beside the data, whole-number ticks on counts."""

from itertools import pairwise

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from dossier.site import figures  # noqa: E402

SANCTIONS = pd.DataFrame({"domains": ["trade; finance", "energy", "trade", "finance; energy"],
                          "status": ["in_force", "threatened", "in_force", "lifted"]})
PROJECTS = pd.DataFrame({"kind": ["railway", "port", "railway"], "status": ["planned", "operating", "planned"]})
ACTORS = pd.DataFrame({"name": ["Northland", "Southland", "Ana Example"], "type": ["state", "state", "person"],
                       "mentions": [3, 2, 1]})
CLAIMS = pd.DataFrame({"speaker": ["Ana Example", "", "Ana Example"], "speaker_text": ["she", "officials", "she"],
                       "kind": ["direct", "indirect", "denial"], "side": ["Northland", "unaffiliated", "Northland"],
                       "capacity": ["official", "unknown", "official"]})


FIGURES = {
    "domains_by_status": lambda: figures.counts_by(SANCTIONS, "domains", "status", figures.STATUS_COLOURS,
                                                   split="; ", title="t", caption="c", xlabel="sanction mentions",
                                                   empty="none"),
    "kinds_by_status": lambda: figures.counts_by(PROJECTS, "kind", "status", figures.PROJECT_STATUS_COLOURS,
                                                 title="t", caption="c", xlabel="projects", empty="none"),
    "mentions": lambda: figures.mentions_bar(ACTORS, title="t", caption="c"),
    "claims_per_speaker": lambda: figures.claims_per_speaker(CLAIMS, title="t", caption="c"),
    "claims_by_side": lambda: figures.claims_by_side(CLAIMS, title="t", caption="c"),
}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.mark.parametrize("name", list(FIGURES))
def test_legends_sit_outside_the_data_and_count_ticks_are_whole(name):
    fig = FIGURES[name]()
    fig.canvas.draw()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent()
    data = ax.get_window_extent()
    assert legend.x0 >= data.x1, name  # to the right of the axes, not over the bars
    assert legend.x1 <= fig.bbox.x1 + 1, name  # and inside the figure
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), (name, ticks)


def test_status_names_read_as_words_in_legends_and_rows():
    fig = FIGURES["kinds_by_status"]()
    assert "in force" not in [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    fig = FIGURES["domains_by_status"]()
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["in force", "threatened", "lifted"]


def test_a_bar_figure_over_many_speakers_shows_the_top_ones_and_says_how_many_it_leaves_out():
    many = pd.DataFrame({"speaker": [f"Speaker {i:02d}" for i in range(30) for _ in range(30 - i)], "speaker_text": "",
                         "kind": "direct"})
    fig = figures.claims_per_speaker(many, title="t", caption="30 articles.")
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert shown[0] == "Speaker 00" and shown[-1] == "Speaker 24" and len(shown) == 25
    assert fig.texts[-1].get_text().endswith("The 25 speakers with the most are shown; 5 more are left out.")


def test_a_bar_figure_within_its_limit_leaves_its_caption_alone():
    assert FIGURES["claims_per_speaker"]().texts[-1].get_text() == "c"


def test_the_parties_figure_keeps_the_parties_bound_by_most_agreements():
    rows = [(f"Pact {a}", f"Party {p:02d}", "no") for p in range(40) for a in range(1 + (p < 5))]
    parties = pd.DataFrame(rows, columns=["agreement", "party", "mutual_defense"])
    fig = figures.agreements_parties(parties, title="t", caption="c", top=30)
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(shown) == 30 and shown[:5] == [f"Party {p:02d}" for p in range(5)]
    assert "10 more are left out" in fig.texts[-1].get_text()
    assert sum(len(c.get_offsets()) for c in fig.axes[0].collections) == 35  # every kept membership drawn once


def test_a_notebook_shows_the_figure_it_saved_byte_for_byte(tmp_path):
    from dossier.site import session

    outputs = session.Session(notebook="t", articles=(), dossiers=(), out=tmp_path)
    fig = FIGURES["mentions"]()
    shown = outputs.figure(fig, "mentions")
    assert shown.data == (tmp_path / "mentions.png").read_bytes()
    assert (tmp_path / "mentions.svg").exists()
    assert not plt.fignum_exists(fig.number)  # closed: the inline backend does not draw it again


def test_many_agreements_stand_upright_and_do_not_overlap():
    rows = [(f"article_{a:02d}:g1: The Long Named Agreement On Cooperation {a}", f"Party {a % 3}", "not stated")
            for a in range(12)]
    fig = figures.agreements_parties(pd.DataFrame(rows, columns=["agreement", "party", "mutual_defense"]),
                                     title="t", caption="c")
    fig.canvas.draw()
    labels = fig.axes[0].get_xticklabels()
    assert {t.get_rotation() for t in labels} == {90.0}
    boxes = [t.get_window_extent() for t in labels]
    assert not any(a.overlaps(b) for a, b in pairwise(boxes))


def _caption_of(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts)


def test_mentions_are_ordered_by_mentions_not_by_articles_and_the_caption_counts_the_rest():
    actors = pd.DataFrame({"key": list("abcd"), "name": ["Ana Ruiz", "Peru", "Chile", "Bolivia"],
                           "type": ["person", "state", "state", "state"], "articles": [3, 2, 2, 1],
                           "mentions": [11, 57, 20, 5]})
    fig = figures.mentions_bar(actors, top=3, title="t", caption="c")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Peru", "Chile", "Ana Ruiz"]
    assert "1 more are left out" in _caption_of(fig)
    plt.close(fig)


def test_presence_ranks_by_articles_then_mentions_and_labels_columns_by_distinct_titles():
    actors = pd.DataFrame({"name": ["Zed", "Amy", "Zed", "Amy", "Bo"], "article": ["a", "a", "b", "b", "a"],
                           "mentions": [9, 1, 9, 1, 1]})
    arts = pd.DataFrame({"article": ["a", "b"], "title": ["Talks resume in Lima"] * 2,
                         "date": ["2024-01-02", "2024-02-03"]})
    fig = figures.presence(actors, articles=arts, top=1, title="t", caption="c")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Zed"]  # not Amy, first by name
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Talks resume in Lima (2024-01-02)",
                                                          "Talks resume in Lima (2024-02-03)"]
    assert "2 more are left out" in _caption_of(fig)
    plt.close(fig)


def test_the_timeline_names_claims_without_a_speaker_and_stands_many_dates_upright():
    over = pd.DataFrame({"date": [f"2024-01-{d:02d}" for d in range(1, 11)], "speaker": ["", "Peru"] * 5,
                         "claims": [1] * 10})
    fig = figures.claims_timeline(over, title="t", caption="c")
    ax = fig.axes[0]
    assert figures.NO_SPEAKER in [t.get_text() for t in ax.get_legend().get_texts()]
    assert all(t.get_rotation() == 90 for t in ax.get_xticklabels())
    plt.close(fig)


def test_agreements_are_labelled_by_their_names_and_two_alike_are_told_apart():
    parties = pd.DataFrame({"agreement": ["a:g1", "a:g1", "b:g1", "b:g2"], "party": ["Peru", "Chile", "Peru", "Chile"],
                            "mutual_defense": ["no", "no", "yes", "no"],
                            "label": ["Lima Accord", "Lima Accord", "Andes Pact", "Andes Pact"]})
    fig = figures.agreements_parties(parties, title="t", caption="c")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["Lima Accord", "Andes Pact [b:g1]", "Andes Pact [b:g2]"]
    plt.close(fig)
