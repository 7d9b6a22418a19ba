"""Compiler-style text: ``file:line:col  severity  rule  message`` plus the
line with the span underlined, then a one-line verdict per input."""

from __future__ import annotations

import unicodedata
from typing import Any

from ..text.chars import LINE_BREAK_RE
from .scores import section as scores_section

WINDOW = 100  # display columns of source line shown around a span


def _width(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\u2060\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _display(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ")


def underline(line_text: str, col_start: int, col_end: int) -> tuple[str, str]:
    """(excerpt, marker line) with ``^`` under [col_start, col_end) (0-based
    code-point columns), trimmed to about ``WINDOW`` display columns."""
    col_end = max(col_end, col_start + 1)
    left = max(0, col_start - WINDOW // 3)
    right = min(len(line_text), max(col_end, left + WINDOW))
    excerpt = _display(line_text[left:right])
    pad = sum(_width(c) for c in excerpt[: col_start - left])
    span = excerpt[col_start - left: col_end - left]
    carets = max(1, sum(_width(c) for c in span))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    return prefix + excerpt + suffix, " " * (pad + len(prefix)) + "^" * carets


def _alignment_lines(issue: dict[str, Any]) -> list[str]:
    """What a source-side issue points at, and the span the alignment compared it with."""
    out = []
    if issue["side"] == "source":
        c = issue["context"]
        out.append(f"      = source: {c['text'][:c['offset']]}«{c['text'][c['offset']:c['offset'] + c['length']]}»"
                   f"{c['text'][c['offset'] + c['length']:]}")
    rel = issue.get("related")
    if rel:
        label = "translation here" if rel["side"] == "target" else "source"
        body = " ".join(rel["text"].split())
        out.append(f"      = {label}: «{body[:160]}{'…' if len(body) > 160 else ''}»")
    return out


def render_one(report: dict[str, Any], name: str) -> str:
    text = report.get("text", "")
    lines = LINE_BREAK_RE.split(text) if text else []
    out = []
    for issue in report["issues"]:
        where = f"{name}:{issue['line']}:{issue['column']}"
        if issue["side"] == "source":
            where += " (source)"
        out.append(f"{where}  {issue['severity']}  {issue['rule']}  {issue['message']}")
        if issue["side"] == "target" and 0 < issue["line"] <= len(lines):
            line = lines[issue["line"] - 1]
            start = issue["column"] - 1
            end = issue["end_column"] - 1 if issue["end_line"] == issue["line"] else len(line)
            excerpt, marks = underline(line, start, end)
            gutter = f"{issue['line']:>5} | "
            out.append(gutter + excerpt)
            out.append(" " * (len(gutter) - 2) + "| " + marks)
        if issue["suggestions"]:
            shown = ", ".join(repr(s) if s.strip() != s or not s else s for s in issue["suggestions"][:3])
            out.append(f"      = suggestion: {shown}")
        out.extend(_alignment_lines(issue))
    out.append(summary(report, name))
    if "scores" in report:
        out.append(scores_section(report["scores"]).rstrip("\n"))
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
    where = f"{name}:{line_no}" if line_no else name
    where += f" [{short_id(segment)}"
    text = report.get("text", "")
    lines = LINE_BREAK_RE.split(text) if text else []
    out = []
    for issue in report["issues"]:
        side = " source" if issue["side"] == "source" else ""
        out.append(f"{where}{side} {issue['line']}:{issue['column']}]  {issue['severity']}  {issue['rule']}  {issue['message']}")
        if issue["side"] == "target" and 0 < issue["line"] <= len(lines):
            line = lines[issue["line"] - 1]
            end = issue["end_column"] - 1 if issue["end_line"] == issue["line"] else len(line)
            excerpt, marks = underline(line, issue["column"] - 1, end)
            out.append("      | " + excerpt)
            out.append("      | " + marks)
        if issue["suggestions"]:
            shown = ", ".join(repr(s) if s.strip() != s or not s else s for s in issue["suggestions"][:3])
            out.append(f"      = suggestion: {shown}")
        out.extend(_alignment_lines(issue))
    return "\n".join(out) + "\n" if out else ""
