"""The accuracy rules at the word level, on the alignment: what they report,
where, and the target neighbourhood a source-side issue carries."""

from __future__ import annotations

from ._spans import issue_texts as _issues


def test_lost_negative_found_at_its_verb_with_a_neighbourhood():
    src = "这种新材料不会增加飞机的重量，而且价格便宜。"
    got = _issues(src, "The new material will increase the weight of the aircraft, and it is cheap.",
                  "accuracy.negation.lost")
    # "increase" is no in- negative (WordNet: its antonym is "decrease", not "crease"), so the sentence
    # test finds it, with the target between the renderings of the words around the negative
    assert got == [("不会", "material will increase")]
    assert _issues(src, "The new material will not increase the weight of the aircraft, and it is cheap.",
                   "accuracy.negation.lost") == []


def test_negative_word_that_renders_another_source_word_does_not_count():
    src = "问题还未根本解决，违法收集个人信息的现象仍然存在。"
    assert [g for g, _ in _issues(src, "The problem has been fundamentally resolved, and illegal collection of "
                                       "data still exists.", "accuracy.negation.lost")] == ["未"]


def test_comparison_after_a_negative_is_no_negation():
    assert _issues("规定每辆公交车的乘客最多不能超过20人。", "The rules limit each bus to a maximum of 20 passengers.",
                   "accuracy.negation.lost") == []


def test_opposite_word_points_at_its_source():
    assert _issues("公司去年购买了两块土地。", "The company sold two plots of land last year.",
                   "accuracy.polarity.reversed") == [("sold", "购买")]


def test_down_word_that_renders_another_word_is_no_reversal():
    assert _issues("各部门强化防汛工作。", "All departments will consolidate flood control.",
                   "accuracy.polarity.reversed") == []


def test_dropped_conjunct():
    src = "他们讨论了国际和地区合作。"
    assert _issues(src, "They discussed regional cooperation.", "accuracy.omission") == [("国际", "regional")]
    assert _issues(src, "They discussed international and regional cooperation.", "accuracy.omission") == []


def test_verb_of_saying_put_in_the_future():
    src = "王毅指出，双方合作成果丰硕。"
    assert [g for g, _ in _issues(src, "Wang Yi will point out that the cooperation has been fruitful.",
                                  "accuracy.tense.reversed")] == ["will"]
    assert _issues("王毅指出，双方明年将扩大合作。", "Wang Yi will point out that the two sides will expand "
                   "cooperation next year.", "accuracy.tense.reversed") == []
    assert _issues("这些因素考验着巡逻队员的意志。", "These factors test the will of the patrol members.",
                   "accuracy.tense.reversed") == []


def test_province_swapped_for_another():
    src = "他们来自安徽的农村。"
    assert [g for g, _ in _issues(src, "They come from rural Zhejiang.", "accuracy.names.changed")] == ["Zhejiang"]
    assert _issues(src, "They come from rural Anhui.", "accuracy.names.changed") == []


def test_missing_name_points_between_its_neighbours():
    got = _issues("王毅周一在北京会见了卡拉斯。", "On Monday, Kallas met officials in Beijing.", "accuracy.names.missing")
    assert got == [("王毅", "On Monday")]  # before 周一's rendering, not the whole sentence


# -- human paraphrase that looks like a change of polarity or tense (MQM dev, Human-A/B) --

def test_lexical_negatives_answer_a_source_negative():
    for src, tgt in [("世界正处于百年未有之大变局。", "The world is changing in a way unseen in a hundred years."),
                     ("应辩人采取了不公正的程序。", "The respondent took an unjust procedure."),
                     ("她是世界上最美的未嫁公主。", "She is the most beautiful single princess in the world."),
                     ("这种小动作很不光彩。", "This small move is very ignominious.")]:
        assert _issues(src, tgt, "accuracy.negation.lost") == [], src


def test_double_negatives_and_set_phrases_are_no_negation():
    for src, tgt in [("多亏有了纳纳，不然连买零食的藉口都没了。", "Thanks to Nana, I had excuses to buy snacks."),
                     ("她晕车，又不甘心不陪我。", "She gets carsick, but she wanted to keep me company."),
                     ("挑战迫在眉睫，不应该等到局势平静才展开工作。", "The challenges are imminent and work should start now."),
                     ("确保问题一个不落。", "Ensure that all the problems are settled.")]:
        assert _issues(src, tgt, "accuracy.negation.lost") == [], src
    assert [g for g, _ in _issues("他没有参加会议。", "He attended the meeting.", "accuracy.negation.lost")] == ["没有"]


def test_positive_idioms_are_no_added_negation():
    for src, tgt in [("他们只好雇了一辆拖车。", "This left them no choice but to hire a truck."),
                     ("残障人士大多是第一次登上邮轮。", "Most of the disabled people had never boarded a cruise ship before."),
                     ("全力打造乳都升级版。", "It spared no effort to build an upgraded dairy city.")]:
        assert _issues(src, tgt, "accuracy.negation.added") == [], src
    assert _issues("公司完成了该项目。", "The company did not complete the project.", "accuracy.negation.added")


def test_past_marker_of_an_earlier_clause_leaves_a_later_will_alone():
    src = "5家平台已组织团队入驻企业，开展现场评估。"
    assert _issues(src, "Five platforms have organised teams, which will then carry out on-site evaluations.",
                   "accuracy.tense.reversed") == []
    assert _issues("该厂去年生产了1万辆汽车。", "The factory will produce 10,000 cars.", "accuracy.tense.reversed")


def test_participles_are_no_past_tense_for_a_future_source():
    src = "报告包含的案例，将对其他国家提供有益借鉴。"
    for tgt in ["The cases included in the report provide a useful reference for other countries.",
                "The cases that were reported offer a useful reference for other countries."]:
        assert _issues(src, tgt, "accuracy.tense.reversed") == [], tgt


def test_question_closed_by_a_full_stop_is_a_statement():
    assert _issues("那我怎样才能联系到送餐专员", "Then how can I contact the delivery person.", "accuracy.questions.lost")
    assert _issues("那我怎样才能联系到送餐专员", "Then how can I contact the delivery person?", "accuracy.questions.lost") == []
    assert _issues("但口水鸡是否可退款", "I can ask for a refund of the chicken.", "accuracy.questions.lost")


def test_bare_negative_judged_at_the_verb_it_governs():
    src = "多样化的策略并不意味着地区之间没有联系。"
    got = _issues(src, "Diversified strategies mean that there is no connection between regions.",
                  "accuracy.negation.lost")
    assert [g for g, _ in got] == ["不"]
    assert _issues(src, "Diversified strategies do not mean that there is no connection between regions.",
                   "accuracy.negation.lost") == []


def test_target_negative_that_renders_another_word_is_no_alibi():
    src = "宁夏银川市幼儿园尚未复园，民办幼儿园资金压力增大。"
    # "increasing" (in- is no negative there) renders 增大, so nothing says 尚未
    got = _issues(src, "Kindergartens in Yinchuan have reopened, and the financial pressure on private "
                       "kindergartens is increasing.", "accuracy.negation.lost")
    assert [g for g, _ in got] == ["尚未"]


def test_word_holding_its_negative_checked_where_its_positive_part_is_rendered():
    assert [g for g, _ in _issues("这个结果让人意想不到。", "This result was expected.",
                                  "accuracy.negation.lost")] == ["意想不到"]
    assert _issues("这个结果让人意想不到。", "This result was unexpected.", "accuracy.negation.lost") == []
    # 不畅 "poor" is linked to the "ease" of 缓解 through 畅's fourth sense: no finding
    assert _issues("为缓解交通不畅的压力，广州南站将启用新停车场。",
                   "To ease the pressure of poor traffic, the station will open new parking lots.",
                   "accuracy.negation.lost") == []


def test_negative_before_a_word_that_gives_up_reads_as_positive():
    assert _issues("他一次次遭受挫折，却从不气馁。", "He came across discouragement again and again, yet he kept going.",
                   "accuracy.negation.lost") == []
    assert _issues("他精心伺候不敢怠慢。", "He served them carefully.", "accuracy.negation.lost") == []


def test_source_negative_rendered_by_its_own_negative_word_licenses_no_other():
    # 无理 is "irrational": the "not" before "a proper response" has no source
    src = "这些措施是对美方无理行径的正当反应。"
    assert [g for g, _ in _issues(src, "These measures were not a proper response to the irrational behaviour of "
                                       "the US.", "accuracy.negation.added")] == ["not"]
    assert _issues(src, "These measures were a proper response to the irrational behaviour of the US.",
                   "accuracy.negation.added") == []

# --- false-alarm classes of clean references (clean14h) --------------------


def test_added_clause_that_renders_an_unmatched_source_name_is_no_addition():
    src = "设计师刘华智毕业于澳门理工学院，于2013年共同创立设计公司。"
    named = "The designer graduated from Macao Polytechnic Institute and founded a design company in 2013, " \
            "the partners Mann Lao and Nono Leong said."
    assert _issues(src, named, "accuracy.addition") == []
    # a place the lexicon knows is no rendering of an unmatched name
    added = "The designer graduated from Macao Polytechnic Institute and founded a design company in 2013, " \
            "while investors fled the market in Hong Kong on Monday."
    assert [g for g, _ in _issues(src, added, "accuracy.addition")] == [
        "while investors fled the market in Hong Kong on Monday"]


def test_speaker_clause_rendered_by_a_pronoun_is_no_omission():
    src = "阮氏金银女士强调，越南党和国家将继续同老挝党和国家保持密切配合。"
    tail = " that the Vietnamese Party and State would continue working closely with the Lao Party and State."
    assert _issues(src, "She affirmed" + tail, "accuracy.omission") == []
    assert [g for g, _ in _issues(src, "It was affirmed" + tail, "accuracy.omission")] == ["阮氏金银女士强调"]


def test_reported_wh_question_is_no_lost_question_but_know_what_for_a_yes_no_question_is():
    src = "你并不知道自己的搭档会是谁，会有什么有趣的事情发生呢？"
    assert _issues(src, "You don’t know who your partner will be and what interesting things might happen.",
                   "accuracy.questions.lost") == []
    assert _issues("你知道发生了什么吗？", "You know what happened.", "accuracy.questions.lost") != []


def test_deictic_verbs_are_no_opposites():
    assert _issues("已经推荐闺蜜过去，而且闺蜜也同样满心欢喜。", "I have recommended my girlfriend to come, and she was "
                   "also satisfied.", "accuracy.polarity.reversed") == []
    # 第一次 "first time" is still judged: a digit inside a number or name (双十一) is not
    got = _issues("这不是凯莉安·康威第一次引起争议了。", "This isn’t the last time Kellyanne Conway has caused controversy.",
                  "accuracy.polarity.reversed")
    assert [g for g, _ in got] == ["last"]


def test_a_fear_looks_ahead():
    assert _issues("好的，我只怕他送错了地址", "OK, I just worry that he will deliver it to the wrong address.",
                   "accuracy.tense.reversed") == []
    assert _issues("好的，他送错了地址", "OK, he will deliver it to the wrong address.", "accuracy.tense.reversed") != []


# --- false-alarm classes of clean references (clean14r) --------------------


def test_clause_where_the_other_side_has_unmatched_content_is_a_free_rendering():
    # an added clause between two renderings whose source words have an unrendered word between them
    src = "北京市商务局副局长刘梅英在25日举行的媒体通气会上介绍，重启后的消费季将保持现有补贴力度。"
    tgt = ("On the 25th, Liu Meiying, deputy director of the Beijing Municipal Commerce Bureau, explained at a press "
           "conference that after the resumption, the consumption season would keep its subsidies.")
    assert _issues(src, tgt, "accuracy.addition") == []
    # ... and where they stand side by side, the clause adds
    assert [g for g, _ in _issues("双方周一签署了贸易协定。", "On Monday the two sides, after months of secret talks in "
                                  "Geneva and Vienna, signed a trade agreement.", "accuracy.addition")] == [
        "after months of secret talks in Geneva and Vienna"]
    # an omitted clause whose place holds as many unmatched words
    src = "但当局已经表明，打算动用武力镇压。"
    assert _issues(src, "Yet the authorities have made it clear that they will implement a harsh crackdown.",
                   "accuracy.omission") == []
    assert [g for g, _ in _issues(src, "Yet the authorities have made it clear.", "accuracy.omission")] == [
        "打算动用武力镇压"]


def test_unmatched_words_that_an_unrendered_neighbour_explains_leave_the_omission():
    # "rose sharply" renders 大幅增长 (which the lexicon misses), not the dropped clause after it
    src = "海关总署表示，出口大幅增长，进口则因国际油价下跌而减少。"
    assert [g for g, _ in _issues(src, "Exports rose sharply, the customs office said.", "accuracy.omission")] == [
        "进口则因国际油价下跌而减少"]


def test_place_located_and_title_before_a_name_are_no_addition():
    assert _issues("26日，光大银行在青岛成立子公司。", "On the 26th, China Everbright Bank set up a subsidiary in Qingdao, "
                   "China's eastern Shandong province.", "accuracy.addition") == []
    assert _issues("张春贤出席招待会。", "Vice Chairman of the 13th National People's Congress (NPC) Zhang Chunxian "
                   "attended the reception.", "accuracy.addition") == []
    # a lower-case clause after the name is judged as before
    assert _issues("张春贤出席招待会。", "Zhang Chunxian attended the reception, where the vice chairman of the "
                   "congress gave a long speech.", "accuracy.addition") != []


# --- omission below the clause: whose statement it is (omit14w) -------------------------------------------

def test_named_subject_replaced_by_it_points_at_the_subject():
    src = "沙特阿拉伯重新开放了与卡塔尔的边界。"
    assert _issues(src, "It has reopened its border with Qatar.", "accuracy.omission") == [("沙特阿拉伯", "It has")]
    assert _issues(src, "Saudi Arabia has reopened its border with Qatar.", "accuracy.omission") == []
    # no subject, a common noun (the target may be a cleft that says it otherwise), a word tagged as a place
    # that is a common word of CC-CEDICT's
    assert _issues("要加强对食品安全的监管。", "It is necessary to strengthen the supervision of food safety.",
                   "accuracy.omission") == []
    assert _issues("学校的过失导致上述事件发生。", "It was negligence of the university that led to the incident.",
                   "accuracy.omission") == []
    assert _issues("入口浓醇清新，略带香草味道。", "It is mellow and fresh, with a slight taste of vanilla.",
                   "accuracy.omission") == []


def test_party_in_fang_is_a_subject_but_directions_and_sides_in_general_are_not():
    src = "中方愿与美方加强合作。"
    assert _issues(src, "It is willing to strengthen cooperation with the U.S.", "accuracy.omission") == [
        ("中方", "It is")]
    assert _issues(src, "China is willing to strengthen cooperation with the U.S.", "accuracy.omission") == []
    assert _issues("前方道路还很长。", "It is still a long way to go.", "accuracy.omission") == []
    assert _issues("双方同意加强合作。", "It was agreed to strengthen cooperation.", "accuracy.omission") == []


def test_speaker_whose_verb_of_saying_the_segmenter_glued_to_the_name():
    # jieba cuts 马克/龙说: the speaker is 马克龙 all the same
    src = "马克龙说：“法国不能接纳所有人。”"
    assert _issues(src, 'It was said that "France cannot accommodate everyone."', "accuracy.omission") == [
        ("马克龙", "It was said")]
    assert _issues(src, 'Macron said that "France cannot accommodate everyone."', "accuracy.omission") == []


def test_named_source_of_a_message_is_a_speaker_an_unnamed_one_is_not():
    src = "俄北方舰队新闻处消息说：“北极地区的可控空域明显增大。”"
    tail = ' that "the controllable airspace of the Arctic region has significantly increased."'
    assert [g for g, _ in _issues(src, "It was said" + tail, "accuracy.omission")] == ["俄北方舰队新闻处消息"]
    assert _issues(src, "The Russian Northern Fleet press service said" + tail, "accuracy.omission") == []
    assert _issues("有消息说，北极地区的可控空域明显增大。",
                   "It was said that the controllable airspace of the Arctic region has significantly increased.",
                   "accuracy.omission") == []


def test_subject_behind_an_opening_adverbial_clause():
    src = "自1929年联赛改制以来，国际米兰是唯一一支从未缺席意甲的队伍。"
    tail = " the only team to have never missed a Serie A Game since the league was reorganized in 1929."
    assert _issues(src, "It is" + tail, "accuracy.omission") == [("国际米兰", "It is")]
    assert _issues(src, "Inter Milan is" + tail, "accuracy.omission") == []
    # 据悉，: whose report it is stays the source checks' business
    assert _issues("据悉，该剧还会在国外多地取景拍摄。", "It is reported that the TV series will also be filmed abroad.",
                   "accuracy.omission") == []


def test_title_of_a_work_opening_the_sentence_is_its_subject():
    src = "《征途》是一部根据同名网络游戏改编的电视剧。"
    assert _issues(src, "It is a TV series adapted from an online game of the same name.", "accuracy.omission") == [
        ("征途", "It is")]
    assert _issues(src, "Journey is a TV series adapted from an online game of the same name.",
                   "accuracy.omission") == []


def test_named_subject_of_a_short_sentence_whose_other_words_are_rendered():
    assert _issues("吉林市是其中之一。", "It is one of them.", "accuracy.omission") == [("吉林市", "It is")]
    assert _issues("吉林市是其中之一。", "Jilin City is one of them.", "accuracy.omission") == []


def test_broadcaster_reporting_and_a_party_announcing_made_impersonal():
    src = "半岛电视台报导，安全部队25日拘押多位重要学者。"
    assert [g for g, _ in _issues(src, "It was reported that security forces detained a number of important scholars "
                                  "on the 25th.", "accuracy.omission")] == ["半岛电视台"]
    assert _issues(src, "Al Jazeera reported that security forces detained a number of important scholars on the 25th.",
                   "accuracy.omission") == []
    src = "作为回应，中方在本周五宣布关闭美国驻成都总领馆。"
    assert [g for g, _ in _issues(src, "It was announced on Friday that the US Consulate General in Chengdu would be "
                                  "closed in response.", "accuracy.omission")] == ["中方"]


def test_source_of_a_report_dropped_unless_the_target_attributes_it():
    src = "据美联社报道，南非一个医师组织说，他们的病人症状都比较轻微。"
    got = _issues(src, "A physician organization in South Africa says that their patients have mild symptoms.",
                  "accuracy.omission")
    assert [g for g, _ in got] == ["据美联社报道"]
    for tgt in ("According to AP, a physician organization in South Africa says that their patients have mild "
                "symptoms.", "A physician organization in South Africa says that their patients have mild symptoms, "
                "AP reported."):
        assert _issues(src, tgt, "accuracy.omission") == []
    assert _issues("据现场勘查监测，滑坡体目前仍处于不稳定状态。",
                   "Investigation and monitoring at the site show that the landslide remains unstable.",
                   "accuracy.omission") == []


def test_whose_view_it_is_dropped_unless_someone_says_it():
    src = "各海湾国家认为，不解决伊朗导弹问题是有缺陷的。"
    assert [g for g, _ in _issues(src, "Not solving the problem of Iranian missiles is flawed.",
                                  "accuracy.omission")] == ["各海湾国家认为"]
    assert _issues(src, "The Gulf states believe that not solving the problem of Iranian missiles is flawed.",
                   "accuracy.omission") == []
    # the speaker named after the statement, in a spelling the alignment does not match
    assert _issues("丛培武表示，中国创造了世界人类发展史上的罕见奇迹。",
                   "China has created a rare miracle in the history of human development, said Cong Peiwu.",
                   "accuracy.omission") == []


def test_pronoun_speaker_made_impersonal():
    src = "他表示，特区政府正在兴建隔离检疫设施。"
    assert _issues(src, "It was said that the SAR government is building quarantine facilities.",
                   "accuracy.omission") == [("他", "It was said")]
    assert _issues(src, "He said that the SAR government is building quarantine facilities.", "accuracy.omission") == []
    assert _issues("报道称，特区政府正在兴建隔离检疫设施。",
                   "It was reported that the SAR government is building quarantine facilities.",
                   "accuracy.omission") == []


def test_speaker_subject_is_the_opening_noun_phrase():
    # the date after the subject is rendered; the subject is not
    src = "商务部也在19日宣布，政府将多兴建2000间隔离房。"
    got = _issues(src, "It was announced on the 19th that the government would build 2,000 more rooms.",
                  "accuracy.omission")
    assert [g for g, _ in got] == ["商务部"]


def test_speaker_rendered_in_the_statement_is_another_mention_and_relative_clauses_say_nothing():
    src = "瓦莱州警方表示，目击者打电话向警方报案。"
    assert [g for g, _ in _issues(src, "It was said that a witness called the police.", "accuracy.omission")] == ["瓦莱州警方"]
    assert _issues(src, "It was said by the police that a witness called them.", "accuracy.omission") == []
    # 部长所提出的法案: the verb of saying heads no statement
    assert _issues("据报道，根据部长所提出的法案，政府将征收零食税。",
                   "It is reported that the government will levy a snack tax under the bill.", "accuracy.omission") == []


def test_added_number_counts_as_content_and_a_number_of_the_source_as_support():
    src = "双方周一签署了贸易协定。"
    added = "The two sides signed a trade agreement on Monday, and more than 200 people attended the ceremony."
    assert [g for g, _ in _issues(src, added, "accuracy.addition")] == [
        "and more than 200 people attended the ceremony"]
    # 200 is in the source: the clause says what the source says, in words the lexicon does not match
    src200 = "双方周一签署了贸易协定，200多人出席。"
    assert _issues(src200, added, "accuracy.addition") == []


def test_thousands_separator_cuts_no_clause():
    from tqcheck.rules.accuracy.addition import _clauses

    text = "The outflow was 2,760 cubic meters, and the level rose."
    assert [text[a:b] for a, b in _clauses(text, 0, len(text))] == [
        "The outflow was 2,760 cubic meters", " and the level rose."]


def test_name_said_twice_and_rendered_once_is_rendered_for_one_mention_only():
    src = "据巴西媒体报道，巴西还有5名内阁部长和10名州长确诊感染了新冠肺炎。"
    dropped = "Five other cabinet ministers and ten state governors have been diagnosed with COVID-19 in Brazil so far."
    assert [g for g, _ in _issues(src, dropped, "accuracy.omission")] == ["据巴西媒体报道"]
    kept = "According to Brazilian media reports, five other cabinet ministers and ten state governors in Brazil " \
           "have been diagnosed with COVID-19."
    assert _issues(src, kept, "accuracy.omission") == []


def test_poorly_matched_pair_judged_only_past_the_end_of_its_source():
    # 规定, 最高, 处以 are matched by nothing: the pair is rendered below the usual share
    src = "违反该规定者最高可处以1000欧元罚金。"
    ref = "Offenders can be fined up to 1,000 euros."
    assert _issues(src, ref, "accuracy.addition") == []
    added = "Offenders can be fined up to 1,000 euros, which has raised concerns among foreign investors."
    assert [g for g, _ in _issues(src, added, "accuracy.addition")] == [
        "which has raised concerns among foreign investors"]
    # the same clause before the rendering of the source's end is not past it
    inside = "Offenders, which has raised concerns among foreign investors, can be fined up to 1,000 euros."
    assert _issues(src, inside, "accuracy.addition") == []


def test_it_subject_judged_by_its_head_and_by_links_of_its_own():
    # "children" renders 孩子, not the subject's 儿童: the head 中心 is what is said or not
    src = "中国儿童中心将举办系列活动让孩子过六一。"
    assert [g for g, _ in _issues(src, "It will hold a series of activities to let children celebrate Children's Day.",
                                  "accuracy.omission")] == ["中国儿童中心"]
    assert _issues(src, "The China Children's Center will hold a series of activities to let children celebrate "
                        "Children's Day.", "accuracy.omission") == []
    # "industries" is linked to 支柱产业 as well: no rendering of 旅游业 of its own
    src = "旅游业是西班牙的重要支柱产业。"
    assert [g for g, _ in _issues(src, "It is one of Spain's most important industries.", "accuracy.omission")] \
        == ["旅游业"]
    assert _issues(src, "Tourism is one of Spain's most important industries.", "accuracy.omission") == []
    assert _issues(src, "The tourism industry is one of Spain's pillar industries.", "accuracy.omission") == []


def test_question_in_form_closed_by_a_full_stop_lost_its_mark():
    # a rhetorical question said as one, an inverted question that also reports one, chat ending in 吗
    src = "二手的200块，拥有千元拍的享受不香吗？"
    assert _issues(src, "Isn't it nice to have a one-thousand-yuan racket for 200 yuan.", "accuracy.questions.lost")
    assert _issues(src, "You can enjoy the quality of a one-thousand-yuan racket.", "accuracy.questions.lost") == []
    src = "我们在购买保险的时候，是不是应该认真思考一下，这个中介是不是可以长期为我们服务呢？"
    assert _issues(src, "When we buy insurance, shouldn't we consider whether the agent will serve us for years.",
                   "accuracy.questions.lost")
    assert _issues("要打电话跟他说吗", "Shall I tell him on the phone.", "accuracy.questions.lost")
    assert _issues("要打电话跟他说吗", "Shall I tell him on the phone", "accuracy.questions.lost") == []
    # a request in chat with no 吗 is no question closed by a full stop
    assert _issues("能否帮忙跟进一下", "Could you help follow up on it.", "accuracy.questions.lost") == []
    # "when" opening a time clause is no asking order
    assert _issues("我们买保险的时候要想清楚吗？", "When we buy insurance, we have to think clearly.",
                   "accuracy.questions.lost")


def test_chat_wh_question_closed_by_a_full_stop():
    src = "那 $32 要满足什么条件才能用"
    assert _issues(src, "Then what are the conditions for using the $32 one.", "accuracy.questions.lost")
    assert _issues(src, "Then what are the conditions for using the $32 one", "accuracy.questions.lost") == []
    # reported (知道…什么), a fragment closed by an ellipsis, a source with its own end mark
    assert _issues("我想知道要满足什么条件", "I want to know what the conditions are.", "accuracy.questions.lost") == []
    assert _issues("什么叫", "What is the...", "accuracy.questions.lost") == []
    assert _issues("你想吃什么都可以。", "What you want to eat is fine.", "accuracy.questions.lost") == []


def test_could_you_made_a_statement_though_it_reports_a_question():
    src = "你好，能否帮忙联系 rider，问一下是不是还在路上？"
    assert _issues(src, "Hello, You could help contact the rider and ask if he or she is still on the road.",
                   "accuracy.questions.lost")
    assert _issues(src, "Hello, could you help contact the rider and ask if he or she is still on the road?",
                   "accuracy.questions.lost") == []
    assert _issues("请问，几时送到？", "I may ask when it will arrive.", "accuracy.questions.lost")
    assert _issues("请问，几时送到？", "I would like to ask when it will arrive.", "accuracy.questions.lost") == []
    assert _issues("请问，几时送到？", "I cannot tell when it will arrive.", "accuracy.questions.lost") == []
