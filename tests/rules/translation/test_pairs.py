"""Every translation check on bilingual fixtures, with the look-alikes that
must not fire (3.5亿 vs 350 million, 百分之五 vs 5 percent, 2020年 vs 2020)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.conftest import FIXTURES, assert_valid_report
from tqcheck import Checker

CASES = [json.loads(line) for line in (FIXTURES / "translation" / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.mark.parametrize("case", CASES, ids=[c["note"] for c in CASES])
def test_pair(checker, case):
    report = checker.check_segments([{"id": "1", "source": case["source"], "target": case["target"]}])
    found = Counter(i.rule for i in report.issues if i.rule.startswith("translation."))
    assert found == Counter(case["expect"]), [(i.rule, i.message) for i in report.issues]
    assert_valid_report(report.to_dict())


def test_every_translation_rule_has_a_fixture_or_is_target_only():
    covered = {rule for c in CASES for rule in c["expect"]}
    ids = {a.rule.id for a in Checker().active if a.rule.id.startswith("translation.")}
    # checked through their own examples only: need a document layout or another language
    elsewhere = {"translation.language", "translation.sentences.missing", "translation.length.long",
                 "translation.dates.numeric", "translation.ending.dangling"}
    assert ids - covered - elsewhere == set()


def test_issue_spans_point_at_the_right_text(checker):
    report = checker.check_segments([
        {"id": "a", "source": "事故造成12人死亡。", "target": "The accident killed several people."},
        {"id": "b", "source": "出口增长百分之五。", "target": "Exports grew 15 percent."},
    ])
    by_segment = {i.segment: i for i in report.issues}
    missing, changed = by_segment["a"], by_segment["b"]
    assert (missing.side, "事故造成12人死亡。"[missing.start:missing.end]) == ("source", "12")
    assert (changed.side, "Exports grew 15 percent."[changed.start:changed.end]) == ("target", "15 percent")
    assert "5" in changed.message
