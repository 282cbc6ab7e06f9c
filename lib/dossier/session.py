"""What a notebook works with: its validated parameters, the article's records, where to write.

A notebook's first cell after ``parameters`` calls :func:`start`; papermill neither checks
parameter types nor runs kernels in the notebook's folder, so both are handled here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from . import __version__, extract, figures
from .article import Article, load, paths
from .config import OUTPUTS, resolve
from .corpus import Corpus
from .corpus import corpus as build_corpus
from .errors import DossierError
from .records import Dossier


class _Outputs:
    """Saving tables and figures into a session's output folder ``out``."""

    out: Path

    def table(self, df: pd.DataFrame, name: str) -> pd.DataFrame:
        """Save ``df`` as ``name.csv`` in the output folder and return it for display."""
        self.out.mkdir(parents=True, exist_ok=True)
        df.to_csv(self.out / f"{name}.csv", index=False, lineterminator="\n")
        return df

    def figure(self, fig: Figure, name: str) -> Figure:
        """Save ``fig`` as PNG and SVG in the output folder and return it for display."""
        figures.save(fig, self.out, name)
        return fig


@dataclass(frozen=True)
class Session(_Outputs):
    """One notebook run on one article."""

    notebook: str
    article: Article
    dossier: Dossier
    out: Path

    @property
    def caption(self) -> str:
        title = f" “{self.dossier.article.title}”" if self.dossier.article.title else ""
        return (f"Article {self.article.id}{title}, sha256 {self.article.sha256[:12]}; "
                f"dossier {__version__}, {self.dossier.model}")


def _check(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise DossierError(f"parameter {name}: expected a string, got {type(value).__name__} {value!r}")
    return value


def start(notebook: str, article: object, model: object = "", out_dir: object = "",
          encoding: object = "utf-8") -> Session:
    """Validate a notebook's parameters, load and extract the article (parsing it at most once
    per change thanks to the cache), make its output folder, and print any warning."""
    path = _check("article", article)
    if not path:
        raise DossierError("parameter article: empty; give the path of an article file")
    art = load(resolve(path), encoding=_check("encoding", encoding) or "utf-8")
    for warning in art.warnings:
        print(f"Warning: {warning}")
    model_name = _check("model", model) or None
    d = next(extract.dossiers([art], model=model_name))
    out = resolve(_check("out_dir", out_dir)) if out_dir else OUTPUTS / art.id / notebook
    out.mkdir(parents=True, exist_ok=True)
    return Session(notebook=notebook, article=art, dossier=d, out=out)


@dataclass(frozen=True)
class CorpusSession(_Outputs):
    """The corpus notebook run on many articles."""

    articles: tuple[Article, ...]
    corpus: Corpus
    out: Path

    @property
    def caption(self) -> str:
        return f"{len(self.articles)} articles; dossier {__version__}"


def start_corpus(articles: object, model: object = "", out_dir: object = "", encoding: object = "utf-8",
                 ) -> CorpusSession:
    """Validate the corpus notebook's parameters (``articles``: a list of files or folders),
    load the records of every article through the caches, and make the output folder."""
    if isinstance(articles, str):
        articles = [articles]
    if not isinstance(articles, list) or not articles or not all(isinstance(a, str) for a in articles):
        raise DossierError(f"parameter articles: expected a list of article files or folders, got {articles!r}")
    files = paths([resolve(a) for a in articles])
    enc = _check("encoding", encoding) or "utf-8"
    arts = tuple(load(f, encoding=enc) for f in files)
    found = build_corpus(extract.dossiers(arts, model=_check("model", model) or None))
    out = resolve(_check("out_dir", out_dir)) if out_dir else OUTPUTS / "corpus" / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    return CorpusSession(articles=arts, corpus=found, out=out)
