"""`dossier run` writes every record of every article into outputs/dossier.sqlite: one table per
kind of record with its article id and spans, rebuilt byte for byte from the same records."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from dossier.records import to_json
from dossier.site import database

TEXTS = {
    "port": ("Sunday, March 7, 2021\n\nVELMAR (Harbour Wire) — Norland and Sudria signed an agreement on Friday to "
             "build a gas pipeline from Velmar to the coast, the Norland foreign ministry said.\n\n"
             "\u201cThe pipeline will carry gas to both our countries,\u201d said Anna Berg, Norland's energy "
             "minister.\n"),
    "banks": ("Norland imposed sanctions on the banks of Sudria on Monday, the finance ministry said. "
              "Sudria's foreign minister, Piet Olver, said the sanctions were unlawful.\n"),
}


@pytest.fixture(scope="module")
def docs(dossier_of):
    """The records and text of two invented articles, as the run keeps them."""
    out = []
    for ident, text in TEXTS.items():
        doc = to_json(dossier_of(text))
        doc["article"] = {**doc["article"], "id": ident, "path": f"articles/{ident}.txt"}
        out.append((doc, text))
    return out


def query(path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_the_database_has_a_table_per_kind_of_record_with_article_ids(tmp_path, docs):
    path = database.write(tmp_path, docs)
    tables = {name for (name,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"build", "articles", "actors", "mentions", "claims", "sanctions", "projects", "agreements"}
    assert query(path, "SELECT id, position, path FROM articles ORDER BY position") == [
        ("port", 1, "articles/port.txt"), ("banks", 2, "articles/banks.txt")]
    for table, key in (("actors", "actors"), ("claims", "claims"), ("sanctions", "sanctions"),
                       ("projects", "projects"), ("agreements", "agreements")):
        expected = sorted((doc["article"]["id"], item["id"]) for doc, _ in docs for item in doc[key])
        assert sorted(query(path, f"SELECT article, id FROM {table}")) == expected, table
    assert query(path, "SELECT count(*) FROM mentions")[0][0] == sum(
        len(a["mentions"]) for doc, _ in docs for a in doc["actors"])


@pytest.mark.parametrize("table, column", [
    ("claims", "text"), ("sanctions", "text"), ("projects", "text"), ("agreements", "text"), ("mentions", "text"),
])
def test_every_span_gives_back_its_words_from_the_articles_text_in_sql(tmp_path, docs, table, column):
    path = database.write(tmp_path, docs)
    rows = query(path, f"SELECT r.{column}, substr(a.text, r.span_start + 1, r.span_end - r.span_start) "
                       f"FROM {table} r JOIN articles a ON a.id = r.article")
    assert rows and all(words == evidence for words, evidence in rows)


def test_the_dateline_and_date_line_are_columns_of_the_articles_table(tmp_path, docs):
    path = database.write(tmp_path, docs)
    assert query(path, "SELECT dateline, place, agency FROM articles WHERE id = 'port'") == [
        ("VELMAR (Harbour Wire) —", "VELMAR", "Harbour Wire")]


def test_a_claim_by_a_minister_about_a_pipeline_is_one_query(tmp_path, docs):
    path = database.write(tmp_path, docs)
    rows = query(path, """
        SELECT c.article, s.name FROM claims c
        JOIN actors s ON s.article = c.article AND s.id = c.speaker
        WHERE EXISTS (SELECT 1 FROM json_each(s.roles) WHERE value LIKE '%minister%')
          AND c.text LIKE '%pipeline%'""")
    assert rows == [("port", "Anna Berg")]


def test_the_same_records_give_the_same_bytes_and_a_rerun_leaves_the_file_alone(tmp_path, docs):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = database.write(tmp_path / "a", docs), database.write(tmp_path / "b", docs)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    stat = first.stat()
    database.write(tmp_path / "a", docs)
    assert first.stat().st_mtime_ns == stat.st_mtime_ns and first.stat().st_ino == stat.st_ino


def test_changed_records_rebuild_the_database(tmp_path, docs):
    path = database.write(tmp_path, docs)
    database.write(tmp_path, docs[:1])
    assert query(path, "SELECT id FROM articles") == [("port",)]
    assert not list(tmp_path.glob(".tmp-*"))


def test_a_path_given_from_another_folder_makes_the_same_database(tmp_path, docs, monkeypatch):
    monkeypatch.setattr(database, "ROOT", tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    moved = [({**doc, "article": {**doc["article"], "path": str(tmp_path / doc["article"]["path"])}}, text)
             for doc, text in docs]
    monkeypatch.chdir(tmp_path)
    assert database.write(tmp_path / "a", docs).read_bytes() == database.write(tmp_path / "b", moved).read_bytes()


def test_a_file_that_is_not_a_dossier_database_is_replaced(tmp_path, docs):
    (tmp_path / database.NAME).write_bytes(b"not a database")
    path = database.write(tmp_path, docs)
    assert query(path, "SELECT count(*) FROM articles") == [(2,)]


@pytest.mark.e2e
def test_dossier_run_writes_the_database_and_lists_it_in_the_manifest(site_run):
    import json
    path = site_run / database.NAME
    manifest = json.loads((site_run / "manifest.json").read_text(encoding="utf-8"))
    assert database.NAME in manifest["outputs"]
    records = json.loads(next(site_run.glob("*/records.json")).read_text(encoding="utf-8"))
    assert query(path, "SELECT id, title FROM articles") == [(records["article"]["id"], records["article"]["title"])]
    assert query(path, "SELECT count(*) FROM claims")[0][0] == len(records["claims"])


@pytest.mark.e2e
def test_a_run_over_a_table_and_a_web_page_puts_every_article_and_its_source_in_the_database(tmp_path):
    import os
    import subprocess
    import sys

    import pandas as pd
    from test_sources import PAGE, ROWS

    (tmp_path / "port.html").write_text(PAGE, encoding="utf-8")
    pd.DataFrame(ROWS).to_json(tmp_path / "export.jsonl", orient="records", lines=True)
    out = tmp_path / "outputs"
    env = {**os.environ, "DOSSIER_CACHE": str(tmp_path / "cache")}
    args = [Path(sys.executable).parent / "dossier", "run", "--article", "export.jsonl", "--article", "port.html",
            "--notebook", "overview", "--out", out]
    result = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    rows = query(out / database.NAME,
                 "SELECT id, source, outlet, length(text) = n_chars FROM articles ORDER BY position")
    assert rows == [("n-1", f"{tmp_path / 'export.jsonl'}#row=1", "Example News", 1),
                    ("n-2", f"{tmp_path / 'export.jsonl'}#row=2", "Example News", 1),
                    ("port", str(tmp_path / "port.html"), "The Harbour Gazette", 1)]
    before = (out / database.NAME).read_bytes()
    again = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert again.returncode == 0 and again.stdout.splitlines() == [str(out / "index.html")]
    assert (out / database.NAME).read_bytes() == before
