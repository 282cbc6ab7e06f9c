"""Benchmark `dossier run` at corpus scale. Prints figures; the last line is one JSON object.

On N articles built from real texts (``../shared/dev/texts`` and the seed, varied as
``bench/corpus.py`` varies them when N is larger than the texts), each with a cold cache:
- ``run_s`` against ``extract_s`` (`dossier extract` on the same articles): ``run_vs_extract``;
- ``rerun_unchanged_s``: a second run, nothing changed (and whether every output is byte-identical);
- ``rerun_one_new_s``: a run after adding one article;
- ``run_vs_floor``: `dossier run` on the seed against a floor: papermill executing as many
  notebooks as the run executes, with the same parallelism, each only importing the libraries.

usage: python bench/run.py [--articles N] [--repeat R]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import papermill as pm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import build  # noqa: E402  (bench/corpus.py: real texts, varied)

IMPORTS = "import dossier, pandas, seaborn, matplotlib.pyplot, spacy, IPython.display"
DOSSIER = Path(sys.executable).parent / "dossier"


def floor(n: int, tmp: Path, *, jobs: int) -> float:
    """Seconds papermill needs to execute ``n`` notebooks that only import the libraries,
    ``jobs`` at a time: the least a run of ``n`` kernels costs."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('article = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# floor"), params, nbformat.v4.new_code_cell(IMPORTS)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    src = tmp / "floor.ipynb"
    nbformat.write(nb, src)

    def one(i: int) -> None:
        pm.execute_notebook(src, tmp / f"floor-{i}.ipynb", parameters={"article": "x"}, kernel_name="python3",
                            progress_bar=False, cwd=str(ROOT))

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, range(n)))
    return time.perf_counter() - start


CPU: dict[str, float] = {}  # CPU seconds (user + system, the command and its kernels) of the last timed command


def _cpu(*, own: bool = False) -> float:
    """CPU seconds used so far by finished child processes (and this process too with ``own``)."""
    who = [resource.RUSAGE_CHILDREN, *([resource.RUSAGE_SELF] if own else [])]
    return sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, who))


def timed(args: list, cache: Path) -> float:
    """Wall seconds of one dossier command; its CPU seconds, kernels included, go in ``CPU["last"]``
    (on a machine shared with other work, CPU seconds say more than wall seconds)."""
    env = {**os.environ, "DOSSIER_CACHE": str(cache)}
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run([DOSSIER, *map(str, args)], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    CPU["last"] = _cpu() - cpu
    return time.perf_counter() - start


def hashes(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("manifest.json", ".lock")}


def page_stage(out: Path) -> float:
    """Seconds to render every article's page from its records (the stage that has no kernel)."""
    sys.path.insert(0, str(ROOT / "lib"))
    from dossier.records import from_json
    from dossier.site import pages

    folders = sorted(p.parent for p in out.glob("*/records.json"))
    loaded = [(from_json(json.loads((f / "records.json").read_text(encoding="utf-8"))),
               (ROOT / json.loads((f / "article.json").read_text(encoding="utf-8"))["path"])) for f in folders]
    texts = [p.read_text(encoding="utf-8") for _, p in loaded]
    start = time.perf_counter()
    for (d, _), text in zip(loaded, texts, strict=True):
        pages.article_page(d, text, provenance={"version": "", "model": "", "date": ""}, questions=[],
                           index_href="../index.html")
    return time.perf_counter() - start


def measure(n: int, tmp: Path) -> dict:
    articles = tmp / "articles"
    words = build(articles, n)
    extract_s = timed(["extract", articles, "--format", "jsonl"], tmp / "cache-extract")
    extract_cpu = CPU["last"]
    out = tmp / "outputs"
    run_s = timed(["run", "--article", articles, "--out", out], tmp / "cache-run")
    run_cpu = CPU["last"]
    first = hashes(out)
    pages_s = page_stage(out)
    rerun_s = timed(["run", "--article", articles, "--out", out], tmp / "cache-run")
    identical = hashes(out) == first
    more = tmp / "more"
    build(more, n + 1)
    shutil.copy(more / f"a{n:06d}.txt", articles / f"a{n:06d}.txt")
    one_new_s = timed(["run", "--article", articles, "--out", out], tmp / "cache-run")
    return {"articles": n, "words": words, "extract_s": round(extract_s, 2), "run_s": round(run_s, 2),
            "run_vs_extract": round(run_s / extract_s, 3), "rerun_unchanged_s": round(rerun_s, 2),
            "rerun_identical": identical, "rerun_one_new_s": round(one_new_s, 2),
            "rerun_one_new_goal_s": round(run_s / n + 5, 2), "pages_s": round(pages_s, 3),
            "page_ms": round(1000 * pages_s / n, 1), "extract_cpu_s": round(extract_cpu, 2),
            "run_cpu_s": round(run_cpu, 2), "rerun_one_new_cpu_s": round(CPU["last"], 2)}


def seed_vs_floor(tmp: Path, jobs: int) -> dict:
    """`dossier run` on the seed, cold, against the floor: papermill executing as many notebooks
    as the run executes (one per question), each only importing the libraries, ``jobs`` at a
    time as the run does."""
    sys.path.insert(0, str(ROOT / "lib"))
    from dossier.site.runner import notebook_names

    run_s = timed(["run", "--out", tmp / "seed-out"], tmp / "seed-cache")
    run_cpu = CPU["last"]
    notebooks = len(notebook_names())
    cpu = _cpu(own=True)  # papermill runs in this process, its kernels as children
    floor_s = floor(notebooks, tmp, jobs=jobs)
    return {"seed_run_s": round(run_s, 2), "floor_s": round(floor_s, 2), "floor_notebooks": notebooks,
            "run_vs_floor": round(run_s / floor_s, 3), "seed_run_cpu_s": round(run_cpu, 2),
            "floor_cpu_s": round(_cpu(own=True) - cpu, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50, help="N (default 50)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the median is kept")
    args = parser.parse_args()
    jobs = os.cpu_count() or 1
    results, floors = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(measure(args.articles, Path(tmp)))
        with tempfile.TemporaryDirectory() as tmp:
            floors.append(seed_vs_floor(Path(tmp), jobs))
    r = {k: (statistics.median(x[k] for x in results) if isinstance(v, float) else v)
         for k, v in results[0].items()}
    r["rerun_identical"] = all(x["rerun_identical"] for x in results)
    f = {k: statistics.median(x[k] for x in floors) for k in floors[0]}
    r["run_vs_extract"] = round(r["run_s"] / r["extract_s"], 3)
    n = r["articles"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {n} articles, {r['words']} words (real texts, varied)")
    print(f"dossier extract, cold: {r['extract_s']:.1f} s; dossier run, cold: {r['run_s']:.1f} s "
          f"(run_vs_extract {r['run_vs_extract']}; goal <= 3)")
    print(f"rerun, nothing changed: {r['rerun_unchanged_s']:.1f} s (goal <= 5 s); outputs byte-identical: "
          f"{r['rerun_identical']}")
    print(f"rerun after adding one article: {r['rerun_one_new_s']:.1f} s (goal <= run_s / N + 5 = "
          f"{r['rerun_one_new_goal_s']:.1f} s)")
    print(f"article pages (templates, no kernel): {r['pages_s']:.2f} s for {n}, {r['page_ms']:.0f} ms a page")
    print(f"CPU seconds (the command and its kernels): extract {r['extract_cpu_s']:.1f}, run {r['run_cpu_s']:.1f}, "
          f"rerun after one new article {r['rerun_one_new_cpu_s']:.1f}; seed run {f['seed_run_cpu_s']:.1f} against "
          f"the floor's {f['floor_cpu_s']:.1f}")
    print(f"seed: dossier run {f['seed_run_s']:.1f} s against a floor of {f['floor_notebooks']} import-only notebooks, "
          f"{jobs} at a time, {f['floor_s']:.1f} s (run_vs_floor {f['run_vs_floor']:.2f}; goal <= 1.5)")
    print(json.dumps({**r, **f, "jobs": jobs, "repeat": args.repeat}))


if __name__ == "__main__":
    main()
