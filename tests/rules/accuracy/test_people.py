"""Who a pair's sentence is about: names, second people in the target, and
the names a unit has called 他 or 她 (``accuracy._people``)."""

from __future__ import annotations

import pytest

from tqcheck import Checker
from tqcheck.bilingual.segment import tag
from tqcheck.lexicon import given_names
from tqcheck.rules.accuracy._gendered import FEMALE, MALE
from tqcheck.rules.accuracy._people import name_runs, source_pronouns, target_genders

CK = Checker()


def _gender(source: str, target: str) -> list[str]:
    return [target[i.start:i.end] for i in CK.check(target, source=source).issues if i.rule == "accuracy.gender.pronoun"]


def test_source_pronouns_by_character():
    assert source_pronouns("他应考虑赔偿") == {MALE}  # joined to a neighbour by the segmenter
    assert source_pronouns("她说") == {FEMALE}
    assert source_pronouns("其他人和他们都来了") == frozenset()
    assert source_pronouns("她们说他来了") == {MALE}


def test_a_surname_and_mou_mou_is_a_name():
    assert list(name_runs(tag("学生黄某某失联"))) == ["黄某某"]
    assert list(name_runs(tag("警方对李某某作出处罚"))) == ["李某某"]
    assert len(name_runs(tag("黄某某和王某某失联"))) == 2
    assert name_runs(tag("某某公司")) == {}


def test_target_genders():
    fem, masc = target_genders("She told him her plan.")
    assert [m.group(0) for m in fem] == ["She", "her"] and [m.group(0) for m in masc] == ["him"]


def test_the_persons_own_name_read_by_its_sound_is_no_second_person():
    assert _gender("南京某大学学生黄某某乘坐列车到北京，手机关机。",
                   "A female college student surnamed Huang took a train to Beijing, and his phone was turned off.") \
        == ["his"]
    assert _gender("学生黄某某和王某某乘坐列车到北京，手机关机。",
                   "A female college student surnamed Huang and Wang took a train to Beijing, and his phone was "
                   "turned off.") == []


def test_acronyms_and_i_name_nobody():
    assert _gender("一名3岁女童死于新冠病毒感染，是最年幼的患者。",
                   "A 3-year-old girl died of COVID-19, and I learned that he was the youngest patient.") == ["he"]


SAID = "李元忠告诉记者，他去年得了分红。"
SAID_EN = "Li Yuanzhong told the reporter he received dividends last year. "


def test_a_name_called_he_earlier_in_the_unit():
    src = SAID + "腰包鼓起来的李元忠也开始实现自己的心愿。"
    assert _gender(src, SAID_EN + "With more income, Li Yuanzhong has started to realize her dreams.") == ["her"]
    assert _gender(src, SAID_EN + "With more income, Li Yuanzhong has started to realize his dreams.") == []


def test_the_earlier_sentence_must_agree_and_name_one_person():
    src = SAID + "腰包鼓起来的李元忠也开始实现自己的心愿。"
    # the earlier translation says she: nothing is learnt (the pronoun rule flags that sentence itself)
    got = _gender(src, "Li Yuanzhong told the reporter she received dividends last year. With more income, "
                       "Li Yuanzhong has started to realize her dreams.")
    assert got == ["she"]
    # two names earlier: whose 他?
    two = "李元忠告诉王芳，他去年得了分红。腰包鼓起来的李元忠也开始实现自己的心愿。"
    assert _gender(two, "Li Yuanzhong told Wang Fang he received dividends last year. With more income, "
                        "Li Yuanzhong has started to realize her dreams.") == []
    # a gendered word earlier: the 他 may be the son's
    son = "李元忠的儿子说，他去年得了分红。腰包鼓起来的李元忠也开始实现自己的心愿。"
    assert _gender(son, "Li Yuanzhong's son said he received dividends last year. With more income, "
                        "Li Yuanzhong has started to realize her dreams.") == []


def test_a_name_called_both_genders_is_forgotten():
    src = "李元忠说，他很高兴。李元忠说，她很累。李元忠也开始实现自己的心愿。"
    tgt = "Li Yuanzhong said he was happy. Li Yuanzhong said she was tired. Li Yuanzhong started to realize her dreams."
    assert _gender(src, tgt) == []


def test_later_sentence_with_a_second_person_a_wife_a_country_or_a_quotation():
    assert _gender(SAID + "李元忠和王芳开始实现自己的心愿。",
                   SAID_EN + "Li Yuanzhong and Wang Fang started to realize her dreams.") == []
    assert _gender(SAID + "李元忠的妻子说很累。", SAID_EN + "Li Yuanzhong's wife said she was tired.") == []
    assert _gender(SAID + "李元忠说英国会遵守承诺。", SAID_EN + "Li Yuanzhong said Britain would keep her promises.") == []
    assert _gender(SAID + "李元忠说：“会回来的。”", SAID_EN + "Li Yuanzhong said: “She will come back.”") == []


def test_a_pronoun_before_the_name_is_somebody_elses():
    src = "她接着说，李元忠要求很高。腰包鼓起来的李元忠也开始实现自己的心愿。"
    assert _gender(src, "She went on to say that Li Yuanzhong asked for a lot. With more income, Li Yuanzhong has "
                        "started to realize his dreams.") == []


def test_a_month_and_the_adjective_of_a_named_place_name_nobody():
    src = "比利时卫生部门24日说，一名3岁女童死于新冠病毒感染，是该国最年幼的患者。"
    assert _gender(src, "A 3-year-old girl died of COVID-19 in Belgium, making him the youngest patient in the "
                        "country, Belgian health authorities said on July 24.") == ["him"]
    # a word the alignment links to nothing that is no adjective of the place: somebody else may be "him"
    assert _gender(src, "A 3-year-old girl died of COVID-19 in Belgium, making him the youngest patient in the "
                        "country, Bellamy said on July 24.") == []


def test_a_run_of_capitals_holding_an_organisation_names_nobody():
    src = "格尔木市公安局通报称，南京某大学学生黄某某仍处于失联状态，多地警方正积极开展寻找工作。"
    assert _gender(src, "According to the Public Security Bureau of Golmud City, a female college student in Nanjing "
                        "surnamed Huang is still missing, and the police are searching for him.") == ["him"]
    # a place before a name is no organisation
    assert _gender(src, "According to Golmud's Wang Wei, a female college student in Nanjing surnamed Huang is still "
                        "missing, and the police are searching for him.") == []


def test_a_name_that_cc_cedict_calls_a_place_is_no_second_person():
    from tqcheck.rules.accuracy._people import cedict_place

    assert cedict_place("格尔木") and not cedict_place("李元忠")


def test_the_adjective_of_a_place():
    from tqcheck.rules.accuracy._people import _adjective_of

    assert _adjective_of("belgian", "belgium") and _adjective_of("brazilian", "brazil")
    assert _adjective_of("chinese", "china") and _adjective_of("mongolian", "mongol")
    assert not _adjective_of("bellamy", "belgium")  # no adjective's ending
    assert not _adjective_of("christian", "christchurch")  # too little of the place
    assert not _adjective_of("brian", "britain")


def test_a_run_of_capitals_is_a_person_only_after_its_last_place():
    from tqcheck.rules.accuracy._people import _person_run

    assert _person_run(["place", "person", "person"])  # Golmud's Wang Wei
    assert not _person_run(["person", "place", "place"])  # Public Security Bureau, Public unlinked
    assert not _person_run(["person", "meaning"])
    assert not _person_run(["", "place"])


def test_a_man_and_a_woman_in_the_sentence_give_no_issue():
    src = "比利时卫生部门说，一名3岁女童和一名18岁男子死于新冠病毒感染。"
    assert _gender(src, "A 3-year-old girl and an 18-year-old man died of COVID-19, and he was the youngest, Belgian "
                        "officials said on July 24.") == []


def test_he_of_a_sentence_that_names_nobody_is_the_last_named_person():
    src = "希拉克曾担任法国总统长达12年。他坚定支持欧洲一体化。后来的事实证明，希拉克的警告十分正确。"
    head = "Chirac served as president of France for 12 years. He firmly supported European integration. "
    assert _gender(src, head + "Later, Chirac's warning about her plan proved correct.") == ["her"]
    assert _gender(src, head + "Later, Chirac's warning about his plan proved correct.") == []
    # two people before the 他: whose? (CC-CEDICT's "Jacques Chirac" still says a man's name: no document evidence)
    two = "希拉克会见了科尔。他坚定支持欧洲一体化。后来的事实证明，希拉克的警告十分正确。"
    assert not _earlier(two, "Chirac met Kohl. He firmly supported European integration. Later, Chirac's warning "
                             "about her plan proved correct.")
    # a gendered word between: the 他 may be the father's
    dad = "希拉克曾担任法国总统。他的父亲说，他坚定支持欧洲一体化。后来的事实证明，希拉克的警告十分正确。"
    assert not _earlier(dad, "Chirac served as president. His father said he firmly supported European integration. "
                             "Later, Chirac's warning about her plan proved correct.")


def _earlier(source: str, target: str) -> list[str]:
    """The gender issues that rest on what an earlier sentence said."""
    return [i.message for i in CK.check(target, source=source).issues
            if i.rule == "accuracy.gender.pronoun" and "earlier" in i.message]


TRUDEAU = "特鲁多的旧照被曝光。特鲁多算是搬起石头砸了自己的脚。"


def test_a_name_the_translation_called_he_earlier():
    src = "加拿大总理特鲁多发表了自己的讲话。" + TRUDEAU
    head = "Canadian Prime Minister Trudeau gave his speech. Old photos of Trudeau were exposed. "
    got = _gender(src, head + "Trudeau lifted a rock only to drop it on her own toes.")
    assert got == ["her"]
    assert _gender(src, head + "Trudeau lifted a rock only to drop it on his own toes.") == []


def test_what_a_translation_says_is_learnt_only_beside_one_person():
    # the pronoun comes before the name: somebody else's
    src = "发表了自己的讲话后，特鲁多离开了。" + TRUDEAU
    assert _gender(src, "After his speech, Trudeau left. Old photos of Trudeau were exposed. Trudeau lifted a rock "
                        "only to drop it on her own toes.") == []
    # a gendered noun beside it: the pronoun may be the mother's
    src = "特鲁多和母亲发表了讲话。" + TRUDEAU
    assert _gender(src, "Trudeau and his mother gave a speech. Old photos of Trudeau were exposed. Trudeau lifted "
                        "a rock only to drop it on her own toes.") == []
    # inside a quotation
    src = "特鲁多说：“自己的讲话很好。”" + TRUDEAU
    assert _gender(src, "Trudeau said: “His speech was good.” Old photos of Trudeau were exposed. Trudeau lifted "
                        "a rock only to drop it on her own toes.") == []


def test_a_foreign_name_parted_by_its_dot_is_one_name():
    assert list(name_runs(tag("阿瑟·米勒来到中国"))) == ["阿瑟·米勒"]


needs_names = pytest.mark.skipif(not given_names.available(), reason="nomquamgender's name data is not installed")


@needs_names
def test_a_given_name_says_the_gender():
    # CC-CEDICT's English form of the source name (特朗普 "Donald Trump"), or the target's rendering (Christopher)
    assert _gender("美国总统特朗普吹嘘自己取得的成就。", "US President Donald Trump boasted about her achievements.") \
        == ["her"]
    assert _gender("许正宇对香港经济表示乐观。", "Christopher Hui said she is optimistic about Hong Kong's economy.") \
        == ["she"]
    assert _gender("默克尔表示乐观。", "Merkel said he was optimistic.") == ["he"]  # 默克尔 "Angela Merkel"
    assert _gender("许正宇对香港经济表示乐观。", "Christopher Hui said he is optimistic about Hong Kong's economy.") == []


@needs_names
def test_a_given_name_is_no_evidence_beside_someone_else():
    # a person noun before the pronoun, a place between the name and "her", a second name, a name of both genders
    assert _gender("特朗普称赞护士的工作。", "Donald Trump praised the nurse for her work.") == []
    assert _gender("特朗普说英国会遵守承诺。", "Donald Trump said Britain would keep her promises.") == []
    assert _gender("特朗普和王芳表示乐观。", "Donald Trump and Wang Fang said she was optimistic.") == []
    assert _gender("许正宇对香港经济表示乐观。", "Jean Hui said she is optimistic about Hong Kong's economy.") == []


def test_person_nouns_from_wordnet():
    from tqcheck.lexicon.person_nouns import is_person

    assert is_person("nurse") and is_person("volunteers") and is_person("reporter")
    assert not is_person("achievement") and not is_person("speech")


def test_a_name_right_after_a_word_of_one_gender_keeps_it():
    src = "傅昆宝和妻子周燕来来回回地收拾东西。周燕说，家里是平房。"
    head = "Fu Kunbao and his wife Zhou Yan were packing. "
    assert _gender(src, head + "Zhou Yan said that his house is a bungalow.") == ["his"]
    assert _gender(src, head + "Zhou Yan said that her house is a bungalow.") == []


def test_a_word_after_the_name_says_nothing_of_it():
    # 特朗普夫人 is Trump's wife, not a woman named Trump
    from tqcheck.rules.accuracy._people import NameGenders

    class _Pair:
        def __init__(self, text):
            self.src_text, self.src_start, self.src_end = text, 0, len(text)

    class _Unit:
        source = None

    names = NameGenders(_Unit(), [])
    names._words = lambda p: tag(p.src_text)  # type: ignore[method-assign]
    names._learn_apposition(_Pair("特朗普夫人出席了活动。"))
    assert "特朗普" not in names.known
    names._learn_apposition(_Pair("男子王某出席了活动。"))
    assert names.known.get("王某") == MALE


def test_a_sentence_that_drops_its_subject_is_about_the_person_named_last():
    src = "杨鸿年于1983年创办北京爱乐合唱团。三十余年来，他率领这支合唱团唱遍世界各地。曾先后指挥30余个团体的演出。"
    head = ("Yang Hongnian founded the Beijing Philharmonic Chorus in 1983. For thirty years, he led it around the "
            "world. ")
    assert _gender(src, head + "She conducted more than 30 ensembles.") == ["She"]
    assert _gender(src, head + "He conducted more than 30 ensembles.") == []
    # somebody else the target names or calls a person before the pronoun may be its antecedent
    other = "杨鸿年于1983年创办北京爱乐合唱团。三十余年来，他率领这支合唱团唱遍世界各地。曾先后与王芳合作演出。"
    assert _gender(other, head + "Wang Fang performed with them, and she was praised.") == []
