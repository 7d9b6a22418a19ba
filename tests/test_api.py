"""The library surface and the core acceptance checks on the sample article."""

import pytest

import tqcheck
from tqcheck import InputError

from .conftest import assert_valid_report


def test_sample_article_unclosed_quote_flagged_and_nothing_else_there(sample_text):
    report = tqcheck.check(sample_text)
    d = report.to_dict(include_text=True)
    assert_valid_report(d)
    para_start = sample_text.index('She said, "Many Asian partners')
    para_end = sample_text.index("\n", para_start)
    quote = sample_text.index('"', para_start)
    in_para = [i for i in report.issues if para_start <= i.start < para_end and i.rule.startswith("punctuation")]
    assert [(i.rule, i.start, i.end) for i in in_para] == [("punctuation.quotes.unbalanced", quote, quote + 1)]
    issue = in_para[0]
    assert (issue.line, issue.column) == (19, 11)
    assert issue.context["text"][issue.context["offset"]] == '"'


def test_sample_article_has_no_other_punctuation_false_alarms(sample_text):
    report = tqcheck.check(sample_text)
    punct = [i for i in report.issues if i.category == "fluency/punctuation"]
    assert len(punct) == 1


def test_report_sections(sample_text):
    d = tqcheck.check(sample_text, name="article.txt").to_dict()
    assert d["input"] == {"name": "article.txt"}
    assert d["stats"]["paragraphs"] == 19
    assert d["stats"]["characters"] == len(sample_text)
    assert d["language"]["expected"] == "en" and d["language"]["detected"] == "en"
    assert d["tqcheck"]["ruleset"].startswith("sha256:")
    q = d["quality"]
    assert q["words"] == d["stats"]["words"]
    n = max(q["words"], 200)
    assert q["score"] == pytest.approx(100 * n / (n + 10 * q["penalty"]), abs=0.01)
    assert 0 < q["score"] <= 100 and q["penalty_per_1000_words"] == pytest.approx(q["penalty"] * 1000 / q["words"], abs=0.01)
    assert q["errors"] + q["advice"] == len(d["issues"])
    assert all(i["kind"] == ("advice" if i["severity"] == "neutral" else "error") for i in d["issues"])


def test_wrong_language_is_a_critical_issue():
    text = "Der Außenbeauftragte der EU sagte, die Union müsse ihre Sicherheitspartnerschaften mit Asien stärken."
    report = tqcheck.check(text)
    assert [i.rule for i in report.issues] == ["language.mismatch"]
    assert report.issues[0].severity == "critical"
    assert report.quality["pass"] is False
    assert_valid_report(report.to_dict())


@pytest.mark.parametrize("bad, message", [
    (None, "text must be a string, not NoneType"),
    (42, "text must be a string, not int"),
    ("", "text is empty"),
    ("  \n\t ", "text is empty"),
    ("abc\ud800def", "unpaired UTF-16 surrogate at offset 3"),
])
def test_bad_input_is_an_input_error(bad, message):
    with pytest.raises(InputError, match=message):
        tqcheck.check(bad)


def test_enable_disable_and_fingerprint_change(sample_text):
    full = tqcheck.check(sample_text)
    without = tqcheck.check(sample_text, disable=["punctuation.quotes"])
    assert not any(i.rule.startswith("punctuation.quotes") for i in without.issues)
    assert full.tool["ruleset"] != without.tool["ruleset"]


def test_rule_selection_is_shared_by_equal_settings_only():
    from tqcheck.api import Checker
    from tqcheck.errors import ConfigError

    a, b = Checker(disable=["style"]), Checker(disable=["style"])
    assert a.active is b.active and a.tool == b.tool
    c = Checker(disable=["style"], enable=["style.wordy"])
    assert [x.rule.id for x in c.active if x.rule.id.startswith("style")] == ["style.wordy.phrase", "style.wordy.redundancy"]
    severe = Checker({"severity": {"style": "major"}, "disable": ["style"]})
    assert severe.tool["ruleset"] == a.tool["ruleset"]  # no style rule runs, so no severity differs
    options = Checker({"rules": {"style.length.sentence": {"max_words": 20}}})
    assert options.tool["ruleset"] != Checker().tool["ruleset"]
    for _ in range(2):  # a typo is an error every time, not only before the first selection is kept
        with pytest.raises(ConfigError, match="no rule or rule group is called 'styel'"):
            Checker(disable=["styel"])


def test_checker_reuses_settings_and_tags_segments():
    checker = tqcheck.Checker({"fail_on": "minor"})
    r = checker.check('He said "yes.', segment="s-1")
    assert [(i.rule, i.segment) for i in r.issues] == [("punctuation.quotes.unbalanced", "s-1")]
    assert r.fails("minor") and not r.fails("critical")


def test_issue_limit_keeps_first_issues_and_says_so():
    text = "Stray brackets everywhere " + "( " * 50
    report = tqcheck.check(text, config={"max_issues": 10})
    d = report.to_dict()
    assert_valid_report(d)
    assert len(report.issues) == 10
    # 50 unclosed, 50 spaces inside: each rule is read for 10 findings and one more, then stopped;
    # one more issue elsewhere
    assert d["truncated"] == {"max_issues": 10, "found": 23, "rules_stopped": [
        "punctuation.brackets.unbalanced", "punctuation.spacing.inside-brackets"]}
    assert [i.start for i in report.issues] == sorted(i.start for i in report.issues)
    assert "truncated" not in tqcheck.check(text).to_dict()


def test_runnable_rules_are_those_that_apply_to_each_kind_of_unit():
    from tqcheck.api import Checker, active_for
    from tqcheck.glossary.model import Glossary

    checker = Checker()
    units = [checker._unit("Some text.", None, (), None), checker._unit("Some text.", "一些文字。", (), None),
             checker._unit(" \n", "一些文字。", (), None), checker._unit("Some text.", None, ("A reference.",), None)]
    for unit in units * 2:  # the second time from the cache
        expected = tuple(a for a in active_for(unit, checker.active) if a.rule.applies_to(unit))
        assert checker.runnable(unit) == expected
    with_source, blank = checker.runnable(units[1]), checker.runnable(units[2])
    assert len(blank) < len(with_source) and len(checker.runnable(units[0])) < len(with_source)
    # a resource a rule requires, added to the checker later, brings that rule in
    checker.resources["glossary"] = Glossary(())
    unit = checker._unit("Some text.", None, (), None)
    assert checker.runnable(unit) == tuple(a for a in checker.active if a.rule.applies_to(unit))
    assert any("glossary" in a.rule.requires for a in checker.runnable(unit))


_ZH_1 = "国家副主席韩正会见了卡拉斯。双方讨论了2021年的合作。"
_ZH_2 = "他说，经济增长了百分之五。"
_EN = [
    (_ZH_1, "Vice President Han Zheng met Kallas. The two sides discussed cooperation in 2021."),
    (_ZH_1, "Vice President Han Zhen met Kallas. They discussed cooperation in 2020."),
    (_ZH_2, "He said the economy shrank by 5 percent."),
    (_ZH_1, "Vice-President Han Zheng met with Kallas. Both discussed 2021 cooperation."),
]


def test_a_checker_reusing_sources_reports_what_fresh_checkers_report(monkeypatch):
    from tqcheck.api import Checker
    from tqcheck.text import Document

    made: list[str] = []
    original = Document.__init__

    def remember(self, text, *args, **kwargs):
        original(self, text, *args, **kwargs)
        made.append(text)

    expected = [Checker().check(t, source=s, segment=str(i)).to_dict() for i, (s, t) in enumerate(_EN)]
    assert any(i["rule"].startswith("accuracy.") for d in expected for i in d["issues"])
    monkeypatch.setattr(Document, "__init__", remember)
    checker = Checker(reuse_sources=True)
    got = [checker.check(t, source=s, segment=str(i)).to_dict() for i, (s, t) in enumerate(_EN)]
    assert got == expected
    # the first source is read once for the two outputs in a row, then again after the other
    assert [t for t in made if t in (_ZH_1, _ZH_2)] == [_ZH_1, _ZH_2, _ZH_1]


def test_a_checker_keeps_no_source_unless_asked(monkeypatch):
    from tqcheck.api import Checker
    from tqcheck.text import Document

    released: list[str] = []
    original = Document.release

    def remember(self):
        released.append(self.text)
        original(self)

    monkeypatch.setattr(Document, "release", remember)
    checker = Checker()
    checker.check(_EN[0][1], source=_ZH_1, segment="1")
    assert _ZH_1 in released  # released at the end of its check, as before
    released.clear()
    batch = Checker(reuse_sources=True)
    batch.check(_EN[0][1], source=_ZH_1, segment="1")
    batch.check(_EN[1][1], source=_ZH_1, segment="2")
    assert _ZH_1 not in released  # kept for the next output of the same source
    batch.check(_EN[2][1], source=_ZH_2, segment="3")
    assert released.count(_ZH_1) == 1 and _ZH_2 not in released  # let go when another source comes
    batch.check("A text checked without its source.", segment="4")
    assert _ZH_2 in released
    long_source = _ZH_2 * 1000  # a document, not a segment: its tables are not kept
    batch.check(_EN[2][1], source=long_source)
    assert long_source in released


def test_a_kept_source_is_not_frozen_with_the_tables(monkeypatch):
    from tqcheck import gcsettle
    from tqcheck.api import Checker
    from tqcheck.text import Document

    released: list[str] = []
    original = Document.release

    def remember(self):
        released.append(self.text)
        original(self)

    batch = Checker(reuse_sources=True)
    batch.check(_EN[0][1], source=_ZH_1, segment="1")
    monkeypatch.setattr(Document, "release", remember)
    monkeypatch.setattr(gcsettle, "_pending", 1)  # a table was loaded: the next settle freezes
    monkeypatch.setattr(gcsettle, "_checks", 1)
    batch.check(_EN[1][1], source=_ZH_1, segment="2")
    assert _ZH_1 in released
