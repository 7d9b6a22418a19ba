"""The ordered pool: input order whatever the number of workers, a bounded
number of records in flight, and no record lost when a worker dies."""

from __future__ import annotations

import os

import pytest

from tqcheck.batch.pool import ordered_map
from tqcheck.batch.results import CHECKED, ERROR, FileEnd, FileStart
from tqcheck.formats.records import Record
from tests.batch import workers


def stream(n: int, counter: list | None = None):
    yield FileStart("f", "jsonl")
    for i in range(n):
        if counter is not None:
            counter[0] += 1
        yield Record("f", f"t{i}", id=str(i), line=i + 1)
    yield FileEnd("f", "jsonl")


def ids(results) -> list:
    return [getattr(r, "id", type(r).__name__) for r in results]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_order_is_the_input_order_whatever_the_jobs(jobs):
    out = list(ordered_map(stream(200), workers.echo, (3,), jobs=jobs, chunk_records=7))
    assert ids(out) == ["FileStart", *map(str, range(200)), "FileEnd"]
    pids = {r.report["pid"] for r in out[1:-1]}
    assert (os.getpid() in pids) == (jobs == 1)  # more than one job: checked in workers


def test_records_in_flight_stay_bounded():
    counter, most = [0], 0
    yielded = 0
    for _ in ordered_map(stream(2000, counter), workers.echo, (), jobs=2, chunk_records=10, window=3):
        yielded += 1
        most = max(most, counter[0] - yielded)
    # the window's chunks plus the one being filled, never the whole input
    assert most <= (3 + 1) * 10 + 2
    assert yielded == 2002


def test_small_input_runs_in_this_process():
    out = list(ordered_map(stream(5), workers.echo, (), jobs=2, chunk_records=64))
    assert {r.report["pid"] for r in out[1:-1]} == {os.getpid()}


def test_one_large_record_runs_in_this_process():
    # its file's start and end fall into chunks of their own: three chunks, one of them work
    def one_large_file():
        yield FileStart("f", "txt")
        yield Record("f", "word " * 50, id="0", line=1)
        yield FileEnd("f", "txt")

    out = list(ordered_map(one_large_file(), workers.echo, (), jobs=2, chunk_records=64, chunk_chars=10))
    assert ids(out) == ["FileStart", "0", "FileEnd"]
    assert out[1].report["pid"] == os.getpid()


def test_files_without_records_between_two_records_still_start_workers():
    def files():
        yield FileStart("a", "jsonl")
        yield Record("a", "t", id="0", line=1)
        yield FileEnd("a", "jsonl")
        for name in "bcd":  # empty files: boundaries only
            yield FileStart(name, "jsonl")
            yield FileEnd(name, "jsonl")
        yield FileStart("e", "jsonl")
        yield Record("e", "t", id="1", line=1)
        yield FileEnd("e", "jsonl")

    out = list(ordered_map(files(), workers.echo, (), jobs=2, chunk_records=2))
    assert ids(out) == ["FileStart", "0", "FileEnd"] + ["FileStart", "FileEnd"] * 3 + ["FileStart", "1", "FileEnd"]
    assert os.getpid() not in {r.report["pid"] for r in out if getattr(r, "report", None)}


def test_a_record_that_kills_its_worker_is_the_only_one_lost():
    out = list(ordered_map(stream(60), workers.die_on, ("37",), jobs=2, chunk_records=4, window=2))
    assert ids(out) == ["FileStart", *map(str, range(60)), "FileEnd"]
    lost = [r for r in out[1:-1] if r.status == ERROR]
    assert [r.id for r in lost] == ["37"]
    assert "stopped unexpectedly" in lost[0].message
    assert all(r.status == CHECKED for r in out[1:-1] if r.id != "37")


def test_workers_that_cannot_start_fall_back_to_this_process():
    out = list(ordered_map(stream(50), workers.only_in_main_process, (), jobs=2, chunk_records=5))
    assert ids(out) == ["FileStart", *map(str, range(50)), "FileEnd"]
    assert {r.report["pid"] for r in out[1:-1]} == {os.getpid()}
