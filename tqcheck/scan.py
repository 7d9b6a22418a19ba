"""Finding places in a text faster than a scan of the whole of it.

A regular-expression scan costs 5-15 ms per megabyte however rare its first
character; ``str.find`` reaches a literal several times faster. These
helpers list where literals occur (all places, or one per run) and yield
what a pattern's scan would find when it is tried at such places only.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator


def matches_at(rx: re.Pattern[str], text: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text)`` yields, when every match starts at one of
    ``positions`` (increasing): each match, the next one tried from its end."""
    end = 0
    for pos in positions:
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def places(text: str, *needles: str) -> list[int]:
    """Every offset where one of ``needles`` starts (overlaps included), in order."""
    found = set()
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            found.add(i)
            i = text.find(needle, i + 1)
    return sorted(found)


def run_starts(text: str, needle: str, run: re.Pattern[str]) -> list[int]:
    """Where ``needle`` occurs, once per run: after each place the search
    goes on where ``run``, matched there, ends. For a mark repeated a
    hundred thousand times (",,,,", a page of spaces) this is one place, not
    one per character."""
    out: list[int] = []
    pos = 0
    while True:
        i = text.find(needle, pos)
        if i < 0:
            return out
        out.append(i)
        m = run.match(text, i)
        pos = max(m.end() if m else i, i + 1)
