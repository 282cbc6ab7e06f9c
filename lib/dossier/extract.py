"""One article in, one :class:`~dossier.records.Dossier` out: every question's records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp
from .actors import actors
from .agreements import agreements
from .article import Article
from .claims import claims, contested
from .projects import projects
from .records import ArticleInfo, Dossier
from .sanctions import sanctions


def article_info(article: Article) -> ArticleInfo:
    m = article.meta
    return ArticleInfo(id=article.id, path=str(article.path), sha256=article.sha256,
                       n_chars=len(article.text), title=m.title, date=m.date, outlet=m.outlet,
                       url=m.url, language=m.language, warnings=article.warnings)


def dossier(article: Article, doc: Doc, *, model: str = "") -> Dossier:
    """The records of every question built so far, from an article and its parsed doc."""
    norm = article.normalized
    sentences = tuple(norm.to_original(s.start_char, s.end_char) for s in doc.sents)
    found = actors(doc, norm)
    said = claims(doc, norm, found)
    return Dossier(article=article_info(article), actors=found, claims=said,
                   sanctions=sanctions(doc, norm, found), projects=projects(doc, norm, found),
                   agreements=agreements(doc, norm, found, article_date=article.meta.date),
                   contested=contested(said, found, sentences), sentences=sentences, model=model)


def dossiers(articles: Iterable[Article], *, model: str | None = None, n_process: int = 1,
             ) -> Iterator[Dossier]:
    """Dossiers of many articles, parsed in batches through the cache."""
    name = nlp.model_name(model)
    label = f"{name} {nlp.model_version(name)}"
    for art, doc in nlp.parse_many(articles, model=name, n_process=n_process):
        yield dossier(art, doc, model=label)
