r"""Compiler-style text: ``file:line:col  severity  rule  message`` plus the
line with the span underlined, then a one-line verdict per input.

Errors come first; advice (``neutral`` issues, which cost nothing) follows
under its own heading, with ``advice`` where errors show their severity.

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
from functools import lru_cache
from typing import Any

from ..quality import gate
from ..quality import kind as kind_of
from ..taxonomy import SEVERITIES
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


_cached_width = lru_cache(maxsize=4096)(_width)


def _shown_width(s: str) -> int:
    return sum(_width(c) for c in s)


def underline(line_text: str, col_start: int, col_end: int) -> tuple[str, str]:
    """(excerpt, marker line) with ``^`` under [col_start, col_end) (0-based
    code-point columns), trimmed to about ``WINDOW`` display columns."""
    col_end = max(col_end, col_start + 1)
    left = max(0, col_start - WINDOW // 3)
    right = min(len(line_text), max(col_end, left + WINDOW))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    seg = line_text[left:right]
    if seg.isprintable():
        # no control, tab or line break to escape (the common case): the excerpt is the text itself,
        # and a character-by-character pass cost a 1 MB report about half a second
        a = max(0, min(col_start, right) - left)
        b = max(a, min(col_end, right) - left)
        if seg.isascii():
            pad, carets = a, max(1, b - a)
        else:
            pad, carets = sum(map(_cached_width, seg[:a])), max(1, sum(map(_cached_width, seg[a:b])))
        return prefix + seg + suffix, " " * (pad + len(prefix)) + "^" * carets
    shown = [_display(c) for c in seg]
    pad = sum(_shown_width(c) for c in shown[: col_start - left])
    carets = max(1, sum(_shown_width(c) for c in shown[col_start - left: col_end - left]))
    return prefix + "".join(shown) + suffix, " " * (pad + len(prefix)) + "^" * carets


def _suggestions(suggestions: list[str]) -> str:
    return ", ".join(repr(s) if s.strip() != s or not s else escape(s) for s in suggestions[:3])


def _alignment_lines(issue: dict[str, Any]) -> list[str]:
    """What a source-side issue points at, and the span the alignment compared it with."""
    out = []
    if issue["side"] == "source":
        c = issue["context"]
        shown = (c["text"][:c["offset"]] + "«" + c["text"][c["offset"]:c["offset"] + c["length"]] + "»"
                 + c["text"][c["offset"] + c["length"]:])
        out.append(f"      = source: {escape(shown)}")
    rel = issue.get("related")
    if rel:
        label = "translation here" if rel["side"] == "target" else "source"
        body = " ".join(rel["text"].split())
        out.append(f"      = {label}: «{escape(body[:160])}{'…' if len(body) > 160 else ''}»")
    return out


def render_one(report: dict[str, Any], name: str) -> str:
    name = escape(name)
    text = report.get("text", "")
    lines = LINE_BREAK_RE.split(text) if text else []
    out = []
    errors, advice = split(report["issues"])
    for issue in errors + advice:
        if advice and issue is advice[0]:
            out.append(f"{name}: advice ({len(advice)}; house style, not counted in the score):")
        where = f"{name}:{issue['line']}:{issue['column']}"
        if issue["side"] == "source":
            where += " (source)"
        out.append(f"{where}  {label(issue)}  {issue['rule']}  {escape(issue['message'])}")
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
        out.extend(_alignment_lines(issue))
    out.append(counts(report, name))
    if "scores" in report:
        out.append(escape_text(scores_section(report["scores"]).rstrip("\n")))
    out.append(f"{name}: {verdict(report['quality'])}")  # last, where it is read
    return "\n".join(out) + "\n"


def is_advice(issue: dict[str, Any]) -> bool:
    return (issue.get("kind") or kind_of(issue["severity"])) == "advice"


def split(issues: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(errors, advice), each in the order given."""
    errors = [i for i in issues if not is_advice(i)]
    return errors, [i for i in issues if is_advice(i)]


def label(issue: dict[str, Any]) -> str:
    """What the severity column shows: the severity of an error, ``advice`` for advice."""
    return "advice" if is_advice(issue) else issue["severity"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _score1(x: float, threshold: float) -> str:
    """One decimal; rounded down when rounding would lift a failing score to the pass mark."""
    shown = round(x, 1)
    if x < threshold <= shown:
        shown = int(x * 10) / 10
    return f"{shown:.1f}"


def _at_or_above(severity: str) -> str:
    return "critical" if severity == "critical" else f"{severity} or worse"


def verdict(q: dict[str, Any], option: str = "--fail-on") -> str:
    """``PASS``/``FAIL`` and both of its conditions, e.g. ``FAIL: score 59.4/100
    is below the pass mark 90, and 8 errors are major or worse (--fail-on major)``.

    ``PASS`` and ``FAIL`` are the report's one verdict, the one the exit status
    follows; with ``--fail-on never`` the status ignores it, and the line
    says ``NOT GATED`` instead of a word the exit status would contradict.
    """
    fail_on = q.get("fail_on", "major")
    lowest = gate(fail_on)
    score = f"score {_score1(q['score'], q['threshold'])}/100"
    if q["score"] >= q["threshold"]:
        score += f" meets the pass mark {q['threshold']:g}"
    else:
        score += f" is below the pass mark {q['threshold']:g}"
    blocking = q.get("blocking", 0)
    flag = "" if fail_on == "never" else f" ({option} {fail_on})"
    if lowest == SEVERITIES[0]:  # advice raised to fail the text
        gate_part = f"{_plural(blocking, 'issue')} found, advice included{flag}" if blocking else "no issue found"
    elif blocking:
        gate_part = f"{_plural(blocking, 'error')} {'is' if blocking == 1 else 'are'} {_at_or_above(lowest)}{flag}"
    else:
        gate_part = f"no error is {_at_or_above(lowest)}"
    if q["pass"]:
        word = "PASS"
    else:
        word = "FAIL" if fail_on != "never" else f"NOT GATED ({option} never), would fail"
    if q["score"] >= q["threshold"] and blocking:
        return f"{word}: {gate_part}, though {score}"  # the reason first
    return f"{word}: {score}, {'though' if q['score'] < q['threshold'] and not blocking else 'and'} {gate_part}"


def counts(report: dict[str, Any], name: str) -> str:
    """``name: 26 issues: 25 errors (8 major, 17 minor), 1 advice; 615 words; MQM penalty 57 (...)``"""
    q = report["quality"]
    errors, advice = split(report["issues"])
    counts = [f"{n} {sev}" for sev, n in reversed(q["by_severity"].items()) if n and sev != SEVERITIES[0]]
    found = _plural(len(errors) + len(advice), "issue")
    if errors or advice:
        found += ": " + _plural(len(errors), "error") + (f" ({', '.join(counts)})" if counts else "")
        found += f", {len(advice)} advice"
    return (
        f"{name}: {found}; {q['words']} words; MQM penalty {q['penalty']:g} "
        f"({q.get('penalty_per_1000_words', 0):.1f} per 1,000 words)"
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
    errors, advice = split(report["issues"])
    for issue in errors + advice:
        side = " source" if issue["side"] == "source" else ""
        out.append(f"{where}{side} {issue['line']}:{issue['column']}]  {label(issue)}  {issue['rule']}  "
                   f"{escape(issue['message'])}")
        if issue["side"] == "target" and 0 < issue["line"] <= len(lines):
            line = lines[issue["line"] - 1]
            end = issue["end_column"] - 1 if issue["end_line"] == issue["line"] else len(line)
            excerpt, marks = underline(line, issue["column"] - 1, end)
            out.append("      | " + excerpt)
            out.append("      | " + marks)
        if issue["suggestions"]:
            out.append(f"      = suggestion: {_suggestions(issue['suggestions'])}")
        out.extend(_alignment_lines(issue))
    return "\n".join(out) + "\n" if out else ""
