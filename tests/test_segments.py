"""The segments API: check_segments([{id, source, target[, references]}])."""

from __future__ import annotations

import pytest

import tqcheck
from tests.conftest import assert_valid_report
from tqcheck import Checker, InputError


def test_issues_carry_segment_ids_and_offsets_into_their_segment():
    report = tqcheck.check_segments([
        {"id": "s1", "source": "出口增长百分之五。", "target": "Exports grew 5 percent."},
        {"id": "s2", "source": "出口增长百分之五。", "target": "Exports grew 6 percent."},
        {"id": 3, "source": "会议在北京举行。", "target": ""},
    ])
    d = report.to_dict()
    assert_valid_report(d)
    assert [(i["segment"], i["rule"]) for i in d["issues"]] == [
        ("s2", "translation.numbers.changed"), ("3", "translation.empty")]
    changed = d["issues"][0]
    assert "Exports grew 6 percent."[changed["start"]:changed["end"]] == "6 percent"
    # each segment's own penalty and score: short segments are scored by their penalty alone
    assert d["segments"] == [{"id": "s1", "words": 4, "issues": 0, "penalty": 0.0, "score": 100.0},
                             # a changed number is advice until it beats chance (docs/evidence.md)
                             {"id": "s2", "words": 4, "issues": 1, "penalty": 0.0, "score": 100.0},
                             {"id": "3", "words": 0, "issues": 1, "penalty": 25.0, "score": 44.44}]
    assert d["stats"]["words"] == 8


def test_segments_without_source_get_target_checks_only():
    report = Checker().check_segments([{"id": "a", "target": "The so-called 新质生产力 strategy."}])
    assert [i.rule for i in report.issues if i.rule.startswith("translation.")] == ["translation.untranslated.han"]


def test_a_blank_target_runs_only_source_comparisons():
    report = Checker().check_segments([{"id": "a", "source": "会议在北京举行。", "target": "   "}])
    assert [i.rule for i in report.issues] == ["translation.empty"]


@pytest.mark.parametrize("segments,message", [
    ([], "no segments"),
    ("text", "must be a list"),
    ([{"target": "x"}], "needs an id and a target"),
    ([{"id": "1", "target": "x", "extra": 1}], "unknown key"),
    ([{"id": "1", "target": ""}], "empty"),
    ([{"id": "1", "target": "x"}, {"id": "1", "target": "y"}], "duplicate segment id"),
    ([{"id": "1", "target": "x", "references": "y"}], "references must be a list"),
    ([{"id": True, "target": "x"}], "id must be"),
    ([{"id": "1", "target": 5}], "target must be a string"),
])
def test_bad_segments_are_input_errors(segments, message):
    with pytest.raises(InputError) as err:
        tqcheck.check_segments(segments)
    assert message in str(err.value)


def test_check_with_source_allows_an_empty_target():
    report = tqcheck.check("", source="会议在北京举行。")
    assert [i.rule for i in report.issues] == ["translation.empty"]
    with pytest.raises(InputError):
        tqcheck.check("")


def test_segments_language_is_identified_cheaply_when_the_text_is_plainly_english():
    line = "The minister said that the talks with the other side would go on for a week in the capital."
    report = tqcheck.Checker().check_segments([{"id": str(i), "target": line} for i in range(5)])
    assert report.language["detected"] == "en"
    assert report.language["method"] == "function-words"
    # text that is not plainly English still goes to the detector
    report = tqcheck.Checker().check_segments([{"id": "1", "target": "Der Minister sagte, die Gespräche würden eine Woche dauern."}])
    assert report.language["method"] == "cld2" and report.language["detected"] == "de"
