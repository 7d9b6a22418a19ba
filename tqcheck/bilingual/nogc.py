"""Building the per-unit structures without the cyclic garbage collector.

The alignment and the views the accuracy rules share make a few small
objects per word (a hundred thousand and more per MB) and free none, and
no reference cycle is made on the way. While they grow, the collector
would walk every live object of the process again and again (a fifth of
the time of the alignment of a 1 MB document, two thirds of that of the
clause views). Objects made while it is paused are collected as usual
afterwards; reference counting frees garbage all along.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
