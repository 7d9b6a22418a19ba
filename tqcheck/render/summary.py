"""The end-of-run summary for people: files, segments, issues, pass rate, time."""

from __future__ import annotations

from typing import Any


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def render(summary: dict[str, Any]) -> str:
    s = summary
    head = "Interrupted after" if s["interrupted"] else "Checked"
    parts = [f"{s['checked']:,} checked"]
    if s["skipped"]:
        parts.append(f"{s['skipped']:,} skipped")
    if s["errors"]:
        parts.append(f"{s['errors']:,} unreadable")
    lines = [
        f"{head} {_n(s['files'], 'file')}, {_n(s['records'], 'segment')} ({', '.join(parts)}) "
        f"in {s['seconds']:.1f} s ({s['records_per_second']:,.0f} segments/s)"
    ]
    sev = [f"{n:,} {'advice' if name == 'neutral' else name}" for name, n in reversed(s["by_severity"].items()) if n]
    lines.append(f"Issues: {s['issues']:,}" + (f" ({', '.join(sev)})" if sev else ""))
    if s["by_category"]:
        top = sorted(s["by_category"].items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append("By category: " + ", ".join(f"{cat} {n:,}" for cat, n in top))
    if s["checked"]:
        lines.append(f"MQM pass rate: {100.0 * s['pass_rate']:.1f}% ({s['passed']:,} of {s['checked']:,} passed)")
    lines.append(exit_line(s))
    return "\n".join(lines) + "\n"


def exit_line(s: dict[str, Any]) -> str:
    """The exit status the run ends with, and why (as ``tqcheck check`` decides it)."""
    if s["interrupted"]:
        return "Exit status 130: interrupted."
    if s["errors"]:
        return f"Exit status 2: {_n(s['errors'], 'record')} could not be read."
    failing, fail_on = s.get("failing", 0), s.get("fail_on", "major")
    if failing:
        return (f"Exit status 1: {failing:,} of {s['checked']:,} checked failed (score below the pass mark, "
                f"or an error at or above --fail-on {fail_on}).")
    if fail_on == "never" and s["passed"] < s["checked"]:
        return f"Exit status 0: --fail-on never, though {s['checked'] - s['passed']:,} would fail."
    return "Exit status 0: everything checked passed."
