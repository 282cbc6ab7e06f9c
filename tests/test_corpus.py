"""Many articles: streaming extraction, actors merged across articles, the corpus notebook,
and the Dask engine writing the same JSON Lines as the local one."""

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED
from dossier import corpus, extract
from dossier.text.article import Article, load

BIN = Path(sys.executable).parent
OTHERS = {
    "b": "Russian President Vladimir Putin met Iranian officials in Tehran on Monday. “We will deepen our ties,” "
         "Putin said. Iran and Russia face sanctions from Western countries.",
    "c": "Kremlin spokesman Dmitry Peskov said the railway project would continue. Mr. Peskov told reporters that "
         "Russia wants to build a railway through Azerbaijan to Iran.",
}


@pytest.fixture
def three(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in OTHERS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "b.meta.json").write_text('{"date": "2025-02-03", "title": "Putin in Tehran"}', encoding="utf-8")
    return folder


def test_actors_merge_across_articles_by_the_same_rules(three):
    c = corpus.corpus(extract.dossiers(load(p) for p in sorted(three.glob("*.txt"))))
    across = corpus.actors_across(c).set_index("key")
    assert across.loc["state:RUS", "articles"] == 3
    assert across.loc["person:vladimir putin", "articles"] == 2  # "Vladimir V. Putin" and "Vladimir Putin"
    assert across.loc["person:dmitry peskov", "articles"] == 2  # "Dmitry S. Peskov" and "Dmitry Peskov"
    dated = corpus.claims_over_time(c)
    assert set(dated["date"]) == {"2025-02-03", "undated"}


def test_extraction_streams_in_input_order(tmp_path):
    texts = [f"Iran and Russia met in Moscow on day {i}." for i in range(7)]
    arts = (Article(id=f"t{i}", path=tmp_path / f"t{i}.txt", text=t) for i, t in enumerate(texts))
    ids = [d.article.id for d in extract.dossiers(arts, chunk=3)]
    assert ids == [f"t{i}" for i in range(7)]


def test_extraction_leaves_the_model_and_indexes_out_of_the_collectors_sight(tmp_path):
    art = Article(id="t", path=tmp_path / "t.txt", text=f"Chile and Peru met in Lima ({tmp_path.name}).")
    list(extract.dossiers([art]))
    assert gc.get_freeze_count() > 0


@pytest.mark.e2e
def test_the_corpus_notebook_runs_on_three_articles(three, tmp_path):
    out = tmp_path / "outputs"
    result = subprocess.run([BIN / "dossier", "run", "--article", three, "--notebook", "corpus", "--notebook",
                             "actors", "--out", out], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    folder = out / "questions" / "corpus"
    for fig in ("presence", "claims_timeline", "who_sanctions_whom", "map"):
        assert (folder / f"{fig}.png").stat().st_size > 1000, fig
    across = (folder / "actors_across.csv").read_text(encoding="utf-8")
    assert "state:RUS,Russia,state,3," in across
    sql = (folder / "sanction_quotes_sql.csv").read_text(encoding="utf-8").splitlines()
    assert sql[0] == "date,title,speaker,text"  # read from the run's database
    for table in ("sanctions_across", "projects_across", "agreements_across"):
        head = (folder / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith("item,") and head.endswith(",articles,article_ids,mentions"), table
    assert 'href="questions/corpus/corpus.html"' in (out / "index.html").read_text(encoding="utf-8")
    actors = (out / "questions" / "actors" / "actors.csv").read_text(encoding="utf-8").splitlines()
    assert actors[0].startswith("article,id,name,") and {row.split(",")[0] for row in actors[1:]} == {"a", "b", "c"}


@pytest.mark.e2e
def test_the_dask_engine_writes_the_same_json_lines_as_the_local_one(three, tmp_path):
    pytest.importorskip("dask.distributed")
    local = subprocess.run([BIN / "dossier", "extract", three, "--format", "jsonl"], capture_output=True,
                           env=_env(tmp_path / "cache-local"))
    on_dask = subprocess.run([BIN / "dossier", "extract", three, "--format", "jsonl", "--engine", "dask"],
                             capture_output=True, env=_env(tmp_path / "cache-dask"))
    assert local.returncode == 0 and on_dask.returncode == 0, on_dask.stderr.decode()[-2000:]
    assert on_dask.stdout == local.stdout
    assert [json.loads(line)["article"]["id"] for line in local.stdout.splitlines()] == ["a", "b", "c"]
    assert list((tmp_path / "cache-dask").glob("*.spacy")), "the workers did not parse"


def _env(cache: Path) -> dict:
    import os
    return {**os.environ, "DOSSIER_CACHE": str(cache)}


def test_the_same_regime_project_and_agreement_are_one_corpus_item_with_their_articles(dossier_of):
    from dataclasses import replace

    a = dossier_of("Canada imposed sanctions on Peru on Monday. Chile and Peru are building the Andes Link pipeline.")
    b = dossier_of("Canada's sanctions on Peru hurt trade. The Andes Link pipeline was halted in May. "
                   "Peru and Bolivia signed the Titicaca Accord.")
    b = replace(b, article=replace(b.article, id="b"))
    c = corpus.corpus([a, b])
    (regime,) = corpus.sanctions_across(c).itertuples()
    assert (regime.imposer, regime.targets, regime.articles, regime.article_ids) == ("Canada", "Peru", 2, "b; literal")
    projects = corpus.projects_across(c)
    assert list(projects["item"]) == ["project:pipeline|andes link"] and projects["articles"][0] == 2
    (accord,) = corpus.agreements_across(c).itertuples()
    assert accord.name == "Titicaca Accord" and accord.articles == 1


@pytest.mark.parametrize("kind, name, origin, destination, key", [
    ("pipeline", "the Nord Stream pipeline", None, None, "project:pipeline|nord stream"),
    ("pipeline", "Nord Stream 2", None, None, "project:pipeline|nord stream 2"),
    ("railway", None, "Mombasa", "Kampala", "project:railway|mombasa>kampala"),
    ("railway", None, "Mombasa", None, None),
])
def test_a_projects_corpus_key_comes_from_its_name_or_its_route(kind, name, origin, destination, key):
    assert corpus.project_key(kind, name, origin, destination) == key


def test_the_corpus_notebook_run_by_hand_makes_its_database_in_scratch(three, tmp_path):
    env = {**__import__("os").environ, "DOSSIER_OUTPUTS": str(tmp_path / "outputs")}
    result = subprocess.run([BIN / "papermill", Path(__file__).parents[1] / "notebooks" / "corpus.ipynb",
                             tmp_path / "out.ipynb", "-y", f"articles: [{three}]"], capture_output=True, text=True,
                            cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "outputs" / "scratch" / "dossier.sqlite").exists()
    assert (tmp_path / "outputs" / "scratch" / "questions" / "corpus" / "sanction_quotes_sql.csv").exists()
