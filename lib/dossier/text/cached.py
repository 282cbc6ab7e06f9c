"""The keys and files of what is kept between runs (parses, records), read without importing spaCy.

A parse is kept as a DocBin (:mod:`dossier.text.nlp` writes and reads it) and an article's records
as JSON (:mod:`dossier.extract`), each under a key that changes whenever what made it does.
The notebook kernels of ``dossier run`` only read records the run has just made: through this
module they do so without importing spaCy, about a second of each kernel's start.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from dossier import __version__
from dossier.config import CACHE, DATA, PACKAGE
from dossier.records import ArticleInfo, Dossier, Span, from_json
from dossier.text.article import TITLE_SENTENCES, Article, title, title_sentences
from dossier.text.gazetteer import gazetteer
from dossier.text.models import model_version


@cache
def _parse_code() -> str:
    """A hash of the code that shapes a parse (normalization, pipeline set-up)."""
    h = hashlib.sha256()
    for module in ("text/article.py", "text/nlp.py", "text/gazetteer.py", "text/datelines.py",
                   "data/abbreviations.csv"):
        h.update((PACKAGE / module).read_bytes())
    return h.hexdigest()[:16]


def parse_key(article: Article, name: str) -> str:
    """Parses are reused while the text, model, gazetteer, code and dossier version are unchanged."""
    parts = [article.sha256, name, model_version(name), __version__, gazetteer().fingerprint(), _parse_code()]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def parse_path(article: Article, name: str) -> Path:
    """Where the parse of ``article`` by model ``name`` is kept."""
    return CACHE / f"{parse_key(article, name)}.spacy"


@cache
def _extraction_code() -> str:
    """A hash of the code and data that turn a parse into records."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*PACKAGE.rglob("*.py"), *DATA.glob("*.csv")]):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + path.read_bytes())
    return h.hexdigest()[:16]


def records_path(article: Article, name: str) -> Path:
    """Where the records of ``article`` parsed by model ``name`` are kept."""
    return CACHE / "records" / f"{parse_key(article, name)}-{_extraction_code()}.json"


def article_info(article: Article, sentences: Sequence[Span] = ()) -> ArticleInfo:
    """What the records say about the article itself: its sidecar's metadata (the date from its date
    line when the sidecar gives none), its dateline (place and agency), and a title
    (:func:`dossier.text.article.title`: the sidecar's, the first line when it is a headline, or the
    first of the parse's ``sentences`` that reads as prose, shortened) with where that title comes from."""
    m, d = article.meta, article.dateline
    heading, source = title(article, title_sentences(article, sentences[:TITLE_SENTENCES]))
    return ArticleInfo(id=article.id, path=str(article.path), sha256=article.sha256,
                       n_chars=len(article.text), title=heading, date=m.date, outlet=m.outlet,
                       url=m.url, language=m.language, warnings=article.warnings, title_source=source,
                       source=m.source, date_span=d.date_span if d.date == m.date else None, dateline=d.text,
                       dateline_span=d.span, place=d.place, agency=d.agency)


def records(article: Article, name: str) -> Dossier | None:
    """The kept records of ``article`` (its path and sidecar read afresh), or ``None`` when there
    are none, or none readable, for this text, model, code and data."""
    path = records_path(article, name)
    try:
        d = from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError, OSError):
        return None
    return replace(d, article=article_info(article, d.sentences))
