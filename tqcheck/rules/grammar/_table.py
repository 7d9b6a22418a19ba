"""Word confusions written as data: a table of lines such as

    here -> hear  prev can|could|don't  next you|from|$   :: I can't ⟦here⟧ you.

read "the word ``here`` should be ``hear`` when the word before it is
``can``, ``could`` or ``don't`` and the word after it is ``you``, ``from``
or nothing (punctuation or the end)". The head may be several words
(``all most -> almost``); the whole head is the reported span. What
follows ``::`` is a bad example of the line, with its span marked: the
rule's examples are these, so every line is tested.

Conditions (all must hold; ``!`` before a key negates it):

``prev``/``prev2``/``prev3`` WORDS
    the word one, two or three before the head is one of WORDS (lower
    case, ``’`` read as ``'``); ``$`` in WORDS is "no word there in the
    same stretch of prose" (the text starts, or punctuation comes between).
``next``/``next2``/``next3`` WORDS
    the same after the head.
``prevtag``/``nexttag``/``next2tag``/``next3tag`` TAGS
    the tag the tagger picks for that word (``Document.tagged``).
``nextpos``/``next2pos`` TAGS
    any tag that word can have.
``nextonly``/``next2only`` TAGS
    every tag that word can have is one of TAGS.
``gapbefore``/``gapafter`` MARKS
    the text between the head and the word before / after it, spaces
    removed, is one of MARKS (``,`` ``.`` ``?``; ``^`` for nothing at all:
    the start or end of the text).
``cap`` / ``lower`` / ``nextlower``
    the head starts with a capital / is all lower case / the next word
    is joined to it and starts with a lower-case letter.

``@NAME`` in WORDS stands for one of the word sets in ``SETS``. Words are
compared as whole words joined by spaces only (``U.S.`` then ``it`` are
not joined), so a rule never reads across a sentence or a comma.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from ...rule import Example, Finding, bad, match_case
from ...text import index_words

SETS = {
    "MODAL": "can could will would shall should may might must cannot can't couldn't won't wouldn't shan't "
             "shouldn't mustn't mightn't 'll",
    "SUBJ": "i you he she we they",
    "DET": "a an the this that these those my your his her its our their",
    "POSS": "my your his her its our their",
    "OBJ": "me you him her it us them",
    "BE": "am is are was were be been being 'm 're 's i'm you're we're they're he's she's it's that's isn't "
          "aren't wasn't weren't",
    "PREP": "of in on at to for with from into by about under over through between among against without "
            "within during behind onto upon toward towards across beyond despite around",
}
_SETS = {k: frozenset(v.split()) for k, v in SETS.items()}

_WORD_KEYS = {"prev": -1, "prev2": -2, "prev3": -3, "next": 1, "next2": 2, "next3": 3}
_TAG_KEYS = {"prevtag": -1, "nexttag": 1, "next2tag": 2, "next3tag": 3}
_POS_KEYS = {"nextpos": 1, "next2pos": 2}
_ONLY_KEYS = {"nextonly": 1, "next2only": 2}
_GAP_KEYS = {"gapbefore": -1, "gapafter": 1}
_FLAGS = {"cap", "lower", "nextlower"}


@dataclass(frozen=True, slots=True)
class Entry:
    head: tuple[str, ...]
    fix: str
    conds: tuple[tuple[str, int, bool, frozenset[str]], ...]  # (kind, offset, negated, values)
    flags: frozenset[str]
    example: Example
    line: str
    #: the words one of which must stand right before / after the head, when
    #: a condition says so: a set lookup that rules out most places of a
    #: common head word (``to``, ``of``) before anything else is read
    need_prev: frozenset[str] | None = None
    need_next: frozenset[str] | None = None


#: each distinct condition read once: the tables repeat many (``the|a|an``, ``@MODAL``), and reading
#: them word by word was most of the 6 ms a process spent parsing the confusion tables at start-up
_VALUES: dict[tuple[str, bool], frozenset[str]] = {}


def _values(spec: str, words: bool) -> frozenset[str]:
    got = _VALUES.get((spec, words))
    if got is None:
        got = _VALUES[(spec, words)] = _read_values(spec, words)
    return got


def _read_values(spec: str, words: bool) -> frozenset[str]:
    if not words:
        return frozenset(spec.split("|"))  # tags
    if "@" not in spec:  # lower case and ``’`` read as ``'``, the whole spec at once: no word holds a "|"
        return frozenset(spec.lower().replace("’", "'").split("|"))
    out: set[str] = set()
    for v in spec.split("|"):
        if v.startswith("@"):
            out |= _SETS[v[1:]]
        else:
            out.add(v.lower().replace("’", "'"))
    return frozenset(out)


def parse(text: str) -> tuple[Entry, ...]:
    entries = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, _, example = line.partition("::")
        head_fix, *_ = body.split("  ", 1)
        rest = body[len(head_fix):].split()
        head, _, fix = head_fix.partition(" -> ")
        assert fix and example.strip(), line
        conds = []
        flags = set()
        toks = iter(rest)
        for tok in toks:
            if tok in _FLAGS:
                flags.add(tok)
                continue
            neg = tok.startswith("!")
            key = tok.lstrip("!")
            spec = next(toks)
            for kind, table in (("word", _WORD_KEYS), ("tag", _TAG_KEYS), ("pos", _POS_KEYS), ("only", _ONLY_KEYS),
                                ("gap", _GAP_KEYS)):
                if key in table:
                    conds.append((kind, table[key], neg, _values(spec, kind == "word")))
                    break
            else:
                raise ValueError(f"unknown condition {key!r} in {line!r}")
        ex = example.strip()
        need = {off: values for kind, off, neg, values in conds
                if kind == "word" and not neg and off in (-1, 1) and "$" not in values}
        entries.append(Entry(tuple(head.lower().split()), fix.strip(), tuple(conds), frozenset(flags),
                             bad(ex, _fixed(ex, fix.strip())), line, need.get(-1), need.get(1)))
    return tuple(entries)


def _fixed(marked: str, fix: str) -> str:
    """The fix as the example's span should read (its capitals)."""
    found = marked[marked.index("⟦") + 1:marked.index("⟧")]
    return match_case(fix, found)


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All of ``sets`` joined, or None if one of them is None (no constraint)."""
    out: set[str] = set()
    for x in sets:
        if x is None:
            return None
        out |= x
    return frozenset(out)


class Table:
    """Entries grouped by the first word of their head; ``find(doc)`` yields
    a finding per place where an entry holds (the first entry that holds
    at a place wins)."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries
        self.by_first: dict[str, list[Entry]] = {}
        for e in entries:
            self.by_first.setdefault(e.head[0], []).append(e)
        index_words(self.by_first)
        self.first_words = frozenset(self.by_first)
        # the words one of which must follow / precede a head word for any of
        # its entries to hold (None: no such constraint), to thin out the
        # places of a common head word in one pass
        self.group_next: dict[str, frozenset[str] | None] = {}
        self.group_prev: dict[str, frozenset[str] | None] = {}
        for first, group in self.by_first.items():
            nexts = [frozenset(e.head[1:2]) if len(e.head) > 1 else e.need_next for e in group]
            prevs = [e.need_prev for e in group]
            self.group_next[first] = _union(nexts)
            self.group_prev[first] = _union(prevs)

    @property
    def examples(self) -> list[Example]:
        return [e.example for e in self.entries]

    def find(self, doc) -> Iterator[Finding]:
        keys = doc.word_keys
        n = len(keys)
        hits: list[tuple[int, str]] = []
        for first in doc.keys_present(self.first_words):
            at = doc.word_positions(first)
            if not at:
                continue
            after, before = self.group_next[first], self.group_prev[first]
            if after is not None:
                at = [i for i in at if i + 1 < n and keys[i + 1] in after]
            elif before is not None:
                at = [i for i in at if i and keys[i - 1] in before]
            hits.extend((i, first) for i in at)
        if not hits:
            return
        tg = None
        for i, first in sorted(hits):
            for e in self.by_first[first]:
                last = i + len(e.head) - 1
                if last >= n:
                    continue
                if e.need_prev is not None and (i == 0 or keys[i - 1] not in e.need_prev):
                    continue
                if e.need_next is not None and (last + 1 >= n or keys[last + 1] not in e.need_next):
                    continue
                if tg is None:
                    tg = doc.tagged
                if len(e.head) > 1 and not all(keys[i + k] == w and tg.joined(i + k)
                                               for k, w in enumerate(e.head) if k):
                    continue
                if not self._holds(e, doc, tg, i, last):
                    continue
                s, end = doc.word_starts[i], doc.word_ends[last]
                if doc.is_protected(s, end):
                    break
                found = doc.text[s:end]
                yield Finding(s, end, args={"fix": match_case(e.fix, found)},
                              suggestions=(match_case(e.fix, found),))
                break

    @staticmethod
    def _at(tg, i: int, last: int, off: int) -> int | None:
        """The word ``off`` places before ``i`` (negative) or after ``last``,
        if every word on the way is joined to the next."""
        if off < 0:
            j = i
            for _ in range(-off):
                if not tg.joined(j):
                    return None
                j -= 1
            return j
        j = last
        for _ in range(off):
            if not tg.joined(j + 1):
                return None
            j += 1
        return j

    def _holds(self, e: Entry, doc, tg, i: int, last: int) -> bool:
        text = doc.word_texts[i]
        if "cap" in e.flags and not text[:1].isupper():
            return False
        if "lower" in e.flags and not text.islower():
            return False
        if "nextlower" in e.flags and not (tg.joined(last + 1) and doc.word_texts[last + 1][:1].islower()):
            return False
        keys = doc.word_keys
        for kind, off, neg, values in e.conds:
            if kind == "gap":
                gap = "".join(_gap(doc, i if off < 0 else last + 1).split())
                if (gap in values or (gap == "" and "^" in values and (i == 0 if off < 0 else last + 1 == len(keys))))\
                        == neg:
                    return False
                continue
            j = self._at(tg, i, last, off)
            if kind == "word":
                ok = ("$" in values) if j is None else keys[j] in values
            elif j is None:
                ok = False
            elif kind == "tag":
                ok = tg.tag(j) in values
            elif kind == "pos":
                ok = not values.isdisjoint(tg.tags(j))
            else:
                ok = tg.tags(j) <= values
            if ok == neg:
                return False
        return True


def _gap(doc, k: int) -> str:
    """``doc._word_gaps[k]`` (what comes before word ``k``; after the last
    word, for ``k`` one past it), read from the text without the sequence's
    checks: a few thousand asks per megabyte."""
    starts = doc.word_starts
    return doc.text[doc.word_ends[k - 1] if k else 0:starts[k] if k < len(starts) else len(doc.text)]


def check_with(table: Table):
    def check(unit, options: Mapping) -> Iterator[Finding]:
        yield from table.find(unit.target)

    return check
