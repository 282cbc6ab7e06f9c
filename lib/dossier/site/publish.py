"""The shareable site: executed notebooks rendered to offline HTML, an index page, and a
manifest of every output's sha256 that ``dossier verify`` checks a rerun against.

The index is a table of articles that sorts and filters in the page (inline script, offline).

Pages use nbconvert's ``lab`` template through ``templates/dossier``, which drops the
require.js, MathJax and Mermaid scripts the lab template loads from a CDN; images are
embedded; code cells are hidden unless asked for. Bytes are reproducible: papermill's and
nbclient's timing metadata are removed from the notebook before rendering and the injected
parameters cell gets a fixed id; the date printed on pages is the commit's date
(``SOURCE_DATE_EPOCH`` when set), while the time of the run lives only in ``manifest.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, select_autoescape

if TYPE_CHECKING:  # nbformat takes seconds to import: only pages of notebooks need it
    from nbformat import NotebookNode

from dossier import __version__
from dossier.config import PACKAGE, ROOT

TEMPLATES = PACKAGE / "templates"
#: Files a rerun must reproduce byte for byte (the executed .ipynb records its run's paths), the
#: database of every record (:mod:`dossier.site.database`) among them.
COMPARED = (".html", ".png", ".svg", ".csv", ".sqlite")
#: Where the browser test leaves its screenshots; not an output of the run, so not in the manifest.
SCREENSHOTS = "screenshots"
#: Where notebooks run by hand write (:data:`dossier.config.SCRATCH`); not part of the site.
SCRATCH = "scratch"
INJECTED_CELL_ID = "injected-parameters"


def build_date() -> str:
    """The date pages state: ``SOURCE_DATE_EPOCH``, else the checkout's last commit, else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        try:
            epoch = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True,
                                   text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            epoch = ""
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def clean(nb: NotebookNode) -> NotebookNode:
    """Remove what differs run to run: execution timing metadata and the injected cell's random id."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_CELL_ID
    return nb


@dataclass(frozen=True)
class NavItem:
    label: str
    href: str
    current: bool = False


def render(notebook: Path, html: Path, *, provenance: dict[str, str], nav: list[NavItem],
           index_href: str, show_code: bool = False) -> Path:
    """Clean the executed ``notebook`` in place and render it to ``html``, offline."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = clean(nbformat.read(notebook, as_version=4))
    nbformat.write(nb, notebook)
    exporter = HTMLExporter(template_name="dossier", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=not show_code, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    resources = {"dossier": {**provenance, "nav": nav, "index_href": index_href}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    html.write_text(body, encoding="utf-8")
    return html


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def corpus_hash(articles: list) -> str:
    """One sha256 for a set of articles: of their sorted sha256s."""
    return hashlib.sha256("".join(sorted(a.sha256 for a in articles)).encode()).hexdigest()


#: The counts of records the index's table of articles shows, one column each.
COUNTS = ("actors", "claims", "sanctions", "projects", "agreements")


def index(out: Path, articles: list[dict], *, questions: list[dict], actors: int = 0) -> Path:
    """Write ``out/index.html``: the question pages across articles (a key figure and the files of
    each), then a table of every article (title, date, outlet, counts of records) that sorts
    and filters in the page with a few lines of inline script: offline, nothing loaded."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    page = env.get_template("site_index.html.j2").render(articles=articles, version=__version__,
                                                         date=build_date(), questions=questions, counts=COUNTS,
                                                         actors=actors)
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def output_hashes(out: Path) -> dict[str, str]:
    """sha256 of every file a run wrote in ``out`` (not hidden files, screenshots, what notebooks
    run by hand wrote in ``scratch/``, or the manifest)."""
    files = {}
    for p in sorted(out.rglob("*")):
        parts = p.relative_to(out).parts
        if p.is_file() and p.name not in ("manifest.json", "README.md") and parts[0] not in (SCREENSHOTS, SCRATCH) \
                and not any(part.startswith(".") for part in parts):
            files[p.relative_to(out).as_posix()] = sha256(p)
    return files


def installed_packages() -> dict[str, str]:
    """The distributions installed on ``sys.path`` and their versions, read from the names of
    their ``name-version.dist-info`` folders (the wheel and installed-distribution formats fix
    that name): reading every distribution's metadata file instead costs half a second a run."""
    found: dict[str, str] = {}
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.is_dir():
            for info in sorted(folder.glob("*.dist-info")):
                name, _, version = info.name.removesuffix(".dist-info").partition("-")
                found.setdefault(name, version)
    return found


def manifest(out: Path, *, inputs: dict[str, Path], model: str, started: dt.datetime,
             stages: dict | None = None) -> Path:
    """Write ``out/manifest.json``: each output's sha256, the inputs' (by their path as given,
    relative to the project root when inside it), versions, run times, and the key of each
    stage (article page, question notebook) that a rerun compares to skip unchanged work."""
    files = output_hashes(out)
    packages = installed_packages()
    data = {
        "dossier": __version__,
        "model": model,
        "python": platform.python_version(),
        "run": {"started": started.isoformat(timespec="seconds"),
                "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
        "inputs": {name: sha256(path) for name, path in inputs.items()},
        "outputs": files,
        "stages": stages or {},
        "packages": dict(sorted(packages.items(), key=lambda kv: kv[0].lower())),
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return path


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    """Compared files (HTML, PNG, SVG, CSV, the SQLite database) whose bytes differ, or that one side lacks."""
    keys = {k for k in expected | actual if k.endswith(COMPARED)}
    out = []
    for k in sorted(keys):
        if k not in actual:
            out.append(f"missing: {k}")
        elif k not in expected:
            out.append(f"extra: {k}")
        elif expected[k] != actual[k]:
            out.append(f"differs: {k}")
    return out
