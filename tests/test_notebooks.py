"""End to end: the real notebooks executed by papermill, through `dossier run` and directly."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import SEED
from dossier import runner
from dossier.config import NOTEBOOKS, ROOT
from dossier.errors import DossierError

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def errors_in(notebook: Path) -> list[str]:
    nb = nbformat.read(notebook, as_version=4)
    return [f"{o.ename}: {o.evalue}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.output_type == "error"]


def test_dossier_run_executes_every_notebook_and_writes_figures_and_tables(tmp_path):
    result = subprocess.run([BIN / "dossier", "run", "--article", str(SEED), "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / SEED.stem
    for name in runner.notebook_names():
        assert errors_in(folder / f"{name}.ipynb") == []
    actors = folder / "actors"
    for fig in ("mentions", "cooccurrence"):
        assert (actors / f"{fig}.png").stat().st_size > 1000
        assert (actors / f"{fig}.svg").read_text(encoding="utf-8").startswith("<?xml")
    claims = folder / "claims"
    for fig in ("claims_per_speaker", "claims_by_side"):
        assert (claims / f"{fig}.png").stat().st_size > 1000
    contested = (claims / "contested.csv").read_text(encoding="utf-8").splitlines()
    assert len(contested) >= 2 and ",denial," in contested[1]
    for notebook, figs, tables in [("sanctions", ["who_sanctions_whom", "domains_by_status"], ["sanctions"]),
                                   ("projects", ["map", "kinds_by_status"], ["projects"]),
                                   ("agreements", ["parties"], ["agreements", "agreement_parties"])]:
        for fig in figs:
            assert (folder / notebook / f"{fig}.png").stat().st_size > 1000, (notebook, fig)
            assert (folder / notebook / f"{fig}.svg").exists(), (notebook, fig)
        for name in tables:
            assert len((folder / notebook / f"{name}.csv").read_text(encoding="utf-8").splitlines()) >= 2
    table = (actors / "actors.csv").read_text(encoding="utf-8")
    assert table.startswith("id,name,type,roles,affiliation,mentions,aliases,first_mention")
    assert "Vladimir V. Putin" in table


def test_the_notebook_runs_as_a_plain_papermill_call_from_another_directory(tmp_path):
    env = {**os.environ, "DOSSIER_OUTPUTS": str(tmp_path / "outputs")}
    result = subprocess.run(
        [BIN / "papermill", NOTEBOOKS / "actors.ipynb", tmp_path / "out.ipynb",
         "-p", "article", f"seeds/{SEED.name}"],
        capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert errors_in(tmp_path / "out.ipynb") == []
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

    with pytest.raises(DossierError) as err:
        runner.run([SEED], out=out, progress=False)
    message = str(err.value)
    assert "notebook broken failed on article 000_cecd6f5443e906a4" in message
    assert "ZeroDivisionError" in message
    after = {p: p.read_bytes() for p in (out / SEED.stem).rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in out.iterdir()] == [SEED.stem]


def test_notebooks_are_committed_without_outputs_and_with_a_parameters_cell():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert nb["cells"][0]["cell_type"] == "markdown", path
        assert "parameters" in code[0]["metadata"].get("tags", []), path
        for cell in code:
            assert cell["outputs"] == [] and cell["execution_count"] is None, path
            lines = "".join(cell["source"]).splitlines()
            assert not any(line.lstrip().startswith(("def ", "class ")) for line in lines), path
    assert (ROOT / "notebooks").is_dir()
