"""Whole documents with a source: alignment, per-pair checks, report sections."""

from __future__ import annotations

from tests.conftest import FIXTURES, assert_valid_report
from tqcheck import Checker, check

ZH = (FIXTURES / "translation" / "article.zh.txt").read_text(encoding="utf-8")
EN = (FIXTURES / "translation" / "article.en.txt").read_text(encoding="utf-8")


def _translation_issues(report):
    return [(i.rule, i.side) for i in report.issues if i.rule.startswith("translation.")]


def test_faithful_article_is_clean_and_reports_alignment():
    report = check(EN, source=ZH)
    assert _translation_issues(report) == []
    d = report.to_dict()
    assert_valid_report(d)
    assert d["source"]["characters"] == len(ZH)
    pairs = d["alignment"]["pairs"]
    assert len(pairs) >= 5
    # every pair's source and target spans are ordered and inside the texts
    for p in pairs:
        assert 0 <= p["source"]["start"] <= p["source"]["end"] <= len(ZH)
        assert 0 <= p["target"]["start"] <= p["target"]["end"] <= len(EN)
    # the URL sentence is aligned with the URL sentence
    url_pair = next(p for p in pairs if "www.stats.gov.cn" in ZH[p["source"]["start"]:p["source"]["end"]])
    assert "www.stats.gov.cn" in EN[url_pair["target"]["start"]:url_pair["target"]["end"]]


def test_changed_number_in_one_paragraph_is_found_where_it_is():
    bad = EN.replace("11.5 percent", "15.5 percent")
    report = check(bad, source=ZH)
    issues = [i for i in report.issues if i.rule == "translation.numbers.changed"]
    assert len(issues) == 1
    assert bad[issues[0].start:issues[0].end] == "15.5 percent"


def test_dropped_sentence_is_reported_on_the_source():
    dropped = EN.replace(" Experts said the industrial economy was recovering well.", "")
    report = Checker().check(dropped, source=ZH)
    found = [i for i in report.issues if i.rule == "translation.sentences.missing"]
    assert len(found) == 1 and found[0].side == "source"
    assert ZH[found[0].start:found[0].end] == "专家表示，工业经济恢复势头良好。"
    kinds = [p["kind"] for p in report.to_dict()["alignment"]["pairs"]]
    assert "1-0" in kinds


def test_without_source_no_source_sections_and_no_source_rules():
    report = check("The meeting discussed 新质生产力.")
    d = report.to_dict()
    assert "alignment" not in d and "source" not in d
    assert [i.rule for i in report.issues if i.rule.startswith("translation.")] == ["translation.untranslated.han"]
