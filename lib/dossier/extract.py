"""One article in, one :class:`~dossier.records.Dossier` out: every question's records."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from . import __version__, nlp
from .actors import actors
from .agreements import agreements
from .article import TITLE_SENTENCES, Article, title
from .claims import claims, contested
from .config import CACHE, DATA, PACKAGE
from .mentions import ActorIndex
from .projects import projects
from .records import ArticleInfo, Dossier, Span, from_json, to_json
from .sanctions import sanctions


def article_info(article: Article, sentences: tuple[Span, ...] = ()) -> ArticleInfo:
    """What the records say about the article itself: its sidecar's metadata, and a title
    (:func:`dossier.article.title`: the sidecar's, the first line when it is a headline, or the
    first of the parse's ``sentences`` that reads as prose, shortened) with where that title comes from."""
    m = article.meta
    heading, source = title(article, [article.text[start:end] for start, end in sentences[:TITLE_SENTENCES]])
    return ArticleInfo(id=article.id, path=str(article.path), sha256=article.sha256,
                       n_chars=len(article.text), title=heading, date=m.date, outlet=m.outlet,
                       url=m.url, language=m.language, warnings=article.warnings, title_source=source)


def dossier(article: Article, doc: Doc, *, model: str = "") -> Dossier:
    """The records of every question built so far, from an article and its parsed doc."""
    norm = article.normalized
    sentences = tuple(norm.to_original(s.start_char, s.end_char) for s in doc.sents)
    found = actors(doc, norm)
    source = {"outlet": article.meta.outlet, "url": article.meta.url}  # who "we" and agencies stand for
    try:
        said = claims(doc, norm, found)
        return Dossier(article=article_info(article, sentences), actors=found, claims=said,
                       sanctions=sanctions(doc, norm, found, **source),
                       projects=projects(doc, norm, found, **source),
                       agreements=agreements(doc, norm, found, article_date=article.meta.date, **source),
                       contested=contested(said, found, sentences), sentences=sentences, model=model)
    finally:
        ActorIndex.forget(doc)  # the index refers to the doc: drop the cycle so the doc is freed at once


def _records_path(article: Article, name: str) -> Path:
    return CACHE / "records" / f"{nlp.cache_key(article, name)}-{_extraction_fingerprint()}.json"


@cache
def _extraction_fingerprint() -> str:
    """A hash of the code and data that turn a parse into records."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*PACKAGE.glob("*.py"), *DATA.glob("*.csv")]):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def _with_article(d: Dossier, article: Article) -> Dossier:
    return replace(d, article=article_info(article, d.sentences))


def _cached_records(article: Article, name: str) -> Dossier | None:
    path = _records_path(article, name)
    if not path.exists():
        return None
    try:
        return _with_article(from_json(json.loads(path.read_text(encoding="utf-8"))), article)
    except (ValueError, KeyError, TypeError, OSError):
        return None


def dossiers(articles: Iterable[Article], *, model: str | None = None, n_process: int = 1,
             batch_size: int = 16, chunk: int = 128) -> Iterator[Dossier]:
    """Dossiers of many articles, streaming and in input order.

    Records are cached beside the parses (keyed by the parse and by the code and data of the
    extractors), so a rerun on unchanged articles neither loads the model nor parses nor
    extracts; the others go through ``nlp.pipe`` (``n_process`` processes), ``chunk`` articles
    at a time so that memory does not grow with their number.
    """
    name = nlp.model_name(model)
    label = f"{name} {nlp.model_version(name)}"
    for part in nlp.batched(articles, chunk):
        cached = {i: d for i, art in enumerate(part) if (d := _cached_records(art, name)) is not None}
        misses = [art for i, art in enumerate(part) if i not in cached]
        fresh = _extracted(misses, name, label, n_process=n_process, batch_size=batch_size)
        for i in range(len(part)):
            yield cached.pop(i) if i in cached else next(fresh)


def _extracted(articles: list[Article], name: str, label: str, *, n_process: int, batch_size: int,
               ) -> Iterator[Dossier]:
    for art, doc in nlp.parse_many(articles, model=name, n_process=n_process, batch_size=batch_size):
        d = dossier(art, doc, model=label)
        path = _records_path(art, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(to_json(d), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        yield d
