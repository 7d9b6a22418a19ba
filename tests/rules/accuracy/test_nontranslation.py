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


KINDERGARTENS = "该市对普惠性民办幼儿园预拨补助资金，对非普惠性民办幼儿园予以稳岗补贴，减免民办幼儿园房租，支持幼儿园稳定教师队伍。"


def test_a_word_said_again_is_one_piece_of_evidence():
    # 幼儿园 four times, all linked to the one "kindergarten" of a sentence about something else
    assert _found(KINDERGARTENS, "A reporter visiting a kindergarten found that teachers and students did not wear "
                  "masks as the rules require, nor did they keep a safe distance of two meters from each other.") == [
        "accuracy.nontranslation"]
    assert _found(KINDERGARTENS, "The city has allocated subsidies in advance to inclusive private kindergartens, "
                  "granted job-stabilisation subsidies to non-inclusive ones and cut their rents, to help "
                  "kindergartens keep their teachers.") == []


def test_one_target_word_linked_from_several_source_words_is_one_piece_of_evidence():
    # 美国 (twice) and 特朗普 are all linked to the one "U.S."
    assert _found("英国广播公司也认为，在美国大选季来临、美国经济受到疫情严重打击之际，特朗普认为打中国牌具有政治优势。",
                  "Even under U.S. regulations, the applicant's complaint contains a number of errors and lacks the "
                  "necessary elements such as grants and exclusivity, the press release said.") == [
        "accuracy.nontranslation"]
