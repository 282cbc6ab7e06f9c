"""Figures read at the page's size: legends beside the data, whole-number ticks on counts."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from dossier import figures  # noqa: E402

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
