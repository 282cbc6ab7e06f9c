"""What a notebook works with: its validated parameters, the records of its articles, where to write.

A notebook's first cell after ``parameters`` calls :func:`start`. A question notebook answers
its question for one article (``article``, the parameter ``papermill -p article PATH`` sets) or
across many at once (``articles``, a list of files or folders, as ``dossier run`` sets it):
:meth:`Session.each` builds a per-article table for every article and stacks them, with the
article's id in a first column when there are several. papermill neither checks parameter
types nor runs kernels in the notebook's folder, so both are handled here.
"""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import cached_property
from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image
from matplotlib.figure import Figure

from dossier import __version__, tables
from dossier.config import ROOT, SCRATCH, resolve
from dossier.corpus import Corpus, actors_across
from dossier.corpus import corpus as build_corpus
from dossier.errors import DossierError
from dossier.records import Dossier, to_json
from dossier.site import brief, evidence, figures
from dossier.site import database as dossier_database
from dossier.site.entities import page_of_names
from dossier.site.shown import Shown
from dossier.text import cached
from dossier.text.article import Article, load, paths
from dossier.text.models import model_name

#: The folder of ``outputs/`` holding the pages of the questions asked across articles.
QUESTIONS = "questions"
#: The question pages a brief links to.
QUESTION_PAGES = ("actors", "claims", "sanctions", "projects", "agreements")
#: Columns that hold a record id unique within one article only; prefixed with the article's id across many.
ID_COLUMNS = ("id", "agreement", "claim", "counter", "sanction")


class _Outputs:
    """Saving tables and figures into a session's output folder ``out``."""

    out: Path

    def table(self, df: pd.DataFrame, name: str) -> pd.DataFrame:
        """Save ``df`` as ``name.csv`` in the output folder and return it for display: whole,
        sortable and filterable, each row linked to its words on its article's page
        (:class:`dossier.site.shown.Shown`; what is computed from it is a plain frame)."""
        self.out.mkdir(parents=True, exist_ok=True)
        df.to_csv(self.out / f"{name}.csv", index=False, lineterminator="\n")
        return Shown.of(df, name=name, titles=self.titles(), pages="../..", article=self.single(),
                        actor_pages=self.actor_pages())

    def titles(self) -> dict[str, str]:
        """Article id -> the title tables show for it."""
        return {}

    def single(self) -> str:
        """The article of tables without an ``article`` column ("" across articles)."""
        return ""

    @cached_property
    def _actor_pages(self) -> dict[str, str]:
        dossiers = list(getattr(self, "dossiers", ()))
        return page_of_names(dossiers, pages="../..") if len(dossiers) > 1 else {}

    def actor_pages(self) -> dict[str, str]:
        """Actor names mapped to their entity pages (actors in more than one article)."""
        return self._actor_pages

    def figure(self, fig: Figure, name: str) -> Image:
        """Save ``fig`` as PNG and SVG in the output folder, close it, and return the PNG as
        written, for display: what the notebook shows is the shared file, byte for byte, and
        the figure is not drawn a third time by the inline backend."""
        png, _ = figures.save(fig, self.out, name)
        plt.close(fig)
        return Image(data=png.read_bytes(), format="png")


@dataclass(frozen=True)
class Session(_Outputs):
    """One question notebook run on one article or on many."""

    notebook: str
    articles: tuple[Article, ...]
    dossiers: tuple[Dossier, ...]
    out: Path

    @property
    def many(self) -> bool:
        return len(self.articles) > 1

    def titles(self) -> dict[str, str]:
        return {d.article.id: d.article.title or d.article.id for d in self.dossiers}

    def single(self) -> str:
        return "" if self.many else self.article.id

    @property
    def article(self) -> Article:
        """The article (the first one when there are several)."""
        return self.articles[0]

    @property
    def dossier(self) -> Dossier:
        """The article's records (the first article's when there are several)."""
        return self.dossiers[0]

    @cached_property
    def corpus(self) -> Corpus:
        """The tables across the articles, actors merged across them (:mod:`dossier.corpus`)."""
        return build_corpus(self.dossiers)

    @property
    def caption(self) -> str:
        model = self.dossiers[0].model
        if self.many:
            return f"{len(self.articles)} articles; dossier {__version__}, {model}"
        title = f" “{self.dossier.article.title}”" if self.dossier.article.title else ""
        return (f"Article {self.article.id}{title}, sha256 {self.article.sha256[:12]}; "
                f"dossier {__version__}, {model}")

    def each(self, table: Callable[..., pd.DataFrame], *, with_text: bool = False) -> pd.DataFrame:
        """``table(dossier)`` (``table(dossier, text)`` with ``with_text``) for every article, stacked;
        across several articles an ``article`` column comes first and record ids get the article's
        id in front (``a1:c3``), so that they stay unique."""
        frames = []
        for art, d in zip(self.articles, self.dossiers, strict=True):
            df = table(d, art.text) if with_text else table(d)
            if self.many:
                df = df.copy()
                for col in ID_COLUMNS:
                    if col in df.columns:
                        df[col] = [f"{art.id}:{v}" if isinstance(v, str) and v else v for v in df[col]]
                df.insert(0, "article", art.id)
            frames.append(df)
        if len(frames) == 1:
            return frames[0]
        return pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)

    def actor_totals(self) -> pd.DataFrame:
        """Actors ranked by mentions: the article's, or across articles merged by
        :func:`dossier.corpus.actors_across` (one row per actor, whichever article names it)."""
        return actors_across(self.corpus) if self.many else tables.actors(self.dossier)

    def evidence(self) -> str:
        """HTML: the article with its claims highlighted; across articles, where each article's
        page with its evidence is."""
        if not self.many:
            return evidence.claims_html(self.article.text, self.dossier)
        return _article_list(self, "claims", "Each article's text with every claim highlighted is on its page:")

    def brief(self) -> str:
        """HTML: the brief of the article, linking to the other question pages beside this one
        (``outputs/questions/<name>/<name>.html``); across articles, the list of articles."""
        if not self.many:
            return brief.brief_html(self.dossier, pages={n: f"../{n}/{n}.html" for n in QUESTION_PAGES})
        return _article_list(self, "actors", "The articles, each with the brief on its page:")


def _counted(n: int, plural: str) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{n} {plural if n != 1 else plural.removesuffix('s')}"


def _article_list(s: Session, count: str, lead: str) -> str:
    """Links to the articles' pages (``outputs/<id>/index.html`` beside ``outputs/questions/``)."""
    items = "".join(
        f'<li><a href="../../{escape(d.article.id)}/index.html">{escape(d.article.title or d.article.id)}</a> '
        f"({_counted(len(getattr(d, count)), count)})</li>" for d in s.dossiers)
    return f"<p>{escape(lead)}</p><ul>{items}</ul>"


def _records(arts: tuple[Article, ...], model: str) -> tuple[Dossier, ...]:
    """The articles' records: as kept by the run that started this notebook when they all are
    (without importing spaCy), else parsed and extracted now."""
    name = model_name(model or None)
    kept = [cached.records(a, name) for a in arts]
    if all(d is not None for d in kept):
        return tuple(kept)
    from dossier import extract

    return tuple(extract.dossiers(arts, model=name))


#: The parameters of the question notebooks and of the corpus notebook (their ``parameters`` cells).
PARAMETERS = ("article", "model", "out_dir", "encoding", "articles")
CORPUS_PARAMETERS = ("articles", "model", "out_dir", "encoding", "database")


def injected(cells: list[str]) -> list[str]:
    """The names papermill's injected parameters cell assigns (papermill opens it with
    ``# Parameters``): the latest such cell among the code of the cells run so far (a kept
    kernel remembers the cells of the notebooks it ran before)."""
    code = next((c for c in reversed(cells) if c.lstrip().startswith("# Parameters")), "")
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    return [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
            if isinstance(t, ast.Name)]


def _refuse_unknown_parameters(known: tuple[str, ...]) -> None:
    """Refuse a parameter papermill injected that the notebook does not take: ``-p artcle x``
    would otherwise run on the default article and exit 0."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the kernel
        return
    shell = get_ipython()
    history = shell.user_ns.get("In", []) if shell is not None else []
    unknown = sorted(set(injected(list(history))) - set(known))
    if unknown:
        raise DossierError(f"unknown parameter {', '.join(unknown)}: this notebook takes {', '.join(known)}")


def _check(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise DossierError(f"parameter {name}: expected a string, got {type(value).__name__} {value!r}")
    return value


def _files(article: object, articles: object) -> list[Path]:
    if articles:
        if isinstance(articles, str):
            articles = [articles]
        if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
            raise DossierError(f"parameter articles: expected a list of article files or folders, got {articles!r}")
        return paths([resolve(a) for a in articles])
    path = _check("article", article)
    if not path:
        raise DossierError("parameter article: empty; give the path of an article file")
    found = resolve(path)
    if not found.exists():  # name the path as given, and where it was looked for
        raise DossierError(f"parameter article: {path}: no such file (looked in {Path.cwd()} and {ROOT})")
    return [found]


def start(notebook: str, article: object, model: object = "", out_dir: object = "",
          encoding: object = "utf-8", articles: object = None) -> Session:
    """Validate a notebook's parameters, load and extract the article, or the ``articles`` when
    that list is not empty (parsing each at most once per change thanks to the cache), make the
    output folder (by default ``outputs/<article-id>/<notebook>/``, or
    ``outputs/questions/<notebook>/`` across articles), and print any warning."""
    _refuse_unknown_parameters(PARAMETERS)
    enc = _check("encoding", encoding) or "utf-8"
    arts = tuple(load(f, encoding=enc) for f in _files(article, articles))
    for art in arts:
        for warning in art.warnings:
            print(f"Warning: {art.id}: {warning}" if len(arts) > 1 else f"Warning: {warning}")
    found = _records(arts, _check("model", model))
    if out_dir:
        out = resolve(_check("out_dir", out_dir))
    else:  # by hand: beside the published site, never in it
        out = SCRATCH / QUESTIONS / notebook if len(arts) > 1 else SCRATCH / arts[0].id / notebook
    out.mkdir(parents=True, exist_ok=True)
    return Session(notebook=notebook, articles=arts, dossiers=found, out=out)


@dataclass(frozen=True)
class CorpusSession(_Outputs):
    """The corpus notebook run on many articles."""

    articles: tuple[Article, ...]
    corpus: Corpus
    out: Path
    dossiers: tuple[Dossier, ...] = ()
    database: Path | None = None

    def sql(self, query: str) -> pd.DataFrame:
        """The rows a SQL query returns from the run's database (:mod:`dossier.site.database`),
        opened read-only."""
        with closing(sqlite3.connect(f"{self.database.as_uri()}?mode=ro", uri=True)) as con:
            return pd.read_sql_query(query, con)

    @property
    def caption(self) -> str:
        return f"{len(self.articles)} articles; dossier {__version__}"

    def titles(self) -> dict[str, str]:
        arts = self.corpus.articles
        return {a: t or a for a, t in zip(arts["article"], arts["title"], strict=True)}


def start_corpus(articles: object, model: object = "", out_dir: object = "", encoding: object = "utf-8",
                 database: object = "") -> CorpusSession:
    """Validate the corpus notebook's parameters (``articles``: a list of files or folders;
    ``database``: the run's SQLite database), load the records of every article through the
    caches, and make the output folder."""
    _refuse_unknown_parameters(CORPUS_PARAMETERS)
    if isinstance(articles, str):
        articles = [articles]
    if not isinstance(articles, list) or not articles or not all(isinstance(a, str) for a in articles):
        raise DossierError(f"parameter articles: expected a list of article files or folders, got {articles!r}")
    files = paths([resolve(a) for a in articles])
    enc = _check("encoding", encoding) or "utf-8"
    arts = tuple(load(f, encoding=enc) for f in files)
    kept = _records(arts, _check("model", model))
    found = build_corpus(kept)
    out = resolve(_check("out_dir", out_dir)) if out_dir else SCRATCH / QUESTIONS / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    # the run's database; run by hand, one made in the scratch folder from these articles' records
    if not database:
        SCRATCH.mkdir(parents=True, exist_ok=True)
    db = resolve(_check("database", database)) if database else dossier_database.write(
        SCRATCH, [(to_json(d), a.text) for d, a in zip(kept, arts, strict=True)])
    return CorpusSession(articles=arts, corpus=found, out=out, dossiers=kept, database=db)
