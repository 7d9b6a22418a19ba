"""Names in the alignment's source words that the segmenter hid: cities
tagged as common nouns, given names read as verbs, a document's names cut
where they stand beside another word."""

from __future__ import annotations

from tqcheck.bilingual import alignment
from tqcheck.bilingual import align as A
from tqcheck.bilingual.lexicon import load
from tqcheck.bilingual.segment import tag
from tqcheck.text import Document
from tqcheck.unit import Unit


def _al(source: str, target: str):
    return alignment(Unit(Document(target, "en"), Document(source, "zh"), segment="1"))


def _checks(al) -> dict:
    return {al.source[n.word].text: n for n in al.names}


def _words(text: str) -> list[tuple[str, str]]:
    return [(t[2], t[3]) for t in A._names(tag(text), load())]


def test_a_city_tagged_as_a_common_noun_is_a_place():
    # jieba tags 合肥 and 银川 n; CC-CEDICT knows them only as cities spelled in their pinyin
    src = "新华社合肥7月26日电 合肥市减灾委决定提升响应。"
    assert ("合肥", "ns") in _words(src)
    al = _al(src, "Hefei, July 26 (Xinhua) The Hefei disaster reduction committee decided to raise the response.")
    assert _checks(al)["合肥"].status == "rendered"
    al = _al("中新社银川7月26日电", "China News Service, July 26")
    assert _checks(al)["银川"].status == "missing"


def test_a_county_or_a_common_word_is_not_made_a_place():
    # 兴业 is Xingye county to CC-CEDICT, but 投资兴业 is "invest and start businesses"; 观音 is a
    # bodhisattva; 新建 (Xinjian county) is a common word too
    assert dict(_words("欢迎更多中方企业赴马投资兴业。"))["兴业"] == "n"
    assert {"兴业", "观音", "新建", "政和"}.isdisjoint(A._pinyin_places_of(load()))
    assert {"合肥", "银川", "恩施"} <= A._pinyin_places_of(load())


def test_a_given_name_read_as_a_verb_is_joined_after_a_role():
    # 蔡/nr 拥军/v: 拥军 is no word of CC-CEDICT's, and 记者 marks a person
    assert ("蔡拥军", A.JOINED_NAME) in _words("（记者蔡拥军、崔师豪）大连市25日发布消息。")
    assert ("鄂竟平", A.JOINED_NAME) in _words("水利部部长鄂竟平26日在主持会商时要求。")
    al = _al("（记者蔡拥军）大连市25日发布消息。", "(Reporter Cai Yongjun) Dalian announced on the 25th.")
    assert _checks(al)["蔡拥军"].status == "rendered"
    al = _al("（记者蔡拥军）大连市25日发布消息。", "(Reporter) Dalian announced on the 25th.")
    assert _checks(al)["蔡拥军"].status == "missing"


def test_a_surname_before_a_verb_stays_apart_without_a_person():
    # no role before it and no verb of saying after it: nothing says 蔡 is anyone's surname here
    assert all(w != "蔡拥军" for w, _ in _words("这道菜拥军爱民。"))


def test_a_name_the_document_gives_whole_is_joined_where_it_was_cut():
    # 傅昆宝 is one word in the first sentence; jieba cuts 傅昆|宝家 in the second
    src = "傅昆宝说，他流转了60多亩地。傅昆宝家的厨房收拾得干干净净。"
    words = _words(src)
    assert words.count(("傅昆宝", "nr")) == 2 and "宝家" not in dict(words)
    al = _al(src, "Fu Kunbao said he had transferred more than 60 mu of land. The kitchen was clean.")
    second = [n for n in al.names if al.source[n.word].text == "傅昆宝"]
    assert [n.status for n in second] == ["rendered", "missing"]


def test_a_place_or_another_word_is_not_cut_to_fit_a_known_name():
    # 王国军 is a person in the first sentence; 王国/ns 军队 is a kingdom's army, and a whole name
    # that ends as a place does (蒋口河) teaches nothing
    words = _words("设计负责人王国军介绍，这个王国军队很强。安徽合肥蒋口河联圩群众转移。")
    assert sum(w == "王国军" for w, _ in words) == 1 and "军队" in dict(words)
    assert all(w != "蒋口河" or t != A.JOINED_NAME for w, t in words)


def test_a_verb_of_saying_cut_across_gives_the_name_back():
    # 葛/nr 平坦/a 言: 葛平 坦言 "Ge Ping said frankly", not 葛 and "flat"
    words = _words("朝阳大悦城美陈负责人葛平坦言：“我们选择将毕业展带回线下空间。”")
    assert ("葛平", A.JOINED_NAME) in words and ("坦言", "v") in words
    # the road is flat: no surname tagged a person, nothing to give back
    assert ("平坦", "a") in _words("这条路很平坦。")


def test_a_surname_and_a_given_name_both_read_as_a_persons_are_joined():
    # jieba tags both halves as a person's (王/nr 吉祥/nr), or the surname as a classifier (张/q 雪峰/nr): its
    # dictionary reads the rest as a given name, though 吉祥 "lucky" and 雪峰 "snowy peak" are words too
    assert ("王吉祥", A.JOINED_NAME) in _words("在今日发布的电影海报中，“三舅”王吉祥坐在画面中央抽着烟。")
    assert ("张雪峰", A.JOINED_NAME) in _words("考研指导名师张雪峰以及历史教师王磊")
    # look-alike: a classifier after a place counts a stretch of river (南京段 "the Nanjing stretch")
    assert ("洪水", "nr") in _words("变更发布长江南京段洪水预警。")
    assert all(w != "段洪水" for w, _ in _words("变更发布长江南京段洪水预警。"))


def test_a_name_read_as_a_place_before_a_title_is_a_persons():
    # 钟南山 ends like a mountain (南山), but 院士 "academician" follows only a person's name
    assert ("钟南山", A.JOINED_NAME) in _words("近日，他在广州与钟南山院士进行了座谈交流。")
    al = _al("钟南山院士在座谈会中提出了期待。", "The official expressed his hopes at the symposium.")
    assert _checks(al)["钟南山"].status == "missing"
    # without the title it stays the segmenter's place
    assert ("钟南山", "ns") in _words("钟南山下的村庄")


def test_a_city_tagged_as_an_adverb_is_a_place():
    # 大连/d opening a headline
    assert ("大连", "ns") in _words("大连：无新增本地确诊病例")
