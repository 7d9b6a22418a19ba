"""``--engine dask``: the batch's chunks checked on a ``dask.distributed``
cluster instead of local worker processes.

Reading and writing stay in this process, as with ``--jobs``; only the
checking moves. The same ``Work`` checks the same chunks, and results come
back in input order, so the output is identical to ``--jobs`` by
construction. At most a window of chunks is in flight, so memory stays
flat. Each worker process builds its checker once (``_checker``, cached by
the settings' fingerprint) and keeps it for every chunk after.

A worker that dies mid-chunk costs nothing: the scheduler runs its tasks
again elsewhere (a chunk is a pure function of its records). A chunk that
kills every worker it lands on (``KilledWorker``) is run again one record
at a time, so only a record that kills its worker becomes an error.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import deque
from typing import Any, Callable, Generator, Iterable, Iterator

from ..errors import TqcheckError
from .pool import WINDOW_PER_JOB, _lost, chunks

#: bigger chunks than the local pool's (64): each task costs the scheduler,
#: the client and the network a few milliseconds of the main process's time
#: (the scheduler of a local cluster runs there), which 64 segments (~0.3 s
#: of checking) do not hide on a small machine
CHUNK_RECORDS = 256
CHUNK_CHARS = 256 * 1024

INSTALL = "--engine dask needs Dask: pip install 'tqcheck[dask]'"
#: settings for the workers of a local cluster (docs/scale.md gives the
#: environment variables for a cluster started elsewhere)
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
#: settings for this process when the engine makes its own client: the
#: client's and the scheduler's batched streams keep their last 1,000
#: messages for debugging (``low-level-log-length``), and each message
#: carries a whole chunk of records, so the main process grew by up to
#: 1,000 chunks (about 2 x 150 MB) before it levelled off
CLIENT_CONFIG = {"distributed.admin.low-level-log-length": 0}

#: per worker process: settings fingerprint -> the work built from them
_CACHE: dict[str, Callable[[Any], Any]] = {}
#: how many checkers this process built (tests read it through client.run)
BUILT = {"count": 0}


class DaskMissing(TqcheckError):
    pass


def distributed():
    try:
        import distributed as dist
    except ImportError:
        raise DaskMissing(INSTALL) from None
    return dist


def fingerprint(factory: Callable, args: tuple) -> str:
    blob = pickle.dumps((factory.__module__, factory.__qualname__, args))
    return hashlib.sha256(blob).hexdigest()[:16]


def _checker(key: str, factory: Callable, args: tuple) -> Callable[[Any], Any]:
    work = _CACHE.get(key)
    if work is None:
        work = _CACHE[key] = factory(*args)
        BUILT["count"] += 1
    return work


def run_chunk(key: str, factory: Callable, args: tuple, chunk: list) -> list:
    """On a worker: check one chunk with this process's cached checker."""
    work = _checker(key, factory, args)
    return [work(item) for item in chunk]


def built_here() -> int:
    return BUILT["count"]


class Engine:
    """A client on a given scheduler, or on a LocalCluster of ``jobs``
    single-threaded worker processes on 127.0.0.1, closed with the engine."""

    def __init__(self, scheduler: str | None = None, jobs: int = 2, *, client=None):
        dist = distributed()
        self.cluster = None
        self.own_client = client is None
        if client is not None:
            self.client = client
            return
        import dask

        # set for the process, not a ``with`` block: the scheduler opens a
        # stream to each worker when it registers, which for a worker
        # that a nanny restarts after a crash is long after start-up
        dask.config.set(CLIENT_CONFIG)
        if scheduler:
            try:
                self.client = dist.Client(scheduler, timeout="30s")
            except OSError as exc:
                raise TqcheckError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            # WORKER_CONFIG: the workers' sampling profiler takes the GIL 100
            # times a second from pure-Python checking; the nannies pass the
            # config to the worker processes they start
            with dask.config.set({**WORKER_CONFIG, **CLIENT_CONFIG}):
                self.cluster = dist.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                 host="127.0.0.1", dashboard_address=None)
            self.client = dist.Client(self.cluster)

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def ordered_map(
    items: Iterable,
    factory: Callable[..., Callable[[Any], Any]],
    args: tuple = (),
    *,
    engine: Engine,
    chunk_records: int = CHUNK_RECORDS,
    chunk_chars: int = CHUNK_CHARS,
    window: int | None = None,
) -> Generator[Any, None, None]:
    """``factory(*args)(item)`` for every item, in order, on the cluster."""
    dist = distributed()
    client = engine.client
    key = fingerprint(factory, args)
    window = window or engine.threads() * WINDOW_PER_JOB
    pending: deque = deque()

    def submit(chunk: list):
        return client.submit(run_chunk, key, factory, args, chunk, pure=False)

    def collect() -> list:
        future, chunk = pending.popleft()
        try:
            return future.result()
        except dist.KilledWorker:
            return retry_one_by_one(chunk)
        finally:
            future.release()

    def retry_one_by_one(chunk: list) -> list:
        out = []
        for item in chunk:
            f = submit([item])
            try:
                out.extend(f.result())
            except dist.KilledWorker:
                out.extend(_lost([item], "the worker process checking this record stopped unexpectedly"))
            finally:
                f.release()
        return out

    try:
        for chunk in chunks(items, chunk_records, chunk_chars):
            pending.append((submit(chunk), chunk))
            while pending and (len(pending) >= window or pending[0][0].done()):
                yield from collect()
        while pending:
            yield from collect()
    finally:
        for future, _ in pending:
            future.cancel()
