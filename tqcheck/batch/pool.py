"""An order-keeping, memory-bounded parallel map over a stream.

``multiprocessing.Pool.imap`` keeps order but drains its input as fast as
it can, so a million-line file would sit in memory; here at most ``window``
chunks are in flight and reading waits for the oldest to come back. Results
come out in input order whatever the number of workers.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterable, Iterator

from ..formats.records import Problem, Record
from .results import ERROR, Result

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# multiprocessing and concurrent.futures are imported where a pool starts:
# one file, or --jobs 1, checks in this process and never needs them

CHUNK_RECORDS = 64
CHUNK_CHARS = 64 * 1024
WINDOW_PER_JOB = 4

_work: Callable[[Any], Any] | None = None


def _init(factory: Callable[..., Callable[[Any], Any]], args: tuple, main_pid: int | None = None) -> None:
    global _work
    # Ctrl-C (and a SIGTERM sent to the job) reaches the whole process group:
    # the main process decides what happens, and workers finish or drop their
    # chunk quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if main_pid is not None:
        die_with(main_pid)
    _work = factory(*args)


PR_SET_PDEATHSIG = 1


def die_with(main_pid: int) -> None:
    """End this worker when the main process ends, however it ends (even
    ``kill -9``, which it cannot clean up after): the kernel kills it when
    its parent (the fork server, or the main process) goes, and a thread
    watches the main process itself, so no worker is ever left orphaned."""
    if sys.platform.startswith("linux"):
        parent = os.getppid()
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # the parent went before the request was made
            os._exit(1)
    try:
        pidfd = os.pidfd_open(main_pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        pidfd = None
    threading.Thread(target=_watch, args=(main_pid, pidfd), name="tqcheck-watch-main", daemon=True).start()


def _watch(main_pid: int, pidfd: int | None) -> None:
    if pidfd is not None:
        select.select([pidfd], [], [])  # readable when the process has ended
        os._exit(1)
    while True:
        time.sleep(1.0)
        try:
            os.kill(main_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


def _run_chunk(chunk: list) -> list:
    assert _work is not None
    return [_work(item) for item in chunk]


def _size(item: Any) -> int:
    return item.size if isinstance(item, Record) else 0


def _lost(chunk: list, why: str) -> list:
    """Results for a chunk whose worker died: every record still comes out."""
    out = []
    for item in chunk:
        if isinstance(item, (Record, Problem)):
            out.append(Result(item.file, ERROR, item.id, item.line, message=why))
        else:
            out.append(item)
    return out


def _start_fork_server(ctx) -> None:
    """Start the fork server (and the resource tracker it starts) with SIGINT
    and SIGTERM blocked: the mask survives exec, so a Ctrl-C or SIGTERM to
    the job while the server imports tqcheck cannot kill it (it ignores
    both, then unblocks them, once its imports are done: ``preload``); and
    this process, unlike with the signals ignored, still gets one sent
    meanwhile as soon as it unblocks them, rather than losing it."""
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    try:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    except ValueError:  # not the main thread: signals are not ours to touch
        forkserver.ensure_running()
        return
    try:
        # The fork server starts the resource tracker first, and that start
        # *unblocks* SIGINT and SIGTERM on its way out (it blocks them only
        # around its own spawn), so the fork server would be spawned with
        # them open and die of a Ctrl-C in its preload imports. Start the
        # tracker now, block again, then start the server.
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _context():
    import multiprocessing

    # fork is unsafe once threads exist (progress bars, pools); a fork server
    # that has loaded the rules and language profiles once forks workers
    # that start warm and share that memory.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([f"{__package__}.preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def chunks(items: Iterable, records: int = CHUNK_RECORDS, chars: int = CHUNK_CHARS) -> Iterator[list]:
    chunk: list = []
    size = 0
    for item in items:
        chunk.append(item)
        size += _size(item)
        if len(chunk) >= records or size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def ordered_map(
    items: Iterable,
    factory: Callable[..., Callable[[Any], Any]],
    args: tuple = (),
    *,
    jobs: int = 1,
    chunk_records: int = CHUNK_RECORDS,
    chunk_chars: int = CHUNK_CHARS,
    window: int | None = None,
) -> Generator[Any, None, None]:
    """``factory(*args)(item)`` for every item, in order, on ``jobs`` processes.

    With one job, or when no more than one chunk holds records (the whole
    input fits in one, or it is one large file: its start, its record and
    its end make two chunks, of which one is work), the work runs in this
    process: starting workers would cost more than it saves. A single 1 MB
    file went to a pool of its own, and the fork server's warm-up, the
    workers' start and the report's trip back cost 1.1 s of CPU on top of
    a 1.35 s run, with nothing to run beside it.
    """
    stream = chunks(items, chunk_records, chunk_chars)
    if jobs <= 1:
        work = factory(*args)
        for chunk in stream:
            yield from map(work, chunk)
        return
    head, working = _head(stream)
    if working < 2:
        if head:
            work = factory(*args)
            for chunk in head:
                yield from map(work, chunk)
        return
    window = window or jobs * WINDOW_PER_JOB
    pool = _Pool(factory, args, jobs)
    try:
        for chunk in _chain(head, stream):
            pool.submit(chunk)
            while pool.pending and (len(pool.pending) >= window or pool.head_ready()):
                yield from pool.collect()
        while pool.pending:
            yield from pool.collect()
    finally:
        # on an interrupt or a consumer error: drop queued chunks, let running
        # ones end (workers ignore SIGINT), and leave no process behind
        pool.shutdown()


def _head(stream: Iterator[list]) -> tuple[list[list], int]:
    """The chunks up to and including the second that holds a record (all
    of them if fewer do), and how many of them hold one. Chunks of file
    boundaries and read errors alone pass through the work unchanged."""
    head: list[list] = []
    working = 0
    for chunk in stream:
        head.append(chunk)
        if any(isinstance(item, Record) for item in chunk):
            working += 1
            if working == 2:
                break
    return head, working


def _chain(head: list[list], rest: Iterator[list]) -> Iterator[list]:
    yield from head
    yield from rest


class _Pool:
    """Worker processes and the chunks in flight, oldest first."""

    def __init__(self, factory, args: tuple, jobs: int):
        self.factory, self.args, self.jobs = factory, args, jobs
        self.pending: deque = deque()
        self.local: Callable[[Any], Any] | None = None
        self.executor: ProcessPoolExecutor | None = self._start()
        self.completed = 0

    def _start(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        ctx = _context()
        _start_fork_server(ctx)
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx,
                                   initializer=_init, initargs=(self.factory, self.args, os.getpid()))

    def submit(self, chunk: list) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if self.executor is not None:
            try:
                self.pending.append((self.executor.submit(_run_chunk, chunk), chunk))
                return
            except (BrokenProcessPool, OSError, EOFError):
                if self.completed:
                    raise
                # workers cannot even be started (the fork server is gone):
                # check here rather than fail the run
                self._stop_executor()
        self.pending.append((None, chunk))

    def _stop_executor(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def head_ready(self) -> bool:
        future = self.pending[0][0]
        return future is None or future.done()

    def collect(self) -> list:
        from concurrent.futures.process import BrokenProcessPool

        future, chunk = self.pending.popleft()
        if future is None:
            return self._here(chunk)
        try:
            results = future.result()
        except BrokenProcessPool:
            return self._recover(chunk)
        self.completed += 1
        return results

    def _here(self, chunk: list) -> list:
        if self.local is None:
            self.local = self.factory(*self.args)
        return [self.local(item) for item in chunk]

    def _recover(self, chunk: list) -> list:
        """A worker died. If workers never finished a chunk they cannot start
        here (e.g. a script without a ``__main__`` guard): check in this
        process instead. Otherwise the oldest chunk runs again one record at
        a time on fresh workers, so only a record that kills its worker
        becomes an error, and the chunks behind it are queued again."""
        from concurrent.futures.process import BrokenProcessPool

        self._stop_executor()
        queued = [c for _, c in self.pending]
        self.pending.clear()
        if not self.completed:
            results = self._here(chunk)
        else:
            results = []
            self.executor = self._start()
            for item in chunk:
                try:
                    results.extend(self.executor.submit(_run_chunk, [item]).result())
                except BrokenProcessPool:
                    self.executor.shutdown(wait=True, cancel_futures=True)
                    self.executor = self._start()
                    results.extend(_lost([item], "the worker process checking this record stopped unexpectedly"))
        for c in queued:
            self.submit(c)
        return results

    def shutdown(self) -> None:
        self._stop_executor()
