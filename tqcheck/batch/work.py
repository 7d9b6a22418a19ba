"""Checking records: one ``Checker`` per process, records in, results out.

Runs in the main process for ``--jobs 1`` and in each worker of the pool
otherwise; settings and rules are resolved once per process, not per record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from ..api import KEEP_SOURCE, Checker
from ..errors import TqcheckError
from ..formats.records import Problem, Record
from ..report import Report
from .results import CHECKED, ERROR, SKIPPED, Result

NO_TRANSLATION = "no translation"

#: reports kept for the outputs of one source (``Work._same``); newstest2021 has 15-25 systems a source
SAME_MAX = 64


class Work:
    """Callable that turns a record into a result; anything else (file
    boundaries) passes through unchanged, so order is kept by construction."""

    def __init__(self, checker_args: Mapping[str, Any], include_text: bool = False):
        # records come one source per system output, in a row: read each source once
        self.checker = Checker(**checker_args, reuse_sources=True)
        self.include_text = include_text
        # Systems often agree: a fifth of newstest2021's system outputs repeat another system's output of
        # the same source word for word, and a check is a pure function of its texts (the segment id only
        # labels the issues). So the reports of the current source's outputs are kept by target, and a
        # repeat is labelled again rather than checked again. Only segments (a document names its file
        # in the report), only short ones, and only until the source changes: batch input holds each
        # source's outputs in a row.
        self._same_key: Any = None
        self._same: dict[str, Report] = {}

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
        same = self._same_reports(rec)
        report = same.get(rec.target) if same is not None else None
        if report is not None:
            report = relabelled(report, rec.id)
        else:
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
                return Result(rec.file, ERROR, rec.id, rec.line,
                              message=f"internal error: {type(exc).__name__}: {exc}")
            if same is not None and len(same) < SAME_MAX:
                # a copy: what a writer does to this record's report must not reach the repeats
                same[rec.target] = relabelled(report, rec.id)
        return Result(rec.file, CHECKED, rec.id, rec.line, report=report.to_dict(include_text=self.include_text))

    def _same_reports(self, rec: Record) -> dict[str, Report] | None:
        """The reports kept for ``rec``'s source and references, or None
        when ``rec`` is not a short segment."""
        if rec.id is None or len(rec.target) > KEEP_SOURCE or len(rec.source or "") > KEEP_SOURCE:
            return None
        key = (rec.source, rec.references)
        if key != self._same_key:
            self._same_key = key
            self._same = {}
        return self._same


def relabelled(report: Report, segment: str | None) -> Report:
    """``report`` as the check of the same texts under another segment id
    gives it: the id is in every issue and nowhere else. The sections are
    copied, so no two results share a mutable part a writer could change."""
    return Report(
        tool=report.tool,
        stats=dict(report.stats),  # type: ignore[arg-type]
        language=dict(report.language),  # type: ignore[arg-type]
        issues=[replace(i, segment=segment, context=dict(i.context),  # type: ignore[arg-type]
                        related=None if i.related is None else dict(i.related))  # type: ignore[arg-type]
                for i in report.issues],
        quality=_copied(report.quality),
        input=dict(report.input),
        sections=_copied(report.sections),
        text=report.text,
    )


def _copied(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


def make_work(checker_args: Mapping[str, Any], include_text: bool = False) -> Work:
    return Work(checker_args, include_text)
