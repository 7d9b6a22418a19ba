"""Issues and reports, and the one dict form every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .taxonomy import SEVERITY_RANK, severity_at_least

CONTEXT_CHARS = 40
_CONTROL = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding, located in the submitted text.

    ``start``/``end`` are code-point offsets (half-open) into the text of
    ``side`` (``target`` or ``source``); ``line``/``column`` are 1-based.
    """

    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    context: dict[str, Any]
    suggestions: tuple[str, ...] = ()
    side: str = "target"
    segment: str | None = None
    #: ``{"side", "start", "end", "text"}``: the other span the finding was judged against
    related: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "side": self.side,
            "segment": self.segment,
            "context": self.context,
            "suggestions": list(self.suggestions),
        }
        if self.related is not None:
            out["related"] = self.related
        return out


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> dict[str, Any]:
    """A one-line excerpt around [start, end) and where the span sits in it."""
    a = max(0, start - width)
    b = min(len(text), end + width)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text) else ""
    excerpt = prefix + text[a:b].translate(_CONTROL) + suffix
    return {"text": excerpt, "offset": len(prefix) + start - a, "length": end - start}


@dataclass
class Report:
    tool: dict[str, Any]
    stats: dict[str, Any]
    language: dict[str, Any]
    issues: list[Issue]
    quality: dict[str, Any]
    input: dict[str, Any] = field(default_factory=dict)
    #: optional sections added by later stages: scores, source, alignment...
    sections: dict[str, Any] = field(default_factory=dict)
    text: str = ""

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"tqcheck": self.tool}
        if self.input:
            out["input"] = self.input
        out["stats"] = self.stats
        out["language"] = self.language
        out["issues"] = [i.to_dict() for i in self.issues]
        out.update(self.sections)
        out["quality"] = self.quality
        if include_text:
            out["text"] = self.text
        return out

    @property
    def worst(self) -> str | None:
        if not self.issues:
            return None
        return max((i.severity for i in self.issues), key=SEVERITY_RANK.__getitem__)

    def fails(self, fail_on: str) -> bool:
        """True when an issue is at or above ``fail_on`` (``never``: never)."""
        if fail_on == "never":
            return False
        return any(severity_at_least(i.severity, fail_on) for i in self.issues)
