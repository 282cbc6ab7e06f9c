"""Articles from saved web pages (trafilatura) and from tables of many articles (CSV, JSON Lines,
Parquet), kept as text beside the records so that every span can be checked; folders read them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from dossier import config
from dossier.errors import DossierError
from dossier.text import article, sources
from dossier.text.article import find, keep, load, load_all, looks_like_html, read
from dossier.text.sources import Columns

BIN = Path(sys.executable).parent

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Ministers agree on a river port | The Harbour Gazette</title>
<meta property="og:title" content="Ministers agree on a river port">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:url" content="https://gazette.example.org/2021/03/port">
<meta name="date" content="2021-03-04">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers agree on a river port</h1>
<p>The transport ministers of Norland and Sudria agreed on Tuesday to build a river port at Velmar,
the Norland ministry said in a statement.</p>
<p>"This port will carry grain for both our countries," said Anna Berg, Norland's transport minister.
The works are to start next spring and should take three years.</p>
</article><footer>Subscribe to our newsletter. Copyright 2021</footer></body></html>
"""

ROWS = [
    {"id": "n-1", "text": "Norland imposed sanctions on the banks of Sudria on Monday, the finance ministry said.",
     "title": "Norland sanctions banks", "date": "2020-05-04", "url": "https://news.example.org/n-1",
     "outlet": "Example News"},
    {"id": "n-2", "text": "The governments of Norland and Sudria signed a trade agreement in Velmar on Friday.",
     "title": "A trade deal", "date": "2020-06-05", "url": "https://news.example.org/n-2", "outlet": "Example News"},
]


@pytest.fixture(autouse=True)
def kept_in_tmp(tmp_path, monkeypatch):
    """Texts extracted from pages and tables are kept under a cache of the test's own."""
    monkeypatch.setattr(config, "CACHE", tmp_path / "cache")


def dossier(*args, cwd, cache):
    return subprocess.run([BIN / "dossier", *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "DOSSIER_CACHE": str(cache)})


def write_table(path: Path, rows: list[dict]) -> Path:
    frame = pd.DataFrame(rows)
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path, index=False)
    return path


def test_a_saved_page_gives_its_main_text_and_its_title_date_outlet_and_url(tmp_path):
    page = tmp_path / "port.html"
    page.write_text(PAGE, encoding="utf-8")
    art = load(page)
    assert art.id == "port" and art.extracted
    assert "agreed on Tuesday to build a river port" in art.text
    assert "Subscribe" not in art.text and "Home" not in art.text  # navigation and footer left out
    assert (art.meta.title, art.meta.date, art.meta.outlet, art.meta.url) == (
        "Ministers agree on a river port", "2021-03-04", "The Harbour Gazette",
        "https://gazette.example.org/2021/03/port")
    assert art.meta.source == page.resolve().as_posix()


def test_a_kept_page_is_read_back_as_the_same_text_with_its_metadata_as_a_sidecar(tmp_path):
    page = tmp_path / "port.html"
    page.write_text(PAGE, encoding="utf-8")
    art = load(page)
    keep([art])
    assert art.path.read_text(encoding="utf-8") == art.text
    again = load(art.path)
    assert (again.id, again.text, again.meta, again.extracted) == (art.id, art.text, art.meta, False)
    sidecar = json.loads(art.path.with_name("port.meta.json").read_text(encoding="utf-8"))
    assert sidecar["outlet"] == "The Harbour Gazette"


@pytest.mark.parametrize("name", ["export.csv", "export.jsonl", "export.parquet"])
def test_a_table_gives_one_article_a_row_with_its_metadata(tmp_path, name):
    path = write_table(tmp_path / name, ROWS)
    arts, problems = read(path)
    assert problems == []
    assert [a.id for a in arts] == ["n-1", "n-2"]
    assert [a.text for a in arts] == [r["text"] for r in ROWS]
    assert [(a.meta.title, a.meta.date, a.meta.url, a.meta.outlet) for a in arts] == [
        (r["title"], r["date"], r["url"], r["outlet"]) for r in ROWS]
    assert [a.meta.source for a in arts] == [f"{path.resolve().as_posix()}#row={n}" for n in (1, 2)]


@pytest.mark.parametrize("name", ["export.csv", "export.jsonl", "export.parquet"])
def test_columns_are_named_by_options_and_rows_without_an_id_are_numbered(tmp_path, name):
    rows = [{"body": r["text"], "headline": r["title"], "published": r["date"]} for r in ROWS]
    path = write_table(tmp_path / name, rows)
    arts, problems = read(path, columns=Columns(text="body", title="headline", date="published"))
    assert problems == []
    assert [(a.id, a.meta.title, a.meta.date) for a in arts] == [
        ("export-0001", "Norland sanctions banks", "2020-05-04"), ("export-0002", "A trade deal", "2020-06-05")]


def test_a_parquet_date_column_of_timestamps_becomes_iso_dates(tmp_path):
    path = tmp_path / "dated.parquet"
    pd.DataFrame({"text": [ROWS[0]["text"]], "date": pd.to_datetime(["2020-05-04"])}).to_parquet(path)
    (art,), _ = read(path)
    assert art.meta.date == "2020-05-04"


@pytest.mark.parametrize("name, content, message", [
    ("export.csv", "body,title\nNorland and Sudria met.,x\n",
     "no column 'text' holding the articles' text (columns: body, title); name it with --text-column"),
    ("export.csv", "text,title\n", "a table with no rows"),
    ("export.jsonl", '{"text": "Norland and Sudria met."}\nnot json\n', "not a readable JSON Lines table"),
    ("export.parquet", "not parquet at all", "not a readable Parquet table"),
])
def test_a_table_that_holds_no_articles_is_one_line_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DossierError) as e:
        read(path)
    assert str(e.value).startswith(f"{path}: ") and message in str(e.value)


@pytest.mark.parametrize("encoding, error", [
    ("utf-8", "not utf-8 text (give its encoding with --encoding, e.g. --encoding cp1252)"),
    ("cp1252", None),
])
def test_a_csv_table_is_read_in_the_encoding_given(tmp_path, encoding, error):
    path = tmp_path / "export.csv"
    path.write_bytes("text\nTalks in Caf\u00e9 Velmar went on.\n".encode("cp1252"))
    if error:
        with pytest.raises(DossierError, match=error.replace("(", r"\(").replace(")", r"\)")):
            read(path, encoding=encoding)
    else:
        (art,), _ = read(path, encoding=encoding)
        assert art.text == "Talks in Caf\u00e9 Velmar went on."


@pytest.mark.parametrize("rows, problem", [
    ([{"id": "a", "text": ""}, {"id": "b", "text": "Norland and Sudria met on Monday."}],
     "row 1: empty text in column 'text'"),
    ([{"id": "a", "text": "Norland met Sudria."}, {"id": "a", "text": "Sudria met Norland."}],
     "row 2: id 'a' is used by an earlier row"),
])
def test_a_row_that_is_not_an_article_is_a_problem_of_its_own(tmp_path, rows, problem):
    path = write_table(tmp_path / "export.csv", rows)
    arts, problems = read(path)
    assert len(arts) == 1 and problems == [f"{path}: {problem}"]


def test_a_folder_reads_text_pages_and_tables_and_names_the_files_it_does_not_read(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("Norland and Sudria signed a treaty on Friday.\n", encoding="utf-8")
    (folder / "a.meta.json").write_text('{"title": "A treaty"}', encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    write_table(folder / "c.csv", ROWS)
    (folder / "d.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    notes: list[str] = []
    files, problems = find([folder], notes)
    assert [f.name for f in files] == ["a.txt", "b.html", "c.csv"] and problems == []
    assert notes == [f"{folder}: 2 files not read (not .txt, a web page or a table): d.pdf, notes.docx"]
    arts, problems = load_all(files)
    assert [a.id for a in arts] == ["a", "b", "n-1", "n-2"] and problems == []


@pytest.mark.parametrize("text, is_html", [
    ("<!DOCTYPE html><html><body><p>Norland met Sudria.</p></body></html>", True),
    ("<html lang='en'><p>Norland met Sudria.</p></html>", True),
    ("<p>Norland met Sudria.</p>" * 12, True),
    ("Norland and Sudria met on Monday.\n<tweet/>\nThe talks went on.\n<tweet/>\n<tweet/>\n" * 4, False),
    ("Norland met Sudria. <b>Talks</b> went on for a day.\n", False),
    ("The header of the letter said the talks would go on.\n", False),
])
def test_only_a_real_html_document_is_a_page_and_a_text_with_a_few_tags_is_text(text, is_html):
    assert looks_like_html(text) is is_html


def test_a_plain_text_article_with_tweet_placeholders_near_the_top_is_read_as_text(tmp_path):
    text = ("Norland and Sudria agreed on Monday to reopen the border.\n<tweet/>\n<tweet/>\n"
            "The foreign minister said the talks would go on.\n<tweet/>\n" * 3)
    path = tmp_path / "tweets.txt"
    path.write_text(text, encoding="utf-8")
    art = load(path)
    assert art.text == text and not art.extracted and art.path == path


def test_a_txt_file_holding_an_html_document_is_read_as_a_page(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    art = load(path)
    assert art.extracted and art.meta.title == "Ministers agree on a river port"
    assert art.path.parent == sources.kept_folder(path)


def test_extract_prints_a_table_as_json_lines_whose_spans_index_the_kept_texts(tmp_path):
    path = write_table(tmp_path / "export.jsonl", ROWS)
    cache = tmp_path / "cli-cache"
    result = dossier("extract", path, cwd=tmp_path, cache=cache)
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["n-1", "n-2"]
    for d in docs:
        kept = Path(d["article"]["path"])
        text = kept.read_text(encoding="utf-8")
        assert kept.is_relative_to(cache / "texts") and d["article"]["n_chars"] == len(text)
        assert all(text[s:e] for actor in d["actors"] for s, e in actor["mentions"])
        assert all(text[slice(*s["span"])] == s["text"] for s in d["sanctions"])
    assert docs[0]["sanctions"]


def test_extract_with_a_text_column_option_reads_that_column(tmp_path):
    path = write_table(tmp_path / "export.csv", [{"body": r["text"], "id": r["id"]} for r in ROWS])
    result = dossier("extract", path, "--text-column", "body", cwd=tmp_path, cache=tmp_path / "cli-cache")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["n-1", "n-2"]


def test_extract_on_a_table_without_the_text_column_is_one_error_line_and_writes_nothing(tmp_path):
    path = write_table(tmp_path / "export.csv", [{"body": r["text"]} for r in ROWS])
    cache = tmp_path / "cli-cache"
    result = dossier("extract", path, cwd=tmp_path, cache=cache)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"dossier: error: {path}: no column 'text' holding the articles' text (columns: body); "
        "name it with --text-column"]
    assert not (cache / "texts").exists()


def test_a_bad_file_beside_a_good_page_keeps_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.html").write_text(PAGE, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    cache = tmp_path / "cli-cache"
    result = dossier("extract", folder, cwd=tmp_path, cache=cache)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"dossier: error: {folder / 'bad.txt'}: empty article"]
    assert not (cache / "texts").exists()


def test_the_kept_folder_depends_on_the_source_file_not_on_the_working_folder(tmp_path, monkeypatch):
    path = write_table(tmp_path / "export.csv", ROWS)
    first = sources.kept_folder(path)
    monkeypatch.chdir(tmp_path)
    assert sources.kept_folder(Path("export.csv")) == first
    assert article.safe_id("export") in first.name
