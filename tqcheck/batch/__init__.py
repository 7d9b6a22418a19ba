"""Batch checking: many files, many segments, in parallel, streamed, with
nothing lost (every record read comes out as one result)."""

from .discover import discover
from .run import run

__all__ = ["discover", "run"]
