"""Counting a run as it goes: files, records by outcome, issues by category
and severity, the MQM pass rate, and the time taken."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from ..taxonomy import SEVERITIES
from .results import CHECKED, ERROR, SKIPPED, FileStart, Result


class Tally:
    def __init__(self, fail_on: str = "major"):
        self.fail_on = fail_on
        self.started = time.monotonic()
        self.files = 0
        self.records = self.checked = self.skipped = self.errors = 0
        self.words = self.issues = self.passed = self.failing = 0
        self.by_severity: Counter[str] = Counter()
        self.by_category: Counter[str] = Counter()
        self.interrupted = False
        self.signal: int | None = None  # the signal that interrupted the run

    def add(self, item: Any) -> None:
        if isinstance(item, FileStart):
            self.files += 1
            return
        if not isinstance(item, Result):
            return
        self.records += 1
        if item.status == ERROR:
            self.errors += 1
        elif item.status == SKIPPED:
            self.skipped += 1
        elif item.status == CHECKED:
            self.checked += 1
            report = item.report
            assert report is not None  # a checked record carries its report
            quality = report["quality"]
            self.words += quality["words"]
            self.passed += bool(quality["pass"])
            issues = report["issues"]
            self.issues += len(issues)
            self.by_severity.update(i["severity"] for i in issues)
            self.by_category.update(i["category"] for i in issues)
            # the report's one verdict (score and --fail-on together) decides the exit status
            if self.fail_on != "never" and not quality["pass"]:
                self.failing += 1

    def to_dict(self) -> dict[str, Any]:
        seconds = time.monotonic() - self.started
        return {
            "files": self.files,
            "records": self.records,
            "checked": self.checked,
            "skipped": self.skipped,
            "errors": self.errors,
            "words": self.words,
            "issues": self.issues,
            "by_severity": {s: self.by_severity.get(s, 0) for s in SEVERITIES},
            "by_category": dict(sorted(self.by_category.items())),
            "passed": self.passed,
            "failing": self.failing,
            "fail_on": self.fail_on,
            "pass_rate": round(self.passed / self.checked, 4) if self.checked else None,
            "seconds": round(seconds, 3),
            "records_per_second": round(self.records / seconds, 1) if seconds > 0 else 0.0,
            "interrupted": self.interrupted,
        }
