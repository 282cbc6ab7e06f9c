"""Articles that are not plain text files: saved web pages and tabular exports of many articles.

A saved web page (``.html``, ``.htm``, or any file that is an HTML document) is read through
trafilatura: its main text, and its title, date, site name and URL from the page's metadata.
A tabular export (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``) holds one article a row, read
with pandas (Parquet through pyarrow); :class:`Columns` names the columns.

Every article read this way is *kept* as plain text with a sidecar under the cache
(:func:`kept_folder`: ``CACHE/texts/<source>-<hash>/<id>.txt`` and ``<id>.meta.json``, the
sidecar naming the ``source``; :func:`dossier.text.article.keep` writes them): the records'
offsets index that text, so every span can be checked against the file ``article.path`` names,
and the rest of dossier (the notebooks, ``dossier verify``) reads it like any other article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier import config
from dossier.config import MAX_ARTICLE_BYTES
from dossier.errors import DossierError
from dossier.text.ids import safe_id

#: Suffixes read as saved web pages, and as tables of articles (one a row).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
#: A saved page may carry scripts and styles around its text: up to this many bytes are read.
MAX_PAGE_BYTES = 20 * MAX_ARTICLE_BYTES
#: A page whose main text has fewer words holds no article (a page of links, or one drawn by scripts).
MIN_PAGE_WORDS = 5


@dataclass(frozen=True)
class Columns:
    """The columns of a tabular export that hold each article's text and metadata (``id``: the
    article's id; when the table has no such column, ``<file stem>-<row number>``)."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    outlet: str = "outlet"
    id: str = "id"
    language: str = "language"


DEFAULT_COLUMNS = Columns()


@dataclass(frozen=True)
class Extracted:
    """An article's text taken out of a page or a table row, with its metadata (sidecar fields)."""

    id: str
    text: str
    meta: dict[str, str]


def source_name(path: Path) -> str:
    """How records name the file an article came from: relative to the project root when inside
    it (so that the same file gives the same records from any folder), else absolute."""
    full = path.resolve()
    try:
        return full.relative_to(config.ROOT).as_posix()
    except ValueError:
        return full.as_posix()


def kept_folder(path: Path) -> Path:
    """The folder under the cache that keeps the texts read from ``path``."""
    digest = hashlib.sha256(source_name(path).encode()).hexdigest()[:12]
    return config.CACHE / "texts" / f"{safe_id(path.stem)}-{digest}"


def page(path: Path, html: str) -> Extracted:
    """The main text of a saved web page and its metadata, by trafilatura (title, date, site name
    as the outlet, URL, language); a page with no main text (under :data:`MIN_PAGE_WORDS` words)
    is an error."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    words = len(text.split())
    if words < MIN_PAGE_WORDS:
        raise DossierError(f"{path}: an HTML page with no article text in it (trafilatura found {words} "
                           f"word{'' if words == 1 else 's'}); save the article's page, or its text as .txt")
    meta = {"title": doc.title, "date": doc.date, "outlet": doc.sitename, "url": doc.url,
            "language": doc.language, "source": source_name(path)}
    return Extracted(id=safe_id(path.stem), text=text, meta={k: v for k, v in meta.items() if v})


def _frame(path: Path, encoding: str = "utf-8") -> Any:
    """The table in ``path`` as a pandas DataFrame, every cell as read (no type guessing for CSV
    and JSON Lines, which are read in ``encoding``)."""
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False, encoding=encoding)
        return pd.read_parquet(path)
    except UnicodeDecodeError:  # pandas reads in chunks: the byte it names is not the file's
        hint = " (give its encoding with --encoding, e.g. --encoding cp1252)" if encoding == "utf-8" else ""
        raise DossierError(f"{path}: not {encoding} text{hint}") from None
    except LookupError:
        raise DossierError(f"{path}: unknown encoding {encoding!r}") from None
    except (ValueError, OSError, ImportError) as e:
        kind = {".csv": "CSV", ".parquet": "Parquet"}.get(suffix, "JSON Lines")
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise DossierError(f"{path}: not a readable {kind} table ({first})") from None
    except Exception as e:  # pandas' parser errors (pandas.errors.ParserError and kin)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise DossierError(f"{path}: not a readable table ({first})") from None


def _cell(value: Any) -> str | None:
    """A cell as a metadata string: dates as ISO, numbers as written, empty and missing as None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


def table(path: Path, columns: Columns = DEFAULT_COLUMNS,
          encoding: str = "utf-8") -> tuple[list[Extracted], list[str]]:
    """The articles of a tabular export, one a row, and one problem line for each row that holds
    none (an empty text, one over the size limit); a table without the text column, or with no
    row, is an error."""
    frame = _frame(path, encoding)
    if columns.text not in frame.columns:
        have = ", ".join(map(str, frame.columns[:12])) or "none"
        raise DossierError(f"{path}: no column {columns.text!r} holding the articles' text (columns: {have}); "
                           "name it with --text-column")
    if not len(frame):
        raise DossierError(f"{path}: a table with no rows")
    fields = {"title": columns.title, "date": columns.date, "outlet": columns.outlet, "url": columns.url,
              "language": columns.language}
    present = {key: col for key, col in fields.items() if col in frame.columns}
    source = source_name(path)
    stem = safe_id(path.stem)
    found: list[Extracted] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, row in enumerate(frame.to_dict("records"), start=1):
        text = row.get(columns.text)
        text = text if isinstance(text, str) else _cell(text)
        where = f"{path}: row {n}"
        if not text or not text.strip():
            problems.append(f"{where}: empty text in column {columns.text!r}")
            continue
        if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            problems.append(f"{where}: text over the limit of {MAX_ARTICLE_BYTES} bytes per article")
            continue
        given = _cell(row.get(columns.id)) if columns.id in frame.columns else None
        ident = safe_id(given) if given else f"{stem}-{n:04d}"
        if ident in seen:
            problems.append(f"{where}: id {ident!r} is used by an earlier row")
            continue
        seen.add(ident)
        meta = {key: _cell(row.get(col)) for key, col in present.items()}
        meta["source"] = f"{source}#row={n}"
        found.append(Extracted(id=ident, text=text, meta={k: v for k, v in meta.items() if v}))
    return found, problems


def write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` unless it already holds exactly that (atomically: a reader
    sees the old file or the new one)."""
    if target.exists() and target.read_bytes() == data:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, target)
