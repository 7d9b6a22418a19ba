"""Work factories for the pool tests; module level so worker processes can import them."""

from __future__ import annotations

import multiprocessing
import os
import time

from tqcheck.batch.results import CHECKED, Result
from tqcheck.formats.records import Record


def echo(delay_every: int = 0):
    """Returns each item (records as results), sleeping on some so that
    workers finish out of order."""

    def work(item):
        if isinstance(item, Record):
            n = int(item.id)
            if delay_every and n % delay_every == 0:
                time.sleep(0.02)
            return Result(item.file, CHECKED, item.id, item.line, report={"pid": os.getpid()})
        return item

    return work


def die_on(victim: str):
    def work(item):
        if not isinstance(item, Record):
            return item
        if item.id == victim:
            os._exit(3)
        return Result(item.file, CHECKED, item.id, item.line, report={"pid": os.getpid()})

    return work


def only_in_main_process():
    if multiprocessing.parent_process() is not None:
        raise RuntimeError("workers cannot start here")
    return echo()
