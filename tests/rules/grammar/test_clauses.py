"""Comma and ellipsis splices: what the translation owes its source, and parallel series."""

from .._run import spans

SPEECH = '"Sisi is doomed... he is finished," he tweeted.'


def test_an_ellipsis_splice_is_reported_without_a_source():
    assert spans("grammar.clauses.ellipsis-splice", SPEECH) == ["..."]


def test_an_ellipsis_the_source_has_too_is_the_author_s():
    assert spans("grammar.clauses.ellipsis-splice", SPEECH, source="“塞西注定完蛋了…他完了。”他在推特上说。") == []


def test_an_ellipsis_the_source_lacks_is_still_a_splice():
    assert spans("grammar.clauses.ellipsis-splice", SPEECH, source="“塞西注定完蛋了，他完了。”他在推特上说。") == ["..."]


def test_a_series_of_clauses_with_the_same_subject_and_verb_is_left_alone():
    text = ("Schools must comply: they should not organise classes or take new lessons, they should not hold "
            "training courses, and they should not rent out rooms.")
    assert spans("grammar.clauses.comma-splice", text) == []
    assert spans("grammar.clauses.comma-splice", "Germany needs to invest, it needs it now.") == [","]
