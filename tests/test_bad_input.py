"""Bad input gets one clear line naming the file and the problem, exit code 2, and leaves
earlier outputs as they were; usable input gets a warning and a correct result."""

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED
from dossier.config import ROOT
from dossier.text.article import safe_id

BIN = Path(sys.executable).parent


def dossier(*args, cwd=ROOT):
    return subprocess.run([BIN / "dossier", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty article"),
    ("blank.txt", b" \n\t\n", "empty article"),
    ("nul.txt", b"Iran\x00Russia", "binary data"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("latin.txt", "Café talks in Paris.".encode("cp1252"),
     "not utf-8 text (byte 3) (give its encoding with --encoding"),
    ("page.txt", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Iran</p></body></html>",
     "an HTML page with no article text in it (trafilatura found 1 word)"),
    ("huge.txt", b"Iran and Russia. " * 70_000, "over the limit of 1000000 bytes"),
])
def test_a_bad_article_is_one_line_naming_it_with_exit_code_2(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    result = dossier("extract", path)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"dossier: error: {path}: ") and message in line
    assert result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "missing.txt: no such file or folder"),
    (["extract", "{empty_dir}"], "folder holds no articles"),
    (["extract", str(SEED), "--model", "xx_none"], "xx_none: no such spaCy model installed"),
    (["extract", str(SEED), "--encoding", "klingon"], "unknown encoding 'klingon'"),
    (["run", "--notebook", "nope", "--out", "{out}"], "nope: no such notebook"),
])
def test_bad_arguments_are_one_clear_line(tmp_path, args, message):
    (tmp_path / "empty_dir").mkdir()
    args = [a.format(empty_dir=tmp_path / "empty_dir", out=tmp_path / "out") for a in args]
    result = dossier(*args, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert message in line


def test_an_invalid_sidecar_is_named(tmp_path):
    write(tmp_path / "a.txt", b"Iran and Russia signed a treaty.")
    write(tmp_path / "a.meta.json", b'{"title": 3}')
    result = dossier("extract", tmp_path / "a.txt")
    assert result.returncode == 2 and "a.meta.json: field 'title' must be a string" in result.stderr


def test_another_encoding_works_when_named(tmp_path):
    path = write(tmp_path / "latin.txt", "Café talks: Iran and Russia met in Moscow.".encode("cp1252"))
    result = dossier("extract", path, "--encoding", "cp1252")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    text = path.read_text(encoding="cp1252")
    assert {text[s:e] for a in doc["actors"] for s, e in a["mentions"]} >= {"Iran", "Russia", "Moscow"}


def test_a_bom_and_crlf_line_ends_work_and_offsets_index_the_text_as_read(tmp_path):
    path = write(tmp_path / "bom.txt", "\ufeffIran and Russia signed a treaty.\r\n“We agree,” Putin said.\r\n".encode())
    result = dossier("extract", path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    text = path.read_text(encoding="utf-8")
    assert {text[s:e] for a in doc["actors"] for s, e in a["mentions"]} == {"Iran", "Russia", "Putin"}
    assert [text[slice(*c["span"])] for c in doc["claims"]] == ["We agree"]


def test_a_non_english_article_gets_a_warning_in_its_records(tmp_path):
    path = write(tmp_path / "de.txt", b"Die Regierung in Berlin hat am Freitag neue Sanktionen gegen Russland "
                                      b"beschlossen, sagte ein Sprecher der Regierung.")
    doc = json.loads(dossier("extract", path).stdout)
    assert any("does not look like English" in w for w in doc["article"]["warnings"])
    english = json.loads(dossier("extract", SEED).stdout)
    assert english["article"]["warnings"] == []


@pytest.mark.parametrize("stem, expected", [
    ("000_cecd6f5443e906a4", "000_cecd6f5443e906a4"),
    ("..", "article"),
    ("../x", "_x"),
    (".hidden", "hidden"),
    ("Téhéran news", "T_h_ran_news"),
    ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
])
def test_article_ids_are_safe_folder_names(stem, expected):
    assert safe_id(stem) == expected


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.name != ".lock"}


@pytest.mark.parametrize("content, message", [
    (b"", "empty article"),
    (b"Iran\x00Russia", "binary data"),
    ("Café".encode("cp1252"), "--encoding"),
    (b"<html><body><p>Iran</p></body></html>", "an HTML page"),
    (b"x " * 600_000, "over the limit"),
])
def test_a_bad_article_in_a_run_leaves_earlier_outputs_untouched(tmp_path, site_run, content, message):
    out = tmp_path / "outputs"
    shutil.copytree(site_run, out)
    before = snapshot(out)
    bad = write(tmp_path / "bad.txt", content)
    result = dossier("run", "--article", SEED, "--article", bad, "--out", out)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(out) == before


@pytest.mark.e2e
def test_an_article_with_nothing_to_find_still_renders_every_page(tmp_path):
    article = write(tmp_path / "weather.txt", b"The weather was nice today and everyone went outside to the park.\n")
    out = tmp_path / "outputs"
    result = dossier("run", "--article", article, "--out", out)
    assert result.returncode == 0, result.stderr
    from dossier.site.runner import executed_errors, notebook_names
    for name in notebook_names():
        assert executed_errors(out / "questions" / name / f"{name}.ipynb") == [], name
    page = (out / "weather" / "index.html").read_text(encoding="utf-8")
    assert "No claims found." in page and "No projects found." in page
    assert (out / "questions" / "actors" / "mentions.png").stat().st_size > 1000
    assert (out / "questions" / "claims" / "claims.csv").read_text(encoding="utf-8").count("\n") == 1


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_holds_it(tmp_path):
    out = tmp_path / "outputs"
    out.mkdir()
    with (out / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = dossier("run", "--article", SEED, "--out", out)
    assert result.returncode == 2 and "another dossier run is writing this folder" in result.stderr


GOOD = {"good_a.txt": "Iran and Russia signed a treaty in Moscow on Friday.\n",
        "good_b.txt": "The United States imposed new sanctions on Iran, the Treasury said.\n"}
BAD = {"bad_nul.txt": b"Iran\x00Russia", "bad_empty.txt": b"", "bad_page.txt": b"<html><body>x</body></html>"}


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A folder of two good articles and three bad ones."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("command", ["extract", "run"])
def test_every_bad_file_is_reported_before_any_work_and_nothing_changes(mixed, tmp_path, command):
    out = tmp_path / "outputs"
    args = ["extract", mixed] if command == "extract" else ["run", "--article", mixed, "--out", out]
    result = dossier(*args)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert sorted(lines) == sorted(f"dossier: error: {mixed / name}: {why}" for name, why in [
        ("bad_nul.txt", "binary data (NUL bytes), not a text article"), ("bad_empty.txt", "empty article"),
        ("bad_page.txt", "an HTML page with no article text in it (trafilatura found 1 word); save the article's "
                         "page, or its text as .txt")])
    assert not out.exists()  # nothing was written, not even the output folder


def test_extract_keep_going_prints_the_good_articles_and_lists_the_bad_ones_at_the_end(mixed):
    result = dossier("extract", mixed, "--keep-going", "--format", "jsonl")
    assert result.returncode == 2
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["good_a", "good_b"]
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ")[2] for line in lines[:-1]] == [str(mixed / n) for n in sorted(BAD)]
    assert all(line.startswith("dossier: skipped: ") for line in lines[:-1])
    assert lines[-1] == "dossier: 3 inputs skipped"


@pytest.mark.e2e
def test_run_keep_going_makes_the_good_articles_pages_and_lists_the_bad_ones(mixed, tmp_path):
    out = tmp_path / "outputs"
    result = dossier("run", "--article", mixed, "--keep-going", "--notebook", "overview", "--out", out)
    assert result.returncode == 2
    assert result.stdout.splitlines() == [str(out / "good_a"), str(out / "good_b"), str(out / "questions" / "overview"),
                                          str(out / "index.html")]
    assert (out / "good_a" / "index.html").exists() and not (out / "bad_nul").exists()
    assert result.stderr.strip().splitlines()[-1] == "dossier: 3 inputs skipped"


STATES = ["Northland", "Southland", "Eastmark", "Westmark", "Iran", "Russia", "China", "Turkey"]


def many_articles(folder: Path, n: int) -> list[str]:
    """``n`` short invented articles, each naming other states, a speaker and a measure; their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = STATES[i % len(STATES)], STATES[(3 * i + 1) % len(STATES)]
        text = (f"{a} and {b} signed a trade agreement in the capital on day {i}. "
                f"“We will build a railway to the coast,” minister Dana Vale{i} said. "
                f"{b} imposed sanctions on {a}'s banks, officials said.\n")
        (folder / f"many_{i:02d}.txt").write_text(text, encoding="utf-8")
    return [f"many_{i:02d}" for i in range(n)]


@pytest.mark.e2e
def test_a_run_of_50_articles_killed_midway_keeps_what_it_finished_and_the_next_run_does_only_the_rest(
        tmp_path, site_run):
    out = tmp_path / "outputs"
    shutil.copytree(site_run, out)
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    generated = many_articles(folder, 47)
    before = snapshot(out)
    keys = {p: p.read_bytes() for p in (out / "questions").glob("*/.key")}
    run = subprocess.Popen([BIN / "dossier", "run", "--article", folder, "--out", out], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and all(p.read_bytes() == k for p, k in keys.items()):
        time.sleep(0.1)
    os.killpg(run.pid, signal.SIGTERM)  # one question page is done, others are being made
    run.wait(timeout=120)
    assert run.returncode != 0
    after = snapshot(out)
    assert not [p for p in after if p.startswith(".tmp") or "/.tmp" in p]  # no half-made folder left
    for unit in sorted({p.rsplit("/", 1)[0] for p in before if p.startswith("questions/")}):
        files = {p: b for p, b in after.items() if p.startswith(unit + "/")}
        old = {p: b for p, b in before.items() if p.startswith(unit + "/")}
        assert files == old or (f"{unit}/.key" in files and files[f"{unit}/.key"] != old[f"{unit}/.key"]), unit
    done = {unit for unit in (p.rsplit("/", 1)[0] for p in after if p.endswith("/.key"))
            if after[f"{unit}/.key"] != before.get(f"{unit}/.key")}
    assert any(u.startswith("questions/") for u in done), "no question page was finished before the kill"
    again = dossier("run", "--article", folder, "--out", out)
    assert again.returncode == 0, again.stderr
    redone = {Path(line).relative_to(out).as_posix() for line in again.stdout.splitlines()[:-1]}
    assert redone and not redone & done  # only the work left
    # the seed's page too: it is read from another path now, which its article.json records
    assert redone | done == {SEED.stem, "good_a", "good_b", *generated, *(f"questions/{n}" for n in runner_names())}


def runner_names() -> list[str]:
    from dossier.site.runner import notebook_names
    return notebook_names()
