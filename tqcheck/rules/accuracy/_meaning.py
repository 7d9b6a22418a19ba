"""What the meaning rules read: the aligned sentence pairs of a unit, with
the source segmented into words (jieba's dictionary, as the alignment layer
segments it) and the target into words.

Computed once per unit and kept on the source document. Each rule asks a
plain question of one pair (does the source negate? does the target?), so
the rules stay precise where the pair is one sentence on each side; a pair
is where a source cue must find its counterpart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import partial
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from ...text import Document
from ...unit import Unit

if TYPE_CHECKING:
    from ...bilingual import Alignment


class Tok(NamedTuple):
    """A word and its offsets (a named tuple: a document makes a hundred
    thousand of these, and a frozen dataclass takes twice as long to build)."""

    text: str
    start: int
    end: int


class MPair:
    """One aligned pair: source words (absolute offsets) and target words.

    ``tgt`` is read from ``tgt_text`` when first asked for (pass None), as
    most rules read the target text itself; so is ``src`` (pass None) from
    the source document's words (``doc``), as most rules ask only which
    words the pair holds (``word_set``), which needs no ``Tok`` per word."""

    __slots__ = ("src_start", "src_end", "tgt_start", "tgt_end", "_src", "_tgt", "src_text", "tgt_text", "_src_words",
                 "_view", "_doc")

    def __init__(self, src_start: int, src_end: int, tgt_start: int, tgt_end: int, src: tuple[Tok, ...] | None,
                 tgt: tuple[Tok, ...] | None, src_text: str, tgt_text: str) -> None:
        self.src_start, self.src_end, self.tgt_start, self.tgt_end = src_start, src_end, tgt_start, tgt_end
        self._src, self._tgt, self.src_text, self.tgt_text = src, tgt, src_text, tgt_text
        self._src_words: frozenset[str] | None = None
        self._view: ClauseView | None = None  # where ``src`` comes from when passed None (``as_pair``)
        self._doc: Document | None = None  # or from the source document's words (``_make_pairs``)

    @property
    def src(self) -> tuple[Tok, ...]:
        if self._src is None:
            if self._view is not None:
                self._src = self._view.src
            else:
                assert self._doc is not None
                self._src = _segment_part(self._doc, self.src_start, self.src_end)
        return self._src

    @property
    def tgt(self) -> tuple[Tok, ...]:
        if self._tgt is None:
            self._tgt = _english(self.tgt_text, self.tgt_start)
        return self._tgt

    def __repr__(self) -> str:
        return (f"MPair({self.src_start}, {self.src_end}, {self.tgt_start}, {self.tgt_end}, "
                f"{self.src_text!r}, {self.tgt_text!r})")

    def src_words(self) -> set[str]:
        return set(self.word_set())

    def word_set(self) -> frozenset[str]:
        """The source words as one frozenset, made once: for the rules that
        only test it (``src_words`` gives each caller a copy of its own)."""
        if self._src_words is None:
            if self._src is None and self._view is None and self._doc is not None:
                self._src_words = _word_texts(self._doc, self.src_start, self.src_end)
            else:
                self._src_words = frozenset([t.text for t in self.src])
        return self._src_words

    def tgt_lower(self) -> list[str]:
        return [t.text.lower() for t in self.tgt]


#: ``Tok(text, start, end)`` without the named tuple's ``__new__``, a Python function:
#: the meaning pairs and clause views make 270,000 of them per MB
_tok = partial(tuple.__new__, Tok)


_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[?？]")


def segment(text: str, offset: int = 0) -> tuple[Tok, ...]:
    """Chinese words with offsets: jieba's dictionary through the alignment
    layer's segmenter (``tqcheck.bilingual.segment``)."""
    from ...bilingual.segment import tag

    return tuple(Tok(t.text, offset + t.start, offset + t.end) for t in tag(text) if t.text.strip())


def _segment_part(doc: Document, start: int, end: int) -> tuple[Tok, ...]:
    """``segment(doc.text[start:end], start)``, from the words the alignment
    layer segmented the whole document into (``tags_between``); kept with
    the document by span, as a batch checks one source against each
    system's output (``api.Checker``'s ``reuse_sources``)."""
    parts: dict[tuple[int, int], tuple[Tok, ...]] = doc.memo(_PARTS_KEY, _new_parts)
    got = parts.get((start, end))
    if got is None:
        from ...bilingual.segment import spans_between

        got = parts[start, end] = tuple([_tok((w, s, e)) for s, e, w in spans_between(doc, start, end) if w.strip()])
    return got


def _word_texts(doc: Document, start: int, end: int) -> frozenset[str]:
    """The texts of ``_segment_part(doc, start, end)``'s words, read from
    the document's words without making their ``Tok``s (unless made already)."""
    made = doc.memo(_PARTS_KEY, _new_parts).get((start, end))
    if made is not None:
        return frozenset([t.text for t in made])
    from ...bilingual.segment import texts_between

    return frozenset([w for w in texts_between(doc, start, end) if w.strip()])


_PARTS_KEY = "_tqcheck_meaning_parts"


def _new_parts(doc: Document) -> dict[tuple[int, int], tuple[Tok, ...]]:
    return {}


def _english(text: str, offset: int) -> tuple[Tok, ...]:
    return tuple([_tok((m.group(0), offset + m.start(), offset + m.end())) for m in _EN_WORD.finditer(text)])


def meaning_pairs(unit: Unit) -> list[MPair]:
    src = unit.source
    assert src is not None
    return src.memo_with("_tqcheck_meaning_pairs", unit.target, lambda: _meaning_pairs(unit, src))


def _meaning_pairs(unit: Unit, src: Document) -> list[MPair]:
    from ...align import pairs  # here: a check without a source never aligns
    from ...gcsettle import paused

    ps = pairs(unit)
    with paused():  # a few objects per word, no cycles: see tqcheck.gcsettle
        return _make_pairs(unit, src, ps)


def _make_pairs(unit: Unit, src: Document, ps: list) -> list[MPair]:
    out = []
    for p in ps:
        if p.src_end <= p.src_start or p.tgt_end <= p.tgt_start:
            continue
        s_text = src.text[p.src_start:p.src_end]
        t_text = unit.target.text[p.tgt_start:p.tgt_end]
        mp = MPair(p.src_start, p.src_end, p.tgt_start, p.tgt_end, None, None, s_text, t_text)
        mp._doc = src  # its words made when a rule reads them (``src``), a pair in four or so
        out.append(mp)
    return out


def usable(unit: Unit) -> bool:
    return unit.source is not None and bool(unit.source.text.strip()) and bool(unit.target.text.strip())


#: quoted speech, brackets: where a pair's words may come from another voice
def han_ratio(text: str) -> float:
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return han / max(len(text), 1)


class ClauseView:
    """One source clause (split at ，；：。！？) with the target text its words
    link to, widened to the target's own clause marks (, ; : and the pair's
    edges) so that a word next to the linked ones is inside.

    ``src`` (the clause's words as ``Tok``s) is made when first asked for
    from the alignment's source words ``[first, last)``: the rules read it
    only for a clause whose target is narrower than its pair's, and a
    document has a hundred thousand such words."""

    __slots__ = ("_src", "src_start", "src_text", "tgt_start", "tgt_end", "tgt_text", "pair_tgt", "_words",
                 "_range", "_word_set")

    def __init__(self, src: tuple[Tok, ...] | None, src_start: int, src_text: str, tgt_start: int, tgt_end: int,
                 tgt_text: str, pair_tgt: tuple[int, int], words: list | None = None,
                 word_range: tuple[int, int] = (0, 0)) -> None:
        self._src, self.src_start, self.src_text = src, src_start, src_text
        self.tgt_start, self.tgt_end, self.tgt_text, self.pair_tgt = tgt_start, tgt_end, tgt_text, pair_tgt
        self._words, self._range = words, word_range  # the alignment's source words, and this clause's
        self._word_set: frozenset[str] | None = None

    @property
    def src(self) -> tuple[Tok, ...]:
        if self._src is None:
            first, last = self._range
            self._src = tuple([_tok((w.text, w.start, w.end)) for w in self._words[first:last]])  # type: ignore[index]
        return self._src

    def word_set(self) -> frozenset[str]:
        """The clause's source words as one frozenset, made once (from the
        alignment's words: the texts of ``src`` without making its Toks)."""
        if self._word_set is None:
            if self._src is None:
                first, last = self._range
                self._word_set = frozenset([w.text for w in self._words[first:last]])  # type: ignore[index]
            else:
                self._word_set = frozenset([t.text for t in self._src])
        return self._word_set

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClauseView):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple:
        return (self.src, self.src_start, self.src_text, self.tgt_start, self.tgt_end, self.tgt_text, self.pair_tgt)

    def __repr__(self) -> str:
        return (f"ClauseView({self.src_start}, {self.src_text!r}, {self.tgt_start}, {self.tgt_end}, "
                f"{self.tgt_text!r}, {self.pair_tgt})")


#: one ``\b`` test around the four words, not one per word: the same matches (no word is the
#: start of another), at less than half the cost of ``\band\b|\bbut\b|...`` per pair
_T_CLAUSE_MARK = re.compile(r"[,;:—]|\b(?:and|but|while|which)\b")


def clause_views(unit: Unit) -> list[ClauseView]:
    """The source clauses whose words the lexical alignment links to target
    text (``tqcheck.bilingual``); clauses with no link are left out."""
    src = unit.source
    assert src is not None
    return src.memo_with("_tqcheck_meaning_clauses", unit.target, lambda: _clause_views(unit, src))


def _clause_views(unit: Unit, src: Document) -> list[ClauseView]:
    from ...bilingual import alignment
    from ...gcsettle import paused

    al = alignment(unit)
    if al is None:
        return []
    with paused():  # a few objects per word, no cycles: see tqcheck.gcsettle
        return _make_views(unit, src, al)


_LINKS = attrgetter("links")


def _make_views(unit: Unit, src: Document, al: Alignment) -> list[ClauseView]:
    out: list[ClauseView] = []
    add = out.append
    tgt = unit.target.text
    source, target, pairs_ = al.source, al.target, al.pairs
    # the target's clause marks, found once per pair (a pair has several clauses)
    marks_of: dict[int, tuple[list[int], list[int]]] = {}
    for cl in al.clauses:
        # ``al.clause_target``: target words are in text order and do not overlap, so the
        # first linked word has the least start and the last the greatest end
        links = list(chain.from_iterable(map(_LINKS, source[cl.first:cl.last])))  # in C: no frame per word
        if not links:
            continue
        pr = pairs_[cl.pair]
        p0, p1 = pr.tgt_start, pr.tgt_end
        a, b = max(target[min(links)].start, p0), min(target[max(links)].end, p1)
        if b <= a:
            continue
        marks = marks_of.get(cl.pair)
        if marks is None:
            found = list(_T_CLAUSE_MARK.finditer(tgt, p0, p1))
            marks = marks_of[cl.pair] = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = marks
        # marks do not overlap, so their starts and ends are both in order
        k = bisect_right(ends, a) - 1
        a = ends[k] if k >= 0 else p0
        k = bisect_left(starts, b)
        b = starts[k] if k < len(starts) else p1
        add(ClauseView(None, cl.src_start, src.text[cl.src_start:cl.src_end], a, b, tgt[a:b], (p0, p1), source,
                       (cl.first, cl.last)))
    return out


def as_pair(cv: ClauseView) -> MPair:
    """A clause seen as a pair, for the checks written for pairs."""
    mp = MPair(cv.src_start, cv.src_start + len(cv.src_text), cv.tgt_start, cv.tgt_end, None, (), cv.src_text,
               cv.tgt_text)
    # the same words: made once for every rule that asks, and the Toks only if one reads them
    mp._src_words, mp._view = cv.word_set(), cv
    return mp
