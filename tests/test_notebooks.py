"""End to end: the real notebooks executed by papermill, the site they render, and reruns."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import SEED
from dossier import figures, runner, site, tables
from dossier.config import NOTEBOOKS

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def test_dossier_run_executes_every_notebook_and_writes_figures_and_tables(site_run):
    folder = site_run / SEED.stem
    for name in runner.notebook_names():
        where = site_run / runner.CORPUS if name == runner.CORPUS else folder
        assert runner.executed_errors(where / f"{name}.ipynb") == [], name
        assert (where / f"{name}.html").stat().st_size > 10_000, name
    expected = {"actors": (["mentions", "cooccurrence"], ["actors", "mentions", "cooccurrence"]),
                "claims": (["claims_per_speaker", "claims_by_side"], ["claims", "contested"]),
                "sanctions": (["who_sanctions_whom", "domains_by_status"], ["sanctions", "sanction_pairs"]),
                "projects": (["map", "kinds_by_status"], ["projects"]),
                "agreements": (["parties"], ["agreements", "agreement_parties"]),
                "overview": (["key"], [])}
    for notebook, (figs, csvs) in expected.items():
        for fig in figs:
            assert (folder / notebook / f"{fig}.png").stat().st_size > 1000, (notebook, fig)
            assert (folder / notebook / f"{fig}.svg").read_text(encoding="utf-8").startswith("<?xml")
        for name in csvs:
            assert len((folder / notebook / f"{name}.csv").read_text(encoding="utf-8").splitlines()) >= 2
    contested = (folder / "claims" / "contested.csv").read_text(encoding="utf-8").splitlines()
    assert ",denial," in contested[1]
    assert "Vladimir V. Putin" in (folder / "actors" / "actors.csv").read_text(encoding="utf-8")


def test_a_clean_run_prints_only_the_progress_bar_and_the_output_paths(site_run):
    stdout = (site_run.parent / "stdout.txt").read_text(encoding="utf-8").splitlines()
    assert stdout == [str(site_run / SEED.stem), str(site_run / runner.CORPUS), str(site_run / "index.html")]
    stderr = (site_run.parent / "stderr.txt").read_text(encoding="utf-8")
    bar = [line for line in stderr.replace("\r", "\n").splitlines() if line.strip()]
    total = len(runner.notebook_names())
    assert bar and all(f"/{total} [" in line and "notebook" in line for line in bar), bar  # tqdm's lines only
    assert f"{total}/{total}" in bar[-1]


def test_the_seeds_pages_and_index_name_it_by_its_first_sentence_shortened(site_run):
    import json
    info = json.loads((site_run / SEED.stem / "article.json").read_text(encoding="utf-8"))
    assert info["title_source"] == "first_sentence"
    assert info["title"].endswith("…") and len(info["title"]) <= 91
    assert SEED.read_text(encoding="utf-8").startswith(info["title"][:-1])
    from html import escape
    for page in ("overview.html", "claims.html"):
        assert f'<h1 class="dossier-title">{escape(info["title"])}</h1>' in \
            (site_run / SEED.stem / page).read_text(encoding="utf-8"), page
    assert f"<h2>{escape(info['title'])}</h2>" in (site_run / "index.html").read_text(encoding="utf-8")


def test_pages_hide_code_load_nothing_from_the_internet_and_state_how_they_were_made(site_run):
    page = (site_run / SEED.stem / "claims.html").read_text(encoding="utf-8")
    assert "cdnjs" not in page and "unpkg" not in page and "<script src=" not in page
    assert "from dossier import" not in page  # code cells hidden
    assert "sha256 <code>" in page and "en_core_web_sm" in page and "dossier 0." in page
    index = (site_run / "index.html").read_text(encoding="utf-8")
    assert f'href="{SEED.stem}/overview.html"' in index
    manifest = (site_run / "manifest.json").read_text(encoding="utf-8")
    assert f"{SEED.stem}/actors/mentions.png" in manifest and '"started"' in manifest


def test_verify_reports_no_difference_except_a_changed_figure(site_run, tmp_path):
    copy = tmp_path / "outputs"
    shutil.copytree(site_run, copy)
    # change the data of one figure: the mentions chart without its first actor
    d_actors = tables.actors(_dossier())
    figures.save(figures.mentions_bar(d_actors.iloc[1:], title="Mentions per actor", caption="x"),
                 copy / SEED.stem / "actors", "mentions")
    differing, compared = runner.verify(copy)
    assert compared > 30
    assert differing == [f"differs: {SEED.stem}/actors/mentions.png", f"differs: {SEED.stem}/actors/mentions.svg"]


def _dossier():
    from dossier import extract
    from dossier.article import load
    return next(extract.dossiers([load(SEED)]))


def test_the_notebook_runs_as_a_plain_papermill_call_from_another_directory(tmp_path):
    env = {**os.environ, "DOSSIER_OUTPUTS": str(tmp_path / "outputs")}
    result = subprocess.run(
        [BIN / "papermill", NOTEBOOKS / "actors.ipynb", tmp_path / "out.ipynb",
         "-p", "article", f"seeds/{SEED.name}"],
        capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert runner.executed_errors(tmp_path / "out.ipynb") == []
    assert (tmp_path / "outputs" / SEED.stem / "actors" / "mentions.png").exists()


def test_a_bad_parameter_fails_in_the_first_cell_with_a_clear_message(tmp_path):
    result = subprocess.run(
        [BIN / "papermill", NOTEBOOKS / "actors.ipynb", tmp_path / "out.ipynb", "-p", "article", "missing.txt"],
        capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0
    assert "DossierError" in result.stderr and "missing.txt: no such file" in result.stderr


def test_a_failing_notebook_names_itself_and_leaves_earlier_outputs_untouched(tmp_path, monkeypatch):
    books = tmp_path / "notebooks"
    books.mkdir()
    shutil.copy(NOTEBOOKS / "actors.ipynb", books / "actors.ipynb")
    broken = nbformat.read(NOTEBOOKS / "actors.ipynb", as_version=4)
    broken.cells = broken.cells[:2] + [nbformat.v4.new_code_cell("1 / 0")]
    nbformat.write(broken, books / "broken.ipynb")
    monkeypatch.setattr(runner, "NOTEBOOKS", books)
    out = tmp_path / "outputs"

    runner.run([SEED], notebooks=["actors"], out=out, progress=False)
    before = {p: p.read_bytes() for p in (out / SEED.stem).rglob("*") if p.is_file()}
    assert before

    with pytest.raises(Exception) as err:
        runner.run([SEED], out=out, progress=False)
    message = str(err.value)
    assert "notebook broken failed on article 000_cecd6f5443e906a4" in message
    assert "ZeroDivisionError" in message
    after = {p: p.read_bytes() for p in (out / SEED.stem).rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        SEED.stem, "index.html", "manifest.json"]


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
