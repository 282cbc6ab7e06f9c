"""Dev-set accuracy does not regress: extraction on ../shared/dev scored by ``dossier evaluate``
against the committed figures (tests/accuracy.json, refreshed by ``python bench/accuracy.py``)."""

import json
from pathlib import Path

import pytest
from dossier.config import ROOT
from dossier.evaluation.evaluate import evaluate, markdown
from dossier.evaluation.gold import QUESTIONS

DEV = ROOT.parent / "shared" / "dev"
COMMITTED = json.loads((Path(__file__).parent / "accuracy.json").read_text(encoding="utf-8"))
#: How far below the committed figure a measure may fall before the test fails.
TOLERANCE = 0.02
MEASURES = [(q, "f1") for q in QUESTIONS] + [("attribution", "accuracy"), ("roles", "accuracy")]


@pytest.fixture(scope="module")
def measured():
    if not (DEV / "gold").is_dir() or not (DEV / "texts").is_dir():
        pytest.skip(f"{DEV} (the dev set) is not here")
    return evaluate(DEV, [DEV / "texts"]).summary()


@pytest.mark.parametrize(("name", "figure"), MEASURES, ids=[m[0] for m in MEASURES])
def test_dev_set_figure_does_not_drop_below_the_committed_one(measured, name, figure):
    now, then = measured[name][figure], COMMITTED[name][figure]
    assert then - now <= TOLERANCE + 1e-9, (
        f"dev-set {name} {figure} fell from {then} to {now} ({measured[name]}); if that is intended, "
        "refresh the figures with `python bench/accuracy.py` and commit tests/accuracy.json and README.md")


def test_the_readme_shows_the_committed_figures():
    assert markdown(COMMITTED) in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_committed_figures_cover_every_measure():
    for name, figure in MEASURES:
        assert isinstance(COMMITTED[name][figure], float | int), name
