from __future__ import annotations

from decimal import Decimal

import pytest

from tqcheck.numbers.en import extract


def values(text):
    return [(text[q.start:q.end], q.value, q.kind, q.firm) for q in extract(text)]


@pytest.mark.parametrize("text,value", [
    ("$309.1 billion", Decimal("309100000000")),
    ("35 million people", Decimal("35000000")),
    ("2,000", Decimal(2000)),
    ("two thousand", Decimal(2000)),
    ("twenty-five", Decimal(25)),
    ("two hundred and fifty", Decimal(250)),
    ("a million", Decimal(1000000)),
    ("$1.5bn", Decimal("1500000000")),
    ("50K award", Decimal(50000)),
    ("RMB280 million", Decimal(280000000)),
])
def test_values(text, value):
    (q,) = extract(text)
    assert q.value == value and q.firm


@pytest.mark.parametrize("text,kind", [
    ("5%", "percent"), ("5 percent", "percent"), ("5 per cent", "percent"),
    ("0.2 percentage points", "percent"), ("50th", "ordinal"), ("twenty-first", "ordinal"),
])
def test_kinds(text, kind):
    (q,) = extract(text)
    assert q.kind == kind


def test_names_and_vague_words_are_soft():
    for text in ("G20", "COVID-19", "Ka-52", "5G", "A380", "the 1990s", "thousands of people", "one of them",
                 "the first time", "one-third", "a decade"):
        assert all(not firm for _, _, _, firm in values(text)), text


def test_ranges_share_the_scale():
    assert [v for _, v, _, _ in values("3-5 million")] == [3000000, 5000000]
    assert [k for _, _, k, _ in values("3 to 5%")] == ["percent", "percent"]


def test_clock_times_and_versions_are_not_numbers():
    assert values("at 10:30 a.m.") == []
    assert values("version 1.2.3") == []


def test_units_keep_the_value():
    assert values("10km") == [("10", 10, "number", True)]


def test_lower_casing_keeps_the_words_but_for_two_letters():
    # _word_numbers finds runs in the lower-cased text; only these non-ASCII
    # characters lower-case into ASCII letters, and with them it reads every word
    from string import ascii_letters

    from tqcheck.numbers.en import _LOWERS_TO_ASCII

    odd = [c for c in map(chr, range(0x110000)) if c not in ascii_letters and set(c.lower()) & set(ascii_letters)]
    assert sorted(odd) == sorted(_LOWERS_TO_ASCII)


def test_word_numbers_beside_a_kelvin_sign():
    from tqcheck.numbers.en import extract

    assert [(q.start, q.end, q.value) for q in extract("a\u212a two hundred and five")] == [(3, 23, 205)]
    assert [(q.start, q.end, q.value) for q in extract("A Million \u0130 twenty-one")] == [(0, 9, 10**6), (12, 22, 21)]


def test_run_starts_are_what_one_flat_alternation_finds():
    """``_RUN_START`` branches letter by letter; it must find exactly what a
    plain list of the words (longest first) finds."""
    import re

    from tqcheck.numbers import en

    flat = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(en._RUN_START_WORDS, key=lambda w: (-len(w), w)))
                      + r")(?![a-z])")
    texts = [
        "a million people, two hundred and five, twenty-first, one-third, a fifth",
        "twentyfive tens of thousands dozens a5million 5million millionth. hundredth and zero",
        "the tenth, ten, tenths; eight eighteen eighteenth eighty eightieth; thousandths",
        "é two, two_three, nine-ninety, a a a, at an and, zero-one, seventy seventh",
        " ".join(sorted(en._RUN_START_WORDS)),
        " ".join(w + "s" for w in sorted(en._RUN_START_WORDS)),
        " ".join(w[:-1] for w in sorted(en._RUN_START_WORDS)),
    ]
    for text in texts:
        assert [m.span() for m in en._RUN_START.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_run_starts_of_a_long_text_are_those_of_one_scan():
    """Past ``_SHORT`` characters the starts come from two scans (after a
    space, after any other character that is not a letter) and the start
    of the text: the same positions as one ``_RUN_START`` scan."""
    import random

    from tqcheck.numbers import en

    pieces = [*sorted(en._RUN_START_WORDS), "at", "an", "tens", "xone", "onex", "é", "\u212a", "5", " ", "  ", "-",
              "\n", "(", ",", "“", "_", "a"]
    rng = random.Random(22)
    for _ in range(60):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-", "\n"]) for _ in range(rng.randint(1, 600)))
        low = text.lower()
        assert en._run_starts(low) == [m.start() for m in en._RUN_START.finditer(low)]
    long = "one " + "x" * en._SHORT + " two a million"
    assert [q.value for q in en.extract(long)] == [1, 2, 10**6]
