"""The bilingual lexical alignment on look-alikes and known gaps."""

from __future__ import annotations

from tqcheck.bilingual import alignment, is_chinese
from tqcheck.glossary import read as glossary_read
from tqcheck.text import Document
from tqcheck.unit import Unit
from tests.conftest import ROOT


def _al(source: str, target: str, **resources):
    return alignment(Unit(Document(target, "en"), Document(source, "zh"), segment="1", resources=resources))


def _links(al, word: str) -> list[str]:
    for w in al.source:
        if w.text == word:
            return [al.target[j].text for j in w.links]
    raise AssertionError(f"{word} not among {[w.text for w in al.source]}")


def test_sides_are_countries():
    al = _al("王毅表示，中方愿与美方加强合作。", "Wang Yi said China is willing to strengthen cooperation with the U.S.")
    assert _links(al, "中方") == ["China"]
    assert _links(al, "美方") == ["U.S."]
    assert _links(al, "王毅") == ["Wang", "Yi"]
    assert [t.text for t in al.target if t.content and not t.links] == []


def test_light_words_are_soft():
    al = _al("王毅表示，双方进行了会谈。", "Wang Yi said the two sides held talks.")
    kinds = {w.text: w.kind for w in al.source}
    assert kinds["表示"] == "soft" and kinds["进行"] == "soft"


def test_inflections_meet_on_lemmas():
    al = _al("上海的经济增长了5%。", "Shanghai's economy increased by 5%.")
    assert _links(al, "增长") == ["increased"]
    assert _links(al, "上海") == ["Shanghai's"]
    assert _links(al, "5%") == ["5"]


def test_idiom_rendered_freely_is_not_an_omission():
    al = _al("形势迫在眉睫。", "The situation is urgent.")
    idiom = next(w for w in al.source if w.text == "迫在眉睫")
    assert idiom.kind == "soft" and not idiom.content


def test_two_sessions_and_belt_and_road():
    al = _al("两会期间，代表们讨论了一带一路。", "During the two sessions, deputies discussed the Belt and Road Initiative.")
    assert _links(al, "一带一路") == ["Belt", "Road", "Initiative"]
    assert _links(al, "两会") == ["two"]


def test_name_rendered_as_title_is_not_linked_to_a_wrong_word():
    al = _al("习近平会见了卡拉斯。", "The Chinese president met Kallas.")
    assert _links(al, "习近平") == []
    assert _links(al, "卡拉斯") == ["Kallas"]
    assert {al.source[n.word].text: n.status for n in al.names}["习近平"] == "missing"


def test_names_changed_and_wade_giles():
    al = _al("国家副主席韩正会见了卡拉斯。", "Vice President Han Zhen met Kallas.")
    checks = {al.source[n.word].text: n for n in al.names}
    assert checks["韩正"].status == "changed"
    assert [al.target[j].text for j in checks["韩正"].links] == ["Han", "Zhen"]
    al = _al("前领导人邓小平访问了该市。", "Former leader Teng Hsiao-ping visited the city.")
    assert {al.source[n.word].text: n.status for n in al.names}["邓小平"] == "rendered"


def test_a_common_word_tagged_as_a_place_takes_no_transliteration():
    # 城市 "city" (jieba: ns) once took Zhengzhou by its consonants, which hid the wrong name
    al = _al("北京自然生态持续向好 吸引500余种野生动物城市“定居 ”",
             "Natural Ecology in Zhengzhou Continues to Improve, attracting More than 500 Kinds of Wildlife to "
             "\"Settle\" in the City")
    assert "Zhengzhou" not in _links(al, "城市")
    assert {al.source[n.word].text: n.status for n in al.names}["北京"] == "missing"


def test_a_word_capitalised_by_its_place_is_no_transliteration():
    # Therefore / Familiar open their sentence: their consonants do not make them a name
    al = _al("所以在《胜算》中，柳云龙别出心裁地设计了主人公。", "Therefore, in The Possibility of Victory, Liu Yunlong designed the hero.")
    assert "Therefore" not in _links(al, "柳云龙")
    al = _al("刘易斯当时差点被打死。", "Lewis was nearly killed by his injuries.")
    assert _links(al, "刘易斯") == ["Lewis"]  # a rare word: still a name


def test_a_chinese_place_takes_no_consonant_link():
    # 布堆 (B-D) once took "Beijing Red" by its consonants, which hid 湖南 -> Beijing
    al = _al("嘉兴红船模具、延安布堆花工艺品…… 7月25日，2020湖南红色旅游文化节在韶山开幕。",
             "On July 25, the 2020 Beijing Red Tourism Culture Festival was held in Shaoshan, which exhibits red "
             "boat molds from Jiaxing, cloth sticker handicrafts of Yan’an, and so on.")
    assert "Beijing" not in _links(al, "布堆")
    assert _links(al, "延安") == ["Yan’an"]


def test_given_name_that_is_also_a_place():
    # 云龙 is a district of Xuzhou as well as a given name: 柳云龙 is a person
    al = _al("谍战剧老面孔柳云龙演一个结巴男主角", "A familiar face in spy series, Liu Yunlong, plays a stuttering hero")
    checks = {al.source[n.word].text: n for n in al.names}
    assert checks["柳云龙"].chinese and checks["柳云龙"].status == "rendered"
    al = _al("谍战剧老面孔柳云龙演一个结巴男主角", "A Familiar Face in Spy TV Series, Niu Jin, Plays a Stuttering Hero")
    checks = {al.source[n.word].text: n for n in al.names}
    assert checks["柳云龙"].status == "missing" and not checks["柳云龙"].links


def test_a_name_said_twice_takes_one_spelling_each():
    # 寿光 (the segmenter's nr) once read as a person took both Shouguangs at its first mention,
    # so its second mention looked missing
    al = _al("1986年，王伯祥任山东省寿光县委书记，当时的寿光是潍坊的穷县。",
             "In 1986, Wang Boxiang was Party Secretary of Shouguang County. At that time, Shouguang was a poor county.")
    assert [n.status for n in al.names if al.source[n.word].text == "寿光"] == ["rendered", "rendered"]
    # a person's whole name, and the surname alone as 周某 "a certain Zhou" is rendered: one spelling each
    al = _al("作者：王思硕 责任编辑：王思硕", "Author: Wang Sishuo Editor: Wang Sishuo")
    mentions = [n for n in al.names if al.source[n.word].text == "王思硕"]
    assert [n.status for n in mentions] == ["rendered", "rendered"] and mentions[0].links != mentions[1].links
    al = _al("考虑到周某家中经济情况较差，村委会、林站、周某三方达成协议。",
             "Given the poor situation of Zhou's family, the village committee, the forest station and Zhou reached "
             "an agreement.")
    mentions = [n for n in al.names if al.source[n.word].text == "周某"]
    assert [n.status for n in mentions] == ["rendered", "rendered"] and mentions[0].links != mentions[1].links
    al = _al("考虑到周某家中经济情况较差，村委会、林站、周某三方达成协议。",
             "Given the poor situation of Zhou's family, the village committee and the forest station reached "
             "an agreement.")
    assert [n.status for n in al.names if al.source[n.word].text == "周某"] == ["rendered", "missing"]


def test_a_place_is_no_famous_person():
    # CC-CEDICT's 惠民 is Huimin county: its pinyin equal to its English form made it a famous
    # person (Hui Min), and the word "to benefit the people" a missing name
    al = _al("该平台汇集多个惠民便民项目。", "The platform brings together projects that benefit the people.")
    assert not [n for n in al.names if al.source[n.word].text == "惠民" and n.chinese]
    al = _al("外交部长王毅周一抵达。", "Foreign Minister Wang Yi arrived on Monday.")
    assert [n.chinese for n in al.names if al.source[n.word].text == "王毅"] == [True]


def test_hong_kong_surname():
    al = _al("张建宗当天发表网志。", "Cheung Kin-chung published a blog post on the same day.")
    assert {al.source[n.word].text: n.status for n in al.names}["张建宗"] == "rendered"


def test_glossary_terms_take_part():
    glossary = glossary_read.load(ROOT / "references" / "article.glossary.tsv")
    al = _al("欧盟外交与安全政策高级代表卡拉斯出席了香格里拉对话会。",
             "EU foreign policy chief Kaja Kallas attended the Shangri-La Dialogue.", glossary=glossary)
    how = {w.text: w.how for w in al.source if w.content}
    assert all(how.values()), how
    assert "glossary" in how.values()


def test_clause_target_spans():
    al = _al("双方周一签署了贸易协定，并宣布将扩大农产品进口。",
             "The two sides signed a trade agreement on Monday and announced plans to expand farm imports.")
    assert len(al.clauses) == 2
    first = al.clause_target(0)
    second = al.clause_target(1)
    assert first is not None and second is not None and first[0] < second[1]
    assert "announced" in al.target_text[second[0]:second[1]]


def test_no_alignment_without_chinese_source():
    assert alignment(Unit(Document("Hello there.", "en"))) is None
    assert _al("Hello world, this is English.", "Hello world.") is None
    assert is_chinese("国家副主席韩正会见了卡拉斯。")


def test_computed_once_per_unit():
    unit = Unit(Document("Wang Yi said so.", "en"), Document("王毅这样说。", "zh"), segment="1")
    assert unit.alignment is unit.alignment


def test_word_lookups_by_offset():
    al = _al("国家副主席韩正会见了卡拉斯。他说，中方没有回应。", "Vice President Han Zheng met Kallas. He said China did not respond.")
    for i, w in enumerate(al.source):
        assert al.source_index(w.start, w.end) == i
        assert al.source_words(w.start, w.end) == [i]
    han = next(i for i, w in enumerate(al.source) if w.text == "韩正")
    assert al.source_index(al.source[han].start, al.source[han].end - 1) is None  # not a word's exact span
    assert al.source_index(al.source[han].start + 1, al.source[han].end) is None
    assert al.source_words(0, len(al.source_text)) == list(range(len(al.source)))
    assert [al.target[j].text for j in al.target_words(0, 14)] == ["Vice", "President"]
    assert al.target_words(5, 5) == []


def test_is_chinese_counts_han_characters_as_the_character_loop_did():
    from tqcheck.bilingual import is_chinese

    def by_loop(text: str) -> bool:
        han = sum(1 for c in text[:2000] if "\u3400" <= c <= "\u9fff")
        return han >= 2 and han * 3 >= len(text[:2000].replace(" ", "")) * 0.3

    for text in ("", "中", "中国", "Han Zheng 韩正", "a b c d e f g h i j 中国", "㐀鿿 x", "\u33ff\ua000 中",
                 "中" * 1999 + "x" * 10_000, "x" * 1990 + "中国" * 20, "國家 ＡＢＣ", "中 " * 3000):
        assert is_chinese(text) == by_loop(text), text


def test_a_unit_whose_source_is_not_chinese_has_no_alignment_however_often_asked():
    from tqcheck.bilingual import alignment
    from tqcheck.text import Document
    from tqcheck.unit import Unit

    unit = Unit(Document("He met Kallas.", "en"), Document("Er traf Kallas.", "de"), segment="1")
    assert alignment(unit) is None
    assert alignment(unit) is None


def _checks(al) -> dict:
    return {al.source[n.word].text: n for n in al.names}


def test_a_name_the_segmenter_cut_is_joined_in_a_persons_context():
    # 王国|军 (王国 "kingdom", tagged a place) after a role and before a verb of saying is one person
    al = _al("设计负责人王国军介绍，隧道全长3公里。", "Wang Guojun, the designer, said the tunnel is 3 km long.")
    assert _checks(al)["王国军"].chinese and _checks(al)["王国军"].status == "rendered"
    al = _al("设计负责人王国军介绍，隧道全长3公里。", "Shen Junyi, the designer, said the tunnel is 3 km long.")
    assert _checks(al)["王国军"].status == "missing"
    # a lone surname jieba tagged as a person, and a given name no dictionary has (周/nr 竞帆/n)
    al = _al("周竞帆说，他从小就有个从军梦。", "Zhou Jingfan said he had dreamed of joining the army.")
    assert _links(al, "周竞帆") == ["Zhou", "Jingfan"]
    # a given name that is a word too (相国 "chancellor") needs the role before it
    al = _al("工会主席赵相国接到公司通知。", "Union chairman Zhao Xiangguo was notified by the company.")
    assert _links(al, "赵相国") == ["Zhao", "Xiangguo"]


def test_a_look_alike_of_a_cut_name_stays_words():
    # 王国 "kingdom" in an ordinary phrase, 周|平均 "weekly average" after 人员: no person
    al = _al("这个王国军队很强。", "The kingdom's army is strong.")
    assert "王国军" not in _checks(al) and _links(al, "王国") == ["kingdom's"]
    al = _al("就业人员周平均工作时间为47小时。", "Employed people worked an average of 47 hours a week.")
    assert not any(w.text == "周平均" for w in al.source)


def test_han_characters_the_segmenter_does_not_know_are_a_word():
    # jieba tags 迤 (not in its dictionary) x, as it tags punctuation: 迤那 is the place's name
    al = _al("为此，迤那镇引进龙头企业。", "To that end, Yina Town brought in leading enterprises.")
    assert any(w.text == "迤那" and w.kind != "punct" for w in al.source)


def test_a_given_name_inside_another_name_is_no_rendering():
    # Li of "Li Li" spells 俪, Jia of "Jia Qilong" opens 嘉仁: each is another person's name
    al = _al("孙俪凭借该角色入围。", "Li Li was nominated for the role.")
    assert _checks(al)["孙俪"].status == "changed"
    al = _al("他师从杨嘉仁教授。", "He studied under Professor Jia Qilong.")
    assert _checks(al)["杨嘉仁"].status == "changed"
    al = _al("他师从杨嘉仁教授。", "He studied under Professor Yang Jiaren.")
    assert _checks(al)["杨嘉仁"].status == "rendered"
    # a surname misspelled by its nasal (Cheng for 陈) is the surname still, not another person
    al = _al("陈光明认真负责的敬业精神得到群众的称赞。", "Cheng Guangming's dedication was praised by the people.")
    assert _checks(al)["陈光明"].status == "rendered"


def test_a_doubled_letter_at_the_join_may_be_written_once():
    al = _al("安楠去年被捕。", "Anan was arrested last year.")
    assert _checks(al)["安楠"].status == "rendered"


def test_a_transliteration_links_first_to_the_same_consonants():
    # 塞西 S-S: Sisi, not Social (S-S-L holds S-S too)
    al = _al("埃及经济与社会权利中心指出，抗议活动要求塞西下台。",
             "The Egyptian Center for Economic and Social Rights said the protests demanded that Sisi step down.")
    assert _links(al, "塞西") == ["Sisi"]


def test_a_pinyin_word_is_no_transliteration_and_a_long_given_name_is_another():
    # 倪妮 has a character of transliterations (妮), but Chengfeng reads as pinyin: no consonant link
    al = _al("她被前女友倪妮指挥行动。", "She takes instructions from his ex-girlfriend Pan Chengfeng.")
    assert _links(al, "倪妮") == []
    # after the surname, a three-syllable pinyin word is another given name (Wu Xiaoheba for 吴桂英)
    al = _al("副省长吴桂英讲话。", "Vice Governor Wu Xiaoheba delivered a speech.")
    assert _checks(al)["吴桂英"].status == "changed"


def test_a_whole_given_name_in_english_order_is_the_names():
    # found on held-out clean references: Chiling Tong (董继玲, Wade–Giles given name first), Lv Ling (吕: v for ü)
    al = _al("国际领袖基金会创会会长董继玲在会上发言。", "Chiling Tong, founding president of the foundation, spoke.")
    assert _checks(al)["董继玲"].status == "rendered"
    al = _al("公司员工吕玲说，现在很好。", "Lv Ling, a company employee, says it is good now.")
    assert _checks(al)["吕玲"].status == "rendered"


def test_a_derived_form_of_the_gloss_renders_the_word():
    # 社会 "society": WordNet derives social from it; the link says how it was made
    al = _al("社会稳定很重要。", "Social stability is important.")
    assert _links(al, "社会") == ["Social"]
    assert next(w for w in al.source if w.text == "社会").how == "derived"
    assert [t.text for t in al.target if t.content and not t.links] == []


def test_a_relative_of_a_relative_is_no_rendering():
    # sociable derives from social, not from society: one step only
    al = _al("社会很友善。", "People are sociable.")
    assert _links(al, "社会") == []

def test_name_cut_before_a_verb_of_saying():
    # the segmenter cuts 韩|正说 ("is saying"): the name is 韩正 and 说 the verb
    al = _al("国家副主席韩正说，中国将进一步扩大开放。", "Vice President Han Zhen said China would open up further.")
    assert "说" in [w.text for w in al.source]
    assert {al.source[n.word].text: n.status for n in al.names}["韩正"] == "changed"
    al = _al("他正说着话。", "He was talking.")
    assert not al.names


def test_a_pinyin_word_takes_a_name_by_consonants_only_when_they_are_its_own():
    # 乃吉沟 N-J-G lies among the consonants of "Zhongtai Checkpoint", but Zhongtai reads as pinyin: another name
    al = _al("警方发现黄某某曾于7月13日通过乃吉沟检查站。", "The police found that Huang passed the Zhongtai Checkpoint on July 13.")
    assert _links(al, "乃吉沟") == []
    # the very same consonants still link a word that reads as pinyin (赛西 S-S, Ceci S-S)
    al = _al("赛西实验室得出了144组测试数据。", "Ceci Lab acquired 144 groups of testing data.")
    assert _links(al, "赛西") == ["Ceci"]


def test_a_whole_name_taken_for_another_word_is_a_person():
    # 陈毓珊/i after 记者, 王准/n after 秘书长: no word of CC-CEDICT's, a common surname, a role before it
    al = _al("新华社南昌5月22日电（记者陈毓珊）江西省教育厅发布消息。",
             "Nanchang, May 22 (Xinhua, journalist: Chen Yushan) Jiangxi's Education Department released the news.")
    assert _checks(al)["陈毓珊"].status == "rendered"
    al = _al("省茶业协会秘书长王准高兴地说，亮点纷呈。", "Lin Bifeng, secretary-general of the association, said so.")
    assert _checks(al)["王准"].status == "missing"


def test_a_surname_of_two_characters_opens_a_name():
    al = _al("欧阳瑜向毕业生表达祝福。", "Ouyang Yu expressed wishes to the graduates.")
    assert _links(al, "欧阳瑜") == ["Ouyang", "Yu"]
    # its given name read whole: 倚玲 yi ling is no Yinling
    al = _al("副总经理欧阳倚玲说。", "Ouyang Yinling, deputy general manager, said.")
    assert _checks(al)["欧阳倚玲"].status != "rendered"
    # look-alikes: a given name that is a word too needs a person's context; 东方 "east" is no surname
    al = _al("兰溪拥有诸葛八卦村等景点。", "Lanxi boasts scenic spots such as Zhuge Bagua Village.")
    assert "诸葛八卦" not in [w.text for w in al.source]
    al = _al("东方明珠位于上海。", "The Oriental Pearl is in Shanghai.")
    assert "东方明" not in [w.text for w in al.source]


def test_a_place_in_another_reading_of_its_characters_is_rendered():
    # 长 reads zhang or chang: Changhe renders 长河 by pinyin, not by consonants (a pinyin word no longer takes
    # a name by consonants found among more)
    al = _al("景点有地下长河、芝堰古村等。", "Scenic spots include the Dixia Changhe Scenic Area and Zhiyan Village.")
    assert _checks(al)["长河"].status == "rendered"


def test_a_name_takes_no_common_english_words_by_consonants():
    # 潇湘 X-X is no Industry Talent Summit: it is Hunan (CC-CEDICT's gloss); 日昌 is no Fruit Mix
    al = _al("智汇潇湘人才峰会开幕。", "The Smart Hunan Industry Talent Summit opened.")
    assert _links(al, "潇湘") == ["Hunan"]
    al = _al("好久没来日昌了，水果捞还是那么好喝。", "I haven't been to Huzhou for a long time, and the Fruit Mix is still delicious.")
    assert _links(al, "日昌") == []
    # a transliteration keeps its rare English word (Lewis), and dates are no name's pieces
    assert _links(_al("刘易斯说会谈很有益。", "Lewis said the talks were useful."), "刘易斯") == ["Lewis"]
    al = _al("新华社北京7月26日电(记者樊曦)入夏以来，我国多地遭受强降雨侵袭。",
             "Xinhua News Agency, Bejing, July 26 (reported by Fan Xi) Since the start of summer, multiple regions "
             "in China have been suffering from heavy rainfall.")
    assert not {"Bejing", "July", "Since"} & set(_links(al, "强降雨"))


#: look-alikes of every branch of ``_join_cut_names`` and ``_merge`` in one text
_CUT_NAMES = ("设计负责人王国军介绍，这个王国军队很强。周竞帆说，工会主席赵相国接到通知。就业人员周平均工作47小时。"
              "国家副主席韩正说，他正说着话。为此，迤那镇引进企业。记者陈毓珊报道，秘书长王准高兴地说。欧阳瑜表达祝福，"
              "副总经理欧阳倚玲说，诸葛八卦村和东方明珠。工作人员段开元介绍，“一带一路”和两会。王喆发言")


def test_names_are_joined_as_when_every_word_was_looked_at(monkeypatch):
    # ``_join_cut_names`` looks only at the words ``_name_openers`` picks; with every word picked it
    # must give the same words, and ``_merge`` the same as joining word by word
    from tqcheck.bilingual import align as A
    from tqcheck.bilingual.lexicon import load
    from tqcheck.bilingual.segment import tag

    lex = load()
    tokens = [tuple(t) for t in tag(_CUT_NAMES)]

    def merged_one_by_one(toks):
        out, i, n = [], 0, len(toks)
        heads = A._proper_heads(lex)
        while i < n:
            t = toks[i]
            if i + 1 < n and t[2] in heads:
                two = t[2] + toks[i + 1][2]
                three = two + toks[i + 2][2] if i + 2 < n else ""
                if three and len(three) <= 6 and three in lex.proper:
                    out.append((t[0], toks[i + 2][1], three, "nz"))
                    i += 3
                    continue
                if len(two) <= 6 and two in lex.proper:
                    out.append((t[0], toks[i + 1][1], two, "nz"))
                    i += 2
                    continue
            out.append(t)
            i += 1
        return out

    merged = A._merge(tokens, lex)
    assert merged == merged_one_by_one(tokens)
    assert any(t[2] == "一带一路" for t in merged)
    fast = A._join_cut_names(merged, lex)
    assert len(A._name_openers(merged, lex)) < len(merged)
    monkeypatch.setattr(A, "_name_openers", lambda toks, lex: range(len(toks)))
    assert fast == A._join_cut_names(merged, lex)
    assert {"王国军", "周竞帆", "赵相国", "韩正", "陈毓珊", "欧阳瑜"} <= {t[2] for t in fast}


def test_a_known_name_by_another_of_its_english_names():
    # CC-CEDICT's 美国 "United States/USA/US": the name's own spelling is "United States"
    al = _al("美国试图向中国施压。", "The US tried to exert pressure on China.")
    assert _links(al, "美国") == ["US"]
    assert _links(al, "中国") == ["China"]


def test_a_described_name_takes_no_word_of_its_description():
    # 北京 "Beijing, capital of the People's Republic of China": "China" does not render it
    al = _al("北京发布通知。", "China issued a notice.")
    assert _links(al, "北京") == []


def test_a_known_name_takes_no_lower_case_word():
    # 美国's gloss lemma "state" must not link the common noun
    al = _al("美国企业", "state firms")
    assert _links(al, "美国") == []


def test_a_web_address_names_its_site():
    al = _al("中新网7月26日电", "July 26 (Chinanews.com)")
    assert _links(al, "中新网") == ["Chinanews.com"]


def test_a_word_the_segmenter_cut_is_read_whole():
    # jieba cuts 新冠|肺炎; CC-CEDICT's 新冠肺炎 is "COVID-19"
    al = _al("新冠肺炎疫苗", "COVID-19 vaccine")
    assert "新冠" in [w.text for w in al.source] or "新冠肺炎" in [w.text for w in al.source]
    linked = [w.text for w in al.source if w.links and al.target[w.links[0]].text == "COVID-19"]
    assert linked and "疫苗" not in linked


def test_neighbours_that_make_no_word_stay_apart():
    # 大|学生 would make 大学生 "college student": without "college" nothing links 大 by the compound
    al = _al("他是一名好学生。", "He is a good student.")
    assert all(w.how != "compound" for w in al.source)


def test_a_known_name_is_not_rendered_by_the_common_words_of_its_gloss():
    # 新华社 "Xinhua News Agency, the news outlet of China": a replaced name keeps "News Agency"
    # and "China", which are no sign of 新华社
    al = _al("新华社哈尔滨7月26日电", "Xueqiu News Agency, Harbin, July 26")
    assert _links(al, "新华社") == []


def test_a_compound_adds_no_link_by_its_other_half():
    # 政府|官员 "government official": "government" renders 政府 alone, so 官员 stays unlinked
    al = _al("政府官员谴责这一行为。", "The government condemned the move.")
    assert _links(al, "政府") == ["government"]
    assert _links(al, "官员") == []


def test_a_synonym_of_the_first_sense_between_linked_neighbours():
    # 飞机 "airplane": WordNet's first sense of airplane is {airplane, aeroplane, plane}
    al = _al("飞机起飞了。", "The plane took off.")
    assert _links(al, "飞机") == ["plane"]
    assert al.source[[w.text for w in al.source].index("飞机")].how == "synonym"


def test_a_synonym_of_a_later_sense_or_another_part_of_speech_is_no_link():
    # 问题/n "issue": the verb "issue" is also "publish", which says nothing of a problem
    al = _al("这个问题很严重。", "The report was published and it is serious.")
    assert _links(al, "问题") == []


def test_a_synonym_far_from_the_clause_is_no_link():
    # an added clause is made of unlinked words: "plane" there does not render 飞机
    al = _al("飞机", "A plane")
    assert _links(al, "飞机") == []


def test_a_value_said_twice_takes_each_of_the_targets_mentions():
    al = _al("去年增长了5%，今年又增长了5%。", "It grew by 5% last year and by 5% again this year.")
    starts = [al.target[w.links[0]].start for w in al.source if w.kind == "number"]
    assert starts == sorted(set(starts)) and len(starts) == 2


def test_a_value_said_twice_and_rendered_once_keeps_its_one_mention():
    al = _al("增长了5%，即5%。", "It grew by 5%.")
    linked = {j for w in al.source if w.kind == "number" for j in w.links}
    assert [al.target[j].text for j in linked] == ["5"]


def test_latin_tokens_link_to_their_target_word_plural_and_hyphen_aside():
    al = _al("苹果发布了新款iPhone和AirPods。", "Apple released new iPhones and AirPods.")
    assert _links(al, "iPhone") == ["iPhones"] and _links(al, "AirPods") == ["AirPods"]
    assert {w.kind for w in al.source if w.text in ("iPhone", "AirPods")} == {"latin"}
    al = _al("他们讨论了COVID19疫情。", "They discussed the COVID-19 epidemic.")
    assert _links(al, "COVID19") == ["COVID-19"]


def test_a_words_kind_is_remembered_per_tag():
    # the kinds are kept by tag, then text: the same text under another tag is asked afresh
    from tqcheck.bilingual import align as A
    from tqcheck.align import Pair
    from tqcheck.bilingual.lexicon import load

    tokens = [(0, 2, "北京", "ns"), (2, 4, "北京", "n"), (4, 5, "，", "x"), (5, 7, "北京", "ns")]
    pairs = [Pair(0, 7, 0, 10, "1-1")]
    for _ in range(2):  # the second time from the memo
        words, clauses = A._source_words(tokens, pairs, load())
        assert [w.kind for w in words] == ["name", "content", "punct", "name"]
        assert [(c.first, c.last) for c in clauses] == [(0, 3), (3, 4)]


def test_what_one_lexicon_said_is_not_read_with_another():
    # the per-word memos hold one lexicon's answers: a build given another lexicon starts afresh, the
    # compound's gloss keys (新冠|肺炎 "COVID-19") and the pinyin places included
    import dataclasses

    from tqcheck.align import Pair
    from tqcheck.bilingual import align as A
    from tqcheck.bilingual.lexicon import load

    lex = load()
    source, target = "新冠肺炎疫苗在合肥生产", "COVID-19 vaccine is made in Hefei"

    def build(lexicon):
        al = A.build(source, target, [Pair(0, len(source), 0, len(target), "1-1")], lexicon=lexicon)
        return {w.text: (w.how, w.pos) for w in al.source}

    assert build(lex)["新冠"][0] == "compound" and build(lex)["合肥"][1] == "ns"
    other = dataclasses.replace(lex, glosses={k: v for k, v in lex.glosses.items() if k != "新冠肺炎"},
                                proper={k: v for k, v in lex.proper.items() if k != "合肥"})
    assert other.gloss("新冠肺炎") == ()  # a copy keeps no gloss memo of the lexicon it was made from
    assert build(other)["新冠"][0] != "compound" and build(other)["合肥"][1] == "n"
    assert build(lex)["新冠"][0] == "compound" and build(lex)["合肥"][1] == "ns"


def test_a_contraction_is_a_function_word_with_either_apostrophe():
    # curly and straight apostrophes alike: the negative and the auxiliary render grammar, not a source word
    al = _al("他没有来。", "He wasn’t there and didn't come, they’ll say.")
    content = {t.text for t in al.target if t.content}
    assert not content & {"wasn’t", "didn't", "they’ll"}
    assert "come" in content


def test_a_word_with_an_apostrophe_that_is_no_contraction_stays_content():
    from tqcheck.bilingual import english
    assert english.is_function("can't") and english.is_function("won't") and english.is_function("i'm")
    assert not english.is_function("o'neill") and not english.is_function("rock'n'roll")
