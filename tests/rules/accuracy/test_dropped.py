"""A single dropped word: one of two joined words, or an adjective of a rendered
noun (``accuracy.dropped.conjunct``, ``accuracy.dropped.modifier``), and the
look-alikes they must leave alone."""

from __future__ import annotations

from tqcheck.rules.accuracy import dropped as dw

from ._spans import issue_texts as _issues

CONJUNCT = "accuracy.dropped.conjunct"
MODIFIER = "accuracy.dropped.modifier"


def test_dropped_conjunct_points_at_its_partner():
    got = _issues("会议讨论了改革和发展。", "The meeting discussed development.", CONJUNCT)
    assert got == [("改革", "discussed development")]


def test_dropped_modifier_points_at_its_noun():
    got = _issues("政府建设了公共图书馆。", "The government built a library.", MODIFIER)
    assert got == [("公共", "built a library")]


def test_a_conjunct_omission_reports_already_is_not_reported_twice():
    src, tgt = "他们讨论了国际和地区合作。", "They discussed regional cooperation."
    assert _issues(src, tgt, "accuracy.omission") == [("国际", "regional")]
    assert _issues(src, tgt, CONJUNCT) == []


def test_ends_of_longer_phrases_are_no_conjuncts():
    # 硬件投资、研发软性投资: 研发 opens a phrase of its own, which the translation may say in other words
    src = "包括设备硬件投资、研发软性投资，给予8%的转型补助。"
    tgt = "Including equipment, hardware, and R&D investment, with a transformation subsidy of 8%."
    assert _issues(src, tgt, CONJUNCT) == []


def test_a_gloss_said_by_a_derived_word_counts():
    # 社会 "society" said as "social", whatever the alignment linked it to
    src = "目的为促进国际社会认识旅游业的重要性，尤其它的社会、文化、政治和经济价值。"
    tgt = ("The objective is to promote awareness of the importance of tourism across the international community, "
           "especially its social, cultural, political and economic value.")
    assert _issues(src, tgt, CONJUNCT) == []


def test_words_of_one_sense_may_be_said_once():
    assert dw._same_sense("加强", "增强")
    assert not dw._same_sense("改革", "发展")


def test_only_words_translators_render_are_judged():
    # 重要 is often left implicit by professional translators (the table says so); 改革 is not
    assert not dw._rendered_by_translators("重要", dw.MIN_SEEN, dw.MAX_UNRENDERED)
    assert dw._rendered_by_translators("改革", dw.MIN_SEEN, dw.MAX_UNRENDERED)
    assert not dw._rendered_by_translators("一个从未见过的词", dw.MIN_SEEN, dw.MAX_UNRENDERED)
    assert _issues("这是一个重要转折点。", "This is a turning point.", MODIFIER) == []


def test_noun_modifiers_need_an_adjective_gloss():
    src = [w for w in (("国际", "n"), ("技术", "n"), ("特殊", "a"), ("发展", "v"))]

    class W:
        def __init__(self, text, pos):
            self.text, self.pos = text, pos

    got = {t: dw._attributive(W(t, p)) for t, p in src}
    # 国际 "international" is an adjective in WordNet; 技术 "technology" before a noun may be its subject
    assert got == {"国际": True, "技术": False, "特殊": True, "发展": False}


def test_a_name_spelled_like_a_common_word_is_not_judged():
    # 大兴 (jieba: b) is Daxing, the district, as often as "to go in for"
    assert _issues("北京大兴国际机场是世界首个拥有两个抵达层的航站楼。",
                   "The new airport is the first terminal in the world with two arrival floors.", MODIFIER) == []


def test_an_unmatched_word_beside_the_noun_may_be_the_modifier():
    assert _issues("政府建设了公共图书馆。", "The government built a municipal library.", MODIFIER) == []
