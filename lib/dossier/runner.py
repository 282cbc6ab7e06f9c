"""Run the notebooks on articles with papermill, render the site, replace outputs only on success.

Layout of ``OUT/``: ``<article-id>/<notebook>.ipynb`` (executed), ``<article-id>/<notebook>.html``
(the page), ``<article-id>/<notebook>/`` (its tables and figures), ``<article-id>/article.json``
(what was read), and ``index.html`` and ``manifest.json`` for the whole folder. Each article is
run into a temporary folder beside it; the previous ``<article-id>/`` is swapped out only when
all of that article's notebooks succeeded, so a failed run never destroys earlier results.
A lock file keeps two runs from writing the same folder at once.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import nbformat
import papermill as pm
from jupyter_client.manager import AsyncKernelManager
from tqdm.auto import tqdm
from traitlets import default

from . import __version__, extract, nlp, site
from .article import Article, load
from .config import NOTEBOOK_ORDER, NOTEBOOKS, ROOT, resolve
from .errors import DossierError
from .records import ArticleInfo

CORPUS = "corpus"  # the notebook, and the output folder, across all articles
KERNEL = "python3"


class _KernelManager(AsyncKernelManager):
    """A kernel on IPC sockets in a private folder, shut down without an interrupt.

    Over TCP, ipykernel warns once per kernel that traffic is unencrypted; Unix sockets in a
    folder only this user can open (``mkdtemp``) need no encryption and raise no warning, and a
    folder per kernel keeps kernels started at once from picking the same socket names.
    jupyter_client interrupts every kernel before asking it to shut down, which makes ipykernel
    log ``KeyboardInterrupt caught in kernel`` whenever the signal lands in a message handler;
    papermill is done with a kernel only once it is idle, so the shutdown request alone is sent
    (a kernel that does not stop is still killed after jupyter_client's wait).
    """

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    def _ip_default(self) -> str:  # traitlets' dynamic default for ``ip``
        if self.transport != "ipc":
            return super()._ip_default()
        return str(Path(tempfile.mkdtemp(prefix="dossier-kernel-")) / "kernel")

    async def _async_interrupt_kernel(self) -> None:
        if not self.shutting_down:
            await super()._async_interrupt_kernel()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        folder = Path(self.ip).parent
        if not restart and self.transport == "ipc" and folder.name.startswith("dossier-kernel-"):
            shutil.rmtree(folder, ignore_errors=True)


def _papermill(notebook: Path, output: Path, parameters: dict) -> None:
    """Execute ``notebook`` into ``output`` with papermill, in the project root, quietly."""
    pm.execute_notebook(notebook, output, parameters=parameters, kernel_name=KERNEL, progress_bar=False,
                        cwd=str(ROOT), kernel_manager_class=_KernelManager)


def notebook_names(requested: Sequence[str] | None = None) -> list[str]:
    """The notebooks to run, in the collection's order (the corpus notebook last); unknown
    names are an error."""
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


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DossierError(f"{out}: another dossier run is writing this folder; wait for it to finish") from None
        yield


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _param_path(path: Path) -> str:
    """A path for a notebook parameter: relative to the project root when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path.resolve())


def _render_article(folder: Path, names: list[str], art: Article, info: ArticleInfo, model: str, *,
                    show_code: bool) -> None:
    provenance = {"article_id": art.id, "title": info.title or "", "outlet": info.outlet or "",
                  "published": info.date or "", "sha256": art.sha256, "version": __version__, "model": model,
                  "date": site.build_date(), "warnings": art.warnings}
    for name in names:
        nav = [site.NavItem(_label(n), f"{n}.html", n == name) for n in names]
        site.render(folder / f"{name}.ipynb", folder / f"{name}.html", provenance=provenance, nav=nav,
                    index_href="../index.html", show_code=show_code)
    record = {"id": art.id, "path": _param_path(art.path), "sha256": art.sha256, "title": info.title,
              "title_source": info.title_source, "outlet": info.outlet, "date": info.date, "url": info.url,
              "model": model, "notebooks": names}
    (folder / "article.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def _site_entries(out: Path) -> list[dict]:
    entries = []
    for info_path in sorted(out.glob("*/article.json")):
        info = json.loads(info_path.read_text(encoding="utf-8"))
        folder = info_path.parent
        pages = []
        for name in info["notebooks"]:
            files = sorted(f"{folder.name}/{name}/{f.name}" for f in (folder / name).glob("*")
                           if f.suffix in (".csv", ".png", ".svg")) if (folder / name).is_dir() else []
            pages.append({"label": _label(name), "href": f"{folder.name}/{name}.html", "files": files})
        key = folder / "overview" / "key.png"
        entries.append({**info, "id": folder.name, "pages": pages,
                        "key_figure": f"{folder.name}/overview/key.png" if key.exists() else None})
    return entries


def _execute(names: list[str], art: Article, tmp: Path, *, model: str | None, jobs: int, bar: tqdm,
             encoding: str) -> None:
    """Execute the notebooks of one article, ``jobs`` kernels at a time; the first failure in
    notebook order is reported."""

    def one(name: str) -> None:
        _papermill(NOTEBOOKS / f"{name}.ipynb", tmp / f"{name}.ipynb",
                   {"article": _param_path(art.path), "model": model or "", "out_dir": _param_path(tmp / name),
                    "encoding": encoding})
        bar.update()

    bar.set_description(art.id)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {name: pool.submit(one, name) for name in names}
    for name, future in futures.items():
        exc = future.exception()
        if isinstance(exc, pm.PapermillExecutionError):
            raise _failure(exc, name, art)
        if exc is not None:
            raise exc


def _run_corpus(articles: list[Article], out: Path, *, model: str | None, model_label: str, encoding: str,
                show_code: bool, bar: tqdm) -> Path:
    """Execute and render the corpus notebook over all articles into ``out/corpus/``."""
    tmp = out / f".tmp-{CORPUS}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    bar.set_description(CORPUS)
    try:
        try:
            _papermill(NOTEBOOKS / f"{CORPUS}.ipynb", tmp / f"{CORPUS}.ipynb",
                       {"articles": [_param_path(a.path) for a in articles], "model": model or "",
                        "out_dir": _param_path(tmp / CORPUS), "encoding": encoding})
            bar.update()
        except pm.PapermillExecutionError as exc:
            evalue = str(exc.evalue).strip().splitlines()[-1] if str(exc.evalue).strip() else ""
            raise DossierError(f"notebook {CORPUS} failed on {len(articles)} articles in cell {exc.exec_count}: "
                               f"{exc.ename}: {evalue}") from None
        provenance = {"article_id": f"{len(articles)} articles", "title": "", "outlet": "", "published": "",
                      "sha256": site.corpus_hash(articles),
                      "version": __version__, "model": model_label, "date": site.build_date(), "warnings": ()}
        site.render(tmp / f"{CORPUS}.ipynb", tmp / f"{CORPUS}.html", provenance=provenance,
                    nav=[site.NavItem("Across articles", f"{CORPUS}.html", True)], index_href="../index.html",
                    show_code=show_code)
        _replace(out / CORPUS, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out / CORPUS


def run(article_paths: Sequence[Path], *, notebooks: Sequence[str] | None = None, out: Path,
        model: str | None = None, progress: bool = True, show_code: bool = False,
        jobs: int | None = None, encoding: str = "utf-8") -> list[Path]:
    """Execute every notebook on every article (``jobs`` kernels at once, default one per core),
    render pages, index and manifest; return the article output folders written."""
    jobs = jobs or os.cpu_count() or 1
    started = dt.datetime.now(dt.UTC)
    names = notebook_names(notebooks)
    with_corpus = CORPUS in names
    names = [n for n in names if n != CORPUS]
    articles = [load(p, encoding=encoding) for p in article_paths]
    ids = [a.id for a in articles]
    if CORPUS in ids:
        raise DossierError(f"{CORPUS}: an article may not be named like the corpus folder; rename it")
    if len(set(ids)) < len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise DossierError(f"{', '.join(twice)}: two articles would share an output folder; rename one")
    model_name = nlp.model_name(model)
    model_label = f"{model_name} {nlp.model_version(model_name)}"
    # one parse and one extraction per article, cached before any kernel starts: the notebooks
    # (two or more at once) then read the records instead of each extracting them again
    infos = {d.article.id: d.article for d in extract.dossiers(articles, model=model_name)}
    written = []
    with _locked(out):
        bar = tqdm(total=len(articles) * len(names) + with_corpus, disable=not progress, unit="notebook")
        for art in articles:
            tmp = out / f".tmp-{art.id}"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            try:
                _execute(names, art, tmp, model=model, jobs=jobs, bar=bar, encoding=encoding)
                _render_article(tmp, names, art, infos[art.id], model_label, show_code=show_code)
                _replace(out / art.id, tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            written.append(out / art.id)
        if with_corpus:
            written.append(_run_corpus(articles, out, model=model, model_label=model_label, encoding=encoding,
                                       show_code=show_code, bar=bar))
        bar.close()
        corpus_files = sorted(f"{CORPUS}/{CORPUS}/{f.name}" for f in (out / CORPUS / CORPUS).glob("*")
                              if f.suffix in (".csv", ".png", ".svg")) if (out / CORPUS / CORPUS).is_dir() else []
        site.index(out, _site_entries(out), corpus={"href": f"{CORPUS}/{CORPUS}.html", "files": corpus_files}
                   if (out / CORPUS / f"{CORPUS}.html").exists() else None)
        site.manifest(out, inputs={_param_path(a.path): a.path for a in articles}, model=model_label,
                      started=started)
    return written


def verify(out: Path, *, model: str | None = None) -> tuple[list[str], int]:
    """Rerun the articles ``out/manifest.json`` records into a temporary folder and compare the
    bytes of every HTML page, figure and table with the files now in ``out``.

    Returns the differing files and how many files were compared.
    """
    import tempfile

    manifest = out / "manifest.json"
    if not manifest.exists():
        raise DossierError(f"{manifest}: no manifest; run `dossier run` first")
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    inputs = [resolve(p) for p in recorded["inputs"]]
    for p in inputs:
        if not p.exists():
            raise DossierError(f"{p}: input recorded in {manifest} no longer exists")
    names = sorted({n for info in out.glob("*/article.json")
                    for n in json.loads(info.read_text(encoding="utf-8"))["notebooks"]})
    if (out / CORPUS / f"{CORPUS}.html").exists():
        names.append(CORPUS)
    present = site.output_hashes(out)
    with tempfile.TemporaryDirectory(prefix="dossier-verify-") as tmp:
        again = Path(tmp) / "outputs"
        run(inputs, notebooks=names or None, out=again, model=model, progress=False)
        rerun = site.output_hashes(again)
    compared = len([k for k in present if k.endswith(site.COMPARED)])
    return site.differences(present, rerun), compared


def executed_errors(notebook: Path) -> list[str]:
    """Error outputs in an executed notebook (for tests and checks)."""
    nb = nbformat.read(notebook, as_version=4)
    return [f"{o.ename}: {o.evalue}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.output_type == "error"]
