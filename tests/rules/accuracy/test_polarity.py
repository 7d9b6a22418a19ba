"""accuracy.polarity.reversed: the guards taken from human translations of newstest2020."""

from __future__ import annotations

import re

from tqcheck import Checker
from tqcheck.lexicon.antonyms import antonyms
from tqcheck.rules.accuracy import polarity
from tqcheck.rules.accuracy._opposites import pairs


def _found(source: str, target: str) -> list[str]:
    checker = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.polarity"]})
    return [target[i.start:i.end] for i in checker.check(target, source=source).issues]


def test_cedict_pairs_that_wordnet_contradicts_are_dropped():
    kept = polarity.cedict_contrasts()
    assert "bright" in pairs().get("wide", ())  # 敞亮 "wide and bright": said together, not opposed
    assert "bright" not in kept.get("wide", ())  # WordNet: wide/narrow, bright/dull
    assert "sell" in kept.get("buy", ())  # WordNet has no pointer for buy (possession verbs left out): kept
    assert "bad" in kept.get("good", ())  # WordNet agrees
    for a, bs in kept.items():
        for b in bs:
            assert not antonyms().get(a) or b in antonyms()[a]


def test_contrasts_hold_wordnet_and_the_agreed_pairs():
    table = polarity.contrasts()
    assert "narrow" in table["wide"] and "bright" not in table["wide"]


def test_span_of_time_up_to_now_is_no_past_against_present():
    text = "it grew over the past two decades, and in the last 5 years; to the past 20 years; the past is gone"
    words = {m.start(): m for m in re.finditer(r"\w+", text)}

    class T:
        def __init__(self, m):
            self.start, self.end, self.key = m.start(), m.end(), m.group(0).lower()

    spans = [m.group(0) for m in words.values() if polarity._span_of_time(text, T(m))]
    assert spans == ["past", "last"]


def test_change_rendered_by_a_word_the_lists_lack_is_said():
    assert _found("隧道采用凿井法，配备绞车提升系统。", "When sinking the shaft, the tunnel uses a winch hoisting system.") == []
    assert _found("隧道采用绞车提升系统。", "The tunnel uses a winch lowering system.") == ["lowering"]


def test_a_link_by_one_character_is_no_rendering_of_the_change():
    # 上升 is linked to "first" only through 上: the rise is still unsaid
    assert _found("今年前两个月，调查失业率有所上升。",
                  "In the first two months of this year, the surveyed unemployment rate decreased.") == ["decreased"]


def test_curbing_word_in_a_clause_of_a_curbing_sentence():
    src = "为缓解拥堵，南站启用新停车场，新增1000个停车位，方便旅客。"
    assert _found(src, "To ease congestion the station opens a parking lot and cuts 1000 parking spaces for travellers.") \
        == ["cuts"]


def test_opposite_after_a_partial_rendering_that_modifies_another_word():
    assert _found("本币外债占比上升1个百分点。", "The share of external debt in domestic currency rose by 1 percentage point.") == []
    assert _found("中长期外债占比上升3个百分点。",
                  "The share of medium- and long-term domestic debt rose by 3 percentage points.") == ["domestic"]


def test_an_opposite_linked_through_one_character_only():
    # 胜 glosses "defeat" as well as "win": "defeat" linked to 胜利 by it is 胜利's opposite
    assert _found("武汉大学在比赛中取得了胜利。", "Wuhan University achieved a defeat in the competition.") == ["defeat"]
    assert _found("武汉大学在比赛中取得了胜利。", "Wuhan University achieved a victory in the competition.") == []
    assert _found("他的核酸检测结果呈阳性。", "His nucleic acid test result was negative.") == ["negative"]
    assert _found("他的核酸检测结果呈阳性。", "His nucleic acid test result was positive.") == []


def test_former_before_a_noun_is_ex_not_the_first_of_two():
    # newstest2020 Human-A: 后者 is rendered elsewhere; "the former justice minister" is an ex-minister
    src = "向负责查处的部门和官员施压，要求后者“高抬贵手”。"
    assert _found(src, "Trudeau breached ethics rules by pressuring the former justice minister to go easy.") == []
    # ... while "the former" standing for the first of two still opposes 后者
    assert _found("他会见了张三和李四，后者表示欢迎。", "He met Zhang San and Li Si, and the former welcomed him.") == [
        "former"]


def test_degree_word_reversed_where_its_rendering_stands():
    src = "该机将拥有更先进的导航设备。"
    assert _found(src, "The aircraft will have fewer advanced navigation equipment.") == ["fewer"]
    assert _found(src, "The aircraft will have more advanced navigation equipment.") == []
    assert _found("人们开始在互联网上花费更多的时间。", "People are beginning to spend fewer time on the Internet.") == ["fewer"]
    assert _found("西班牙是最受英国游客青睐的度假地之一。",
                  "Spain is one of the least popular vacation destinations for British tourists.") == ["least"]


def test_degree_look_alikes():
    # 更缺 "lacks even more", a word the segmenter made, is "much less"
    assert _found("寿光缺企业，更缺企业家。", "Shouguang lacks enterprises, much less entrepreneurs.") == []
    # 更低 is rendered "or less" with its head; 更少 and 最不受 say the lower degree themselves
    assert _found("约四分之一的人生活在海拔5米或更低的地方。",
                  "About a quarter of people live at an altitude of 5 meters or less above sea level.") == []
    assert _found("人们开始在互联网上花费更少的时间。", "People are beginning to spend less time on the Internet.") == []
    assert _found("西班牙是最不受英国游客欢迎的度假地之一。",
                  "Spain is one of the least popular vacation destinations for British tourists.") == []
    assert _found("加之发热量更低，对设备损耗小，电视的使用寿命也更长。",
                  "In addition, with lower heating amount and less damage to equipment, it achieves longer service life.") == []
    assert _found("这里有不少于30名队员。", "There are no fewer than 30 members here.") == []


def test_later_sense_reversed_beside_its_neighbours_rendering():
    src = "这一系列措施很快取得了积极成效。"  # 积极 "active; energetic; vigorous; positive"
    assert _found(src, "This series of measures quickly yielded negative results.") == ["negative"]
    assert _found(src, "This series of measures quickly yielded positive results.") == []
    assert _found("现在一些国外朋友对中国还有一些误解。",
                  "Some of our domestic friends still have some misunderstandings about China.") == ["domestic"]
    # 散热 "to dissipate heat" is cooling: a phrase's word is no sense
    assert _found("该电视散热好，使用寿命长。", "The TV has good cooling and a long service life.") == []


def test_later_sense_with_a_negative_prefix_and_an_ambiguous_neighbour():
    # a negative prefix is the negation rules' business: 破坏社会稳定 "destabilize society" (newstest2020's
    # human translation), and so "illegal" against 合法 "lawful; legitimate; legal" is left to them
    assert _found("香港发生了一连串肆意破坏社会稳定的暴力活动。",
                  "A series of violent activities that destabilize society have occurred in Hong Kong.") == []
    # 资金流出…资金流入: one "capital" renders both 资金, so it places neither 流出 nor 流入
    assert _found("银行体系没有明显的资金流出迹象，相反，自6月以来超过110亿美元资金流入。",
                  "There are no obvious signs of capital outflows from the banking system; on the contrary, "
                  "more than $11 billion has been imported since June.") == []
