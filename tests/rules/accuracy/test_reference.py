"""accuracy.reference.unsupported: what the references add to the source."""

from __future__ import annotations

from tqcheck import Checker

CK = Checker({"severity": {"accuracy.reference.unsupported": "minor"}})
RULE = "accuracy.reference.unsupported"


def _found(target: str, source: str, references: list[str]) -> list[str]:
    rep = CK.check(target, source=source, references=references)
    return [target[i.start:i.end] for i in rep.issues if i.rule == RULE]


SRC = "部长周一在河内会见了李明。"


def test_a_title_neither_source_nor_reference_has():
    assert _found("The minister met Senator Li Ming in Hanoi on Monday.", SRC,
                  ["The minister met Li Ming in Hanoi on Monday."]) == ["Senator"]


def test_any_reference_that_has_it_is_enough():
    assert _found("The minister met Senator Li Ming in Hanoi on Monday.", SRC,
                  ["The minister met Li Ming in Hanoi on Monday.",
                   "On Monday the minister met Senator Li Ming in Hanoi."]) == []


def test_without_references_it_does_not_run():
    rep = CK.check("The minister met Senator Li Ming in Hanoi on Monday.", source=SRC)
    assert not [i for i in rep.issues if i.rule == RULE]


def test_adjacent_words_are_one_span():
    got = _found("Minister of Land and Spatial Planning Sofian Djalil attended.", "土地和空间规划部长索菲安·贾利勒出席。",
                 ["Minister of Land and Spatial Planning Sophian Jalil attended."])
    assert got == ["Sofian Djalil"]


def test_demonyms_and_acronyms_the_reference_writes_otherwise():
    src = "越南投资者与联合国官员会面。"
    assert _found("Investors from Vietnam met officials of the UN.", src,
                  ["Vietnamese investors met United Nations officials."]) == []
    assert _found("Investors from Vietnam met United Nations officials.", src,
                  ["Vietnamese investors met UN officials."]) == []


def test_dates_and_sentence_openers_are_left_alone():
    assert _found("Prices rose. Meanwhile, on Monday 3 September, trade fell.", "价格上涨。同时，9月3日星期一，贸易下降。",
                  ["Prices went up; at the same time trade fell on the 3rd."]) == []
