r"""Compiler-style text: ``file:line:col  severity  rule  message`` plus the
line with the span underlined, then a one-line verdict per input.

This goes to a terminal, and what it shows comes from the checked files:
their text, file names, segment ids. A control character there (an escape
sequence that clears the screen, retitles the window, rewrites a line with
a carriage return, fakes a line with a line feed) is shown escaped, as
``\x1b``, ``\r``, ``\n``, never sent: C0 controls, DEL and C1 controls. In
the excerpt under which the carets point, a tab or carriage return is
shown as a space and the carets count the escaped form's width, so they
stay under the span.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..text.chars import LINE_BREAK_RE
from .scores import section as scores_section

WINDOW = 100  # display columns of source line shown around a span


def _width(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\u2060\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


#: C0 controls, DEL and C1 controls: what a terminal may act on
CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape_char(m: re.Match) -> str:
    ch = m.group()
    return _NAMED.get(ch) or f"\\x{ord(ch):02x}"


def escape(s: str) -> str:
    r"""``s`` with every control character shown escaped (``\x1b``, ``\n``):
    for one-line fields such as file names, segment ids and messages."""
    return CONTROL_RE.sub(_escape_char, s)


def escape_text(s: str) -> str:
    """The same for text of several lines: its line feeds are kept."""
    return "\n".join(escape(line) for line in s.split("\n"))


def _display(ch: str) -> str:
    """One character of an excerpt as shown."""
    if ch in "\t\r":
        return " "
    return escape(ch)


def _shown_width(s: str) -> int:
    return sum(_width(c) for c in s)


def underline(line_text: str, col_start: int, col_end: int) -> tuple[str, str]:
    """(excerpt, marker line) with ``^`` under [col_start, col_end) (0-based
    code-point columns), trimmed to about ``WINDOW`` display columns."""
    col_end = max(col_end, col_start + 1)
    left = max(0, col_start - WINDOW // 3)
    right = min(len(line_text), max(col_end, left + WINDOW))
    shown = [_display(c) for c in line_text[left:right]]
    pad = sum(_shown_width(c) for c in shown[: col_start - left])
    carets = max(1, sum(_shown_width(c) for c in shown[col_start - left: col_end - left]))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    return prefix + "".join(shown) + suffix, " " * (pad + len(prefix)) + "^" * carets


def _suggestions(suggestions: list[str]) -> str:
    return ", ".join(repr(s) if s.strip() != s or not s else escape(s) for s in suggestions[:3])


def render_one(report: dict[str, Any], name: str) -> str:
    name = escape(name)
    text = report.get("text", "")
    lines = LINE_BREAK_RE.split(text) if text else []
    out = []
    for issue in report["issues"]:
        where = f"{name}:{issue['line']}:{issue['column']}"
        if issue["side"] == "source":
            where += " (source)"
        out.append(f"{where}  {issue['severity']}  {issue['rule']}  {escape(issue['message'])}")
        if issue["side"] == "target" and 0 < issue["line"] <= len(lines):
            line = lines[issue["line"] - 1]
            start = issue["column"] - 1
            end = issue["end_column"] - 1 if issue["end_line"] == issue["line"] else len(line)
            excerpt, marks = underline(line, start, end)
            gutter = f"{issue['line']:>5} | "
            out.append(gutter + excerpt)
            out.append(" " * (len(gutter) - 2) + "| " + marks)
        if issue["suggestions"]:
            out.append(f"      = suggestion: {_suggestions(issue['suggestions'])}")
    out.append(summary(report, name))
    if "scores" in report:
        out.append(escape_text(scores_section(report["scores"]).rstrip("\n")))
    return "\n".join(out) + "\n"


def summary(report: dict[str, Any], name: str) -> str:
    q = report["quality"]
    counts = [f"{n} {sev}" for sev, n in reversed(q["by_severity"].items()) if n]
    n = len(report["issues"])
    verdict = "PASS" if q["pass"] else "FAIL"
    detail = f" ({', '.join(counts)})" if counts else ""
    return (
        f"{name}: {n} issue{'s' if n != 1 else ''}{detail}; {q['words']} words; "
        f"MQM score {q['score']:.1f} (pass at {q['threshold']:g}): {verdict}"
    )


def render(reports: list[dict[str, Any]], names: list[str]) -> str:
    return "\n".join(render_one(r, n) for r, n in zip(reports, names))


def short_id(seg_id: str, limit: int = 40) -> str:
    """Segment ids can be whole sentences (PO msgids): shorten them for display."""
    return seg_id if len(seg_id) <= limit else seg_id[: limit - 1] + "…"


def render_segment(report: dict[str, Any], name: str, line_no: int | None, segment: str) -> str:
    """The issues of one segment of a bilingual file, located as
    ``file:line [segment line:col]``; nothing when it has none."""
    name = escape(name)
    where = f"{name}:{line_no}" if line_no else name
    where += f" [{escape(short_id(segment))}"
    text = report.get("text", "")
    lines = LINE_BREAK_RE.split(text) if text else []
    out = []
    for issue in report["issues"]:
        side = " source" if issue["side"] == "source" else ""
        out.append(f"{where}{side} {issue['line']}:{issue['column']}]  {issue['severity']}  {issue['rule']}  "
                   f"{escape(issue['message'])}")
        if issue["side"] == "target" and 0 < issue["line"] <= len(lines):
            line = lines[issue["line"] - 1]
            end = issue["end_column"] - 1 if issue["end_line"] == issue["line"] else len(line)
            excerpt, marks = underline(line, issue["column"] - 1, end)
            out.append("      | " + excerpt)
            out.append("      | " + marks)
        if issue["suggestions"]:
            out.append(f"      = suggestion: {_suggestions(issue['suggestions'])}")
    return "\n".join(out) + "\n" if out else ""
