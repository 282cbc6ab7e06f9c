"""Output folders replaced whole, never half-written, and written by one run at a time.

A unit of output is made in a temporary folder and put in place of the old one in one step
where Linux can swap two names (``renameat2`` with ``RENAME_EXCHANGE``), so a reader never finds
it missing; elsewhere the old folder is moved aside first. A lock file on the output folder
keeps a second run from writing it at the same time.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from dossier.errors import DossierError

_RENAME_EXCHANGE = 2  # linux/fs.h: swap the two names in one step


@cache
def _renameat2() -> Callable[..., int] | None:
    """libc's ``renameat2`` (Linux, glibc 2.28+), which Python's ``os`` does not expose; None elsewhere."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.renameat2
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return call


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing folders' names atomically; False where the system cannot."""
    call = _renameat2()
    if call is None:
        return False
    at = -100  # AT_FDCWD
    return call(at, os.fsencode(a), at, os.fsencode(b), _RENAME_EXCHANGE) == 0


def replace(folder: Path, new: Path) -> None:
    """Put ``new`` in place of ``folder``; the old one is removed only once the new one is in.

    Where the system can swap two names in one step the folder never goes missing, even for a
    reader looking at that moment; elsewhere it is moved aside, then the new one moved in."""
    old = folder.with_name(f".old-{folder.name}-{os.getpid()}")
    if folder.exists() and exchange(new, folder):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now names the old folder
        return
    if folder.exists():
        os.replace(folder, old)
    folder.parent.mkdir(parents=True, exist_ok=True)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``out`` for this run: a second run on the same folder stops with a one-line error."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DossierError(f"{out}: another dossier run is writing this folder; wait for it to finish") from None
        yield
