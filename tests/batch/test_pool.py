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
