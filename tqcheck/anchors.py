"""What should come through translation unchanged: URLs, e-mail addresses,
handles, hashtags and Latin-script tokens (acronyms, product names) that
appear in a Chinese source.

Found by scanning for a literal (``@``, ``#``) or a Latin letter, so the
cost is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .text import Document

#: Latin-script tokens in Chinese text: WTO, iPhone, COVID-19, 5G, A380, Robotaxi.
#: A joined part of digits only does not take the number of a Chinese date
#: or time after it ("08H00-7月26日" is 08H00, then July 26).
LATIN_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])[0-9]*[A-Za-z][A-Za-z0-9]*"
    r"(?:[-.&+'’](?:[0-9]*[A-Za-z][A-Za-z0-9]*|[0-9]+(?![0-9]|[年月日号时点分]|\s?[年月日号]|\.[0-9])))*"
)
#: a clock time written 08H00 / 8h30 (French style): a time, not a name
_CLOCK_H = re.compile(r"[0-2]?[0-9][Hh][0-5][0-9]")
HANDLE = re.compile(r"(?<![A-Za-z0-9_@.])@[A-Za-z0-9_]{2,30}(?![A-Za-z0-9_])(?!\.[A-Za-z])")
HASHTAG = re.compile(r"(?<![A-Za-z0-9_#&])#[A-Za-z][A-Za-z0-9_]{1,50}(?![A-Za-z0-9_])")
# ASCII-bounded: in Chinese text a URL ends at the first Han character, and
# \b finds no boundary between 见 and www. Each pattern can only start at
# the beginning of a run (the look-behind), which keeps the scan linear.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
URL = re.compile(rf"(?<![A-Za-z0-9.])(?:(?:https?|ftp)://|www\.){_URL_CHARS}+", re.IGNORECASE)
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TLDS = (
    "com|org|net|edu|gov|int|mil|info|biz|io|ai|app|dev|co|cn|hk|tw|mo|jp|kr|uk|"
    "us|eu|de|fr|ru|in|au|ca|sg|nz|ch|nl|se|es|it|pl|be|br|mx"
)
DOMAIN = re.compile(rf"(?<![A-Za-z0-9.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}\.)+(?:{_TLDS})(?![A-Za-z0-9-])(?:/{_URL_CHARS}*)?", re.IGNORECASE)
_TRAILING = ".,;:!?')]"

MAX_TOKEN = 40
#: unit symbols and words a translator may spell out or that read alike
UNIT_SYMBOLS = frozenset(
    "km kg cm mm m g t l ml mg kw kwh mw gw w v a hz mhz ghz gb mb kb tb pm am km2 m2 m3 h min s "
    "ph vs no".split()
)


class Anchor(NamedTuple):
    start: int
    end: int
    kind: str  # "url", "email", "handle", "hashtag", "latin"
    text: str


def find(doc: Document) -> list[Anchor]:
    """URLs, e-mails, handles, hashtags and Latin tokens of ``doc``, sorted,
    each span reported once (a URL's letters are not also Latin tokens)."""
    return doc.memo("_tqcheck_anchors", _find)


def _find(doc: Document) -> list[Anchor]:
    text = doc.text
    out = links(text)
    taken = [(a.start, a.end) for a in out]
    for rx, mark, kind in ((HANDLE, "@", "handle"), (HASHTAG, "#", "hashtag")):
        if mark in text:
            out.extend(Anchor(m.start(), m.end(), kind, m.group(0)) for m in rx.finditer(text)
                       if not _inside(m.start(), taken))
    out.sort()
    taken = [(a.start, a.end) for a in out]
    for m in LATIN_TOKEN.finditer(text):
        if _inside(m.start(), taken):
            continue
        out.append(Anchor(m.start(), m.end(), "latin", m.group(0)))
    out.sort()
    return out


def links(text: str) -> list[Anchor]:
    """URLs, bare domains and e-mail addresses, sorted, not overlapping."""
    found: list[Anchor] = []
    if "://" in text or "www." in text.lower():
        for m in URL.finditer(text):
            found.append(_trimmed(text, m.start(), m.end(), "url"))
    if "@" in text:
        found.extend(Anchor(m.start(), m.end(), "email", m.group(0)) for m in EMAIL.finditer(text))
    if "." in text:
        found.extend(_trimmed(text, m.start(), m.end(), "url") for m in DOMAIN.finditer(text))
    found.sort(key=lambda a: (a.start, -a.end))
    out: list[Anchor] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _trimmed(text: str, start: int, end: int, kind: str) -> Anchor:
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return Anchor(start, end, kind, text[start:end])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``spans`` sorted and not overlapping."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def is_checkable_latin(token: str) -> bool:
    """Latin tokens worth expecting in the translation: two or more letters
    or letters with digits (5G, A380), but not a unit symbol (km, 5kg)."""
    if len(token) > MAX_TOKEN:
        return False  # a run of letters, not a name
    if _CLOCK_H.fullmatch(token):
        return False  # 08H00 is eight o'clock, which a translation writes 08:00 or 8 a.m.
    letters = sum(c.isalpha() for c in token)
    if letters < 2 and not any(c.isdigit() for c in token):
        return False
    rest = token.lstrip("0123456789.").rstrip(".")
    if len(rest) == 1 and rest.isupper():
        return True  # 5G, 3D, 4K
    return rest.lower() not in UNIT_SYMBOLS


def normalise(token: str) -> str:
    """Case, hyphens, dots and spaces do not matter: COVID-19 ~ Covid 19."""
    return re.sub(r"[-.\s’'&+_]", "", token).lower()


def appears_in(token: str, text: str, lowered: Lowered | None = None) -> bool:
    """Is ``token`` in ``text`` as a whole word, up to case, hyphens and dots?

    ``lowered`` is ``Lowered(text)``, for callers that ask about many tokens
    of one text: the pattern is first tried where the token is written as
    it is (a plain substring search) and searched for in the whole text
    only when that fails. The answer is the same; a case-insensitive regex
    search, which has no literal prefix to skip by, read on average half a
    long text per token.
    """
    pattern = _pattern(token)
    if lowered is not None and lowered.low is not None and lowered.text is text:
        low, key = lowered.low, token.lower()
        i = low.find(key) if key else -1
        for _ in range(MAX_CANDIDATES):
            if i < 0:
                break
            if pattern.match(text, i):
                return True
            i = low.find(key, i + 1)
    return pattern.search(text) is not None


#: places tried by substring search before one regex search of the text
MAX_CANDIDATES = 50


class Lowered:
    """A text and its ``lower()``, whose offsets are the text's (``low`` is
    None in the rare text where lower-casing changes the length)."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else None


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(token: str) -> re.Pattern[str]:
    p = _PATTERNS.get(token)
    if p is None:
        parts = [re.escape(c) for c in re.sub(r"[-.\s’'&+_]", "", token)]
        body = r"[-.\s’'&+_]?".join(parts)
        p = re.compile(rf"(?<![A-Za-z0-9]){body}(?:e?s)?(?![A-Za-z0-9])", re.IGNORECASE)
        if len(_PATTERNS) > 4096:
            _PATTERNS.clear()
        _PATTERNS[token] = p
    return p
