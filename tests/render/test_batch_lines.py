"""The line-per-record renderers read only the JSON Lines dict of a result."""

from __future__ import annotations

import io
import json

from tqcheck.api import Checker
from tqcheck.render import csv as csv_render
from tqcheck.render import jsonl as jsonl_render
from tqcheck.resources import validation_errors

CHECKER = Checker(disable=["*"], enable=["punctuation"])


def checked(text: str) -> dict:
    return {"type": "checked", "file": "a.tsv", "line": 3, "segment": "3",
            "report": CHECKER.check(text, segment="3").to_dict()}


def test_jsonl_lines_are_single_valid_records():
    out = io.StringIO()
    w = jsonl_render.Writer(out, {})
    w.result(checked("Line one ,with a\u2028separator."))
    w.result({"type": "skipped", "file": "a.tsv", "line": 4, "segment": "id\u2028with\u2029separators",
              "reason": "no translation"})
    lines = out.getvalue().splitlines(keepends=True)
    assert len(lines) == 2 and all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    for line in lines:
        assert validation_errors("batch-record", json.loads(line)) == []
    assert json.loads(lines[1])["segment"] == "id\u2028with\u2029separators"


def test_csv_rows_count_severities_and_rules():
    out = io.StringIO()
    w = csv_render.Writer(out, {})
    w.result(checked("Hello ,world ,again."))
    w.result({"type": "error", "file": "a.tsv", "line": 5, "segment": None, "error": "expected source<TAB>target"})
    header, row, err = out.getvalue().splitlines()
    assert header.split(",") == list(csv_render.COLUMNS)
    cells = row.split(",")
    # two spaces before a mark (minor), two missing after one (neutral: advice)
    assert cells[:4] == ["a.tsv", "3", "3", "checked"] and cells[8] == "2" and cells[9] == "2"
    assert cells[13] == "punctuation.spacing.before-mark:2;punctuation.spacing.missing-after:2"
    assert err == "a.tsv,5,,error,,,,,,,,,,,expected source<TAB>target"
