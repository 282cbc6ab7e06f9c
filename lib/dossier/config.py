"""Paths of the project, all resolved from its root (papermill runs kernels in the caller's cwd)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"


def _root() -> Path:
    """The project root: ``$DOSSIER_ROOT``, the checkout holding this package, or the cwd."""
    if os.environ.get("DOSSIER_ROOT"):
        return Path(os.environ["DOSSIER_ROOT"]).resolve()
    checkout = PACKAGE.parent.parent
    return checkout if (checkout / "pyproject.toml").exists() else Path.cwd().resolve()


ROOT = _root()
NOTEBOOKS = ROOT / "notebooks"
SEEDS = ROOT / "seeds"
OUTPUTS = Path(os.environ.get("DOSSIER_OUTPUTS", ROOT / "outputs")).resolve()
#: Where a notebook run by hand (JupyterLab, or papermill without ``out_dir``) writes: never into
#: the published site, which only ``dossier run`` writes and ``dossier verify`` checks.
SCRATCH = OUTPUTS / "scratch"
CACHE = Path(os.environ.get("DOSSIER_CACHE", ROOT / ".cache" / "dossier")).resolve()

#: Notebooks run by ``dossier run``, in order.
NOTEBOOK_ORDER = ("actors", "claims", "sanctions", "projects", "agreements", "overview")

#: Article files larger than this are refused: spaCy's default ``max_length`` (a million
#: characters), which keeps a parse well within memory; news articles are far smaller.
MAX_ARTICLE_BYTES = 1_000_000


def resolve(path: str | os.PathLike[str]) -> Path:
    """Return ``path`` made absolute: as given when absolute or existing from the current
    directory, else from the project root (so notebooks run from anywhere find seeds/...)."""
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p.resolve()
    return (ROOT / p).resolve()
