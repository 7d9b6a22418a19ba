"""Spans that punctuation and spacing rules must leave alone: URLs, e-mails and
wiki markup (``[[link|text]]``, a line of interlanguage links ``fr:Ada de:Ada``).

Every pattern is anchored on a literal (``://``, ``www.``, ``@``) so a scan
is linear in the text length even on adversarial input such as a megabyte
of letters with no spaces.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..scan import matches_at, places

_URL_CHARS = r"[^\s<>\"“”‘’\[\]{}|\\^`，。；：！？（）、《》【】]"
# Anchored on "://" and "www." literals: re finds those with a fast
# substring search, then the host part is grown by hand to the left.
URL_RE = re.compile(rf"(?:://|www\.){_URL_CHARS}+", re.IGNORECASE)
_SCHEMES = ("https", "http", "ftp", "file")

# Bare domains (toutiao.com, gov.cn): found from the ".tld" literal and grown
# to the left over host characters; the TLD list keeps "ends.Then" out.
_TLDS = (
    "com|org|net|edu|gov|int|mil|info|biz|io|ai|app|dev|co|cn|hk|tw|mo|jp|kr|uk|"
    "us|eu|de|fr|ru|in|au|ca|sg|nz|ch|nl|se|no|es|it|pl|be|br|mx"
)
TLD_RE = re.compile(rf"\.(?:{_TLDS})(?![\w-])(?:/{_URL_CHARS}*)?")
_HOST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")

_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN_RE = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

_TRAILING = ".,;:!?'\"”’)]}"


class Span(NamedTuple):
    start: int
    end: int
    kind: str


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation that follows a URL, keeping balanced parens."""
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def _emails(text: str):
    # Scan from each '@' outwards: a regex with a leading [\w.]+ would retry
    # from every position of a long word and go quadratic.
    at = text.find("@")
    last_end = 0
    while at != -1:
        left = at
        while left > last_end and text[left - 1] in _LOCAL:
            left -= 1
        m = _DOMAIN_RE.match(text, at + 1)
        if left < at and m:
            start = left
            while start < at and text[start] == ".":
                start += 1
            end = m.end()
            if start < at:
                yield Span(start, end, "email")
                last_end = end
        at = text.find("@", max(at + 1, last_end))


#: every way of writing "www." that URL_RE, ignoring case, opens on
_WWW = frozenset("".join(c.upper() if k >> i & 1 else c for i, c in enumerate("www")) + "." for k in range(8))


def _www_places(text: str) -> list[int]:
    """``places(text, *_WWW)``: each way of writing it ends in ``w.`` or
    ``W.``, two searches where eight cost 5 ms per megabyte."""
    return sorted(p for p in (at - 2 for at in places(text, "w.", "W.")) if p >= 0 and text[p:p + 4] in _WWW)


def _urls(text: str):
    # A case-insensitive scan cannot skip ahead to its literals (0.014 s per
    # megabyte); str.find can, so the scan is tried only where they occur.
    for m in matches_at(URL_RE, text, sorted(places(text, "://") + _www_places(text))):
        start = m.start()
        if text.startswith("://", start):
            scheme = next((s for s in _SCHEMES if text[max(0, start - len(s)):start].lower() == s), None)
            if scheme is None:
                continue
            start -= len(scheme)
            if start > 0 and text[start - 1].isalnum():
                continue
        elif start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./"):
            continue  # "awww.com" or the middle of a URL already found
        end = _trim(text, start, m.end())
        if end - start > 6:
            yield Span(start, end, "url")


def _domains(text: str):
    for m in TLD_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in _HOST:
            start -= 1
        while start < m.start() and not text[start].isalnum():
            start += 1
        if start == m.start() or (start > 0 and text[start - 1] in "@/"):
            continue
        yield Span(start, _trim(text, start, m.end()), "url")


_WIKI_LINK = re.compile(r"\[\[[^\]\n]{0,300}+(?:\]\]|(?=\n)|\Z)")
#: "fr:" in "fr:Démographie de l'Angola": a language code glued to a title
_LANG_PREFIX = re.compile(r"(?<![^\s\[|])[a-z]{2,3}(?:-[a-z]{2,8})?:(?=[^\s/\d:])")


#: a colon with something glued after it, as after ``_LANG_PREFIX``'s code
_GLUED_COLON = re.compile(r":(?=[^\s/\d:])")


def _wiki(text: str):
    """Wiki markup copied with the text: ``[[…]]`` links, and a line holding two
    or more interlanguage links, from the first to the line's end (what follows
    a language code is a title in that language)."""
    if "[[" in text:
        for m in _WIKI_LINK.finditer(text):
            yield Span(m.start(), m.end(), "markup")
    if ":" not in text:
        return
    # each code's colon has a title glued after it (``_LANG_PREFIX``'s
    # look-ahead): only a line with two such colons can hold two links, and
    # the scan for them, which tries its look-behind at every character,
    # runs on those lines alone (news has many colons, followed by a space
    # or a time's digits, and few such lines)
    line_start, line_end, glued = -1, -1, 0
    for m in _GLUED_COLON.finditer(text):
        at = m.start()
        if at >= line_end:  # a new line: the last one's colons are all counted
            if glued >= 2:
                yield from _language_links(text, line_start, line_end)
            # from the last line's break (or the start): each stretch of text is searched once
            line_start = text.rfind("\n", max(line_end, 0), at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            glued = 0
        glued += 1
    if glued >= 2:
        yield from _language_links(text, line_start, line_end)


def _language_links(text: str, line_start: int, line_end: int):
    """The span of a line's interlanguage links, when it holds two or more."""
    found = list(_LANG_PREFIX.finditer(text, line_start, line_end))
    if len(found) >= 2:
        yield Span(found[0].start(), line_end, "markup")


def find_protected(text: str) -> list[Span]:
    """URLs, bare domains, e-mail addresses and wiki markup, sorted and non-overlapping."""
    spans = list(_urls(text))
    if "@" in text:
        spans.extend(_emails(text))
    spans.extend(_wiki(text))
    spans.extend(_domains(text))
    spans.sort()
    merged: list[Span] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end, merged[-1].kind)
            continue
        merged.append(s)
    return merged
