"""Shared fixtures: one spaCy pipeline per test session, and a way to extract literal text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dossier import extract
from dossier.config import ROOT
from dossier.records import Dossier
from dossier.text import cached, nlp
from dossier.text.article import Article

SEED = ROOT / "seeds" / "000_cecd6f5443e906a4.txt"


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load()


@pytest.fixture(scope="session")
def dossier_of(pipeline):
    """Extract the records of a literal text, bypassing the parse cache."""

    def run(text: str) -> Dossier:
        art = Article(id="literal", path=Path("literal.txt"), text=text)
        return extract.dossier(art, pipeline(art.normalized.text))

    return run


@pytest.fixture
def isolated_cache(tmp_path, monkeypatch):
    """Point the cache of parses and records at an empty folder."""
    monkeypatch.setattr(cached, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


@pytest.fixture(scope="session")
def site_run(tmp_path_factory):
    """One `dossier run` of the seed into a fresh folder, shared by the end-to-end tests."""
    out = tmp_path_factory.mktemp("site") / "outputs"
    result = subprocess.run([Path(sys.executable).parent / "dossier", "run", "--article", str(SEED), "--out", str(out)],
                            capture_output=True, text=True, cwd=tmp_path_factory.getbasetemp())
    assert result.returncode == 0, result.stderr
    (out.parent / "stdout.txt").write_text(result.stdout, encoding="utf-8")
    (out.parent / "stderr.txt").write_text(result.stderr, encoding="utf-8")
    return out
