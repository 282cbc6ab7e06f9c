"""Every record of every article in one SQLite database, ``outputs/dossier.sqlite``, for SQL.

Tables ``articles`` (with each article's full ``text``), ``actors``, ``mentions`` (one row an
actor's mention), ``claims``, ``sanctions``, ``projects`` and ``agreements``: one row a record,
with its ``article`` id, one column per field of the record in schema ``dossier/1``
(:mod:`dossier.records`; a field added there becomes a column here), a span ``[start, end)`` as
two integer columns (``span_start``, ``span_end``; offsets index ``articles.text``, so
``substr(text, span_start + 1, span_end - span_start)`` is the evidence) and a list as JSON text
(SQLite's ``json_each`` reads it). Table ``build`` holds the key of what the database was made
from: a rerun on the same records finds the same key and leaves the file as it is.

SQLite because the database is a file a reader opens with the Python standard library, the
``sqlite3`` shell, Datasette or DuckDB alike, with no server and no new dependency; and a
database built by the same statements from the same rows is the same bytes, so a rerun
rebuilds it byte for byte and ``dossier verify`` can compare it like a page.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from dossier import __version__, records
from dossier.config import ROOT

NAME = "dossier.sqlite"
#: The record lists of schema ``dossier/1`` that become tables, and their record types.
TABLES: dict[str, type] = {"actors": records.Actor, "claims": records.Claim, "sanctions": records.Sanction,
                           "projects": records.Project, "agreements": records.Agreement}


@dataclass(frozen=True)
class Column:
    """A column of a table: its name, SQL type, and how a record's field fills it."""

    name: str
    sql: str
    field: str
    part: int | None = None  # 0 or 1: the start or end of a span field
    as_json: bool = False


def _columns(cls: type, skip: Sequence[str] = ()) -> list[Column]:
    """One column per field of record type ``cls`` (two for a span, JSON text for a list)."""
    out = []
    for f in fields(cls):
        if f.name in skip:
            continue
        kind = str(f.type)
        if kind.startswith("Span"):
            out += [Column(f"{f.name}_start", "INTEGER", f.name, 0), Column(f"{f.name}_end", "INTEGER", f.name, 1)]
        elif kind.startswith("tuple"):
            out.append(Column(f.name, "TEXT", f.name, as_json=True))
        elif kind.startswith(("int", "bool")):
            out.append(Column(f.name, "INTEGER", f.name))
        else:
            out.append(Column(f.name, "TEXT", f.name))
    return out


def _value(record: dict[str, Any], column: Column) -> Any:
    value = record.get(column.field)
    if column.part is not None:
        return value[column.part] if value else None
    if column.as_json:
        return json.dumps(value if value is not None else [], ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return int(value)
    return value


def _place(path: str) -> str:
    """An article's path as the site names it: relative to the project root when inside it."""
    full = Path(path).resolve()
    try:
        return full.relative_to(ROOT).as_posix()
    except ValueError:
        return full.as_posix()


def schema() -> dict[str, list[Column]]:
    """Every table's columns, in order, after ``article`` (the article's id) for record tables."""
    return {
        "articles": [Column("position", "INTEGER", "position"), *_columns(records.ArticleInfo),
                     Column("text", "TEXT", "text")],
        "actors": [Column("article", "TEXT", "article"), *_columns(records.Actor, skip=("mentions",)),
                   Column("n_mentions", "INTEGER", "n_mentions")],
        "mentions": [Column("article", "TEXT", "article"), Column("actor", "TEXT", "actor"),
                     Column("span_start", "INTEGER", "span", 0), Column("span_end", "INTEGER", "span", 1),
                     Column("text", "TEXT", "text")],
        **{name: [Column("article", "TEXT", "article"), *_columns(cls)] for name, cls in TABLES.items()
           if name != "actors"},
    }


def _rows(docs: Sequence[tuple[dict[str, Any], str]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table, from each article's ``dossier/1`` object and its text."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in schema()}
    for position, (doc, text) in enumerate(docs, start=1):
        info = dict(doc["article"])
        article = info["id"]
        rows["articles"].append({**info, "position": position, "text": text})
        for actor in doc.get("actors", []):
            rows["actors"].append({**actor, "article": article, "n_mentions": len(actor.get("mentions", []))})
            rows["mentions"] += [{"article": article, "actor": actor["id"], "span": span, "text": text[slice(*span)]}
                                 for span in actor.get("mentions", [])]
        for name in TABLES:
            if name != "actors":
                rows[name] += [{**item, "article": article} for item in doc.get(name, [])]
    return rows


def key(docs: Sequence[tuple[dict[str, Any], str]]) -> str:
    """What the database is made from: this module's code, dossier's version, every article's
    records and text."""
    h = hashlib.sha256(Path(__file__).read_bytes() + __version__.encode())
    for doc, text in docs:
        h.update(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode() + b"\x1f" + text.encode() + b"\x1e")
    return h.hexdigest()


def stored_key(path: Path) -> str | None:
    """The key the database at ``path`` was built with, or None (no file, not a dossier database)."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT key FROM build").fetchone()
        db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def build(path: Path, docs: Sequence[tuple[dict[str, Any], str]]) -> None:
    """Write the database for ``docs`` (each article's ``dossier/1`` object and text) at ``path``:
    made whole in a temporary file beside it, then swapped in."""
    tables = schema()
    rows = _rows(docs)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".sqlite")
    os.close(fd)
    os.unlink(tmp)  # sqlite3 creates the file itself
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("CREATE TABLE build (key TEXT NOT NULL, dossier TEXT NOT NULL, schema TEXT NOT NULL)")
            db.execute("INSERT INTO build VALUES (?, ?, ?)", (key(docs), __version__, records.SCHEMA))
            for name, columns in tables.items():
                cols = ", ".join(f'"{c.name}" {c.sql}' for c in columns)
                db.execute(f'CREATE TABLE "{name}" ({cols})')
                marks = ", ".join("?" for _ in columns)
                db.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                               ([_value(r, c) for c in columns] for r in rows[name]))
            for name in ("actors", "mentions", *(n for n in TABLES if n != "actors")):
                db.execute(f'CREATE INDEX "{name}_article" ON "{name}" ("article")')
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write(out: Path, docs: Sequence[tuple[dict[str, Any], str]]) -> Path:
    """Make ``out/dossier.sqlite`` from every article's records and text, unless the database there
    was made from exactly these (then it is left byte for byte as it is). Articles' paths are
    named as the site names them (:func:`_place`), so that a run from another folder, or
    ``dossier verify``'s, makes the same bytes."""
    path = out / NAME
    docs = [({**doc, "article": {**doc["article"], "path": _place(doc["article"]["path"])}}, text)
            for doc, text in docs]
    if stored_key(path) != key(docs):
        build(path, docs)
    return path
