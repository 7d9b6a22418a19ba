"""accuracy.nontranslation: a short source rendered freely is no non-translation."""

from __future__ import annotations

from tqcheck import Checker


def _found(source: str, target: str, segment: str | None = None) -> list[str]:
    checker = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.nontranslation"]})
    return [i.rule for i in checker.check(target, source=source, segment=segment).issues]


def test_short_source_with_a_rendered_word_is_a_free_translation():
    # generaltest2022 and newstest2021 references: five or six content words, one rendered (修好 -> "take",
    # 做好 -> "made"); the lexicon misses the rest of a free rendering
    assert _found("修好的片大约要半个月，坐等效果~",
                  "It will take about half a month to edit all the photos and I look forward to seeing them~") == []
    assert _found("四是全力做好追赃挽损工作。",
                  "Efforts were made to make criminals give up their takings and retrieve losses.") == []


def test_a_linked_idiom_is_evidence_in_a_short_sentence():
    # generaltest2022 B, checked as one segment: 备受瞩目 (tagged an idiom, not a content word) -> "attention"
    assert _found("太过备受瞩目，去到哪里大家都在看，很不自在！(其实有点爽)",
                  "It attracts too much attention, which will make the car owner uneasy! (In fact, it’s cool)",
                  segment="1") == []


def test_unrelated_sentence_is_still_caught():
    assert _found("国家统计局公布的数据显示，今年前三季度全国居民人均可支配收入实际增长百分之五。",
                  "The weather in the mountains will be sunny with light winds tomorrow afternoon.") == [
        "accuracy.nontranslation"]
