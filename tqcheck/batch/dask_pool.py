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
#: an own LocalCluster's scheduler and nannies share the main process's
#: event loop with the client: the system monitor's psutil reads (twice a
#: second, for the dashboard, which is off) and the nannies' memory checks
#: (ten times a second per worker) were about a third of that loop's busy
#: time, CPU taken from the workers on a small machine; a check a second
#: still stops a worker that runs out of memory. Every server (scheduler,
#: nanny, worker) also wakes 50 times a second to time its own event loop
#: (a metric only), and each wake-up in a worker takes the GIL from the
#: checking thread.
LOCAL_CONFIG = {"distributed.admin.system-monitor.interval": "10s",
                "distributed.admin.system-monitor.disk": False,
                "distributed.worker.memory.monitor-interval": "1s",
                "distributed.admin.tick.interval": "500ms"}

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


def run_packed(key: str, spec: bytes, packed: bytes) -> bytes:
    """On a worker: ``run_chunk`` on a pickled chunk, its results pickled.

    The client pickles a task's arguments, the scheduler unpickles them
    and pickles them again for the worker, and both sides walk them for
    nested tasks; on a LocalCluster all of that runs in the main process.
    Opaque bytes cross every hop as one buffer, and the records and results
    are pickled once each way, as ``--jobs`` does. ``spec`` (the pickled
    factory and its arguments) is unpickled only by a worker that has not
    built this checker yet."""
    work = _CACHE.get(key)
    if work is None:
        factory, args = pickle.loads(spec)
        work = _checker(key, factory, args)
    return pickle.dumps([work(item) for item in pickle.loads(packed)], protocol=pickle.HIGHEST_PROTOCOL)


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
            dask.config.set(LOCAL_CONFIG)
            with dask.config.set({**WORKER_CONFIG, **CLIENT_CONFIG}):
                self.cluster = dist.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                 host="127.0.0.1", dashboard_address=None)
            # results straight from the worker that holds them, not relayed
            # by the scheduler (here, the same process: one hop less)
            self.client = dist.Client(self.cluster, direct_to_workers=True)

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
    spec = pickle.dumps((factory, args), protocol=pickle.HIGHEST_PROTOCOL)
    window = window or engine.threads() * WINDOW_PER_JOB
    pending: deque = deque()

    def submit(chunk: list):
        packed = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
        return client.submit(run_packed, key, spec, packed, pure=False)

    def collect() -> list:
        future, chunk = pending.popleft()
        try:
            return pickle.loads(future.result())
        except dist.KilledWorker:
            return retry_one_by_one(chunk)
        finally:
            future.release()

    def retry_one_by_one(chunk: list) -> list:
        out = []
        for item in chunk:
            f = submit([item])
            try:
                out.extend(pickle.loads(f.result()))
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
