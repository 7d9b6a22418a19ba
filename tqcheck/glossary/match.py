"""Find glossary terms in documents, once per (glossary, document).

All target terms (approved and forbidden) compile into one prefix-tree
regex, so a glossary of thousands of terms costs one linear scan, each
position trying at most one path per character. Matching is
case-insensitive and accent-insensitive (``Antonio`` finds ``António``);
each hit then says how the text differs from the term it matched, which is
what the terminology rules judge.

Many entries can share one matched key (16,000 entries that all forbid
``the``). Which of them a hit reads as is decided by lookups prepared once
per key (``_Readings``), not by a pass over every entry sharing the key at
every occurrence: the scan costs text plus hits, whatever the entries.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..text import Document
from ..text.chars import CJK
from ..text.patterns import fold, trie_pattern
from .model import Entry, Glossary

APPROVED, FORBIDDEN = "approved", "forbidden"
EXACT, CASE, ACCENT = "exact", "case", "accent"
_START = r"(?:(?<!\w)|(?=\W))"
_END = r"(?:(?<=\w)(?!\w)|(?<!\w))"
_CJK_RE = re.compile(f"[{CJK}]")
_WS = re.compile(r"\s+")


class Hit(NamedTuple):
    start: int
    end: int
    entry: Entry
    kind: str  # APPROVED or FORBIDDEN
    term: str  # the glossary term matched
    form: str  # EXACT, CASE (capitalisation differs) or ACCENT (diacritics differ)


class SourceHit(NamedTuple):
    start: int
    end: int
    entries: tuple[Entry, ...]


def _key(text: str) -> str:
    return _WS.sub(" ", fold(text)).casefold()


class Matcher:
    def __init__(self, glossary: Glossary) -> None:
        self.by_key: dict[str, list[tuple[Entry, str, str]]] = {}
        for entry in glossary:
            for kind, term in [(APPROVED, entry.target)] + [(FORBIDDEN, f) for f in entry.forbidden]:
                term = " ".join(term.split())
                self.by_key.setdefault(_key(term), []).append((entry, kind, term))
        self.readings = {k: _Readings(v) for k, v in self.by_key.items()}
        keys = sorted(self.by_key)
        self.target_rx = re.compile(_START + "(?:" + trie_pattern(keys) + ")" + _END, re.IGNORECASE) if keys else None
        sources: dict[str, list[Entry]] = {}
        for entry in glossary:
            if entry.source:
                sources.setdefault(_key(entry.source), []).append(entry)
        self.sources = {k: tuple(v) for k, v in sources.items()}
        cjk = sorted(k for k in self.sources if _CJK_RE.search(k))
        latin = sorted(k for k in self.sources if not _CJK_RE.search(k))
        parts = []
        if cjk:
            parts.append("(?:" + trie_pattern(cjk) + ")")
        if latin:
            parts.append(_START + "(?:" + trie_pattern(latin) + ")" + _END)
        self.source_rx = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def find(self, text: str) -> list[Hit]:
        if self.target_rx is None:
            return []
        hits = []
        for m in self.target_rx.finditer(fold(text)):
            found = " ".join(text[m.start():m.end()].split())
            readings = self.readings.get(_key(found))
            best = readings.pick(found) if readings is not None else None
            if best is not None:
                hits.append(Hit(m.start(), m.end(), *best))
        return hits

    def find_sources(self, text: str) -> list[SourceHit]:
        if self.source_rx is None:
            return []
        out = []
        for m in self.source_rx.finditer(fold(text)):
            entries = self.sources.get(_key(m.group(0)))
            if entries:
                out.append(SourceHit(m.start(), m.end(), entries))
        return out


class _Readings:
    """How a text matching one key reads, prepared once for all its entries.

    The rule: an exact term first, then one that differs only in
    capitalisation, then only in accents; at each rank an approved term
    before a forbidden one, and the first listed among equals. A
    case-sensitive forbidden variant forbids its own spelling only.
    ``pick`` answers with two dictionary lookups what a pass over every
    candidate would (``tests/glossary/test_scale.py`` checks that it does).
    """

    __slots__ = ("exact", "case", "other")

    def __init__(self, candidates) -> None:
        self.exact: dict[str, tuple] = {}
        self.case: dict[str, tuple] = {}
        self.other: tuple | None = None
        for entry, kind, term in candidates:
            c = (entry, kind, term)
            _prefer(self.exact, term, c)
            if kind == FORBIDDEN and entry.case_sensitive:
                continue  # never read in another form
            _prefer(self.case, term.casefold(), c)
            if self.other is None or (self.other[1] == FORBIDDEN and kind != FORBIDDEN):
                self.other = c

    def pick(self, found: str) -> tuple[Entry, str, str, str] | None:
        c = self.exact.get(found)
        if c is not None:
            return (*c, EXACT)
        c = self.case.get(found.casefold())
        if c is not None:
            return (*c, CASE)
        # no candidate the rules may read here shares found's capitals-folded
        # form, so the first one (approved first) differs in accents
        if self.other is not None:
            return (*self.other, ACCENT)
        return None


def _prefer(table: dict[str, tuple], key: str, c: tuple) -> None:
    """Keep the first approved candidate for ``key``, else the first forbidden one."""
    have = table.get(key)
    if have is None or (have[1] == FORBIDDEN and c[1] != FORBIDDEN):
        table[key] = c


@lru_cache(maxsize=8)
def matcher(glossary: Glossary) -> Matcher:
    return Matcher(glossary)


def hits(glossary: Glossary, doc: Document) -> tuple[Hit, ...]:
    """Every glossary term in the document. Three rules ask, so the answer
    is kept with the document (not in a cache that would keep old
    documents alive)."""
    return doc.memo((hits, glossary), lambda d: tuple(matcher(glossary).find(d.text)))


def source_hits(glossary: Glossary, doc: Document) -> tuple[SourceHit, ...]:
    return doc.memo((source_hits, glossary), lambda d: tuple(matcher(glossary).find_sources(d.text)))
