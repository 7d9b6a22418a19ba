"""One abbreviation with and without full stops: ``US`` beside ``U.S.``."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import repeat
from operator import sub

from ...rule import bad, custom, good
from ...scan import matches_at
from ...text.patterns import trie_pattern
from ._vote import Occurrence, minority

# U.S., U.K., U.S.A. (a following letter would make it an initialism of a
# longer word) and bare capitals of the same letters. "US$" is a currency.
# The patterns open on the capital (re skips to it in C); the look-behind after
# it checks that nothing word-like or a full stop comes before.
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,3}(?!\w)")
_EDGE = r"(?<![\w.][\s\S])"
_LINE_FEED = re.compile("\n")


def _shouting(text: str, pos: int, lines: dict[int, bool], breaks: list[int]) -> bool:
    """Inside an all-capitals line ("TELL US NOW"), capitals say nothing.
    ``lines`` keeps the answer per line: a line holds many abbreviations.
    ``breaks`` are the offsets of the text's line feeds, searched rather
    than the text itself (a long text on one line made that quadratic)."""
    k = bisect_right(breaks, pos - 1)  # line feeds before pos
    line_start = breaks[k - 1] + 1 if k else 0
    known = lines.get(line_start)
    if known is None:
        line_end = breaks[k] if k < len(breaks) else -1
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line.isascii():
            # the same counts from two deletions in C, a tenth of the cost: a
            # paragraph is one line, and most that hold an abbreviation are long
            raw = line.encode("ascii")
            letters_n = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
            upper_n = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        else:
            letters = list(filter(str.isalpha, line))
            letters_n, upper_n = len(letters), sum(map(str.isupper, letters))
        known = lines[line_start] = letters_n > 8 and upper_n > 0.6 * letters_n
    return known


#: what ``str.isalpha`` and ``str.isupper`` accept of ASCII
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()


def _dotted(text: str) -> list[re.Match[str]]:
    """``list(_DOTTED.finditer(text))``: every match opens with a capital, a
    full stop, a capital and a full stop, so it starts just before a full
    stop with a capital and a full stop after it. Those full stops are found
    by a pattern that opens on one (``re`` skips to it in C), where the
    pattern itself was tried at every capital of the text (half the rule)."""
    return list(matches_at(_DOTTED, text, map(sub, map(_START, _STOP_CAPITAL_STOP.finditer(text)), repeat(1))))


_STOP_CAPITAL_STOP = re.compile(r"\.(?=[A-Z]\.)")
_START = re.Match.start


def _check(unit, options):
    doc = unit.target
    text = doc.text
    dotted = _dotted(text)
    if not dotted:
        return
    letters = {m.group(0).replace(".", "") for m in dotted}
    occurrences = [Occurrence(m.start(), m.end(), m.group(0).replace(".", ""), m.group(0)) for m in dotted]
    # one of two bare forms that share a start ("US", "USA") is followed by a letter, so the
    # longest-first tree finds what an alternation would
    bare = re.compile("(?:" + trie_pattern(sorted(letters), _EDGE) + r")(?![\w$]|\.\w)")
    lines: dict[int, bool] = {}
    # the line feeds: where each line after the first starts, less one,
    # when no other break (\r) makes a line start
    breaks = [m.start() for m in _LINE_FEED.finditer(text)] if "\r" in text else [s - 1 for s in doc.line_starts[1:]]
    occurrences += [Occurrence(m.start(), m.end(), m.group(0), m.group(0)) for m in bare.finditer(text)
                    if not _shouting(text, m.start(), lines, breaks)]
    yield from minority(unit, occurrences)


ABBREVIATION = custom(
    "consistency.abbreviations",
    _check,
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); write it one way.",
    description="One abbreviation written with and without full stops (US/U.S., UK/U.K.).",
    examples=[
        bad("Despite ⟦US⟧ pressure, the U.S. military and U.S. officials agreed.", "U.S."),
        bad("The U.N. and the ⟦UN⟧ agencies met; the U.N. said so.", "U.N."),
        good("The U.S. military and U.S. officials agreed with us."),
        good("The US military and US officials agreed. It cost US$5 million."),
        good("The U.S. envoy met the USA Today editor.\nTELL US NOW, U.S. FANS."),
    ],
)

RULES = (ABBREVIATION,)
