"""Pair quotation marks in a document, telling apostrophes from quotes.

One linear pass per paragraph. Each mark is classified from its neighbours
(``EU's`` apostrophe, ``'90s`` elision, ``20"`` inch mark, ``"word`` opener,
``word."`` closer), then paired with a stack. The pairing result serves both
the quotation rules (what is unbalanced) and any rule that must know whether
a position lies inside a direct quotation.

Precision choices, each one a false alarm we have seen elsewhere:

* A straight or ``’`` single mark at the start of a word opens a quotation
  only *tentatively*: ``al-'Adad``, ``'Ndrangheta`` or a dropped letter are
  too common to call an unclosed ``'`` an error. A tentative opener that is
  never closed is forgotten silently.
* A single mark after a letter or digit (``students'``, ``Puttin'``,
  ``5'``) closes an open single quotation if there is one, and is otherwise
  an apostrophe or prime. The same holds for ``"`` after a digit (``20"``).
* News convention: a quotation that runs over several paragraphs leaves
  each paragraph open and re-opens at the start of the next. An open
  quotation at a paragraph's end is an error only when the next paragraph
  does not start with an opening mark of the same kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"

MARKS = "\"'“”‘’«»"
_MARK_RE = re.compile(r"[\"'“”‘’«»]")

# Elisions that start with an apostrophe: '90s, '49, 'em, 'n', 'til, 'tis...
_ELISION = re.compile(
    r"(?:\d\d(?:s\b|\b)|em\b|n['’]|n\b|til\b|tis\b|twas\b|cause\b|cos\b|bout\b|"
    r"round\b|cept\b|tween\b|nuff\b|ol\b|kay\b|s\b|d\b|ll\b|re\b|ve\b)",
    re.IGNORECASE,
)

#: Real text never nests quotations this deep; capping the stack keeps every
#: search in it O(1), so a megabyte of stray marks is still linear.
MAX_DEPTH = 32

_OPEN_CONTEXT = set("([{<«“‘—–/\"'") | {"\u3000"}
_CLOSE_CONTEXT = set(")]}>.,;:!?…»”’—–\"'/")


class Mark(NamedTuple):
    pos: int
    char: str


class Problem(NamedTuple):
    kind: str  # "unclosed" | "unmatched" | "mismatched" | "direction"
    start: int
    end: int
    char: str
    other: int  # position of the related mark, or -1
    suggestion: str


class Quotation(NamedTuple):
    start: int  # the opening mark
    end: int  # just past the closing mark, or the paragraph end if unclosed
    kind: str
    closed: bool


@dataclass
class QuoteAnalysis:
    problems: list[Problem] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    #: quotation marks and apostrophes by glyph style, for the mixed-style rule
    straight: list[int] = field(default_factory=list)
    curly: list[int] = field(default_factory=list)


@dataclass
class _Open:
    pos: int
    kind: str
    char: str
    tentative: bool = False


def _kind(ch: str) -> str:
    if ch in "\"“”":
        return DOUBLE
    if ch in "'‘’":
        return SINGLE
    return GUILLEMET


def _classify(text: str, i: int, ch: str, p_start: int, p_end: int, g_open: str):
    """Return one of OPEN, CLOSE, OPT_CLOSE, AMBIG, TENT_OPEN, APOS, plus a
    direction fix (the correct glyph) when a curly mark points the wrong way."""
    p = text[i - 1] if i > p_start else None
    n = text[i + 1] if i + 1 < p_end else None
    left_open = p is None or p.isspace() or p in _OPEN_CONTEXT
    right_close = n is None or n.isspace() or n in _CLOSE_CONTEXT
    p_alnum = p is not None and p.isalnum()
    n_alnum = n is not None and n.isalnum()

    if ch in "«»":
        return ("OPEN" if ch == g_open else "CLOSE"), None
    if ch == '"':
        if p is not None and p.isdigit() and not left_open:
            return "OPT_CLOSE", None
        if left_open and not right_close:
            return "OPEN", None
        if right_close and not left_open:
            return "CLOSE", None
        return "AMBIG", None
    if ch == "“":
        # nothing can follow an opener at a paragraph's end: "expected. “"
        if n is None or (right_close and not left_open):
            return "CLOSE", "”"
        return "OPEN", None
    if ch == "”":
        # "”word" at a start, or glued after punctuation: 'said,”The'
        if n_alnum and (left_open or not p_alnum):
            return "OPEN", "“"
        return "CLOSE", None
    # single marks: ' ‘ ’
    if p_alnum and n_alnum:
        return "APOS", None
    if p == "-" and n_alnum:
        return "APOS", None  # transliterated ayin: al-'Adad
    if left_open and n_alnum:
        if _ELISION.match(text, i + 1):
            return "APOS", ("’" if ch == "‘" else None)
        if ch == "‘":
            return "OPEN", None
        return "TENT_OPEN", None
    if right_close and p_alnum:
        return "OPT_CLOSE", None
    if right_close and not left_open:
        if ch == "‘":
            return "CLOSE", "’"
        return "CLOSE", None
    if left_open and not right_close:
        return ("OPEN", None) if ch == "‘" else ("TENT_OPEN", None)
    return "AMBIG", None


def analyse(text: str, paragraphs: Sequence[tuple[int, ...]], is_protected=lambda pos: False) -> QuoteAnalysis:
    """Pair the quotation marks of *text*; marks inside URLs and e-mail
    addresses (``is_protected``) are not quotation marks."""
    out = QuoteAnalysis()
    g_first = next((c for c in text if c in "«»"), "«") if ("«" in text or "»" in text) else "«"
    stack: list[_Open] = []
    skip_reopen = -1
    for pi, (p_start, p_end, *_rest) in enumerate(paragraphs):
        seen_apos_after_n = -1
        for m in _MARK_RE.finditer(text, p_start, p_end):
            i = m.start()
            ch = m.group(0)
            if is_protected(i):
                continue
            if i == skip_reopen:
                (out.straight if ch in "\"'" else out.curly).append(i)
                continue
            if i == seen_apos_after_n:
                (out.straight if ch in "\"'" else out.curly).append(i)
                continue
            kind = _kind(ch)
            cls, fix = _classify(text, i, ch, p_start, p_end, g_first)
            if ch not in "«»":
                (out.straight if ch in "\"'" else out.curly).append(i)
            if cls == "APOS":
                if fix:
                    out.problems.append(Problem("direction", i, i + 1, ch, -1, fix))
                if i + 2 < p_end and text[i + 1] in "nN" and text[i + 2] in "'’":
                    seen_apos_after_n = i + 2  # rock 'n' roll: both marks
                continue
            if cls == "AMBIG":
                if any(o.kind == kind for o in stack):
                    cls = "CLOSE"
                elif kind == SINGLE:
                    continue
                else:
                    cls = "OPEN"
            if cls in ("OPEN", "TENT_OPEN"):
                if fix:
                    out.problems.append(Problem("direction", i, i + 1, ch, -1, fix))
                stack.append(_Open(i, kind, ch, tentative=(cls == "TENT_OPEN")))
                if len(stack) > MAX_DEPTH:
                    oldest = stack.pop(0)
                    if not oldest.tentative:
                        out.problems.append(Problem("unclosed", oldest.pos, oldest.pos + 1, oldest.char, -1, ""))
                continue
            # a closing mark (CLOSE or OPT_CLOSE)
            j = len(stack) - 1
            while j >= 0 and stack[j].kind != kind:
                j -= 1
            if j >= 0:
                for inner in stack[j + 1:]:
                    if not inner.tentative:
                        out.problems.append(Problem("unclosed", inner.pos, inner.pos + 1, inner.char, i, ""))
                opener = stack[j]
                del stack[j:]
                if fix:
                    out.problems.append(Problem("direction", i, i + 1, ch, -1, fix))
                if opener.char == "’" and opener.tentative:
                    out.problems.append(Problem("direction", opener.pos, opener.pos + 1, "’", i, "‘"))
                out.quotations.append(Quotation(opener.pos, i + 1, kind, True))
                continue
            if cls == "OPT_CLOSE":
                continue
            top = next((o for o in reversed(stack) if not o.tentative), None)
            if top is not None and kind != GUILLEMET and top.kind != GUILLEMET:
                out.problems.append(Problem("mismatched", i, i + 1, ch, top.pos, ""))
                out.quotations.append(Quotation(top.pos, i + 1, top.kind, True))
                del stack[stack.index(top):]
                continue
            out.problems.append(Problem("unmatched", i, i + 1, ch, -1, ""))

        stack = [o for o in stack if not o.tentative]
        if not stack:
            continue
        nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
        outer = stack[0]
        if nxt is not None and _reopens(text, nxt, outer.kind, g_first):
            skip_reopen = nxt
            continue
        for o in stack:
            out.problems.append(Problem("unclosed", o.pos, o.pos + 1, o.char, -1, ""))
            out.quotations.append(Quotation(o.pos, p_end, o.kind, False))
        stack = []
    out.problems.sort()
    out.quotations.sort()
    return out


def _reopens(text: str, pos: int, kind: str, g_open: str) -> bool:
    ch = text[pos]
    if kind == DOUBLE:
        return ch in "\"“"
    if kind == SINGLE:
        return ch in "'‘"
    return ch == g_open
