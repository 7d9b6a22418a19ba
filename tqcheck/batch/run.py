"""A batch run: inputs -> records -> checked in order on N processes ->
streamed to a writer, counted, with a progress bar and a summary.

Reading happens here, in the main process, one record at a time; checking
happens in the pool; writing happens here again, in input order. Memory
holds only the chunks in flight, whatever the size of the input.
"""

from __future__ import annotations

import signal
import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterable, Iterator, Mapping, TextIO

from .. import formats
from ..api import Checker
from ..formats.records import Input, Problem
from ..render import summary as summary_render
from ..render import text as text_render
from .pool import ordered_map
from .progress import Progress
from .results import FileEnd, FileStart, Result
from .summary import Tally
from .work import make_work
from .writers import NEEDS_TEXT, WRITERS

if TYPE_CHECKING:
    from .tables import TableFiles  # --format parquet's two files

FLUSH_SECONDS = 1.0


def events(inputs: Iterable[Input | Problem], **reader_options) -> Iterator:
    """File boundaries around every record of every input, in order."""
    for inp in inputs:
        if isinstance(inp, Problem):
            yield FileStart(inp.file, "unknown")
            yield inp
            yield FileEnd(inp.file, "unknown")
            continue
        yield FileStart(inp.name, inp.format)
        yield from formats.read(inp, **reader_options)
        yield FileEnd(inp.name, inp.format)


def run_info(checker: Checker, notice: Callable[[str], None], quiet: bool) -> dict[str, Any]:
    """What writers need to know about the run besides its results."""
    cfg = checker.config
    return {
        "tool": checker.tool,
        "rules": [
            {"id": a.rule.id, "category": a.rule.category, "severity": a.severity, "description": a.rule.description}
            for a in checker.active
        ],
        "lang": cfg.lang,
        "weights": dict(cfg.weights),
        "threshold": cfg.threshold,
        "fail_on": cfg.fail_on,
        "notice": notice,
        "quiet": quiet,
    }


#: signals that stop a run as Ctrl-C does: a terminal's, and the one
#: ``kill``, ``timeout``, CI runners and container stops send
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _Stop:
    requested = False
    signum: int = signal.SIGINT


@contextmanager
def first_ctrl_c_stops(stop: _Stop):
    """The first Ctrl-C (or SIGTERM) asks the run to stop after the record
    being written (so no output is torn mid-line); a second one stops at once."""

    def handler(signum, frame):
        if stop.requested:
            raise KeyboardInterrupt
        stop.requested = True
        stop.signum = signum

    previous = {}
    try:
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def run(
    inputs: list[Input | Problem],
    *,
    checker_args: Mapping[str, Any],
    fmt: str,
    out: TextIO | TableFiles,
    jobs: int = 1,
    quiet: bool = False,
    chunk_records: int | None = None,
    reader_options: Mapping[str, Any] | None = None,
    engine: Any = None,
    writer: Any = None,
    print_summary: bool = True,
) -> Tally:
    """Check every input and write ``fmt`` to ``out``; returns the counts.

    ``engine`` (a ``dask_pool.Engine``) checks on a Dask cluster instead
    of ``jobs`` local processes. Ctrl-C stops reading and checking, finishes the output with what was
    done (so it stays well-formed), and prints the partial summary.
    """
    checker = Checker(**checker_args)
    cfg = checker.config
    progress = Progress(len(inputs), enabled=Progress.wanted(quiet))

    def notice(message: str) -> None:
        with progress.clear_for(sys.stderr):  # names and messages from the input: no escape sequences
            print(text_render.escape_text(message), file=sys.stderr)

    # ``writer``: one made by the caller (tqcheck filter) instead of ``fmt``'s
    writer = writer or WRITERS[fmt](out, run_info(checker, notice, quiet))
    tally = Tally(cfg.fail_on)
    pool_options: dict[str, Any] = {"jobs": jobs}
    if chunk_records:
        pool_options["chunk_records"] = chunk_records
    if engine is not None:  # --engine dask: the same chunks, checked on a cluster
        from .dask_pool import ordered_map as dask_map

        pool_options = {"engine": engine, **({"chunk_records": chunk_records} if chunk_records else {})}
        map_: Callable[..., Generator[Any, None, None]] = dask_map
    else:
        map_ = ordered_map
    results = map_(
        events(inputs, source_lang=cfg.source_lang, target_lang=cfg.lang, **(reader_options or {})),
        make_work, (dict(checker_args), fmt in NEEDS_TEXT), **pool_options,
    )
    last_flush = time.monotonic()
    stop = _Stop()
    try:
        with first_ctrl_c_stops(stop):
            for item in results:
                _handle(item, tally, writer, progress, out)
                if time.monotonic() - last_flush > FLUSH_SECONDS:
                    out.flush()  # JSON Lines consumers see records as they are made
                    last_flush = time.monotonic()
                if stop.requested:
                    break
    except KeyboardInterrupt:
        stop.requested = True
    finally:
        results.close()
        progress.close()
    tally.interrupted = stop.requested
    tally.signal = stop.signum if stop.requested else None
    summary = tally.to_dict()
    writer.finish(summary)
    if tally.interrupted:
        why = "interrupted" if stop.signum == signal.SIGINT else f"stopped by {signal.Signals(stop.signum).name}"
        print(f"tqcheck: {why}; partial summary:", file=sys.stderr)
        sys.stderr.write(summary_render.render(summary))
    elif not quiet and fmt != "text" and print_summary:
        sys.stderr.write(summary_render.render(summary))
    return tally


def _handle(item, tally: Tally, writer, progress: Progress, out: TextIO | TableFiles) -> None:
    tally.add(item)
    with progress.clear_for(out):
        if isinstance(item, Result):
            writer.result(item.to_dict())
        elif isinstance(item, FileStart):
            writer.file_start(item.name, item.format)
        elif isinstance(item, FileEnd):
            writer.file_end(item.name, item.format)
    if isinstance(item, Result):
        progress.record()
    elif isinstance(item, FileEnd):
        progress.file_done()
