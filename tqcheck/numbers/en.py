"""Numbers in English text: digits, scale words and number words.

``309.1 billion``, ``$1.5bn``, ``35 million``, ``2,000``, ``two thousand``,
``twenty-five``, ``5%``, ``5 percent``, ``5 percentage points``, ``50th``,
``twenty-first``, ``3-5 million`` (the scale applies to both ends).
Plurals such as ``thousands of`` and ``hundreds`` are approximate and come
out soft, as do digits glued to letters (``G20``, ``COVID-19``, ``5G``).
Month-day parts of dates and clock times are left to ``tqcheck.dates``;
callers pass those spans in ``skip``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice
from typing import Iterable

from .quantity import NUMBER, ORDINAL, PERCENT, Quantity, drop_overlapping, to_decimal

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
}
#: never firm: "a decade" may stand for 10年 but rarely the other way round
OTHER = {"dozen": 12, "decade": 10}
#: "hundreds of", "tens of thousands": approximate, never reported
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12}
SCALE_ABBR = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12}
_ORD_SUFFIX = ("st", "nd", "rd", "th")
MAX_DIGITS = 24
#: "one hundred thousand million..." beyond this many words is not a number
MAX_NUMBER_WORDS = 12
_CURRENCY = "$€£¥"

#: (?=\d) lets the regex engine skip to digits; the look-behinds alone do not
_DIGITS = re.compile(r"(?=\d)(?<![\d_])(?<!\d[.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?")
#: letters right before a number (G20, Ka-52, RMB280): a name unless a currency code
_LETTERS_BEFORE = re.compile(r"([A-Za-z]+)-?$")
CURRENCY_CODES = frozenset({"RMB", "CNY", "USD", "HKD", "EUR", "GBP", "JPY"})
_WORD = re.compile(r"[A-Za-z]+")
_SCALE_WORD = re.compile(r"[ \u00a0-]?(hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
_PERCENT = re.compile(r" ?%| ?(?:per ?cent|percentage points?)\b", re.IGNORECASE)
_AFTER_A = frozenset(SCALES) | {"dozen"}
_NUMBER_WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(ORDINAL_WORDS) | frozenset(OTHER) | frozenset(VAGUE)


def extract(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number in ``text`` in reading order, except those inside ``skip``."""
    out = [*_digit_numbers(text), *_word_numbers(text)]
    out.sort()
    return _join_ranges(text, drop_overlapping(out, skip))


def _digit_numbers(text: str):
    n = len(text)
    for m in _DIGITS.finditer(text):
        start, j = m.start(), m.end()
        if j < n and text[j] == ":" and j + 1 < n and text[j + 1].isdigit():
            continue  # clock time or score
        if start > 1 and text[start - 1] == ":" and text[start - 2].isdigit():
            continue
        if j + 1 < n and text[j] == "." and text[j + 1].isdigit():
            continue  # 1.2.3 version numbers, dotted dates
        if j - start > MAX_DIGITS:
            continue  # a code or an ID, not a quantity
        value = to_decimal(m.group(0).replace(",", ""))
        if value is None:
            continue
        before = _LETTERS_BEFORE.search(text, max(0, start - 8), start)
        glued = before is not None and before.group(1).upper() not in CURRENCY_CODES
        # glued letters: ordinal suffix, scale abbreviation, unit, or a name (G20, 5G)
        tail = _WORD.match(text, j)
        if tail:
            word = tail.group(0)
            low = word.lower()
            if low in _ORD_SUFFIX and not glued:
                yield Quantity(start, tail.end(), value, ORDINAL, True)
                continue
            if low == "s":  # 1990s, 90s, post-90s
                yield Quantity(start, tail.end(), value, NUMBER, False)
                continue
            currency = (start > 0 and text[start - 1] in _CURRENCY) or before is not None and not glued
            if low in SCALE_ABBR and (currency or low in ("bn", "mn", "mln", "tn", "trn", "k")) and not glued:
                yield _percent_or(text, start, tail.end(), value * SCALE_ABBR[low])
                continue
            if glued or word.isupper() or len(low) == 1 and low not in "mgklt":
                yield Quantity(start, tail.end(), value, NUMBER, False)  # 5G, 3D, A380
                continue
            yield Quantity(start, j, value, NUMBER, True)  # 10km, 5kg: a unit
            continue
        sm = _SCALE_WORD.match(text, j)
        if sm:
            value *= SCALES[sm.group(1).lower()]
            j = sm.end()
        if glued:
            yield Quantity(start, j, value, NUMBER, False)  # G20, COVID-19, Ka-52
            continue
        yield _percent_or(text, start, j, value)


def _percent_or(text: str, start: int, j: int, value: Decimal) -> Quantity:
    pm = _PERCENT.match(text, j)
    if pm:
        return Quantity(start, pm.end(), value, PERCENT, True)
    return Quantity(start, j, value, NUMBER, True)




def _trie(words: Iterable[str]) -> str:
    """One regex alternation for ``words``, branching letter by letter
    ("t(?:en|h(?:ousand|...)|...)"): a flat list of 90 words made the regex
    engine try each word at every candidate position."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        if not longer:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}(?:{_trie(longer)})" + ("?" if "" in rests else ""))
    return "|".join(parts)


#: where a run of number words can start, in the lower-cased text: a number
#: word, or "a" (kept when a scale follows: "a million"). The look-ahead for
#: the first letters lets the engine skip to candidates (as in ``tqcheck.dates.en``);
#: as a match must be a whole run of letters, at most one word can match at a
#: position, so the order of the branches does not change what is found.
_RUN_START_WORDS = _NUMBER_WORDS | {"a"}
_RUN_START = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _RUN_START_WORDS}))}])(?<![a-z])(?:{_trie(_RUN_START_WORDS)})(?![a-z])"
)
#: _RUN_START split by what comes before the word: a space, or another
#: character that is not a letter. Each opens with that character, which the
#: regex engine skips to; _RUN_START's first-letter look-ahead let it try
#: most letters of a text (21 against 13 ms on a megabyte of news)
_AFTER_SPACE = re.compile(rf" (?:{_trie(_RUN_START_WORDS)})(?![a-z])")
_AFTER_OTHER = re.compile(rf"[^a-z ](?:{_trie(_RUN_START_WORDS)})(?![a-z])")


#: in a text this short two scans cost more than they save (a segment)
_SHORT = 1000


def _run_starts(low: str) -> list[int]:
    """The starts of ``_RUN_START``'s matches in ``low``, in order. Its
    matches are whole words, so none overlaps another and each is found
    by one of the two scans (or is at the start of the text)."""
    found = [m.start() + 1 for m in _AFTER_SPACE.finditer(low)]
    found += [m.start() + 1 for m in _AFTER_OTHER.finditer(low)]
    if _RUN_START.match(low):
        found.append(0)
    found.sort()
    return found


#: non-ASCII characters that lower() turns into ASCII letters: with either in
#: the text, lower-cased words are not the text's words, so every word is read
_LOWERS_TO_ASCII = ("\u212a", "\u0130")  # Kelvin sign, capital I with dot
#: the words a run reads: its first, up to MAX_NUMBER_WORDS - 1 more, and
#: one after those (the "and" in "two hundred and five" looks one ahead)
_RUN_WORDS = MAX_NUMBER_WORDS + 1


def _word_numbers(text: str):
    """Runs of number words: "two thousand", "twenty-five", "a million".

    Only the words where a run can start are visited (found by one regex
    scan of the lower-cased text), each with the few words after it;
    visiting every word of the text cost more than the rest of this module."""
    low = text.lower()
    starts: Iterable[int]
    if len(low) != len(text) or any(c in text for c in _LOWERS_TO_ASCII):
        starts = (m.start() for m in _WORD.finditer(text))
    else:
        starts = _run_starts(low) if len(low) > _SHORT else (m.start() for m in _RUN_START.finditer(low))
    resume = 0  # a run that ended before this position was read
    for pos in starts:
        if pos < resume:
            continue
        found = _WORD.finditer(text, pos)
        words = list(islice(found, 2))
        first = words[0].group(0).lower()
        if first not in _NUMBER_WORDS:
            if not (first == "a" and len(words) > 1 and words[1].group(0).lower() in _AFTER_A
                    and _joined(text, words[0], words[1])):
                continue
        words.extend(islice(found, _RUN_WORDS - 2))
        j, q = _run(text, words)
        if q is not None:
            yield q
        resume = words[j].start() if j < len(words) else len(text) + 1


def _run(text: str, words: list[re.Match[str]]) -> tuple[int, Quantity | None]:
    """The number run starting at ``words[0]``: the index of the first
    word after it, and its quantity if it makes one."""
    i, n = 0, len(words)
    low = words[i].group(0).lower()
    if low in VAGUE:
        return i + 1, Quantity(words[i].start(), words[i].end(), Decimal(VAGUE[low]), NUMBER, False)
    j = i
    parts: list[str] = []
    while j < n and j - i < MAX_NUMBER_WORDS:
        w = words[j].group(0).lower()
        if j > i and not _joined(text, words[j - 1], words[j]):
            break
        if w in ("a",) and j == i:
            parts.append("one")
        elif w == "and" and j > i and j + 1 < n and parts and parts[-1] in SCALES and words[j + 1].group(0).lower() in _ONES_TENS:
            pass
        elif w in ONES or w in TENS or w in SCALES or w in OTHER or w in ORDINAL_WORDS:
            parts.append(w)
            if w in ORDINAL_WORDS:
                j += 1
                break
        else:
            break
        j += 1
    value = _words_value(parts)
    start, end = words[i].start(), words[j - 1].end()
    if value is None or not parts:
        return max(j, i + 1), None
    ordinal = parts[-1] in ORDINAL_WORDS
    if ordinal and len(parts) >= 2 and parts[-2] in ONES:  # one-third, a fifth
        value = Decimal(ONES[parts[-2]]) / ORDINAL_WORDS[parts[-1]]
        return j, Quantity(start, end, value, NUMBER, False)
    # digits before a scale word ("3.5 million") are read by _digit_numbers
    if parts[0] in SCALES and _prev_is_digit(text, words[i].start()):
        return j, None
    q = _percent_or(text, start, end, value) if not ordinal else Quantity(start, end, value, ORDINAL, True)
    return j, q._replace(firm=value > 10 and not any(p in OTHER for p in parts))


_ONES_TENS = frozenset(ONES) | frozenset(TENS)


def _prev_is_digit(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " -\u00a0":
        k -= 1
    return k >= 0 and text[k].isdigit()


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    gap = text[a.end():b.start()]
    return gap in (" ", "-", "\u00a0", "- ", " - ")


def _words_value(parts: list[str]) -> Decimal | None:
    total = current = 0
    seen = False
    for w in parts:
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w in OTHER:
            current = (current or 1) * OTHER[w]
        elif w in ORDINAL_WORDS:
            v = ORDINAL_WORDS[w]
            if v >= 100:
                current = (current or 1) * v
            else:
                current += v
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


_RANGE = re.compile(r"\s*(?:-|–|—|to|and|or)\s*")


def _join_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"3-5 million", "3 to 5 million", "3% to 5%": the second end's scale
    or percent sign applies to the first."""
    for k in range(len(qs) - 1):
        a, b = qs[k], qs[k + 1]
        if not _RANGE.fullmatch(text, a.end, b.start):
            continue
        b_text = text[b.start:b.end]
        sm = re.search(r"(hundred|thousand|million|billion|trillion|bn|mn|tn)\b", b_text, re.IGNORECASE)
        a_text = text[a.start:a.end]
        if sm and not re.search(r"[A-Za-z]", a_text) and sm.group(1).lower() != "hundred":
            scale = SCALES.get(sm.group(1).lower()) or SCALE_ABBR[sm.group(1).lower()]
            if a.value * scale <= b.value * 10:
                a = a._replace(value=a.value * scale)
        if b.kind == PERCENT and a.kind == NUMBER and re.fullmatch(r"[\d.,]+", a_text):
            a = a._replace(kind=PERCENT)
        qs[k] = a
    return qs
