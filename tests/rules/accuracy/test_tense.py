"""accuracy.tense.reversed: the present against the past, a will in a sentence told in the past, 将于."""

from __future__ import annotations

from tqcheck import Checker
from tqcheck.rules.accuracy import tense


def _found(source: str, target: str) -> list[str]:
    checker = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.tense"]})
    return [target[i.start:i.end] for i in checker.check(target, source=source).issues]


def test_later_finite_past_after_a_subject_or_a_comma_clause():
    assert tense._later_past("will be in charge, so he informed them", 0)
    assert tense._later_past("will lead the team, and decided to stay", 0)
    assert not tense._later_past("will continuously be consolidated and developed", 0)  # participles under the will
    assert not tense._later_past("will help the villagers", 0)


def test_determiner_opens_no_present_clause():
    assert not tense._present("The results were unveiled.")
    assert tense._present("China opens a new port.")


def test_now_against_the_past_leaves_the_verb_undated():
    src = "张旭阳表示，以往通过调查问卷来定位客户的风险偏好容易存在偏差，而现在使用人工智能进行用户画像，有助于更好地定位客户。"
    tgt = ("Zhang Xuyang said that in the past, locating customers through questionnaires was easily biased, but now "
           "using artificial intelligence for user portraits will help to better locate customers.")
    assert _found(src, tgt) == []


def test_will_in_a_sentence_told_in_the_past_with_no_future_in_the_source():
    src = "王礼稳负责13户村民的转移安置工作，一户一户通知，确认每个人的安置方案。"
    assert _found(src, "Wang Liwen will be in charge of the relocation of 13 households, so he informed the villagers.") \
        == ["will"]
    assert _found(src, "Wang Liwen was in charge of the relocation of 13 households, so he informed the villagers.") == []
    # a source with a plan or a modal leaves the will alone
    assert _found("王礼稳计划负责13户村民的转移安置工作，一户一户通知。",
                  "Wang Liwen will be in charge of the relocation of 13 households, so he informed the villagers.") == []


def test_jiang_yu_before_a_date_marks_the_verb_after_it():
    assert _found("结果将于8月7日正式揭晓。", "The results were officially unveiled on August 7th.") == ["were"]
    assert _found("结果将于8月7日正式揭晓。", "The results will be officially unveiled on August 7th.") == []


def test_future_read_word_by_word():
    assert tense._futurish_word("会")
    assert tense._futurish_word("可能")  # "possible"
    assert tense._futurish_word("计划")
    assert tense._futurish_word("博会")  # unknown to the dictionary: read by its characters, as before
    assert not tense._futurish_word("社会")  # "society"
    assert not tense._futurish_word("重要")  # "important"
    src = "去年，这部电影在社会上引起了广泛讨论。"
    assert _found(src, "Last year, the film will cause wide discussion in society.") == ["will"]
    assert _found(src, "Last year, the film caused wide discussion in society.") == []
    # a past word that only describes a noun (以往的 "previous") dates nothing
    assert _found("以往的规则在比赛最后两分钟沿用。", "The rule will not apply in the last two minutes.") == []


def test_will_be_judged_by_what_its_predicate_renders():
    src = "当地已做好分洪前各项准备。"
    assert _found(src, "The local government will be fully prepared to divert the flood.") == ["will"]
    assert _found(src, "The local government was fully prepared to divert the flood.") == []


def test_will_of_a_clause_that_renders_no_source_verb():
    # generaltest2022 B: "deliver" renders nothing; the translator spelt out what the new rider is for
    assert _found("是的，已经换了一个骑手", "It is another deliveryman who will deliver it to you.") == []
    # the source's past verb put in the future is still flagged
    assert _found("是的，已经换了一个骑手", "Yes, they will change the rider.") == ["will"]


def test_dao_time_jiu_is_by_then():
    # 到 + a time … 就 … 了: "by 19:06 it will be two hours"
    assert _found("到 19:06 就下单 2 小时了", "It will be 2 hours since I placed the order at 19:06") == []


def test_a_verb_after_the_past_verb_does_not_answer_the_future():
    # "seek", "needed" belong to other verbs; only a future time after the past verb answers 将
    src = "北江省将具备必要条件，以便吸引外资。"
    assert _found(src, "Bac Giang Province possessed the necessary conditions to seek foreign investment.") == ["possessed"]
    assert _found("到2020年底，北江省将具备吸引外资的必要条件。",
                  "By the end of 2020, Bac Giang Province possessed the conditions needed to attract investment.") \
        == ["possessed"]
    assert _found(src, "Bac Giang Province will possess the necessary conditions to seek foreign investment.") == []
    assert _found("博物馆将关闭至下周。", "The museum closed until next week.") == []


def test_aspect_on_the_verb_itself_dates_it_whatever_else_the_sentence_says():
    # 将 here is the object marker of a later clause; 阻止了 is past on its own verb
    src = "美国最高法院去年阻止了特朗普行政当局将公民身份问题纳入2020年人口普查表中。"
    assert _found(src, "Last year, the US Supreme Court will stop the administration's attempt to add the question.") \
        == ["will"]
    assert _found(src, "Last year, the US Supreme Court stopped the administration's attempt to add the question.") == []
    # 了 after a verb that a fear, a plan or a later time governs is no past (怕…送错了, 以后发现了再补充)
    assert _found("好的，我只怕他送错了地址", "OK, I just worry that he will deliver it to the wrong address.") == []
    assert _found("其他功能等以后发现了再补充。", "Other functions will be discovered and added later.") == []


def test_jiang_before_a_preposition_is_the_future_of_the_verb_it_governs():
    src = "同时，大篷车将对所到的每个村庄进行长达1小时的直播。"
    assert _found(src, "Meanwhile, the caravan carried out a 1-hour live broadcast of each village.") == ["carried"]
    assert _found(src, "Meanwhile, the caravan will carry out a 1-hour live broadcast of each village.") == []
    # 将 + a pronoun is the object marker (将其捞起 "fished it up"), not the future
    assert _found("海岸警卫队随后将其捞起。", "The Coast Guard subsequently fished it up.") == []


def test_a_future_time_right_after_a_past_verb_is_no_answer():
    src = "波兰司法部星期六表示，波兰下个星期将采取步骤，退出该条约。"
    assert _found(src, "Poland took steps next week to withdraw from the treaty, the Justice Ministry said Saturday.") \
        == ["took"]
    assert _found(src, "Poland will take steps next week to withdraw from the treaty, the Justice Ministry said Saturday.") \
        == []
    # a span that ends in the future answers it
    assert _found("博物馆将关闭至下周。", "The museum closed until next week.") == []


def test_will_say_with_a_report_told_in_the_past():
    # the future in what was said (未来将继续) is not the saying's
    src = "广东海警局相关负责人表示，未来将继续保持高压态势。"
    assert _found(src, "The official will say that in the future, they would continue to keep up the pressure.") \
        == ["will"]
    assert _found(src, "The official said that in the future, they would continue to keep up the pressure.") == []
    # a future said before the verb of saying, or a report in the present, leaves it alone
    assert _found("负责人将在会上表示，双方合作成果丰硕。",
                  "The official will say at the meeting that the cooperation was fruitful.") == []
    assert _found("王毅指出，双方明年将扩大合作。",
                  "Wang Yi will point out that the two sides will expand cooperation next year.") == []
    assert tense._past_complement("will say that the measures were proper", 8)
    assert tense._past_complement("will say he decided to stay", 8)
    assert not tense._past_complement("will say that the measures are proper and were needed", 8)
    assert not tense._past_complement("will explain the plans, including jobs for workers affected by it", 12)


def test_will_before_a_dispatch_dateline():
    src = "新华社成都7月26日电 题：把优秀返乡农民工打造成乡村振兴生力军"
    assert _found(src, "Xinhua News Agency, will report July 26th Headline: Returning migrant workers") == ["will"]
    assert _found(src, "Xinhua News Agency, Chengdu, July 26th Headline: Returning migrant workers") == []
    # a date that is no dateline (7月26日将举行) leaves the future alone
    assert _found("会议将于7月26日举行。", "The meeting will take place on July 26.") == []


def test_past_complement_reads_negative_contractions():
    assert tense._past_complement("will say that some states didn’t follow the standard", 8)


def test_jiang_phrase_leaves_a_participle_under_an_earlier_will_alone():
    # MQM newstest2020: "lessons learned" and ", guided by" are no past tense where "will" renders 将
    src = "这些努力将为我们提供可供全世界借鉴的工具、经验教训和实例。"
    assert _found(src, "These efforts will provide us with tools, lessons learned and examples for the world.") == []
    src = "新时代的中国，将在习近平新时代中国特色社会主义思想指引下，继续坚定不移走中国特色社会主义道路。"
    assert _found(src, "In the new era China will continue to unswervingly follow its socialist path with Chinese "
                       "characteristics, guided by Xi Jinping's thought on Socialism with Chinese Characteristics.") == []
