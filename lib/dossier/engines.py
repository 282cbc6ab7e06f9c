"""Where extraction runs: in this process (``local``) or on a Dask cluster (``dask``).

Both yield the same ``dossier/1`` objects in input order, so their JSON Lines are identical
byte for byte. The Dask engine maps one task per article onto the workers; each worker loads
the model once (``dossier.text.nlp.load`` is cached per process) and shares the parse and records
caches when they sit on a shared filesystem. At most :data:`IN_FLIGHT` tasks per worker are
submitted ahead of the one being written, so memory stays flat on any number of articles.
Dask is an optional extra: ``pip install -e .[dask]``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.extract import dossiers
from dossier.records import to_json
from dossier.text.article import load

IN_FLIGHT = 4


def local(paths: Sequence[Path], *, model: str | None = None, encoding: str = "utf-8", n_process: int = 1,
          batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """Records of each article, extracted here (``nlp.pipe`` with ``n_process`` processes)."""
    arts = (load(p, encoding=encoding) for p in paths)
    for d in dossiers(arts, model=model, n_process=n_process, batch_size=batch_size):
        yield to_json(d)


def _one(path: str, model: str | None, encoding: str) -> dict[str, Any]:
    """One article's records, on a worker."""
    return to_json(next(dossiers([load(path, encoding=encoding)], model=model)))


def dask(paths: Sequence[Path], *, model: str | None = None, encoding: str = "utf-8",
         scheduler: str | None = None, workers: int = 2) -> Iterator[dict[str, Any]]:
    """Records of each article, extracted on a Dask cluster: the one at ``scheduler``, or a
    ``LocalCluster`` of ``workers`` single-threaded processes on loopback."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DossierError("--engine dask: dask is not installed (pip install -e .[dask])") from None
    for p in paths:  # fail on bad input here, with the usual message, before any task runs
        load(p, encoding=encoding)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        window = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
        pending: deque = deque()
        todo = iter(paths)
        for p in todo:
            pending.append(client.submit(_one, str(p), model, encoding, pure=False))
            if len(pending) >= window:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(client.submit(_one, str(nxt), model, encoding, pure=False))
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
