"""The ``dossier`` command: ``extract`` records as JSON, ``run`` the notebooks, ``evaluate`` against gold."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from dossier import __version__
from dossier.config import OUTPUTS, SEEDS
from dossier.errors import DossierError
from dossier.text.article import BadInput
from dossier.text.sources import TABLE_SUFFIXES, Columns


def _columns(args: argparse.Namespace) -> Columns:
    """The columns of tabular exports the options name."""
    return Columns(text=args.text_column, title=args.title_column, date=args.date_column, url=args.url_column,
                   outlet=args.outlet_column, id=args.id_column)


def _inputs(items: Sequence[str | Path], *, encoding: str, keep_going: bool,
            columns: Columns | None = None) -> tuple[list[Path], list[str]]:
    """The article files named by ``items`` that load, and one line per bad input; every bad input
    is found before any work starts, and without ``keep_going`` stops the command (exit 2).
    Articles extracted from web pages and tables are kept as text in the cache first
    (:func:`dossier.text.article.keep`), so that the paths returned are all text files; files a
    folder holds that are not articles are named on stderr (``dossier: note:``)."""
    from dossier.text.article import BadInput, find, keep, load_all

    notes: list[str] = []
    files, problems = find(items, notes)
    for line in notes:
        print(f"dossier: note: {line}", file=sys.stderr)
    articles, bad = load_all(files, encoding=encoding, columns=columns or Columns())
    problems += bad
    if problems and not keep_going:
        raise BadInput(problems)
    if not articles:
        raise BadInput(problems)
    keep(articles)
    return [a.path for a in articles], problems


def _skipped(problems: list[str]) -> None:
    """After a --keep-going run: the inputs left out, one a line, then exit code 2."""
    if problems:
        for line in problems:
            print(f"dossier: skipped: {line}", file=sys.stderr)
        print(f"dossier: {len(problems)} input{'s' if len(problems) != 1 else ''} skipped", file=sys.stderr)
        raise SystemExit(2)


def _extract(args: argparse.Namespace) -> None:
    from dossier import engines

    files, problems = _inputs(args.paths, encoding=args.encoding, keep_going=args.keep_going,
                              columns=_columns(args))
    one = len(files) == 1 and len(args.paths) == 1 and not Path(args.paths[0]).is_dir() \
        and Path(args.paths[0]).suffix.lower() not in TABLE_SUFFIXES
    fmt = args.format or ("json" if one else "jsonl")
    if args.engine == "dask":
        docs = engines.dask(files, model=args.model, encoding=args.encoding, scheduler=args.scheduler)
    else:
        docs = engines.local(files, model=args.model, encoding=args.encoding, n_process=args.processes,
                             batch_size=args.batch_size)
    out = sys.stdout
    if fmt == "jsonl":
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        items = list(docs)
        json.dump(items[0] if len(items) == 1 else items, out, ensure_ascii=False, indent=1)
        out.write("\n")
    out.flush()
    _skipped(problems)


def _run(args: argparse.Namespace) -> None:
    from dossier.site.runner import notebook_names, run

    notebook_names(args.notebook)  # an unknown notebook is an error before the articles are read
    files, problems = _inputs(args.article or [SEEDS], encoding=args.encoding, keep_going=args.keep_going,
                              columns=_columns(args))
    done = run(files, notebooks=args.notebook, out=Path(args.out), model=args.model, show_code=args.show_code,
               jobs=args.jobs, encoding=args.encoding)
    for folder in done.written:
        print(folder)
    print(Path(args.out) / "index.html")
    _skipped(problems)


def _verify(args: argparse.Namespace) -> None:
    from dossier.site.runner import verify

    differing, compared = verify(Path(args.out), model=args.model)
    for line in differing:
        print(line)
    print(f"{len(differing)} differing files of {compared} compared (HTML, PNG, SVG, CSV, SQLite)")
    if differing:
        raise SystemExit(1)


def _evaluate(args: argparse.Namespace) -> None:
    from dossier.evaluation.evaluate import article_line, evaluate, table

    result = evaluate(Path(args.gold), [Path(p) for p in args.predictions], model=args.model, encoding=args.encoding)
    if args.each:
        for a in result.articles:
            print(json.dumps({"id": a.id, **a.as_dict()}, ensure_ascii=False) if args.json else article_line(a))
    if not args.json:
        print(table(result))
    print(json.dumps(result.summary(), ensure_ascii=False))


def _column_options(p: argparse.ArgumentParser) -> None:
    """Options naming the columns of tables of articles (.csv, .jsonl, .parquet: one article a row)."""
    g = p.add_argument_group("tables of articles (.csv, .jsonl, .parquet: one article a row)")
    for name, what in (("text", "the article's text"), ("title", "its title"), ("date", "its date (ISO)"),
                       ("url", "its URL"), ("outlet", "its outlet"),
                       ("id", "its id (without one: FILE-ROW, e.g. export-0001)")):
        g.add_argument(f"--{name}-column", default=name, metavar="NAME",
                       help=f"the column holding {what} (default: {name})")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier", description=__doc__)
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="print the records of articles in schema dossier/1")
    e.add_argument("paths", nargs="+", help="article files (UTF-8 .txt), saved web pages (.html), tables of "
                                            "articles (.csv, .jsonl, .parquet), or folders of them")
    e.add_argument("--model", help="installed spaCy pipeline (default: $DOSSIER_MODEL or en_core_web_sm)")
    e.add_argument("--format", choices=["json", "jsonl"], help="json for one article, jsonl for several")
    e.add_argument("--encoding", default="utf-8", help="the articles' text encoding (default: utf-8)")
    e.add_argument("--processes", type=int, default=1, help="spaCy processes for parsing (nlp.pipe n_process)")
    e.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch")
    e.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local (default) or dask (pip install -e .[dask])")
    e.add_argument("--scheduler", help="with --engine dask: the scheduler's address (default: a LocalCluster)")
    e.add_argument("--keep-going", action="store_true",
                   help="extract the good articles, list the bad ones at the end (exit code 2 still)")
    _column_options(e)
    e.set_defaults(func=_extract)
    r = sub.add_parser("run", help="make every article's page and run every question notebook over all "
                                   "the articles, writing outputs/ (only what changed)")
    r.add_argument("--article", action="append",
                   help="article file (.txt, .html, or a table: .csv, .jsonl, .parquet) or folder (default: seeds/); "
                        "repeatable")
    r.add_argument("--notebook", action="append", help="notebook name, e.g. actors (default: all); repeatable")
    r.add_argument("--out", default=str(OUTPUTS), help="output folder (default: outputs/)")
    r.add_argument("--model", help="installed spaCy pipeline")
    r.add_argument("--show-code", action="store_true", help="keep code cells in the HTML pages")
    r.add_argument("--jobs", type=int, help="kernels executing question notebooks at once (default: one per core)")
    r.add_argument("--encoding", default="utf-8", help="the articles' text encoding (default: utf-8)")
    r.add_argument("--keep-going", action="store_true",
                   help="run on the good articles, list the bad ones at the end (exit code 2 still)")
    _column_options(r)
    r.set_defaults(func=_run)
    v = sub.add_parser("verify", help="rerun into a temporary folder and report files whose bytes differ")
    v.add_argument("--out", default=str(OUTPUTS), help="the output folder to check (default: outputs/)")
    v.add_argument("--model", help="installed spaCy pipeline")
    v.set_defaults(func=_verify)
    g = sub.add_parser("evaluate", help="score records against hand-annotated gold: precision, recall, F1")
    g.add_argument("gold", metavar="GOLD",
                   help="a set folder (gold/ID.json and texts/ID.txt), a folder of gold ID.json files, or one")
    g.add_argument("predictions", nargs="+", metavar="PRED_OR_ARTICLES",
                   help="dossier/1 records (a JSON Lines file, a JSON file, a folder of ID.json), or the articles "
                        "(.txt files or a folder of them), which are extracted first")
    g.add_argument("--each", action="store_true", help="also print one line per article")
    g.add_argument("--json", action="store_true", help="print only JSON: the summary (and with --each, each article)")
    g.add_argument("--model", help="installed spaCy pipeline, when extracting articles")
    g.add_argument("--encoding", default="utf-8", help="the articles' text encoding (default: utf-8)")
    g.set_defaults(func=_evaluate)
    return p


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds like Ctrl-C: temporary folders removed, outputs left as they were


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        args.func(args)
    except BadInput as e:
        for line in e.problems:
            print(f"dossier: error: {line}", file=sys.stderr)
        return 2
    except DossierError as e:
        print(f"dossier: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dossier: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (head)
        sys.stderr.close()
        return 141
    return 0


if __name__ == "__main__":
    sys.exit(main())
