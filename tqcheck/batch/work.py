"""Checking records: one ``Checker`` per process, records in, results out.

Runs in the main process for ``--jobs 1`` and in each worker of the pool
otherwise; settings and rules are resolved once per process, not per record.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..api import Checker
from ..errors import TqcheckError
from ..formats.records import Problem, Record
from .results import CHECKED, ERROR, SKIPPED, Result

NO_TRANSLATION = "no translation"


class Work:
    """Callable that turns a record into a result; anything else (file
    boundaries) passes through unchanged, so order is kept by construction."""

    def __init__(self, checker_args: Mapping[str, Any], include_text: bool = False):
        # records come one source per system output, in a row: read each source once
        self.checker = Checker(**checker_args, reuse_sources=True)
        self.include_text = include_text

    def __call__(self, item):
        if isinstance(item, Record):
            return self.check(item)
        if isinstance(item, Problem):
            return Result(item.file, ERROR, item.id, item.line, message=item.message)
        return item

    def check(self, rec: Record) -> Result:
        if rec.skip:
            return Result(rec.file, SKIPPED, rec.id, rec.line, message=rec.skip)
        if rec.id is not None and not rec.target.strip() and rec.source is None:
            # with a source, an empty target is a finding (translation.empty);
            # without one a segment has nothing to check (an empty document
            # file stays an input error, as the checker says)
            return Result(rec.file, SKIPPED, rec.id, rec.line, message=NO_TRANSLATION)
        try:
            report = self.checker.check(
                rec.target,
                source=rec.source,
                references=rec.references,
                name=rec.file if rec.id is None else None,
                segment=rec.id,
            )
        except TqcheckError as exc:
            return Result(rec.file, ERROR, rec.id, rec.line, message=exc.message)
        except Exception as exc:  # a bug must cost one record, not the run
            return Result(rec.file, ERROR, rec.id, rec.line, message=f"internal error: {type(exc).__name__}: {exc}")
        return Result(rec.file, CHECKED, rec.id, rec.line, report=report.to_dict(include_text=self.include_text))


def make_work(checker_args: Mapping[str, Any], include_text: bool = False) -> Work:
    return Work(checker_args, include_text)
