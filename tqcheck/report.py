"""Issues and reports, and the one dict form every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

from .quality import Quality as Quality  # re-exported: the report contract
from .quality import kind
from .taxonomy import SEVERITY_RANK, severity_at_least

#: an issue's severity (``taxonomy.SEVERITIES``, mildest first)
Severity = Literal["neutral", "minor", "major", "critical"]
#: which text an offset points into
Side = Literal["target", "source"]


class Context(TypedDict):
    """``Issue.context``: a one-line excerpt and where the span sits in it."""

    text: str
    offset: int
    length: int


class Related(TypedDict):
    """``Issue.related``: the other span a finding was judged against."""

    side: str  # "target" or "source"
    start: int
    end: int
    text: str


class Tool(TypedDict):
    """``Report.tool`` (the report's ``tqcheck`` section)."""

    name: str
    version: str
    ruleset: str  # "sha256:" and 16 hex digits: the active rules' fingerprint


class Stats(TypedDict):
    """``Report.stats``: counts over the checked text (all segments together)."""

    characters: int
    words: int
    sentences: int
    paragraphs: int
    lines: int


class Language(TypedDict):
    """``Report.language``: the expected language and what was detected."""

    expected: str
    detected: str | None
    confidence: float | None
    method: str | None


CONTEXT_CHARS = 40
#: characters an excerpt shows as a space, so that it stays on one line
_CONTROL = ("\n", "\r", "\t", "\u2028", "\u2029")


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding, located in the submitted text.

    ``start``/``end`` are code-point offsets (half-open) into the text of
    ``side`` (``target`` or ``source``); ``line``/``column`` are 1-based.
    """

    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    context: Context
    suggestions: tuple[str, ...] = ()
    side: Side = "target"
    segment: str | None = None
    #: ``{"side", "start", "end", "text"}``: the other span the finding was judged against
    related: Related | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "kind": kind(self.severity),
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


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> Context:
    """A one-line excerpt around [start, end) and where the span sits in it."""
    a = max(0, start - width)
    b = min(len(text), end + width)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text) else ""
    excerpt = text[a:b]
    # one replace per character (a scan in C that returns the string itself
    # when the character is absent): str.translate with a table looks up
    # every character in a dict, 4.5 µs an excerpt against 0.5
    for c in _CONTROL:
        excerpt = excerpt.replace(c, " ")
    excerpt = prefix + excerpt + suffix
    return {"text": excerpt, "offset": len(prefix) + start - a, "length": end - start}


@dataclass
class Report:
    tool: Tool
    stats: Stats
    language: Language
    issues: list[Issue]
    quality: Quality
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
    def worst(self) -> Severity | None:
        if not self.issues:
            return None
        return max((i.severity for i in self.issues), key=SEVERITY_RANK.__getitem__)

    def fails(self, fail_on: str) -> bool:
        """True when an issue is at or above ``fail_on`` (``never``: never).

        The severity gate alone; the verdict, which also weighs the score,
        is ``quality["pass"]``."""
        if fail_on == "never":
            return False
        return any(severity_at_least(i.severity, fail_on) for i in self.issues)
