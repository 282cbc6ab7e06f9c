"""End to end: the real notebooks executed by papermill, the site they render, and reruns."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import SEED
from dossier import tables
from dossier.config import NOTEBOOKS
from dossier.site import figures, runner
from dossier.site import publish as site

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def test_dossier_run_executes_every_question_notebook_once_and_writes_figures_and_tables(site_run):
    questions = site_run / runner.QUESTIONS
    for name in runner.notebook_names():
        assert runner.executed_errors(questions / name / f"{name}.ipynb") == [], name
        assert (questions / name / f"{name}.html").stat().st_size > 10_000, name
    expected = {"actors": (["mentions", "cooccurrence"], ["actors", "mentions", "cooccurrence"]),
                "claims": (["claims_per_speaker", "claims_by_side"], ["claims", "contested"]),
                "sanctions": (["who_sanctions_whom", "domains_by_status"], ["sanctions", "sanction_pairs"]),
                "projects": (["map", "kinds_by_status"], ["projects"]),
                "agreements": (["parties"], ["agreements", "agreement_parties"]),
                "overview": (["key"], [])}
    for notebook, (figs, csvs) in expected.items():
        for fig in figs:
            assert (questions / notebook / f"{fig}.png").stat().st_size > 1000, (notebook, fig)
            assert (questions / notebook / f"{fig}.svg").read_text(encoding="utf-8").startswith("<?xml")
        for name in csvs:
            assert len((questions / notebook / f"{name}.csv").read_text(encoding="utf-8").splitlines()) >= 2
    contested = (questions / "claims" / "contested.csv").read_text(encoding="utf-8").splitlines()
    assert ",denial," in contested[1]
    assert "Vladimir V. Putin" in (questions / "actors" / "actors.csv").read_text(encoding="utf-8")


def test_each_article_has_a_page_made_from_its_records_with_every_record_linked(site_run):
    import json
    folder = site_run / SEED.stem
    records = json.loads((folder / "records.json").read_text(encoding="utf-8"))
    page = (folder / "index.html").read_text(encoding="utf-8")
    for kind in ("actors", "claims", "sanctions", "projects", "agreements"):
        assert records[kind], kind
        for record in records[kind]:
            singular = kind[:-1]
            assert f'id="{singular}-{record["id"]}"' in page, (kind, record["id"])  # its row
            assert f'id="at-{singular}-{record["id"]}"' in page, (kind, record["id"])  # its words in the text
    assert "<script" not in page


def test_a_clean_run_prints_only_the_progress_bar_and_the_output_paths(site_run):
    stdout = (site_run.parent / "stdout.txt").read_text(encoding="utf-8").splitlines()
    names = runner.notebook_names()
    assert stdout == [str(site_run / SEED.stem), *(str(site_run / runner.QUESTIONS / n) for n in names),
                      str(site_run / "index.html")]
    stderr = (site_run.parent / "stderr.txt").read_text(encoding="utf-8")
    bar = [line for line in stderr.replace("\r", "\n").splitlines() if line.strip()]
    total = 1 + len(names)
    assert bar and all(f"/{total} [" in line and "page" in line for line in bar), bar  # tqdm's lines only
    assert f"{total}/{total}" in bar[-1]


def test_a_second_run_with_nothing_changed_does_nothing_and_changes_no_byte(site_run, tmp_path):
    out = tmp_path / "outputs"
    shutil.copytree(site_run, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "manifest.json"}
    result = subprocess.run([BIN / "dossier", "run", "--article", SEED, "--out", out], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(out / "index.html")]  # no page was made again
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "manifest.json"}
    assert after == before


def test_the_seeds_pages_and_index_name_it_by_its_first_sentence_shortened(site_run):
    import json
    info = json.loads((site_run / SEED.stem / "article.json").read_text(encoding="utf-8"))
    assert info["title_source"] == "first_sentence"
    assert info["title"].endswith("…") and len(info["title"]) <= 91
    assert SEED.read_text(encoding="utf-8").startswith(info["title"][:-1])
    from html import escape
    assert f'<h1 class="dossier-title">{escape(info["title"])}</h1>' in \
        (site_run / SEED.stem / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{SEED.stem}/index.html">{escape(info["title"])}</a>' in \
        (site_run / "index.html").read_text(encoding="utf-8")


def test_pages_hide_code_load_nothing_from_the_internet_and_state_how_they_were_made(site_run):
    for page in (site_run / runner.QUESTIONS / "claims" / "claims.html", site_run / SEED.stem / "index.html"):
        text = page.read_text(encoding="utf-8")
        assert "cdnjs" not in text and "unpkg" not in text and "<script src=" not in text
        assert "from dossier" not in text  # code cells hidden
        assert "sha256 <code>" in text and "en_core_web_sm" in text and "dossier 0." in text
    index = (site_run / "index.html").read_text(encoding="utf-8")
    assert f'href="{SEED.stem}/index.html"' in index and 'href="questions/claims/claims.html"' in index
    manifest = (site_run / "manifest.json").read_text(encoding="utf-8")
    assert "questions/actors/mentions.png" in manifest and '"started"' in manifest and '"stages"' in manifest


def test_verify_reports_no_difference_except_a_changed_figure(site_run, tmp_path):
    copy = tmp_path / "outputs"
    shutil.copytree(site_run, copy)
    # change the data of one figure: the mentions chart without its first actor
    d_actors = tables.actors(_dossier())
    figures.save(figures.mentions_bar(d_actors.iloc[1:], title="Mentions per actor", caption="x"),
                 copy / runner.QUESTIONS / "actors", "mentions")
    # what a notebook run by hand wrote is no part of the site; a file the run did not write is extra
    (copy / "scratch" / "x").mkdir(parents=True)
    (copy / "scratch" / "x" / "t.csv").write_text("a\n", encoding="utf-8")
    (copy / runner.QUESTIONS / "actors" / "stray.csv").write_text("a\n", encoding="utf-8")
    differing, compared = runner.verify(copy)
    assert compared > 30
    assert differing == ["differs: questions/actors/mentions.png", "differs: questions/actors/mentions.svg",
                         "extra: questions/actors/stray.csv"]


def _dossier():
    from dossier import extract
    from dossier.text.article import load
    return next(extract.dossiers([load(SEED)]))


def test_the_notebook_runs_as_a_plain_papermill_call_from_another_directory(tmp_path):
    env = {**os.environ, "DOSSIER_OUTPUTS": str(tmp_path / "outputs")}
    result = subprocess.run(
        [BIN / "papermill", NOTEBOOKS / "actors.ipynb", tmp_path / "out.ipynb",
         "-p", "article", f"seeds/{SEED.name}"],
        capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert runner.executed_errors(tmp_path / "out.ipynb") == []
    # run by hand, a notebook writes beside the published site, never into it
    assert (tmp_path / "outputs" / "scratch" / SEED.stem / "actors" / "mentions.png").exists()
    assert not (tmp_path / "outputs" / SEED.stem).exists()


def test_a_bad_parameter_fails_in_the_first_cell_with_a_clear_message(tmp_path):
    result = subprocess.run(
        [BIN / "papermill", NOTEBOOKS / "actors.ipynb", tmp_path / "out.ipynb", "-p", "article", "missing.txt"],
        capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0
    assert "DossierError" in result.stderr and "missing.txt: no such file" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["-p", "article", "corpus/nope.txt"], "parameter article: corpus/nope.txt: no such file"),
    (["-p", "artcle", "x"], "unknown parameter artcle: this notebook takes article, model"),
])
def test_a_path_is_named_as_given_and_a_misspelt_parameter_is_refused(tmp_path, args, message):
    result = subprocess.run([BIN / "papermill", NOTEBOOKS / "sanctions.ipynb", tmp_path / "out.ipynb", *args],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "DOSSIER_OUTPUTS": str(tmp_path / "outputs")})
    assert result.returncode != 0 and message in result.stderr, result.stderr[-800:]


def test_a_failing_notebook_names_itself_and_leaves_earlier_outputs_untouched(tmp_path, monkeypatch):
    books = tmp_path / "notebooks"
    books.mkdir()
    shutil.copy(NOTEBOOKS / "actors.ipynb", books / "actors.ipynb")
    broken = nbformat.read(NOTEBOOKS / "actors.ipynb", as_version=4)
    broken.cells = broken.cells[:2] + [nbformat.v4.new_code_cell("1 / 1")]
    nbformat.write(broken, books / "broken.ipynb")
    monkeypatch.setattr(runner, "NOTEBOOKS", books)
    out = tmp_path / "outputs"

    runner.run([SEED], out=out, progress=False)
    broken.cells[-1] = nbformat.v4.new_code_cell("1 / 0")
    nbformat.write(broken, books / "broken.ipynb")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    assert before

    with pytest.raises(Exception) as err:
        runner.run([SEED], out=out, progress=False)
    message = str(err.value)
    assert "notebook broken failed on 1 article" in message
    assert "ZeroDivisionError" in message
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    assert after == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        SEED.stem, "dossier.sqlite", "index.html", "manifest.json", "questions"]
    assert sorted(p.name for p in (out / "questions").iterdir()) == ["actors", "broken"]


def test_notebooks_are_committed_without_outputs_and_with_a_parameters_cell():
    import json
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert nb["cells"][0]["cell_type"] == "markdown", path
        assert "parameters" in code[0]["metadata"].get("tags", []), path
        for cell in code:
            assert cell["outputs"] == [] and cell["execution_count"] is None, path
            lines = "".join(cell["source"]).splitlines()
            assert not any(line.lstrip().startswith(("def ", "class ")) for line in lines), path


def test_cleaning_removes_what_differs_between_runs():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.metadata["tags"] = ["injected-parameters"]
    cell.metadata["papermill"] = {"duration": 0.1}
    cell.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    nb.cells = [cell]
    nb.metadata["papermill"] = {"start_time": "2026-01-01"}
    site.clean(nb)
    assert "papermill" not in nb.metadata and cell.id == site.INJECTED_CELL_ID
    assert "execution" not in cell.metadata and "papermill" not in cell.metadata


def test_only_the_latest_injected_parameters_count_in_a_kept_kernel():
    from dossier.site.session import injected

    cells = ["import x", "# Parameters\narticles = []\ndatabase = 'a.sqlite'\n", "s = 1",
             "# Parameters\narticle = 'a.txt'\nout_dir = ''\n", "print(1)"]
    assert injected(cells) == ["article", "out_dir"]
    assert injected(["a = 1"]) == []
