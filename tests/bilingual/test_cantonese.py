"""Hong Kong (Cantonese) spellings of Chinese names."""

from __future__ import annotations

from tqcheck.bilingual import cantonese
from tqcheck.bilingual.lexicon import load


def test_syllables_in_hong_kong_spelling():
    assert "pang" in cantonese.spell("paang")
    assert {"cheung", "tseung"} <= set(cantonese.spell("zoeng"))
    assert "yu" in cantonese.spell("jyu")
    assert "chun" in cantonese.spell("ceon")
    assert "kwok" in cantonese.spell("gwok")
    assert cantonese.spell("xyz") == ()


def test_pinyin_is_not_taken_for_jyutping():
    # pinyin zh-, x-, q- are no Jyutping initials: nothing is spelled from them
    assert cantonese.spell("zheng") == () and cantonese.spell("xiao") == ()


def test_run_of_characters_joined():
    got = cantonese.spellings((("paang",), ("ceon",)))
    assert "pangchun" in got
    assert "pengchun" not in got
    assert cantonese.spellings((("paang",), ())) == set()


def test_lexicon_carries_cantonese_readings():
    lex = load()
    assert lex.jyutping["张"].split()[0] == "zoeng"
    assert "jyu" in lex.jyutping["余"].split()
