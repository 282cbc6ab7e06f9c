import json
import subprocess
import sys

from conftest import SEED
from dossier.config import ROOT


def dossier(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True,
                          cwd=kwargs.pop("cwd", ROOT), **kwargs)


def test_extract_prints_one_json_document_whose_offsets_index_the_file():
    result = dossier("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert doc["schema"] == "dossier/1"
    assert doc["article"]["n_chars"] == len(text)
    assert doc["actors"]
    for actor in doc["actors"]:
        for start, end in actor["mentions"]:
            assert text[start:end] in actor["aliases"], (actor["name"], text[start:end])


def test_extract_on_a_folder_streams_json_lines(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Iran and Russia met in {name.upper()}ville.", encoding="utf-8")
    result = dossier("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "b"]


def test_a_missing_article_is_one_line_on_stderr_and_exit_code_2(tmp_path):
    result = dossier("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"dossier: error: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert result.stdout == ""


def test_an_unknown_model_is_refused_by_name():
    result = dossier("extract", str(SEED), "--model", "xx_no_such_model")
    assert result.returncode == 2
    assert "xx_no_such_model: no such spaCy model" in result.stderr


def test_an_unknown_notebook_is_refused_with_the_available_ones(tmp_path):
    result = dossier("run", "--notebook", "nope", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "nope: no such notebook" in result.stderr and "actors" in result.stderr
