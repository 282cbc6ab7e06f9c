"""Run the site: a drill-down page per article from its records, and each question notebook
once over all the articles in kept kernels; redo only what changed; replace outputs only on success.

Layout of ``OUT/``: ``<article-id>/index.html`` (the article's page: brief, text with every
record's evidence highlighted, record tables; made by :mod:`dossier.site.pages` with no kernel),
``<article-id>/records.json`` and ``article.json``; ``questions/<notebook>/`` (the notebook
executed over all the articles, ``<notebook>.ipynb``, its page ``<notebook>.html``, its tables
and figures); ``index.html`` (the table of articles) and ``manifest.json``.

Every unit of work (an article's page, a question notebook) has a key: the sha256 of what it
is made from (the text's sha256 and sidecar, the code's and the model's versions, the
notebook's own bytes, and for a question the keys of all its articles). The key is written in
the unit's folder (``.key``) and in the manifest; a rerun skips every unit whose key is
unchanged. A question's folder also keeps how long its notebook took (``.seconds``): the
kernels take the longest first. Each unit is made in a temporary folder and swapped in whole,
so an interrupted run leaves earlier outputs intact and the next run does only the work left
(:mod:`dossier.site.folders`).
A lock file keeps two runs from writing the same folder at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import queue
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tqdm.auto import tqdm

from dossier import __version__
from dossier.config import NOTEBOOK_ORDER, NOTEBOOKS, PACKAGE, ROOT, resolve
from dossier.errors import DossierError
from dossier.records import from_json
from dossier.site import database, entities, publish
from dossier.site.folders import locked, replace
from dossier.text.article import Article, BadInput, load_all

CORPUS = "corpus"  # the notebook of questions only asked across articles
QUESTIONS = "questions"  # the output folder of the question notebooks (dossier.site.session.QUESTIONS)
KERNEL = "python3"
KEY_FILE = ".key"
SECONDS_FILE = ".seconds"  # how long the notebook took last time: the longest are started first


def notebook_names(requested: Sequence[str] | None = None) -> list[str]:
    """The notebooks to run, in the collection's order (the corpus notebook last); unknown
    names are an error."""
    available = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
    ordered = [n for n in NOTEBOOK_ORDER if n in available] + [n for n in available if n not in NOTEBOOK_ORDER]
    if CORPUS in ordered:
        ordered = [n for n in ordered if n != CORPUS] + [CORPUS]
    if not requested:
        return ordered
    unknown = [n for n in requested if n not in available]
    if unknown:
        raise DossierError(f"{', '.join(unknown)}: no such notebook in {NOTEBOOKS} "
                           f"(available: {', '.join(ordered)})")
    return [n for n in ordered if n in requested]


def _label(name: str) -> str:
    return "Across articles" if name == CORPUS else name.replace("_", " ").capitalize()


def _param_path(path: Path) -> str:
    """A path for a notebook parameter: relative to the project root when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path.resolve())


@cache
def code_version() -> str:
    """A hash of dossier's code, data and templates (and its version): a change redoes everything."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".csv", ".j2", ".json")
                       and "__pycache__" not in p.parts):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _sha(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def article_key(art: Article, *, model: str, names: Sequence[str]) -> str:
    """What an article's page is made from: its text, sidecar, path, the code, model and the
    question pages it links to."""
    sidecar = art.path.with_name(art.path.stem + ".meta.json")
    meta = sidecar.read_bytes().hex() if sidecar.exists() else ""
    return _sha("article", code_version(), model, art.id, _param_path(art.path), art.sha256, meta, *names)


def question_key(name: str, keys: dict[str, str], *, model: str, show_code: bool, names: Sequence[str]) -> str:
    """What a question notebook's outputs are made from: the notebook's bytes, the code, the model,
    the other question pages its page links to, and the keys of all its articles, in order."""
    notebook = hashlib.sha256((NOTEBOOKS / f"{name}.ipynb").read_bytes()).hexdigest()
    return _sha("question", code_version(), model, name, notebook, str(show_code), " ".join(names),
                *(f"{i} {k}" for i, k in keys.items()))


def _last_seconds(folder: Path) -> float:
    """How long the question in ``folder`` took to execute last time (0 when never run)."""
    try:
        return float((folder / SECONDS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0.0


def longest_first(todo: Sequence[Job], out: Path) -> list[Job]:
    """The question notebooks in the order the kernels take them: the longest first, as timed on
    the last run (the corpus notebook, which reads every article, when none was timed), so that
    the kernels finish together rather than one waiting for a long notebook taken last."""
    return sorted(todo, key=lambda j: (-_last_seconds(out / QUESTIONS / j.name), j.name != CORPUS))


def _stored_key(folder: Path) -> str | None:
    try:
        return (folder / KEY_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None


@dataclass
class Run:
    """What a run wrote: the folders it made anew (others were up to date), and the files it skipped."""

    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    up_to_date: int = 0


def _write_article(out: Path, d, art: Article, key: str, *, model: str, names: list[str]) -> Path:
    """Render one article's page and records into a temporary folder, then swap it in."""
    from dossier.records import to_json
    from dossier.site import pages

    tmp = out / f".tmp-{art.id}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        provenance = {"version": __version__, "model": model, "date": publish.build_date()}
        questions = [{"label": _label(n), "href": f"../{QUESTIONS}/{n}/{n}.html"} for n in names]
        (tmp / "index.html").write_text(pages.article_page(d, art.text, provenance=provenance, questions=questions,
                                                           index_href="../index.html"), encoding="utf-8")
        (tmp / "records.json").write_text(json.dumps(to_json(d), ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
        info = d.article
        record = {"id": art.id, "path": _param_path(art.path), "sha256": art.sha256, "title": info.title,
                  "title_source": info.title_source, "outlet": info.outlet, "date": info.date, "url": info.url,
                  "model": model, "counts": {c: len(getattr(d, c)) for c in publish.COUNTS},
                  "language": info.language, "warnings": list(info.warnings),
                  # what the index's filter matches besides the row: every name of every actor, and the text
                  "search": " ".join([*(n for a in d.actors for n in dict.fromkeys((a.name, *a.aliases))),
                                      art.text[:SEARCH_CHARS]])}
        (tmp / "article.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        (tmp / KEY_FILE).write_text(key + "\n", encoding="utf-8")
        replace(out / art.id, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out / art.id


#: How much of an article's text the index's filter searches.
SEARCH_CHARS = 20_000


@dataclass(frozen=True)
class Job:
    """A question notebook to execute over the articles, into the temporary folder ``tmp``."""

    name: str
    key: str
    tmp: Path
    parameters: dict
    corpus: str  # sha256 of the articles' sha256s, stated on the page


class _Stopped(Exception):
    """The run was interrupted between two cells."""


#: Run in each kernel as soon as it starts, while the articles are still being extracted. The
#: objects the libraries create on import live as long as the kernel: ``gc.freeze`` keeps every
#: later collection (``%reset`` between notebooks runs one) from walking them again, which
#: otherwise costs about half a second per notebook.
WARM_UP = ("import gc\nimport dossier.corpus, dossier.site.figures, dossier.site.maps, dossier.text.places, "
           "dossier.site.session, dossier.tables\ndossier.text.places.coordinates('')\ngc.freeze()")


def _execute(jobs: queue.SimpleQueue, *, stop: threading.Event, ready: threading.Event, done) -> None:
    """Execute notebooks taken from ``jobs`` until it is empty, one after another in one kept
    kernel (nbclient): the libraries are imported once, while the records are still being made
    (``ready`` says when they are), and each notebook starts from an empty namespace
    (``%reset -f``). Kernels sharing one queue stay evenly busy however long each notebook takes."""
    import nbformat
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    from dossier.site.kernels import KernelManager

    # "immediate": once its queue is empty a kernel holds nothing anyone needs, so it is stopped
    # at once rather than after a shutdown handshake the run would wait for
    client = NotebookClient(nbformat.v4.new_notebook(), kernel_name=KERNEL, kernel_manager_class=KernelManager,
                            timeout=None, resources={"metadata": {"path": str(ROOT)}}, shutdown_kernel="immediate")
    with client.setup_kernel():
        _run_code(client, WARM_UP)
        while not ready.wait(0.1):
            if stop.is_set():
                raise _Stopped
        while True:
            if stop.is_set():
                raise _Stopped
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            nb = parameterize_notebook(load_notebook_node(str(NOTEBOOKS / f"{job.name}.ipynb")), job.parameters,
                                       kernel_name=KERNEL)
            client.nb = nb
            started = time.perf_counter()
            count = 0
            for index, cell in enumerate(nb.cells):
                if stop.is_set():
                    raise _Stopped
                if cell.cell_type == "code":
                    count += 1
                    try:
                        client.execute_cell(cell, index, execution_count=count)
                    except Exception as exc:
                        exc.notebook = job.name  # which notebook failed, for the message
                        raise
            nbformat.write(nb, job.tmp / f"{job.name}.ipynb")
            (job.tmp / SECONDS_FILE).write_text(f"{time.perf_counter() - started:.2f}\n", encoding="utf-8")
            _run_code(client, "%reset -f")
            done(job)


def _run_code(client, code: str) -> None:
    """Run ``code`` in the client's kernel, outside any notebook that is kept."""
    import nbformat

    cell = nbformat.v4.new_code_cell(code)
    client.nb = nbformat.v4.new_notebook(cells=[cell])
    client.execute_cell(cell, 0, store_history=False)


def _failure(exc: Exception, name: str, n: int) -> DossierError:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = str(getattr(exc, "evalue", exc)).strip()
    evalue = evalue.splitlines()[-1] if evalue else ""
    return DossierError(f"notebook {name} failed on {n} article{'s' if n != 1 else ''}: {ename}: {evalue}")


def _run_questions(todo: list[Job], out: Path, *, workers: int, n_articles: int, model: str, show_code: bool,
                   names: list[str], bar: tqdm, prepare: Callable[[], None]) -> list[Path]:
    """Start ``workers`` kernels, run ``prepare`` (the extraction the notebooks read) while they
    start, then execute the question notebooks (each kernel takes the next from one queue), render each
    one's page and swap its folder in as soon as it is done."""
    written: list[Path] = []
    lock = threading.Lock()
    provenance = {"article_id": "", "across": f"{n_articles} article{'s' if n_articles != 1 else ''}",
                  "title": "", "outlet": "",
                  "published": "", "version": __version__, "model": model, "date": publish.build_date(),
                  "warnings": ()}

    def done(job: Job) -> None:
        nav = [publish.NavItem(_label(n), f"../{n}/{n}.html", n == job.name) for n in names]
        publish.render(job.tmp / f"{job.name}.ipynb", job.tmp / f"{job.name}.html",
                    provenance={**provenance, "sha256": job.corpus}, nav=nav,
                    index_href="../../index.html", show_code=show_code)
        (job.tmp / KEY_FILE).write_text(job.key + "\n", encoding="utf-8")
        with lock:
            replace(out / QUESTIONS / job.name, job.tmp)
            written.append(out / QUESTIONS / job.name)
            bar.update()

    jobs: queue.SimpleQueue = queue.SimpleQueue()
    for job in longest_first(todo, out):
        jobs.put(job)
    stop, ready = threading.Event(), threading.Event()
    pool = ThreadPoolExecutor(max_workers=workers)
    futures = [pool.submit(_execute, jobs, stop=stop, ready=ready, done=done) for _ in range(workers)]
    try:
        prepare()
        ready.set()
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_EXCEPTION)
            if any(f.exception() is not None for f in finished):
                stop.set()
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for future in futures:
        exc = future.exception()
        if exc is not None and not isinstance(exc, _Stopped):
            raise _failure(exc, getattr(exc, "notebook", "?"), n_articles) from None
    return written


def _site_entries(out: Path) -> list[dict]:
    """Every article page in ``out`` (``*/article.json``), for the index, in id order."""
    entries = []
    for info_path in sorted(out.glob("*/article.json")):
        info = json.loads(info_path.read_text(encoding="utf-8"))
        entries.append({**info, "id": info_path.parent.name, "counts": info.get("counts", {})})
    return entries


def _question_entries(out: Path, names: list[str]) -> list[dict]:
    entries = []
    for name in names:
        folder = out / QUESTIONS / name
        if not (folder / f"{name}.html").exists():
            continue
        files = sorted(f"{QUESTIONS}/{name}/{f.name}" for f in folder.glob("*") if f.suffix in (".csv", ".png", ".svg"))
        figure = next((f for f in files if f.endswith(".png")), None)
        entries.append({"label": _label(name), "href": f"{QUESTIONS}/{name}/{name}.html", "files": files,
                        "figure": figure})
    return entries


def _database(out: Path, articles: Sequence[Article]) -> list[dict]:
    """Write ``out/dossier.sqlite`` from the articles' kept records (a no-op while they are
    unchanged) and return the records."""
    kept = [json.loads((out / a.id / "records.json").read_text(encoding="utf-8")) for a in articles]
    database.write(out, [(r, a.text) for r, a in zip(kept, articles, strict=True)])
    return kept


def run(article_paths: Sequence[Path], *, notebooks: Sequence[str] | None = None, out: Path,
        model: str | None = None, progress: bool = True, show_code: bool = False,
        jobs: int | None = None, encoding: str = "utf-8", keep_going: bool = False) -> Run:
    """Make every article's page and run every question notebook over all the articles
    (``jobs`` kernels at once, default one per core), skipping each unit whose inputs are
    unchanged; then write the index and manifest. Every bad file is reported before any work
    starts (:class:`~dossier.text.article.BadInput`); with ``keep_going`` the good ones are run
    and the bad ones listed in the result."""
    from dossier.text import models

    started = dt.datetime.now(dt.UTC)
    names = notebook_names(notebooks)
    articles, problems = load_all(article_paths, encoding=encoding)
    if problems and not keep_going:
        raise BadInput(problems)
    if not articles:
        raise BadInput(problems or ["no article to run on"])
    ids = [a.id for a in articles]
    if QUESTIONS in ids:
        raise DossierError(f"{QUESTIONS}: an article may not be named like the questions folder; rename it")
    if len(set(ids)) < len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise DossierError(f"{', '.join(twice)}: two articles would share an output folder; rename one")
    model_name = models.model_name(model)
    model_label = f"{model_name} {models.model_version(model_name)}"
    keys = {a.id: article_key(a, model=model_label, names=names) for a in articles}
    qkeys = {n: question_key(n, keys, model=model_label, show_code=show_code, names=names) for n in names}
    todo_articles = [a for a in articles if _stored_key(out / a.id) != keys[a.id]]
    todo_questions = [n for n in names if _stored_key(out / QUESTIONS / n) != qkeys[n]]
    result = Run(skipped=problems, up_to_date=len(articles) - len(todo_articles) + len(names) - len(todo_questions))
    with locked(out):
        bar = tqdm(total=len(todo_articles) + len(todo_questions), unit="page",
                   disable=not progress or not (todo_articles or todo_questions))
        todo_ids = {a.id for a in todo_articles}

        def pages(source: Sequence[Article]) -> None:
            """Extract (once per change: the kernels then read the cache) and make the pages of the
            changed articles."""
            from dossier import extract  # spaCy: imported while the kernels start

            for art, d in zip(source, extract.dossiers(source, model=model_name), strict=True):
                if art.id in todo_ids:
                    bar.set_description(art.id)
                    result.written.append(_write_article(out, d, art, keys[art.id], model=model_label, names=names))
                    bar.update()

        kept: list[dict] = []  # every article's records, read once for the database and the entity pages
        if todo_questions:
            def prepare() -> None:  # while the kernels start
                bar.set_description("extracting")
                pages(articles)
                kept.extend(_database(out, articles))  # before the notebooks: the corpus notebook reads it
                bar.set_description(QUESTIONS)

            corpus = publish.corpus_hash(articles)
            params = {"articles": [_param_path(a.path) for a in articles], "model": model or "",
                      "encoding": encoding}
            todo = []
            for n in todo_questions:
                tmp = out / f".tmp-{QUESTIONS}-{n}"
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
                extra = {"database": _param_path(out / database.NAME)} if n == CORPUS else {}
                todo.append(Job(n, qkeys[n], tmp, {**params, "out_dir": _param_path(tmp), **extra}, corpus))
            workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
            try:
                result.written += _run_questions(todo, out, workers=workers, n_articles=len(articles),
                                                 model=model_label, show_code=show_code, names=names, bar=bar,
                                                 prepare=prepare)
            finally:
                for job in todo:
                    shutil.rmtree(job.tmp, ignore_errors=True)
        else:
            pages(todo_articles)
        bar.close()
        order = {p: i for i, p in enumerate([*(out / a.id for a in articles), *(out / QUESTIONS / n for n in names)])}
        result.written.sort(key=lambda p: order[p])
        kept = kept or _database(out, articles)  # when no notebook ran, the records are read here
        entity_pages = entities.write(out, [from_json(r) for r in kept], date=publish.build_date())
        publish.index(out, _site_entries(out), questions=_question_entries(out, names), actors=len(entity_pages))
        publish.manifest(out, inputs={_param_path(a.path): a.path for a in articles}, model=model_label,
                      started=started, stages={"articles": keys, "questions": qkeys})
    return result


def verify(out: Path, *, model: str | None = None) -> tuple[list[str], int]:
    """Rerun the articles ``out/manifest.json`` records into a temporary folder, from scratch,
    and compare the bytes of every HTML page, figure and table with the files now in ``out``.

    Returns the differing files and how many files were compared.
    """
    manifest = out / "manifest.json"
    if not manifest.exists():
        raise DossierError(f"{manifest}: no manifest; run `dossier run` first")
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    inputs = [resolve(p) for p in recorded["inputs"]]
    for p in inputs:
        if not p.exists():
            raise DossierError(f"{p}: input recorded in {manifest} no longer exists")
    names = sorted(recorded.get("stages", {}).get("questions", {})) or None
    present = publish.output_hashes(out)
    with tempfile.TemporaryDirectory(prefix="dossier-verify-") as tmp:
        again = Path(tmp) / "outputs"
        run(inputs, notebooks=names, out=again, model=model, progress=False)
        rerun = publish.output_hashes(again)
    compared = len([k for k in present if k.endswith(publish.COMPARED)])
    return publish.differences(rerun, present), compared  # "extra": in the site, not made by the run


def executed_errors(notebook: Path) -> list[str]:
    """Error outputs in an executed notebook (for tests and checks)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    return [f"{o.ename}: {o.evalue}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.output_type == "error"]
