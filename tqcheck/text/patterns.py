"""Text helpers for building and running word-list patterns, shared by the
rule engine (``tqcheck.rule``), the rules and the glossary matcher.

They live here, below all of those, so the glossary does not import the rule engine.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from ..cache import Kept

_FOLD: dict[int, str] = {}


#: tries already built, kept between runs: the rules' phrase tables build
#: the same patterns in every process (0.02 s of a command-line check);
#: short lists (a document's names) are cheap to build and not kept
_TRIES: Kept | None = None
MEMO_FROM = 64


def _build(key: tuple[str, tuple[str, ...]]) -> str:
    return _trie_pattern(key[1], key[0])


def _tries() -> Kept:
    global _TRIES
    if _TRIES is None:
        from ..cache import Kept, source_key

        _TRIES = Kept(_build, "tries", lambda: (source_key(__file__),), size=4096, keep=512, min_new=1)
    return _TRIES


def trie_pattern(words, guard: str = "", *, keep: bool = True) -> str:
    """A regex matching any of ``words``, factored as a prefix tree; a space
    in a word matches any run of whitespace. Longer words win, as in an
    alternation sorted longest first.

    ``guard``, a zero-width assertion, goes right after each word's first
    character. A look-behind for the word's left edge written there, such
    as ``(?<![\\w-][\\s\\S])``, keeps the pattern opening on literals, which
    ``re`` skips to in C: worth it when the words open on rare characters
    (capitals), not when they open on most letters of the alphabet.
    ``keep=False`` for words of one document, which no other run asks for."""
    # the pattern depends on the set of words only (the tree is built from
    # all of them and read in sorted order), so that is the key
    key = (guard, tuple(sorted(set(words))))
    if len(key[1]) < MEMO_FROM or not keep:
        return _trie_pattern(key[1], guard)
    return _tries()[key]


def _trie_pattern(words, guard: str) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, after: str = "") -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + after + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, guard)


def fold(text: str) -> str:
    """Drop diacritics from precomposed Latin letters, one code point for one
    code point, so offsets into the folded text are offsets into the text."""
    missing = {ord(c) for c in set(text) if ord(c) > 127 and ord(c) not in _FOLD}
    for cp in missing:
        nfd = unicodedata.normalize("NFD", chr(cp))
        _FOLD[cp] = nfd[0] if len(nfd) > 1 and nfd[0].isascii() and nfd[0].isalpha() else chr(cp)
    return text.translate(_FOLD) if any(ord(c) > 127 for c in text) else text


#: a character other than a space that a word may start after (not one of
#: ``[\w'’-]``), and more (any character outside ASCII, any capital), before
#: a letter a-z: a test of ASCII ranges per character, which ``re`` runs far
#: faster than the ``\w`` of a look-behind at every place
_OTHER_EDGE = re.compile(r"[^a-z0-9'’ -](?=[a-z])")


def other_edges(text: str) -> list[int]:
    """The places after an edge other than a space where a word opening on
    a-z can start (``_OTHER_EDGE``): the same for every body, so a document's
    scans share them (``lowered_edges``)."""
    return list(map(re.Match.end, _OTHER_EDGE.finditer(text)))


def lowered_edges(doc, text: str) -> list[int] | None:
    """``other_edges(text)`` kept with the document when ``text`` is its lower
    case (``Document.lowered``, which ``caseless`` is when it is not None):
    the phrase rules' shared scan and ``consistency.compounds`` both scan it,
    and this part (a character class tried at every character) is the same
    for both. None for any other text."""
    if text is not doc.lowered:
        return None
    return doc.memo("text.lowered-edges", lambda d: other_edges(d.lowered))


def edge_starts(text: str, body: str, edges: Sequence[int] | None = None) -> list[int]:
    """Every place where ``(?<![\\w'’-])(?=BODY)`` matches in ``text``, in
    order; ``body`` must match only strings that open on a letter a-z.

    That pattern tries its look-behind at every character of the text. Here
    the places after a space come from a pattern that opens on the space,
    which ``re`` skips to in C, and the few after any other edge (a line
    break, a quotation mark, a full stop) from a scan for them, each tried
    with the whole pattern; so is the start of the text. A place after
    ``[\\w'’-]`` is no match, so none is missed."""
    return EdgeScan(body)(text, edges)


class EdgeScan:
    """``edge_starts(text, body)`` with its two patterns compiled once: a
    body used on every document (the phrase rules' shared trie, 14,000
    characters) cost each call two lookups in ``re``'s cache, each hashing
    a new pattern string as long as the body, a third of the scan of a
    short text."""

    __slots__ = ("full", "spaced")

    def __init__(self, body: str, *, keep: bool = False) -> None:
        full, spaced = rf"(?<![\w'’-])(?={body})", rf" (?={body})"
        if keep:  # a body of the rules' tables, not of one document: compiled once, not in every run
            from .. import regex_cache

            regex_cache.keep(full)
            regex_cache.keep(spaced)
        self.full = re.compile(full)
        self.spaced = re.compile(spaced)

    def __call__(self, text: str, edges: Sequence[int] | None = None) -> list[int]:
        """``edges``: ``other_edges(text)``, when the caller has them."""
        found = [m.start() + 1 for m in self.spaced.finditer(text)]
        match = self.full.match
        other = [p for p in (other_edges(text) if edges is None else edges) if match(text, p) is not None]
        if text and match(text, 0) is not None:
            other.append(0)
        if other:
            found = sorted(found + other)
        return found
