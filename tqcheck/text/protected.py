"""Spans that punctuation and spacing rules must leave alone: URLs and e-mails.

Every pattern is anchored on a literal (``://``, ``www.``, ``@``) so a scan
is linear in the text length even on adversarial input such as a megabyte
of letters with no spaces.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_URL_CHARS = r"[^\s<>\"“”‘’\[\]{}|\\^`，。；：！？（）、《》【】]"
URL_RE = re.compile(
    rf"(?:\b(?:https?|ftp|file)://|\bwww\.){_URL_CHARS}+", re.IGNORECASE
)

# Bare domains (toutiao.com, gov.cn) are protected too; the TLD list keeps
# sentence ends such as "in a.m.Then" from being mistaken for a host name.
_TLDS = (
    "com|org|net|edu|gov|int|mil|info|biz|io|ai|app|dev|co|cn|hk|tw|mo|jp|kr|uk|"
    "us|eu|de|fr|ru|in|au|ca|sg|nz|ch|nl|se|no|es|it|pl|be|br|mx"
)
DOMAIN_RE = re.compile(
    rf"(?<![\w.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}}\.)+(?:{_TLDS})\b(?:/{_URL_CHARS}*)?"
)

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


def find_protected(text: str) -> list[Span]:
    """URLs, bare domains and e-mail addresses, sorted and non-overlapping."""
    spans = []
    for m in URL_RE.finditer(text):
        end = _trim(text, m.start(), m.end())
        if end - m.start() > 4:
            spans.append(Span(m.start(), end, "url"))
    if "@" in text:
        spans.extend(_emails(text))
    for m in DOMAIN_RE.finditer(text):
        spans.append(Span(m.start(), _trim(text, m.start(), m.end()), "url"))
    spans.sort()
    merged: list[Span] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end, merged[-1].kind)
            continue
        merged.append(s)
    return merged
