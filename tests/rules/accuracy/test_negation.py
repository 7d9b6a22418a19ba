"""Negation lost: negatives inside words, negatives of mood, opposites, and
which English prefixes negate (tqcheck.rules.accuracy.negation)."""

from __future__ import annotations

from tqcheck import Checker
from tqcheck.rules.accuracy.negation import _negative_token, target_negations

CK = Checker({"severity": {"accuracy": "major"}})


def _lost(source: str, target: str) -> list[str]:
    return [source[i.start:i.end] for i in CK.check(target, source=source).issues
            if i.rule == "accuracy.negation.lost"]


def test_negative_glued_to_a_neighbour_by_the_segmenter():
    assert _negative_token("餐未")  # 订的餐未|送到
    assert _negative_token("都还没")
    assert _negative_token("请勿")
    assert _negative_token("不属")
    assert not _negative_token("不过")  # a dictionary word of positive sense
    assert not _negative_token("不仅")
    assert not _negative_token("了不起")
    assert _lost("订的餐未送到", "The ordered food was delivered.") == ["餐未"]
    assert _lost("订的餐未送到", "The ordered food was not delivered.") == []


def test_word_whose_dictionary_definition_negates():
    assert _lost("后续的服务可能会跟不上。", "The follow-up service may keep up.") == ["跟不上"]
    assert _lost("电话无人接听", "The phone was answered.") == ["无人"]
    assert _lost("电话无人接听", "Nobody answered the phone.") == []


def test_free_renderings_names_and_idioms_are_left_alone():
    # the target says none of what the negative negates
    assert _lost("苹果并不愁卖。", "The apples are selling well.") == []
    assert _lost("而他们的身份也让人始料未及。", "Their identity was also surprising.") == []
    assert _lost("李宇春、毛不易等音乐人演出。", "Performers included Li Yuchun and Mao Buyi.") == []
    assert _lost("糖类常常被加入到甚至不怎么甜的食物当中。", "Sugar is added to even less sweet foods.") == []


def test_negative_rendered_by_an_opposite():
    src = "宏碁暗影骑士龙价格方面还是不算贵的。"
    assert _lost(src, "Acer shadow knight dragon is cheap.") == []
    assert _lost(src, "Acer shadow knight dragon is expensive.") == ["不算"]
    # the negated word itself rendered: an opposite elsewhere is another word's
    src = "习近平总书记多次强调，中国开放的大门不会关闭，只会越开越大。"
    assert _lost(src, "Xi Jinping has stressed that China will close its door and will only open wider.") == ["不会"]


def test_negative_of_mood_judged_at_its_verb():
    assert _lost("你们不得组织聚会。", "You must organize parties.") == ["不得"]
    assert _lost("你们不得组织聚会。", "You must not organize parties.") == []
    assert _lost("你不必担心。", "You need to worry.") == ["不必"]


def test_rendering_of_the_governed_word_is_no_negative_of_it():
    # "denied" renders 否定 itself; the negative of 不该 is missing
    assert _lost("右派的积极意义不该否定。", "The positive significance of the Rightists should be denied.") == ["不该"]
    assert _lost("右派的积极意义不该否定。", "The positive significance of the Rightists should not be denied.") == []


def test_in_and_dis_words_negate_only_as_antonyms_of_their_stem():
    def words(text):
        return [text[a:b] for a, b in target_negations(text)]

    assert words("It inspires the industries to discover more.") == []
    assert words("The answer is incorrect and impossible; we disagree.") == ["incorrect", "impossible", "disagree"]
    assert words("This is illegal and irregular.") == ["illegal", "irregular"]
    assert words("a shadow-less lamp") == ["shadow-less"]
    assert _lost("激励全国各族人民不忘初心。", "It inspires the people to forget their original intentions.") == ["不忘"]


def test_negative_before_a_word_that_gives_up_needs_saying_when_that_word_is_rendered():
    src = "专制政权永远无法熄灭自由的微火。"
    assert _lost(src, "A dictatorship can extinguish the flame of liberty.") == ["无法"]
    assert _lost(src, "A dictatorship can never extinguish the flame of liberty.") == []
    # rendered freely, the pair says something positive: no finding (neg14d's class)
    assert _lost("他精心伺候不敢怠慢。", "He served them carefully.") == []


def test_rhetorical_question_is_no_negation():
    assert _lost("如果不知道如何品味它，岂不是糟蹋了它的醇香。",
                 "If you don't know how to taste it, it would be such a waste of its fragrance.") == []


def test_word_holding_its_negative_judged_at_its_own_rendering():
    src = "虽然右派在历史上有得志时代，但不长，所以短是因为给点儿阳光就灿烂。"
    # "little" elsewhere is no alibi, and "short" renders 短, not 不长
    assert _lost(src, "Although the Rightists had their time, it was long, and the reason why it was short was "
                      "they got a little sunshine.") == ["不长"]
    assert _lost(src, "Although the Rightists had their time, it was not long, and the reason why it was short "
                      "was they got a little sunshine.") == []


def test_what_is_left_to_do_renders_not_done():
    src = "他差两个餐没送，但有个 order 已完结"
    assert _lost(src, "He still has two food orders to deliver, but one order has completed.") == []
    assert _lost(src, "He delivered two food orders, but one order has completed.") == ["餐没送"]


def _added(source: str, target: str) -> list[str]:
    return [target[i.start:i.end] for i in CK.check(target, source=source).issues
            if i.rule == "accuracy.negation.added"]


def test_double_negative_masks_only_its_own_negatives():
    src = "简单说，激光电视不得不使用价格昂贵的透镜，这不符合光学最佳设计。"
    assert _lost(src, "Simply put, the laser TV has to use expensive lenses, which is in line with the best "
                      "optical design.") == ["不"]
    assert _lost(src, "Simply put, the laser TV has to use expensive lenses, which is not in line with the best "
                      "optical design.") == []
    assert _lost("我们不得不放弃。", "We had to give up.") == []


def test_yet_negates_only_as_yet_to():
    src = "目前，被投诉的３所高校尚未作出回应。"
    assert _lost(src, "The 3 universities being complained about have responded yet.") == ["尚未"]
    assert _lost(src, "The 3 universities being complained about have yet to respond.") == []
    assert _lost(src, "Yet the 3 universities being complained about have not responded.") == []


def test_under_words_are_no_negatives():
    assert target_negations("They understand it and undertake it.") == []
    assert target_negations("under 18") == [(0, 5)]


def test_manner_word_between_negative_and_verb():
    src = "70年来，中国没有主动挑起过任何一场战争和冲突，没有侵占过别国一寸土地。"
    assert _lost(src, "Over the past 70 years, China has provoked any war or conflict, nor invaded any other "
                      "country.") == ["没有"]
    assert _lost(src, "Over the past 70 years, China has never provoked any war or conflict, nor invaded any "
                      "other country.") == []


def test_what_the_definition_denies_and_a_verb_cut_from_its_result():
    assert _lost("外人不解他们的事业。", "Outsiders understand their career.") == ["不解"]
    assert _lost("外人不解他们的事业。", "Outsiders are puzzled by their career.") == []
    src = "寿光农民种菜丰收却卖不出，烂在地里。"
    assert _lost(src, "Shouguang farmers had abundant harvests, but the vegetables could be sold and rotted in "
                      "the field.") == ["不出"]
    assert _lost(src, "Shouguang farmers had abundant harvests, but the vegetables could not be sold and rotted "
                      "in the field.") == []


def test_verb_linked_by_a_derived_form():
    src = "你可以继续认为这并不是骚扰、你甚至可以继续否认那不是你制的图。"
    assert _lost(src, "You can continue to think that this is harassment; you can even continue to deny that "
                      "you made the pictures.") == ["不是"]
    assert _lost(src, "You can continue to think that this is not harassment; you can even continue to deny "
                      "that you made the pictures.") == []


def test_added_negative_on_a_clause_without_one():
    src = "在南部非洲首次报告奥密克戎变异毒株后，其他医生也分享了类似的经验，这并不奇怪。"
    assert _added(src, "After Omicron was first reported in southern Africa, other doctors did not share similar "
                       "experience, which is not surprising.") == ["not"]
    assert _added(src, "After Omicron was first reported in southern Africa, other doctors shared similar "
                       "experience, which is not surprising.") == []
    # a pronoun negates a thing, from any clause; English negates the verb of thinking
    assert _added("没有了，谢谢", "Nothing else, thanks.") == []
    assert _added("他们认为这个计划不会成功。", "They do not think the plan will succeed.") == []


def test_a_little_is_no_negative_and_an_unrendered_name_tag_no_name():
    assert target_negations("a little modification, quite a few people") == []
    assert target_negations("of little value") == [(3, 9)]
    # 都还没 tagged a name by the segmenter, rendered by nothing: its negative still counts
    assert _lost("已经 1 个小时了，都还没送到", "It has been 1 hour and it still has been delivered yet.") == ["都还没"]
    assert _lost("已经 1 个小时了，都还没送到", "It has been 1 hour and it has not been delivered yet.") == []
    assert _lost("李宇春、毛不易等音乐人演出。", "Performers included Li Yuchun and Mao Buyi.") == []


def test_not_only_without_its_second_half_denies():
    from tqcheck.rules.accuracy.negation import strict_negations

    assert strict_negations("It is not only cheap but also good.", 0) == []
    assert strict_negations("Our window is not only four minutes.", 0) == [(14, 17)]
    src = "如果我真的发生了心脏病，那么我们生命的窗口只有四分钟！"
    assert _added(src, "If we suffer from a heart attack, our life window is not only four minutes!") == ["not"]
    assert _added(src, "If we suffer from a heart attack, our life window is only four minutes!") == []
    # the source's own "not only" (不仅), its second half said another way
    assert _added("结果显示羟氯喹不仅没有治疗效果，反而可能对脏器产生损伤性副作用。",
                  "The results show that not only is hydroxychloroquine not helpful, it can have damaging side "
                  "effects on the body's organs.") == []


def test_not_more_compares_only_before_than():
    from tqcheck.rules.accuracy.negation import strict_negations

    assert strict_negations("There are not more than 7,000 employees.", 0) == []
    assert strict_negations("People are not more enthusiastic about it.", 0) == [(11, 14)]


def _added_only(source: str, target: str) -> list[str]:
    return [target[i.start:i.end] for i in CK.check(target, source=source).issues
            if i.rule == "accuracy.negation.added"]


def test_a_word_rendered_by_its_positive_sense_licenses_no_not():
    # 无症状 is rendered "asymptomatic": the "not" before "report" renders nothing of it
    src = "福建省报告新增无症状感染者1例。"
    assert _added_only(src, "Fujian Province did not report one new asymptomatic infection.") == ["not"]
    assert _added_only(src, "Fujian Province reported one new asymptomatic infection.") == []
    # ... but a "not" before nothing the alignment renders is a free translation, left alone
    assert _added_only("中国女排赛前也做好了困难的准备，一切仍然在郎平掌握之中。",
                       "The Chinese team was prepared to meet the challenge before the match, so Lang Ping wasn't "
                       "surprised.") == []


def test_a_noun_after_is_not_is_its_predicate():
    assert _added_only("小康不小康，关键看老乡。", "Hometowns are not the key to moderate prosperity.") == ["not"]
    assert _added_only("小康不小康，关键看老乡。", "Hometowns are the key to moderate prosperity.") == []


def test_copula_is_read_before_the_negative_only():
    from tqcheck.rules.accuracy.negation import _copula_before

    text = "The analysis not. They are not the key."
    assert not _copula_before(text, text.index(" not.") + 4)  # "analysis" ends in "is"
    assert _copula_before(text, text.index("not the") + 3)
    assert _copula_before("is not", 6)


def _added(source: str, target: str) -> list[str]:
    return [target[i.start:i.end] for i in CK.check(target, source=source).issues
            if i.rule == "accuracy.negation.added"]


def test_words_a_translator_renders_with_a_negative_license_it():
    # clean generaltest2022 and newstest2020 references (fa22): 慎, 除外, 零, 拿掉
    assert _added("部分书籍卖价高于定价，介者慎拍",
                  "Some books are sold at a higher price than the set price, don’t buy it if you mind.") == []
    assert _added("每天10分钟，零基础也能轻松开口！", "10 minutes every day, and one with no foundation can speak easily!") == []
    assert _added("但如果把原盐拿掉，寿光的纯工业产值仅剩1.19亿元，排在倒数第三。",
                  "However, if the raw salt was not counted, the pure industrial output value of Shouguang was only "
                  "119 million yuan, ranking third from the bottom.") == []
    # ... while a "not" with none of them is still added
    assert _added("每天10分钟，基础好也能轻松开口！", "10 minutes every day, and one who is not good can speak easily!") == [
        "not"]


def test_fei_for_africa_is_no_negative():
    # newstest2020 Human-B
    src = "外长们表示，非中关系建立在平等和相互尊重的基础之上，非洲和中国始终互为最可信赖和最可倚重的伙伴。"
    assert _lost(src, "The Foreign Ministers expressed that the relationship between Africa and China is based on "
                      "equality and mutual respect, and they have always been the trusted and most reliable partners "
                      "for each other.") == []

def test_please_do_not_is_a_negative_of_mood():
    src = "微流控芯片上盖板为PC材质，请勿通入与PC发生化学反应的溶剂。"
    assert _lost(src, "The upper cover plate of the chip is made of PC, and please add any solvent that reacts "
                      "with PC.") == ["请勿"]
    assert _lost(src, "The upper cover plate of the chip is made of PC, and please do not add any solvent that "
                      "reacts with PC.") == []


def test_negative_of_an_unrendered_verb_judged_between_its_neighbours():
    # 制造 is not linked, but 临时 and 不必要 are: "will create" between them says no negative
    src = "各方承诺，措施是透明和临时的，不会制造不必要的贸易壁垒。"
    assert _lost(src, "All sides pledged that the measures are transparent and temporary, and will create "
                      "unnecessary trade barriers.") == ["不会"]
    assert _lost(src, "All sides pledged that the measures are transparent and temporary, and will not create "
                      "unnecessary trade barriers.") == []
    # a clause before 的 comes after its noun in English: the negative stands after the neighbours
    assert _lost("麦当劳会在入口处提供口罩给没有携带的客人。",
                 "McDonald's will provide masks at the entrance for customers who do not have one.") == []


def test_excluding_negates():
    assert target_negations("RMB 5 billion (excluding transaction costs)")
    assert _lost("已支付的资金总额合计50亿元(不含交易费用)。",
                 "Total funds paid were RMB 5 billion (excluding transaction costs).") == []


def test_said_keys_read_per_word_as_the_lexicon_gives_them():
    # the keys of each word are kept per word as written; case and inflection still reach the lexicon
    from tqcheck.rules.accuracy._shared import lexicon
    from tqcheck.rules.accuracy.negation import _LATIN, _said_keys

    lex = lexicon()
    for text in ("Exports Fell and exports fell.", "They failed to agree; FAILED talks.", "Prices rose"):
        want = frozenset(k for m in _LATIN.finditer(text) for k in lex.lemma_keys(m.group(0).lower()))
        assert _said_keys(text) == want
        _said_keys.cache_clear()
        assert _said_keys(text) == want  # the second time from the per-word memo


def test_governed_word_whose_own_sense_denies():
    # the target says the governed word as the dictionary does ("absent", "denied"): that is the
    # word, not its negative, which is lost
    assert _lost("帮助非洲维护和平安全，中国从不缺席。", "China has been absent from helping Africa achieve peace and security.") \
        == ["从不"]
    assert _lost("帮助非洲维护和平安全，中国从不缺席。", "China has never been absent from helping Africa.") == []
    assert _lost("帮助非洲维护和平安全，中国从不缺席。", "China is always present when Africa needs help with peace.") == []
    assert _lost("右派的积极意义不该否定，这是事实。", "The positive significance of the Rightists should be denied, it is a fact.") \
        == ["不该"]
    # ... but such a word elsewhere may still stand for the negative (拒绝…不适合 -> "refused")
    assert _lost("本来还说拒绝古风不适合古风", "I refused the ancient style at first.") == []


def test_nor_with_no_negative_before_it_continues_a_lost_one():
    src = "中国绝不把自己的意志强加于人，也绝不允许任何人把他们的意志强加于中国人民。"
    assert _lost(src, "China will impose its will on other countries, nor will it allow others to impose theirs on "
                      "the Chinese people.") != []
    assert _lost(src, "China will never impose its will on other countries, nor will it allow others to impose "
                      "theirs on the Chinese people.") == []
    # a "nor" that opens its sentence follows a negative said before it
    assert _lost("他也绝不允许任何人这样做。", "Nor will he allow anyone to do so.") == []


def test_word_said_twice_each_time_negated():
    src = "噪音很小，不用担心炒糊，也不用担心不会做了！"
    assert _lost(src, "It makes very small noises; I’ll worry about over cooking or not being able to cook!") != []
    assert _lost(src, "It makes very small noises; no need to worry about over cooking or not being able to cook!") == []
    # said twice, once without a negative: the negative before one rendering is enough
    assert _lost("我不喜欢苹果，但是我喜欢香蕉。", "I don't like apples, but I like bananas.") == []


def test_negative_before_a_preposition_judged_between_the_words_around_it():
    src = "条例重点瞄准行人不按交通信号灯指示通行等不文明行为。"
    assert _lost(src, "The regulations focus on uncivilized behavior such as pedestrians who follow the traffic "
                      "lights.") != []
    assert _lost(src, "The regulations focus on uncivilized behavior such as pedestrians who do not follow the "
                      "traffic lights.") == []
    assert _lost(src, "The regulations focus on uncivilized behavior such as pedestrians ignoring the traffic "
                      "lights.") == []


def test_negated_word_said_another_way_with_its_clause_rendered():
    # clean generaltest2022 references (fa23): the translator says 不 + word as one positive word
    # ("low-key", "keep", "new hands"); the negated word is then unrendered while its clause is
    src = ("推荐理由:精选高粱为原料，采用传统工艺酿造，来自内蒙古高原的白酒，口感更为经典，浓香甜口，涩中带点甜，"
           "层次丰富，采用传统固态法白酒工艺，保留了其原汁原味不流失，让酒体带着浓郁又醇厚的口感。")
    assert _lost(src, "Recommendation: Made from carefully selected sorghum, brewed using traditional procedure; "
                      "baijiu from Inter Mongolian Plateau tastes more classic, rich, sweet, astringent and layered; "
                      "it adopts traditional solid-state Baijiu procedure to keep its original flavor, giving it a "
                      "rich and mellow taste.") == []
    src = "电脑挺好的，尤其是客服态度很好，不懂的问就好，推荐购买"
    assert _lost(src, "The laptop is good; the customer service staff is really nice; just ask them if you have "
                      "any question; recommended.") == []
    # a dropped "not" leaves the negated word rendered: still found
    assert _lost("这个问题他不懂，我们去问老师吧。", "He understands this question; let's ask the teacher.") == ["不"]


def test_rhetorical_question_licenses_a_negative_answer():
    # clean generaltest2022 reference (fa23): 何必呢 "why bother?" is said "we don't need to"
    src = "也不要试图证明咱们是正确的，更不要想着让反贼和左癫承认，何必呢？"
    assert _added(src, "Don’t try proving that we are correct, and don’t make the traitors or the left wing "
                       "to admit it; we don’t need to do so.") == []
    # a negative the source has no room for is still found
    assert _added("也要试图证明咱们是正确的，何必呢？",
                  "Don’t try proving that we are correct; we don’t need to do so.") != []
