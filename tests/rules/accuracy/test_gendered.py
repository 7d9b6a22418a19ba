"""Gendered words from CC-CEDICT's glosses, and the pronoun-gender rule on
sentences whose source has no 他/她."""

from __future__ import annotations

import re

from tqcheck import Checker
from tqcheck.rules.accuracy._gendered import (FEMALE, MALE, en_gendered, en_person, outside_quotes, zh_gender,
                                              zh_genders_around, zh_glosses, zh_group)

CK = Checker()


def _gender(source: str, target: str) -> list[str]:
    return [target[i.start:i.end] for i in CK.check(target, source=source).issues if i.rule == "accuracy.gender.pronoun"]


def test_person_words_are_keyed_by_their_glosses_gender():
    assert zh_gender("男子").person == {MALE}
    assert zh_gender("女士").person == {FEMALE}
    assert zh_gender("女孩").person == {FEMALE}
    assert MALE in zh_gender("先生").person


def test_relatives_are_gendered_but_no_person_of_the_sentence():
    assert zh_gender("妻子") == (frozenset({FEMALE}), frozenset())
    assert zh_gender("父亲") == (frozenset({MALE}), frozenset())
    assert zh_gender("两口子").genders == {MALE, FEMALE}


def test_single_characters_count_by_a_first_gloss_naming_a_person():
    assert zh_gender("女").person == {FEMALE}
    assert zh_gender("公").genders == frozenset()  # "public" first, "male" later
    assert zh_gender("孙").genders == frozenset()  # "grandson", but a surname


def test_words_the_lexicon_lacks_are_read_by_a_title_or_a_first_character():
    assert zh_gender("李先生").person == {MALE}
    assert zh_gender("女主").person == {FEMALE}
    assert zh_gender("此人").genders == frozenset()
    assert "wife" in zh_glosses("夫妻俩")


def test_english_titles_only_as_titles():
    assert en_person("Miss Li said so.", FEMALE)
    assert not en_person("We will miss the bus.", FEMALE)
    assert en_person("Mr. Li said so.", MALE)
    assert en_gendered("He and his wife left.", FEMALE)
    assert not en_gendered("He and his sons left.", FEMALE)


def test_pronouns_inside_a_quotation_count_only_beside_the_person_word():
    text = "The man said: “She is here.” He left."
    pron = list(re.finditer(r"\b(?:she|he)\b", text, re.I))
    assert [m.group(0) for m in outside_quotes(text, pron)] == ["He"]
    quoted = "“The girl raised money for his sister,” it said."
    m = list(re.finditer(r"\bhis\b", quoted))
    assert outside_quotes(quoted, m, re.search("girl", quoted)) == m


def test_a_person_called_a_man_against_feminine_pronouns_only():
    assert _gender("这一次，男子承认了自己纵火的行为。", "This time, the man admitted to her arson.") == ["her"]
    assert _gender("这一次，男子承认了自己纵火的行为。", "This time, the man admitted to his arson.") == []


def test_the_target_must_render_the_gendered_word():
    # 男子 said in the source, but the target calls him nothing: no evidence there
    assert _gender("这一次，男子承认了自己纵火的行为。", "This time, the suspect admitted to her arson.") == []


def test_a_word_of_the_pronouns_gender_on_either_side_leaves_it_alone():
    assert _gender("男子告诉女子可以离开。", "The man told the woman she could leave.") == []
    assert _gender("男子说母亲已经离开。", "The man said her mother had left.") == []
    assert _gender("男子说可以离开。", "The man said she and her daughter could leave.") == []


def test_two_named_people_or_a_group_are_ambiguous():
    assert _gender("李先生告诉张伟可以回家了。", "Mr. Li told Zhang Wei she could go home.") == []
    assert _gender("男子们说可以离开。", "The men said she could leave.") == []


def test_she_for_a_country_or_a_ship():
    assert _gender("男子说英国会遵守承诺。", "The man said Britain would keep her promises.") == []
    assert _gender("男子说这是舰队里最快的船。", "The man said she was the fastest ship in the fleet.") == []


def test_a_spouse_of_the_pronouns_own_gender():
    assert _gender("傅昆宝和妻子周燕忙着收拾东西。", "Fu Kunbao packed up with her wife Zhou Yan.") == ["her"]
    assert _gender("傅昆宝和妻子周燕忙着收拾东西。", "Fu Kunbao packed up with his wife Zhou Yan.") == []
    assert _gender("吴凤芳拗不过老伴儿戴天福。", "Wu Fengfang couldn't turn down his husband Dai Tianfu.") == ["his"]


def test_a_name_alone_says_no_gender():
    assert _gender("博索纳罗发布了自己服药的照片。", "Bolsonaro posted a photo of her medicine.") == []


def test_a_second_person_named_only_in_the_target_is_ambiguous():
    # 小文 is a child's pet name, no name tag in the source; the target names her
    assert _gender("文先生立即带小文去医院治疗，被诊断为头外伤。",
                   "Mr. Wen took Xiaowen to the hospital immediately, and she was diagnosed as having head trauma.") == []
    # the person's own title and name, and a sentence opening, are no second person
    assert _gender("李先生一开始以为是足浴盆引起的，没想到父亲还是感觉脚底麻麻的。",
                   "Mr. Li first thought it was the basin, but her father still felt numb.") == ["her"]


def test_zi_and_er_words_are_male_only_by_their_glosses():
    assert zh_genders_around("他儿子说", "子儿") == {MALE}
    assert MALE in zh_genders_around("一个小伙子", "子儿")
    for text in ("她的孩子", "人肉靶子", "好日子", "儿童节"):
        assert zh_genders_around(text, "子儿") == frozenset(), text
    assert zh_genders_around("她女儿", "子儿") == {FEMALE}


def test_a_child_is_no_man_beside_she():
    assert _gender("今年，她的孩子已经顺利毕业。", "This year, his child graduated.") == ["his"]
    assert _gender("她儿子说考试很顺利。", "The son said his exams went well.") == []


def test_english_female_forms_and_a_guy():
    assert en_person("The photographer was a young guy.", MALE)
    assert en_person("The heroine Cai Meng left.", FEMALE)
    assert en_person("The spokeswoman said so.", FEMALE)
    assert not en_person("The chairman said so.", MALE)  # said of women too
    assert _gender("摄影师是95后的弟弟，希望以后能给更多的建议。",
                   "The photographer was a young guy born after 1995, and I hope she can give more advice.") == ["she"]


def test_places_and_organisations_in_the_target_are_no_second_person():
    assert _gender("来自上海的孙阿姨说，今年一直没有出门。",
                   "Mrs. Sun, from Shanghai, said he had not left home this year.") == ["he"]
    assert _gender("杭州女孩为姐姐募捐，新京报报道。",
                   "A girl in Hangzhou raised money for his elder sister, the Beijing News reported.") == ["his"]
    assert _gender("至于女主明明不是弱智，我真不知道这是演技的原因还是导演的要求。",
                   "As for the female lead, who is not stupid, I don’t know if it is his acting.") == ["his"]


def test_a_relative_the_tagger_calls_a_place_is_no_country():
    assert _gender("哈利王子觉得哥哥势利傲慢。", "Prince Harry thinks her older brother is arrogant.") == ["her"]


def test_they_is_no_pronoun_of_the_person():
    # 他们 "they" no longer hides the sentence from the check of its one person
    assert _gender("他们说，男子承认了自己纵火的行为。", "They said the man admitted to her arson.") == ["her"]


def test_a_quotation_mark_without_a_partner_parts_the_text():
    text = 'You can take the time to get to know the girl," he said.'
    he = list(re.finditer(r"\bhe\b", text))
    assert outside_quotes(text, he, re.search("girl", text)) == []
    assert outside_quotes(text, he) == []
    # the quotation began in an earlier segment: its speaker is nobody this sentence names
    assert _gender("你可以尽量花时间去了解这个女孩。”", text) == []
    assert _gender("你可以尽量花时间去了解这个女孩。", "You can take the time to get to know the girl and his family.") \
        == ["his"]


def test_a_surname_first_character_says_no_gender():
    # 王 is "king" first in CC-CEDICT, but 王帅 is a name, and Wang Shuai may be a woman
    assert zh_gender("王帅").genders == frozenset()
    assert zh_gender("王先生").person == {MALE}
    assert zh_gender("女法官").person == {FEMALE}


def test_an_ex_partner_of_the_pronouns_own_gender():
    src = "刘德华一边被刘青云追捕，一边又被前女友倪妮指挥行动。"
    assert _gender(src, "Andy Lau is chased by Sean Lau while taking orders from her ex-girlfriend Ni Ni.") == ["her"]
    assert _gender(src, "Andy Lau is chased by Sean Lau while taking orders from his ex-girlfriend Ni Ni.") == []
    assert _gender("周燕和前夫见了面。", "Zhou Yan met his ex-husband.") == ["his"]
    # a woman's girlfriend may be her friend: only the ex-partner says whose
    assert _gender("李芳和女友去逛街。", "Li Fang went shopping with her girlfriend.") == []


GRANDMA = "她奶奶有个愿望是想看下雪，然后剧情就安排邻里中的一个大爷开着小面包车送她去东北看雪。"


def test_a_pronoun_the_alignment_pins_to_the_other_gender():
    # a man and a woman in the sentence: only the word after 她 says whose grandma
    assert _gender(GRANDMA, "His grandma wished to see snow, so an old man next door drove her to the Northeast to "
                            "see it.") == ["His"]
    assert _gender(GRANDMA, "Her grandma wished to see snow, so an old man next door drove her to the Northeast to "
                            "see it.") == []
    # the pronoun of its own gender is there too
    assert _gender("他和她的孩子都来了，大爷说。", "His and her children came, the old man said.") == []


def test_he_is_not_pinned_it_may_be_said_of_a_woman():
    assert _gender("张女士和王先生说，他的儿子很安全。", "Ms. Zhang and Mr. Wang said her son was safe.") == []


def test_siblings_and_parents_are_no_woman_beside_he():
    assert zh_group("兄弟姐妹") and zh_group("父母") and zh_group("子女")
    # a couple holds a wife, who may be the "she"; a sister is one woman
    assert not zh_group("夫妻") and not zh_group("姐妹") and not zh_group("母亲")
    src = "刘易斯的五个兄弟姐妹谈到他是一个充满爱心的男人。"
    assert _gender(src, "Lewis's five brothers and sisters described her as a caring family man.") == ["her"]
    assert _gender(src, "Lewis's five brothers and sisters described him as a caring family man.") == []
    # a sister alone still blocks: the pronoun may be hers
    assert _gender("姐姐说他很安全。", "The sister said she was safe.") == []
    # unless 他 opens the sentence or the alignment pins it: his sister is no "her sister"
    assert _gender("他的姐姐说很安全。", "Her sister said it was safe.") == ["Her"]
    assert _gender("李明说，他的姐姐很安全。", "Li Ming said her sister was safe.") == ["her"]


def test_a_sentence_that_opens_with_he_against_a_translation_that_opens_with_she():
    src = "他补充说，约翰没有听从母亲的警告。"
    assert _gender(src, "She added that John ignored her mother's warning.") == ["She"]
    assert _gender(src, "He added that John ignored his mother's warning.") == []
    assert _gender("他说，两个女孩一个当靶子。", "She said one of the two girls acted as a target.") == ["She"]
    assert _gender("她说，他很安全。", "He is safe, she said.") == []
    # the translation may open with another word, or say he too
    assert _gender("他说，母亲很安全。", "Mother is safe, she said.") == []
    assert _gender("他说，两个女孩很安全。", "She is safe, he said of the girl.") == []
    # they
    assert _gender("他们说，两个女孩很安全。", "She said the girls were safe.") == []


def test_words_that_open_with_ta_are_no_pronoun():
    assert _gender("他国的经验表明，母亲很重要。", "She said other countries show that mothers matter.") == []
    assert _gender("“他补充说，约翰没有听从母亲的警告。", "“She added that John ignored her mother's warning.") == ["She"]
