"""The document model: one submitted text and the structures read off it.

Everything is computed lazily and cached, so a rule family that needs
sentences pays for them once and a run that needs none never does. All
offsets are Python string indices (code points) into ``Document.text``,
which is the text exactly as submitted: nothing here rewrites it.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import Iterator, NamedTuple

from . import quotes as _quotes
from .chars import CJK_RE, LATIN_WORD_RE, WORD_RE
from .protected import Span, find_protected
from .segment import Paragraph, Sentence, line_starts, paragraphs, sentences


class Word(NamedTuple):
    start: int
    end: int
    text: str


def count_words(text: str) -> int:
    if CJK_RE.search(text) is None:
        return sum(1 for t in text.split() if t.isalnum() or any(c.isalnum() for c in t))
    return sum(1 for _ in WORD_RE.finditer(text))


class Document:
    """A text with paragraphs, sentences and words located by offset.

    ``lang`` is the language the text is expected to be in (a BCP-47 code
    such as ``en`` or ``zh``); it selects language-specific behaviour in
    rules and scoring, never the text itself.
    """

    __slots__ = ("text", "lang", "__dict__")

    def __init__(self, text: str, lang: str = "en") -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        self.text = text
        self.lang = lang

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
    def words(self) -> list[Word]:
        return [Word(m.start(), m.end(), m.group(0)) for m in self._word_re.finditer(self.text)]

    @cached_property
    def _word_re(self):
        return WORD_RE if CJK_RE.search(self.text) else LATIN_WORD_RE

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Lower-cased word (``’`` read as ``'``) -> its indices in ``words``.

        Rules that fire only next to certain words (``he``, ``could``,
        ``its``) visit those places instead of scanning the whole text.
        """
        index: dict[str, list[int]] = {}
        add = index.setdefault
        if "’" in self.text:
            for i, w in enumerate(self.words):
                add(w.text.lower().replace("’", "'"), []).append(i)
        else:
            for i, w in enumerate(self.words):
                add(w.text.lower(), []).append(i)
        return index

    @cached_property
    def word_starts(self) -> list[int]:
        return [w.start for w in self.words]

    def word_before(self, offset: int) -> Word | None:
        """The last word that ends at or before ``offset``."""
        i = bisect_right(self.word_starts, offset - 1) - 1
        while i >= 0 and self.words[i].end > offset:
            i -= 1
        return self.words[i] if i >= 0 else None

    @cached_property
    def word_count(self) -> int:
        """Words for per-1,000-word rates: whitespace-separated tokens with a
        letter or digit, and each CJK character on its own. Same count as
        ``words`` for ordinary prose, at a fraction of the cost."""
        return count_words(self.text)

    def iter_words(self, start: int = 0, end: int | None = None) -> Iterator[Word]:
        end = len(self.text) if end is None else end
        for m in self._word_re.finditer(self.text, start, end):
            yield Word(m.start(), m.end(), m.group(0))

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]

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
    def language(self):
        """The text's language (``tqcheck.langid.identify``): a function-word
        test, then langdetect on a bounded sample if that is not conclusive."""
        from ..langid import identify

        return identify(self.text, self.lang)

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
