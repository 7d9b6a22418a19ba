"""A translation that stops short (``accuracy.omission.tail``) and the
look-alikes it must leave alone."""

from __future__ import annotations

from tqcheck import Checker

CK = Checker({"severity": {"accuracy": "major"}})
TAIL = "accuracy.omission.tail"
SRC = "双方周一签署了贸易协定，农产品进口将增加，工业品出口也将扩大。"


def _issues(source: str, target: str, rule: str = TAIL):
    rep = CK.check(target, source=source)
    return [(source[i.start:i.end], (i.related or {}).get("text")) for i in rep.issues if i.rule == rule]


def test_a_dropped_tail_points_at_the_target_end():
    assert _issues(SRC, "The two sides signed a trade agreement on Monday.") == [
        ("农产品进口将增加，工业品出口也将扩大", "Monday.")]


def test_a_long_translation_is_left_alone():
    # as long as references run for the source: the tail is most likely said in words the lexicon misses
    tgt = "The two sides signed a trade agreement on Monday, a deal both capitals had sought for many long years."
    assert _issues(SRC, tgt) == []


def test_unmatched_words_at_the_end_are_the_tail_said_freely():
    tgt = "The two sides signed a trade agreement on Monday, and buyers abroad will benefit."
    assert _issues(SRC, tgt) == []


def test_a_short_tail_is_left_alone():
    assert _issues("双方周一签署了贸易协定，令人振奋。", "The two sides signed a trade agreement on Monday.") == []


def test_one_clause_accuracy_omission_reports_is_not_reported_twice():
    src, tgt = "双方周一签署了贸易协定，并宣布将扩大农产品进口。", "The two sides signed a trade agreement on Monday."
    assert _issues(src, tgt, "accuracy.omission") == [("并宣布将扩大农产品进口", "agreement on Monday.")]
    assert _issues(src, tgt) == []


def test_a_poorly_rendered_head_says_nothing_of_the_tail():
    assert _issues(SRC, "Both were happy.") == []
