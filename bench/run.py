"""Benchmark: `dossier run` on the seeds against the floor of papermill executing as many
notebooks that only import the libraries. Prints figures; the last line is one JSON object.

usage: python bench/run.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
IMPORTS = "import dossier, pandas, seaborn, matplotlib.pyplot, spacy, IPython.display"


def floor(n: int, tmp: Path, *, jobs: int = 1) -> float:
    """Seconds papermill needs to execute ``n`` notebooks that only import the libraries,
    ``jobs`` at a time."""
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


def dossier_run(tmp: Path) -> float:
    """Seconds of `dossier run` on the seeds into a fresh folder, with a cold parse cache."""
    env = {**os.environ, "DOSSIER_CACHE": str(tmp / "cache")}
    start = time.perf_counter()
    subprocess.run([Path(sys.executable).parent / "dossier", "run", "--out", str(tmp / "outputs")], check=True,
                   env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the median is kept")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "lib"))
    from dossier.runner import notebook_names

    articles = sorted((ROOT / "seeds").glob("*.txt"))
    n = len(articles) * len(notebook_names())
    jobs = os.cpu_count() or 1
    runs, floors, parallel = [], [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(dossier_run(Path(tmp)))
        with tempfile.TemporaryDirectory() as tmp:
            floors.append(floor(n, Path(tmp)))
        with tempfile.TemporaryDirectory() as tmp:
            parallel.append(floor(n, Path(tmp), jobs=jobs))
    run_s, floor_s, par_s = statistics.median(runs), statistics.median(floors), statistics.median(parallel)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"dossier run: {len(articles)} article(s) x {len(notebook_names())} notebooks = {n}: {run_s:.1f} s")
    print(f"floor: papermill on {n} import-only notebooks, one at a time: {floor_s:.1f} s")
    print(f"floor: the same, {jobs} at a time (as `dossier run` does): {par_s:.1f} s")
    print(json.dumps({"run_s": round(run_s, 2), "floor_s": round(floor_s, 2),
                      "run_vs_floor": round(run_s / floor_s, 3), "floor_parallel_s": round(par_s, 2),
                      "run_vs_parallel_floor": round(run_s / par_s, 3), "jobs": jobs, "notebooks": n,
                      "repeat": args.repeat}))


if __name__ == "__main__":
    main()
