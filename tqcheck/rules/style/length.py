"""Overlong sentences: more words than a reader takes in at once."""

from __future__ import annotations

from bisect import bisect_left

from ...rule import Finding, Option, bad, custom, good
from ...text.chars import WORD_RE
from .._prose import quoted_chars


def _count_words(doc, start: int, end: int) -> int:
    """``len(WORD_RE.findall(text, start, end))``, read off the document's
    words: those that start in [start, end), unless one runs across
    ``start`` (then the scan counts its tail)."""
    starts, ends = doc.word_starts, doc.word_ends
    i = bisect_left(starts, start)
    if i and ends[i - 1] > start:
        return len(WORD_RE.findall(doc.text, start, end))
    return bisect_left(starts, end, i) - i


def _check(unit, options):
    doc = unit.target
    limit = int(options["max_words"] if unit.profile == "news" else options["max_words_general"])
    text = doc.text
    for s in doc.sentences:
        # a sentence has at most one word more than it has spaces: skip short ones cheaply
        if text.count(" ", s.start, s.end) < limit:
            continue
        words = _count_words(doc, s.start, s.end)
        if words <= limit:
            continue
        # a long quotation is the speaker's sentence, not the writer's
        if quoted_chars(doc, s.start, s.end) * 2 > s.end - s.start:
            continue
        end = s.end
        while end > s.start and text[end - 1] in " \t\r\n":
            end -= 1
        yield Finding(s.start, end, args={"words": words, "limit": limit})


_LONG = ("The delegation, which included officials from the ministry, the provincial government, "
         "the city council and several state-owned enterprises, visited the industrial park on Monday "
         "and held talks with local business leaders about investment, jobs and the environment.")

SENTENCE = custom(
    "style.length.sentence",
    _check,
    category="style/awkward",
    severity="neutral",
    # Set on human news translations from Chinese: past 45 words nearly every
    # sentence is one an editor splits; at 41-45 many are ordinary news ledes.
    options={"max_words": Option(45, int, minimum=1), "max_words_general": Option(55, int, minimum=1)},
    message="This sentence has {words} words (more than {limit}); consider splitting it.",
    description="Sentences longer than max_words (news, default 45) or max_words_general (general, default 55).",
    examples=[
        bad(f"Short one. ⟦{_LONG}⟧", options={"max_words": 30}),
        good(f"Short one. {_LONG}"),
        good(f'She said, "{_LONG}"', options={"max_words": 30}),
        good(f"Short one. {_LONG}", options={"max_words": 30, "max_words_general": 45}, profile="general"),
    ],
)

RULES = (SENTENCE,)
