"""CSV: one row per segment or document, for a spreadsheet: counts by
severity, the MQM score and verdict, and the rules that fired.

Text cells come from the checked files (file names, segment ids, error
messages that quote them), so a cell a spreadsheet would run as a formula
(``=HYPERLINK(...)``, ``@SUM(...)``, ``+``, ``-``, or a tab or carriage
return first) is neutralised as OWASP recommends: prefixed with ``'``.
Number cells (line, counts, penalty, score) are written as numbers, so a
negative score stays a number.
"""

from __future__ import annotations

import csv
from collections import Counter
from typing import Any, TextIO

COLUMNS = ("file", "line", "segment", "status", "words", "issues", "critical", "major", "minor", "neutral",
           "penalty", "score", "pass", "rules", "message")


#: what makes a spreadsheet read a cell as a formula (OWASP: CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A text cell made safe to open in a spreadsheet; numbers pass as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def row(record: dict[str, Any]) -> list[Any]:
    return [cell(v) for v in _row(record)]


def _row(record: dict[str, Any]) -> list[Any]:
    base = [record["file"], record["line"] or "", record["segment"] or "", record["type"]]
    report = record.get("report")
    if report is None:
        return base + [""] * 10 + [record.get("error") or record.get("reason") or ""]
    q = report["quality"]
    sev = q["by_severity"]
    rules = Counter(i["rule"] for i in report["issues"])
    fired = ";".join(r if n == 1 else f"{r}:{n}" for r, n in sorted(rules.items()))
    return base + [q["words"], len(report["issues"]), sev["critical"], sev["major"], sev["minor"], sev["neutral"],
                   q["penalty"], q["score"], "yes" if q["pass"] else "no", fired, ""]


class Writer:
    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.csv = csv.writer(out)
        self.csv.writerow(COLUMNS)

    def file_start(self, name: str, fmt: str) -> None:
        pass

    def result(self, record: dict[str, Any]) -> None:
        self.csv.writerow(row(record))

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def finish(self, summary: dict[str, Any]) -> None:
        pass
