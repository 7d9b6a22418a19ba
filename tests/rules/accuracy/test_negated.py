"""Words whose CC-CEDICT definition is negative (tqcheck.rules.accuracy._negated)."""

from __future__ import annotations

from tqcheck.rules.accuracy._negated import _negative, negated_words


def test_first_definition_opening_with_a_negative():
    assert _negative("not in agreement with")
    assert _negative("to not calculate")
    assert _negative("not able to keep up with")
    assert _negative("unmanned")
    assert _negative("inconsistent")
    assert _negative("cannot")


def test_positive_or_thing_definitions_are_no_negation():
    assert not _negative("amazing")  # 了不起
    assert not _negative("almost")  # 差不多
    assert not _negative("shadowless lamp")  # a thing, not a negated predicate
    assert not _negative("increase")  # in- before a word that is no stem of it
    assert not _negative("under")


def test_negated_headwords_from_the_dictionary():
    words = negated_words()
    for w in ("不符", "跟不上", "无人", "不怎么", "不算"):
        assert w in words, w
    for w in ("了不起", "差不多", "不过", "非常", "不同"):
        assert w not in words, w


def test_what_a_negative_definition_denies():
    from tqcheck.rules.accuracy._negated import _positive, negated_positive

    assert _positive("to not understand") == "understand"
    assert _positive("not able to keep up with") == "keep"
    assert _positive("inconsistent") == ""  # a prefix word: its stem is read elsewhere
    assert negated_positive("不解") == "understand"
    assert negated_positive("了不起") == ""
