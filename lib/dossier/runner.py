"""Run the notebooks on articles with papermill, replacing an article's outputs only on success.

Layout: ``OUT/<article-id>/<notebook>.ipynb`` (the executed notebook) and
``OUT/<article-id>/<notebook>/`` (its tables and figures). Each article is run into a
temporary folder beside it; the previous ``OUT/<article-id>/`` is swapped out only when all
of that article's notebooks succeeded, so a failed run never destroys earlier results.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import papermill as pm
from tqdm.auto import tqdm

from . import nlp
from .article import Article, load
from .config import NOTEBOOK_ORDER, NOTEBOOKS, ROOT
from .errors import DossierError


def notebook_names(requested: Sequence[str] | None = None) -> list[str]:
    """The notebooks to run, in the collection's order; unknown names are an error."""
    available = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
    ordered = [n for n in NOTEBOOK_ORDER if n in available] + [n for n in available if n not in NOTEBOOK_ORDER]
    if not requested:
        return ordered
    unknown = [n for n in requested if n not in available]
    if unknown:
        raise DossierError(f"{', '.join(unknown)}: no such notebook in {NOTEBOOKS} "
                           f"(available: {', '.join(ordered)})")
    return [n for n in ordered if n in requested]


def _failure(exc: pm.PapermillExecutionError, notebook: str, article: Article) -> DossierError:
    evalue = str(exc.evalue).strip().splitlines()[-1] if str(exc.evalue).strip() else ""
    return DossierError(f"notebook {notebook} failed on article {article.id} ({article.path}) "
                        f"in cell {exc.exec_count}: {exc.ename}: {evalue}")


def _replace(folder: Path, new: Path) -> None:
    """Put ``new`` in place of ``folder``; the old one is removed only once the new one is in."""
    old = folder.with_name(f".old-{folder.name}-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)


def run(article_paths: Sequence[Path], *, notebooks: Sequence[str] | None = None, out: Path,
        model: str | None = None, progress: bool = True) -> list[Path]:
    """Execute every notebook on every article; return the article output folders written."""
    names = notebook_names(notebooks)
    articles = [load(p) for p in article_paths]
    model_name = nlp.model_name(model)
    for _ in nlp.parse_many(articles, model=model_name):  # warm the cache: one parse per article
        pass
    out.mkdir(parents=True, exist_ok=True)
    written = []
    bar = tqdm(total=len(articles) * len(names), disable=not progress, unit="notebook")
    for art in articles:
        tmp = out / f".tmp-{art.id}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            for name in names:
                bar.set_description(f"{art.id} · {name}")
                pm.execute_notebook(
                    NOTEBOOKS / f"{name}.ipynb", tmp / f"{name}.ipynb",
                    parameters={"article": str(art.path.resolve()), "model": model or "",
                                "out_dir": str(tmp / name)},
                    kernel_name="python3", progress_bar=False, cwd=str(ROOT),
                )
                bar.update()
            _replace(out / art.id, tmp)
        except pm.PapermillExecutionError as exc:
            raise _failure(exc, name, art) from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        written.append(out / art.id)
    bar.close()
    return written
