"""The document model: one submitted text and the structures read off it.

Everything is computed lazily and cached, so a rule family that needs
sentences pays for them once and a run that needs none never does. All
offsets are Python string indices (code points) into ``Document.text``,
which is the text exactly as submitted: nothing here rewrites it.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, Callable, Collection, Hashable, Iterator, Sequence, TypeVar

from . import quotes as _quotes
from .cached import cached_property
from .chars import CJK_RE, LATIN_WORD_RE, LATIN_WORD_SPLIT, PLAIN_WORD_SPLIT, WORD_RE, WORD_SPLIT
from .protected import Span, find_protected
from .splitting import Paragraph, Sentence, line_starts, paragraphs, sentences
from .words import Gaps, Word, Words, indexed_words, unindexed

if TYPE_CHECKING:
    from ..langid import Detection
    from .capitals import Capitalised
    from .tagging import Tagged

_T = TypeVar("_T")


_FOLDS_TO_ASCII = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_SPACE = re.compile(r"\s")


def count_words(text: str) -> int:
    if CJK_RE.search(text) is None:
        return sum(1 for t in text.split() if t.isalnum() or any(c.isalnum() for c in t))
    return sum(1 for _ in WORD_RE.finditer(text))


#: characters split into words at a time (more, up to the next line break)
_WORD_PIECE = 1 << 16

#: characters lower-cased at a time by ``lower_case``
_LOWER_PIECE = 1 << 16


#: characters beyond U+FFFF: one of them makes a string take 4 bytes a character
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: what ``lower_case`` writes for a character beyond U+FFFF that is no word
#: character (an emoji): a noncharacter, which no pattern names, no word
#: character, digit or space either, and caseless
STAND_IN = "\uffff"


def lower_case(text: str) -> str:
    """``text.lower()``, made a piece at a time: ``str.lower`` works in a
    buffer of three 4-byte characters for each character of text outside
    ASCII, 12 MB for each megabyte, at the moment the document holds the
    most. The pieces end after a line break, which no letter's lower case
    looks across (the final-sigma rule stops at it), so the result is the same.

    One change: when every character beyond U+FFFF is no word character
    (emoji), each is written as ``STAND_IN``, one character as it was: the
    string is then 2 bytes a character instead of 4 (8 MB less for 4 MB of
    news with a few emoji), and what a pattern of words, digits, spaces and
    named characters finds in it is what it finds in the lower case."""
    if text.isascii():
        return text.lower()
    astral = set(_ASTRAL.findall(text))
    narrow = bool(astral) and not any(_WORD_CHAR.match(c) for c in astral)
    if len(text) <= _LOWER_PIECE:
        return _ASTRAL.sub(STAND_IN, text).lower() if narrow else text.lower()
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _LOWER_PIECE)
        end = len(text) if end < 0 else end + 1
        piece = text[start:end]
        if narrow:
            piece = _ASTRAL.sub(STAND_IN, piece)
        pieces.append(piece.lower())
        del piece
        start = end
    return "".join(pieces)


class Document:
    """A text with paragraphs, sentences and words located by offset.

    ``lang`` is the language the text is expected to be in (a BCP-47 code
    such as ``en`` or ``zh``); it selects language-specific behaviour in
    rules and scoring, never the text itself.
    """

    __slots__ = ("text", "lang", "__dict__")

    def __init__(self, text: str, lang: str = "en", *, has_source: bool = False) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        self.text = text
        self.lang = lang
        #: a translation checked against its source: its language is judged
        #: by CLD2 alone (``langid.identify``)
        self.has_source = has_source

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Document({len(self.text)} chars, lang={self.lang!r})"

    # -- positions ---------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; CRLF is one break
        and a tab is one column, as in most editors' "go to" commands."""
        starts = self.line_starts
        i = bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) of a 1-based line's content, without its break."""
        starts = self.line_starts
        s = starts[line - 1]
        e = starts[line] if line < len(starts) else len(self.text)
        while e > s and self.text[e - 1] in "\r\n":
            e -= 1
        return s, e

    # -- structure ---------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        return paragraphs(self.text, self.line_starts)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.text, self.paragraphs, self._protected_starts, self._protected_ends)

    @cached_property
    def words(self) -> Words:
        return Words(self.word_starts, self.word_ends, self.word_texts)

    @cached_property
    def _word_table(self) -> tuple[list[str], array[int], array[int]]:
        # One split gives gap, word, gap, word, ..., gap; the running sum of
        # their lengths gives every offset. All in C: a third faster than
        # finditer and span() per word. Split a piece of the text at a time
        # (pieces end after a line break, which no word crosses): the split
        # of the whole text held two strings per word at once, 15 MB for each
        # megabyte, the peak of a check's memory.
        text = self.text
        split = self._word_split.split
        # the gaps are not kept (``_word_gaps`` reads them from the text): a
        # list of them cost 2.5 MB a megabyte. Only what ``word_count`` needs
        # of them is counted here, a piece at a time.
        latin = self._word_re is LATIN_WORD_RE
        spaced = 0  # gaps with a space, of those counted
        first: bool | None = None  # the first gap has a space (None: not counted yet)
        carry = ""  # the gap at the end of the last piece goes on into this one
        # offsets as machine integers: a list of int objects cost 36 bytes an offset
        code = "i" if len(text) < 2 ** 31 else "q"
        starts, ends = array(code), array(code)
        # one string object per distinct word, which the document keeps (its
        # vocabulary): a megabyte has 170,000 words and 20,000 distinct ones
        vocabulary: dict[str, str] = {}
        one = vocabulary.setdefault
        texts: list[str] = []
        start = 0
        while True:
            end = text.find("\n", start + _WORD_PIECE)
            end = len(text) if end < 0 else end + 1
            parts = split(text[start:end]) if start or end < len(text) else split(text)
            # from a list: filling an array from an iterator is slower
            offsets = array(code, list(accumulate(map(len, parts), initial=start)))
            starts.extend(offsets[1:-1:2])
            ends.extend(offsets[2:-1:2])
            words = parts[1::2]
            texts.extend(map(one, words, words))
            if latin:
                gaps = parts[0::2]
                gaps[0] = carry + gaps[0]
                carry = gaps.pop()
                if gaps:
                    if first is None:
                        first = _SPACE.search(gaps[0]) is not None
                    # each distinct gap searched once: most are one space
                    spaced += sum(k for g, k in Counter(gaps).items() if _SPACE.search(g))
                del gaps
            del parts, words, offsets
            if end >= len(text):
                break
            start = end
        if latin:
            # a token counts once for each word that whitespace (or the start)
            # comes before; the gap at the end (``carry``) was not counted
            self._tokens = 0 if first is None else 1 + spaced - first
        self._vocabulary = vocabulary
        return texts, starts, ends

    @cached_property
    def _word_gaps(self) -> Gaps:
        """What comes before each word, and after the last (``Gaps``)."""
        return Gaps(self.text, self.word_starts, self.word_ends)

    @cached_property
    def word_texts(self) -> list[str]:
        """Each word as written, in text order; equal words are one object."""
        return self._word_table[0]

    @cached_property
    def word_starts(self) -> array[int]:
        return self._word_table[1]

    @cached_property
    def word_ends(self) -> array[int]:
        return self._word_table[2]

    @property
    def vocabulary(self) -> Collection[str]:
        """The distinct words of ``word_texts``: rules judge each once (a
        dictionary lookup, a variant table) and visit only the doubtful ones
        where they stand, instead of making this set themselves."""
        self._word_table
        return self._vocabulary.keys()

    @cached_property
    def _word_re(self) -> re.Pattern[str]:
        return WORD_RE if CJK_RE.search(self.text) else LATIN_WORD_RE

    @cached_property
    def _word_split(self) -> re.Pattern[str]:
        if self._word_re is WORD_RE:
            return WORD_SPLIT
        return PLAIN_WORD_SPLIT if "_" not in self.text else LATIN_WORD_SPLIT

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Lower-cased word (``’`` read as ``'``) -> its indices in ``words``.

        Rules that fire only next to certain words (``he``, ``could``,
        ``its``) visit those places instead of scanning the whole text.
        """
        index: dict[str, list[int]] = {}
        get = index.get
        for i, key in enumerate(self.word_keys):
            at = get(key)
            if at is None:
                index[key] = [i]
            else:
                at.append(i)
        return index

    @cached_property
    def _indexed(self) -> tuple[frozenset[str], dict[str, Sequence[int]]]:
        wanted = indexed_words()
        keys = self.word_keys
        index: dict[str, list[int]] = {}
        get = index.get
        for i in compress(range(len(keys)), map(wanted.__contains__, keys)):
            at = get(keys[i])
            if at is None:
                index[keys[i]] = [i]
            else:
                at.append(i)
        # kept as arrays of machine integers: a tenth of the memory of lists of ints
        return wanted, {key: array("i", at) for key, at in index.items()}

    def word_positions(self, key: str) -> Sequence[int]:
        """Indices in ``words`` of the word ``key`` (lower case, ``’`` read as
        ``'``), in order: ``word_index.get(key, [])``, without indexing every
        word of the text, most of which no rule asks for."""
        wanted, index = self._indexed
        found = index.get(key)
        if found is None:
            keys = self.word_keys
            found = index[key] = array("i") if key in wanted else \
                array("i", compress(range(len(keys)), map(key.__eq__, keys)))
        return found

    @cached_property
    def _indexed_present(self) -> frozenset[str]:
        # every indexed key the text holds has its entry from the start; later
        # entries are empty ones for indexed keys asked for and absent, or the
        # scans of keys not indexed up front, which the callers take apart
        wanted, index = self._indexed
        return frozenset(k for k, at in index.items() if at and k in wanted)

    def keys_present(self, keys: frozenset[str]) -> frozenset[str]:
        """The members of ``keys`` that are words of this document: one set
        intersection in C for the indexed ones, where a rule with a hundred
        trigger words would otherwise ask ``word_positions`` a hundred times
        per short segment."""
        wanted = self._indexed[0]
        found = keys & self._indexed_present
        rest = unindexed(keys, wanted)  # not indexed up front: found by a scan of their own
        if rest:
            found |= {k for k in rest if self.word_positions(k)}
        return found

    def indexed_keys(self) -> tuple[frozenset[str], int]:
        """The indexed keys this document holds, and how many words were
        indexed up front when its index was made: a set of words indexed
        when there were no more than that many is all in the index, so its
        absence from the first is the whole answer (``Rule.indexed_at``)."""
        return self._indexed_present, len(self._indexed[0])

    def has_any(self, keys: frozenset[str]) -> bool:
        """Whether a word of this document has its key in ``keys``:
        ``bool(keys_present(keys))`` without building the set, for the
        checker's test of each rule's trigger words (``Rule.triggers``)."""
        if not keys.isdisjoint(self._indexed_present):
            return True
        rest = unindexed(keys, self._indexed[0])  # not indexed up front: found by a scan of their own
        return bool(rest) and any(map(self.word_positions, rest))

    def positions_of(self, keys: frozenset[str]) -> list[int]:
        """Indices in ``words`` of every word whose key is in ``keys``, in no
        particular order. A rule with hundreds of trigger words asks once:
        the keys the document holds are found by one set intersection in C,
        where a ``word_positions`` call per key cost a short segment a
        thousand calls."""
        wanted, index = self._indexed
        out: list[int] = []
        for key in keys & self._indexed_present:
            out.extend(index[key])  # from the array in C, not an int at a time
        for key in unindexed(keys, wanted):  # not indexed up front: found by a scan of their own
            out.extend(self.word_positions(key))
        return out

    @cached_property
    def word_keys(self) -> list[str]:
        """Each word in lower case with ``’`` read as ``'`` (the keys of
        ``word_index``), in text order; equal keys are one object, and a
        word already in lower case is its own key."""
        keys = self._key_of
        return list(map(keys.__getitem__, self.word_texts))

    @cached_property
    def _key_of(self) -> dict[str, str]:
        # each distinct word lower-cased once
        curly = "’" in self.text
        keys: dict[str, str] = {}
        # a key that is a word of the text is that word's object; other keys one object each
        vocabulary = self.vocabulary
        canon = dict(self._vocabulary)
        for w in vocabulary:
            k = w.lower()
            if curly and "’" in k:
                k = k.replace("’", "'")
            keys[w] = w if k == w else canon.setdefault(k, k)
        return keys

    def comma_before(self, first: int, last: int) -> bool:
        """A comma is in one of the gaps before words ``first`` to ``last``
        (``","`` in any of ``_word_gaps[first:last + 1]``): one search of the
        text from the end of word ``first - 1``, as no word holds a comma."""
        starts = self.word_starts
        return first <= last and self.text.find(",", self.word_ends[first - 1] if first else 0,
                                               starts[last] if last < len(starts) else len(self.text)) >= 0

    def word_before(self, offset: int) -> Word | None:
        """The last word that ends at or before ``offset``."""
        i = bisect_right(self.word_starts, offset - 1) - 1
        ends = self.word_ends
        while i >= 0 and ends[i] > offset:
            i -= 1
        return self.words[i] if i >= 0 else None

    @cached_property
    def word_count(self) -> int:
        """Words for per-1,000-word rates: whitespace-separated tokens with a
        letter or digit, and each CJK character on its own. Same count as
        ``words`` for ordinary prose, at a fraction of the cost."""
        if "_word_table" in self.__dict__ and self._word_re is LATIN_WORD_RE:
            # The words are known: every letter or digit is in one, so a
            # token counts once for each word that whitespace (or the start)
            # comes before, counted with the words (``_word_table``).
            return self._tokens
        if "_word_table" in self.__dict__:
            # text with CJK: count_words counts the matches of the word pattern, which are the words
            return len(self.word_texts)
        return count_words(self.text)

    def iter_words(self, start: int = 0, end: int | None = None) -> Iterator[Word]:
        end = len(self.text) if end is None else end
        for m in self._word_re.finditer(self.text, start, end):
            yield Word(m.start(), m.end(), m.group(0))

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]

    def release(self) -> None:
        """Drop everything computed from the text (tag layer, memos,
        sentences, word tables): they hold reference cycles, which would
        wait for the garbage collector once the document is dropped. Called
        when a check is over; a later use computes them again."""
        has_source = self.has_source  # set by __init__, not computed
        self.__dict__.clear()
        self.has_source = has_source

    def memo(self, key, compute):
        """``compute(self)``, once per document and ``key``: analyses that
        several rules read (a shared scan, a table of capitalised words) are
        made by the first rule that asks and kept with the document."""
        cache = self.__dict__.setdefault("_memo", {})
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = compute(self)
            return value

    def memo_with(self, key: Hashable, other: object, compute: Callable[[], _T]) -> _T:
        """``compute()`` for this document together with ``other`` (a source
        with its target), kept in the ``memo`` cache for the latest ``other``
        only: asked again with another one, it computes and replaces."""
        cache: dict[Any, Any] = self.__dict__.setdefault("_memo", {})
        cached = cache.get(key)
        if cached is not None and cached[0] is other:
            return cached[1]
        value = compute()
        cache[key] = (other, value)
        return value

    def forget(self, other: object) -> None:
        """Drop what ``memo_with`` keeps for ``other``: a source document
        kept for the next check lets its last target's analyses go."""
        cache = self.__dict__.get("_memo")
        if cache:
            for key in [k for k, v in cache.items() if type(v) is tuple and len(v) == 2 and v[0] is other]:
                del cache[key]

    @cached_property
    def tagged(self) -> Tagged:
        """Each word's possible Penn tags and lemmas, and the tag its context
        picks (``tqcheck.text.tagging.Tagged``): made once, on first use, and
        shared by every rule that reads tags."""
        from .tagging import Tagged

        return Tagged(self)

    @cached_property
    def capitalised(self) -> Capitalised:
        """Every word that opens with a capital A-Z, with the word after it
        (``tqcheck.text.capitals.Capitalised``): one scan, read by the
        capitals, names and titles rules, which each scanned for them."""
        from ..gcsettle import paused
        from .capitals import Capitalised

        with paused():  # a match object per token, no cycles: see tqcheck.gcsettle
            return Capitalised(self.text)

    @cached_property
    def lowered(self) -> str:
        """``text.lower()``, made once (it may be longer than the text: see
        ``caseless``), with emoji written as ``STAND_IN`` (see ``lower_case``)."""
        return lower_case(self.text)

    @cached_property
    def caseless(self) -> str | None:
        """The text in lower case, when matching a lower-case pattern against
        it finds what matching the pattern case-insensitively against the
        text finds, at the same offsets; None when it would not.

        ``re`` compares case-insensitively one character at a time and
        cannot skip ahead to a pattern's first letter, so this is several
        times faster. It holds when lower-casing keeps every character one
        character long and in its class (word character or not), and no
        character outside ASCII matches an ASCII one case-insensitively
        (the Kelvin sign matches ``k``, the long s matches ``s``). Pattern
        characters outside ASCII must be caseless (``’``, ``“``)."""
        text = self.text
        lowered = self.lowered
        if len(lowered) != len(text):
            return None
        if not text.isascii():
            for c in set(_ASCII_RUNS.sub("", text)):  # the few distinct characters outside ASCII
                if _FOLDS_TO_ASCII.match(c) is not None \
                        or (_WORD_CHAR.match(c) is None) != (_WORD_CHAR.match(c.lower()) is None):
                    return None
        return lowered

    # -- regions rules must respect -----------------------------------------
    @cached_property
    def protected(self) -> list[Span]:
        """URLs, bare domains and e-mail addresses."""
        return find_protected(self.text)

    @cached_property
    def _protected_starts(self) -> list[int]:
        return [s.start for s in self.protected]

    @cached_property
    def _protected_ends(self) -> list[int]:
        return [s.end for s in self.protected]

    def is_protected(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) overlaps a URL or e-mail address."""
        end = start + 1 if end is None else end
        i = bisect_right(self._protected_starts, end - 1) - 1
        return i >= 0 and self._protected_ends[i] > start

    @cached_property
    def language(self) -> Detection | None:
        """The text's language (``tqcheck.langid.identify``): a function-word
        test, then CLD2 on a bounded, name-free sample if that is not conclusive."""
        from ..langid import identify

        return identify(self.text, self.lang, second_opinion=not self.has_source)

    @cached_property
    def quotes(self) -> _quotes.QuoteAnalysis:
        return _quotes.analyse(self.text, self.paragraphs, self.is_protected)

    @cached_property
    def _quotation_index(self) -> tuple[list[int], list[int]]:
        # Quotations can nest; keep only outermost ones so a bisect answers.
        outer: list[tuple[int, int]] = []
        for q in self.quotes.quotations:
            if outer and q.start < outer[-1][1]:
                if q.end > outer[-1][1]:
                    outer[-1] = (outer[-1][0], q.end)
                continue
            outer.append((q.start, q.end))
        return [s for s, _ in outer], [e for _, e in outer]

    def in_quotation(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) overlaps a direct quotation (marks included)."""
        end = start + 1 if end is None else end
        starts, ends = self._quotation_index
        i = bisect_right(starts, end - 1) - 1
        return i >= 0 and ends[i] > start
