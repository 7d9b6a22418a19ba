"""accuracy.names.changed on Hong Kong spellings and transliterated foreign
names, and the look-alikes it must still catch."""

from __future__ import annotations

from tqcheck import Checker

CK = Checker()


def _changed(source: str, target: str) -> list[str]:
    rep = CK.check(target, source=source)
    return [target[i.start:i.end] for i in rep.issues if i.rule == "accuracy.names.changed"]


def test_hong_kong_spelling_of_a_name_is_accepted():
    assert _changed("委员会主席余鹏春周二表示，计划将延长。", "Committee chairman Yu Pang-chun said on Tuesday the plan would be extended.") == []
    assert _changed("委员会主席余鹏春周二表示，计划将延长。", "Committee chairman Yu Pang Chun said on Tuesday the plan would be extended.") == []
    assert _changed("奖项由酒店的崔智弘获得。", "The award went to Choi Chi Wang of the hotel.") == []


def test_another_given_name_still_fires():
    assert _changed("国家副主席韩正会见了卡拉斯。", "Vice President Han Zhen met Kallas.") == ["Han Zhen"]
    assert _changed("外交部长王毅周一抵达。", "Foreign Minister Wang Li arrived on Monday.") == ["Wang Li"]


def test_another_place_still_fires():
    assert _changed("上海的经济增长了5%。", "The economy of Beijing grew by 5 percent.") == ["Beijing"]


def test_malay_title_is_the_transliteration():
    # 拿督斯里 "Datuk Seri": Seri renders 斯里 by its consonants
    assert _changed("马华领袖拿督斯里黄家定周五表示，会议将延期。",
                    "MCA leader Datuk Seri Ong Ka Ting said on Friday the meeting would be postponed.") == []


def test_malay_place_split_by_the_segmenter():
    # 丹绒比|艾国席: 艾 is taken for a surname; Piai is 比艾
    assert _changed("丹绒比艾国席补选下月举行。", "The Tanjong Piai by-election will be held next month.") == []
    # 马华 (MCA) is taken for a person too: Piai is no stand-in for it either
    assert _changed("马华将全力准备丹绒比艾国席补选。",
                    "MCA will prepare fully for the by-election of Tanjong Piai on three levels.") == []
    # a Chinese place in its stead is still another name
    assert _changed("上海国席补选下月举行。", "The Beijing by-election will be held next month.") == ["Beijing"]


def test_name_next_to_a_transliteration_is_part_of_it():
    assert _changed("分析师凯琳·伯奇预计增速下滑。", "Analyst Cailin Birch expects growth to slow.") == []


def test_another_mention_of_a_rendered_name_is_no_stand_in():
    assert _changed("塞西遭到批评，诸如“塞西得滚”的口号出现。",
                    "Sisi was criticised, and slogans such as \"Sisi get out\" appeared.") == []


def test_chinese_place_added_beside_a_person_is_no_stand_in():
    src = "董事长许文堂介绍说，公司业绩已经好转。"
    assert _changed(src, "The chairman of Asia Memory (Shenzhen) said business had improved.") == []
    assert _changed(src, "Chairman Chen Yu said business had improved.") == ["Chen Yu"]


def _rule(rule: str, source: str, target: str) -> list[str]:
    rep = CK.check(target, source=source)
    return [target[i.start:i.end] for i in rep.issues if i.rule == rule]


def test_organisation_and_suffixed_place_replaced():
    # 新华社 and 合肥市 are spelled by their pinyin's first characters: a stand-in is another name
    assert _changed("新华社北京电 记者从会上了解到，计划将延长。",
                    "Liaoning News Agency, Beijing - This reporter learned the plan would be extended.") == ["Liaoning"]
    src = "为应对巢湖持续高水位压力，安徽省合肥市准备在26日启用蒋口河联圩分洪蓄水。"
    tgt = ("To cope with the continuous high water levels at Chaohu Lake, {} is preparing to use "
           "a joint embankment at Jiangkou River to diverge the flood.")
    assert _changed(src, tgt.format("Naqu City")) == ["Naqu"]
    assert _changed(src, tgt.format("Hefei City, Anhui Province,")) == []


def test_given_name_that_is_an_english_word():
    src = "傅昆宝开始运东西，周燕继续在家里收拾。"
    assert _changed(src, "Fu Kunbao began to move things, while Wang Bin continued to pack at home.") == ["Wang Bin"]
    assert _changed(src, "Fu Kunbao began to move things, while Zhou Yan continued to pack at home.") == []


def test_added_place_needs_a_source_name_left_out():
    rule = "accuracy.names.added"
    assert _rule(rule, "中新社银川7月26日电", "China News Service, Yueyang, July 26") == ["Yueyang"]
    assert _rule(rule, "中新社银川7月26日电", "China News Service, Yinchuan, July 26") == []
    # the translator names what the source implies: the capital, an abbreviation, the province's own body
    assert _rule(rule, "首都自然生态持续向好", "Natural ecology in Beijing continues to improve") == []
    assert _rule(rule, "当时，寿北开发出15万亩虾池。", "At that time, the north of Shouguang developed 150,000 mu of shrimp ponds.") == []
    assert _rule(rule, "这对赣南老区很重要。", "This matters for the old base areas of southern Jiangxi.") == []


def _alignment(source: str, target: str):
    from tqcheck.bilingual import alignment
    from tqcheck.text import Document
    from tqcheck.unit import Unit

    return alignment(Unit(Document(target, "en"), Document(source, "zh"), segment="1"))


def test_a_stand_in_is_spelled_only_by_fair_runs_of_readings():
    from tqcheck.rules.accuracy.names import _run_spells

    al = _alignment("影片将以武汉医护人员为人物背景。", "The film will feature Wuhan medical staff.")
    assert _run_spells(al, 0, "wuhan")
    assert not _run_spells(al, 0, "yiwu")  # 将以|武汉: a run cutting two words, across a preposition
    assert _run_spells(al, 0, "yiwu", careful=False)  # names.added and names.missing ask as they always did
    al = _alignment("隧道是在建大(理)瑞(丽)铁路的一部分。", "The tunnel is part of the Dali–Ruili railway.")
    assert _run_spells(al, 0, "dali") and _run_spells(al, 0, "ruili")  # across brackets
    al = _alignment("红色工业展区展出华菱湘钢的展品。", "The area showed exhibits of Hualin Xiangtan Steel.")
    assert _run_spells(al, 0, "hualin")  # 菱 ling written -n


def test_a_cut_name_or_a_given_name_in_another_name_fires():
    assert _changed("原巡视员白金海被开除党籍。", "Former inspector Zhao Jianzhi was expelled from the Party.") == ["Zhao Jianzhi"]
    assert _changed("原巡视员白金海被开除党籍。", "Former inspector Bai Jinhai was expelled from the Party.") == []
    assert _changed("他师从杨嘉仁教授。", "He studied under Professor Jia Qilong.") == ["Jia Qilong"]
    assert _changed("他师从杨嘉仁教授。", "He studied under Professor Yang Jiaren.") == []
    # 白金 "platinum" in an ordinary phrase is no name
    assert _changed("这枚戒指是白金的，海边买的。", "The ring is platinum, bought by the sea.") == []


def test_a_city_stands_for_a_person_unless_a_company_is_named():
    assert _changed("林德说：“我证实新闻中的说法。”", "Fuyang said: “I confirm the statement in the news.”") == ["Fuyang"]
    # a nickname without a surname is a person too
    assert _changed("假设学生小明报考A高校。", "Suppose student Guangzhou applies to University A.") == ["Guangzhou"]
    # the company's city glued to its name is an addition (see test_chinese_place_added_beside_a_person_is_no_stand_in)
    assert _changed("董事长许文堂介绍说，公司业绩已经好转。",
                    "The chairman of Asia Memory (Shenzhen) said business had improved.") == []


def test_long_stand_ins_need_spellings_only_pinyin_has():
    assert _changed("波兰总统杜达在这个月成功连任。", "Polish president Shenjiahe was re-elected this month.") == ["Shenjiahe"]
    # Malay read as pinyin (pa ka tan), a hyphenated pair of places, and -n for -ng are no stand-ins
    assert _changed("希望联盟在补选中落败。", "Pakatan Harapan lost the by-election.") == []
    assert _changed("编队在老挝班相果开展联合巡逻。", "The task force patrolled Bangxiangguo in Laos.") == []


def test_a_stand_in_for_a_word_the_segmenter_took_for_no_name():
    src = "事发地附近的天水派出所民警称，摆摊的女孩有两名。"
    assert _changed(src, "Officers of the Meixinli Police Station near the site said there were two girls.") == ["Meixinli"]
    assert _changed(src, "Officers of the Tianshui Police Station near the site said there were two girls.") == []
    # a Chinese place the translator names for a deictic, a foreign name in two words, an explanation in brackets
    assert _changed("该市大力发展光伏产业。", "Hami has focused on developing its photovoltaic industry.") == []
    assert _changed("著名导演山田洋次。", "Notable director Yoji Yamada.") == []
    assert _changed("今天是今年的“中伏”首日。", "Today marks the beginning of “Zhongfu (the second phase of Sanfu)” this year.") == []


def test_a_name_glued_to_the_next_word_spells_its_rendering():
    # 丛培|武于: Peiwu runs from inside the name into 武于, which is no word
    assert _changed("新任大使丛培武于当地时间9月25日举行招待会。",
                    "New ambassador Cong Peiwu held a reception on September 25, local time.") == []


def test_a_deictic_opens_a_word():
    # 全区 inside 安全|区域 "safety area" refers to no district: the nickname's stand-in is reported
    src = "小文、文先生在指定的安全区域内活动。"
    assert _changed(src, "Safety areas were designated for Hubei and Mr. Wen.") == ["Hubei"]
    assert _changed("全区安全区域内活动。", "Activities in the safety areas of Hubei.") == []


def test_a_deictic_rendered_in_plain_words_excuses_no_stand_in():
    # 当地 -> "the local government": the translator named no place for it, so Guiying stands for 龙溪河
    src = "当地开始治理龙溪河污染。"
    assert _changed(src, "The local government began to control the pollution of the Guiying River.") == ["Guiying"]
    assert _changed(src, "The local government began to control the pollution of the Longxi River.") == []
    assert _changed(src, "Chongqing began to control the pollution of the Longxi River.") == []


def test_an_english_proper_noun_read_as_pinyin_stands_in():
    assert _changed("节目7月20日起在湖南卫视播出。", "The program will be broadcast on Sana TV from July 20.") == ["Sana"]
    assert _changed("节目7月20日起在湖南卫视播出。", "The program will be broadcast on Hunan TV from July 20.") == []
    assert _changed("这有助于提高青海蜂产品的知名度。", "This helps grow the popularity of Milan bee products.") == ["Milan"]
    # a given name beside the surname that renders a person, a foreign name in two words, a month
    assert _changed("自由党议员戴维斯反对该法案。", "Liberal MP Tanya Davies opposed the bill.") == []
    assert _changed("俄罗斯副总司令尤里·格列霍夫表示工作即将完成。",
                    "Russian deputy commander Yuri Glekhov said the work was almost done.") == []
    assert _changed("白皮书于27日发布。", "The white paper was released on June 27.") == []


def test_a_long_reading_stands_for_a_name_english_calls_by_its_pinyin():
    src = "烂片就像峨眉山的猴子，能点燃你的怒火。"
    assert _changed(src, "Bad films are like the monkeys on Mount Fupinju: they ignite your anger.") == ["Fupinju"]
    assert _changed(src, "Bad films are like the monkeys on Mount Emei: they ignite your anger.") == []
    # a Japanese reading of a name CC-CEDICT does not know; a Malay name in two words
    assert _changed("福原爱在比赛中获胜。", "Fukuhara Ai won the match.") == []
    assert _changed("然而，马华中委会开会后，宣布交由国阵最高理事会决定。",
                    "However, after the MCA central committee met, it announced that the Barisan Nasional "
                    "supreme council would decide.") == []


def test_a_name_linked_by_its_pinyin_said_twice_and_spelled_once():
    src = "小文和朋友在公园玩，小文很开心。"
    assert _changed(src, "Xiaowen played with friends in the park, and Haixi was very happy.") == ["Haixi"]
    assert _changed(src, "Xiaowen played with friends in the park, and she was very happy.") == []


def test_a_proper_noun_opening_on_a_common_word_is_a_name_if_its_english_is_names():
    src = "国际米兰迎来第3000场意甲比赛。"
    assert _changed(src, "Inter Baiyang played its 3000th Serie A game.") == ["Baiyang"]
    assert _changed(src, "Inter Milan played its 3000th Serie A game.") == []
    assert _changed("韩正在人民大会堂出席招待会。", "Han Zheng attended a reception at the Great Hall of the People in Beijing.") == []


def _missing(source: str, target: str) -> list[str]:
    rep = CK.check(target, source=source)
    return [source[i.start:i.end] for i in rep.issues if i.rule == "accuracy.names.missing"]


def test_a_common_surname_before_a_given_name_character_is_a_name_without_context():
    # 张雄: no role before it, no verb of saying after it; 雄 is in the given names of CC-CEDICT's people
    assert _missing("在张雄的指挥下，乐团奏出了连绵不绝的乐章。",
                    "Under the direction of the official, the orchestra played on and on.") == ["张雄"]
    assert _missing("在张雄的指挥下，乐团奏出了连绵不绝的乐章。",
                    "Under the direction of Zhang Xiong, the orchestra played on and on.") == []


def test_a_surname_before_a_character_no_given_name_holds_still_needs_context():
    # 孔|芯 "the core of a hole", 金|爵 (Golden Goblet): no person bears 芯 or 爵 in CC-CEDICT
    assert _missing("孔芯浇注后，形成网状结构。", "After the cores are poured, a mesh structure forms.") == []
    assert _missing("当晚，金爵开幕论坛上线。", "That evening, the opening forum went online.") == []


def test_a_surname_before_a_form_of_address_is_no_given_name():
    assert _missing("金夫人的工作人员都超赞的。", "The staff at Mrs. Gold are fantastic.") == []


def test_a_place_whose_english_form_says_more():
    assert _missing("黄河流经宁夏，沿途形成了湿地。", "As the Yellow River flows on, it forms wetlands.") == ["宁夏"]
    assert _missing("黄河流经宁夏，沿途形成了湿地。", "As the Yellow River flows through Ningxia, it forms wetlands.") == []


def test_a_place_that_is_a_common_word_rendered_after_a_split():
    # 五道|梁 ... 五道梁北|大桥: Bridge went to the first 梁 ("bridge"), but it is 大桥's
    src = "五道梁保护站的画面显示，藏羚羊通过青藏铁路五道梁北大桥。"
    assert _missing(src, "Images from the Wudaoliang Station show antelopes crossing the Wudaoliang North Bridge "
                         "on the Qinghai-Tibet Railway.") == []


def test_a_japanese_name_cut_in_two_is_read_in_japanese_whole():
    # 中村|修二: Nakamura renders 中村, and 修二 is Shuji in Japanese, no stand-in for a pinyin Xiu Er
    assert _changed("孙艺风宣读中村修二赞辞时表示，中村修二教授是先驱者。",
                    "Sun Yifeng said while reading praises to Shuji Nakamura that Professor Shuji Nakamura is "
                    "a pioneer.") == []
    assert _changed("外交部长王毅周一抵达。", "Foreign Minister Wang Li arrived on Monday.") == ["Wang Li"]


def test_an_organisations_acronym_renders_it():
    assert _missing("马华暂定11月召开大会。", "MCA tentatively convenes a general meeting in November.") == []


def test_a_surname_after_a_numeral_is_a_classifier():
    assert _missing("Apollo获得长沙市政府颁发的45张可载人测试牌照。",
                    "Apollo received 45 manned test licenses from the Changsha Municipal Government.") == []
    # said again, once in English
    assert _missing("询及马华会否坚持上阵，他作为马华总会长表示必须取得共识。",
                    "Asked whether MCA would insist, he said as president that a consensus was needed.") == []


def test_a_place_opening_a_government_bodys_name():
    assert _missing("北京市市场监管局组织了联合执法检查。", "The administration organised joint law enforcement checks.") == []


def test_a_rarer_surname_after_a_role_is_a_name():
    assert _missing("新华社北京7月26日电（记者 聂青）北京暴雨。", "BEIJING, July 26 (Xinhua, the official) Rain in Beijing.") == ["聂青"]
    assert _missing("新华社北京7月26日电（记者 聂青）北京暴雨。", "BEIJING, July 26 (Xinhua, Nie Qing) Rain in Beijing.") == []


def test_a_rarer_surname_before_a_verb_of_saying_is_not_enough():
    # 斯托尔滕|贝格说: the end of a transliteration
    assert _missing("斯托尔滕贝格说，北约未来的安全取决于技术。", "Stoltenberg said NATO's future security depends on technology.") == []


def test_a_credit_after_a_rarer_surname_is_a_persons_context():
    # 殷 is no common surname and 飞 is no given-name character of CC-CEDICT's people: 执导 "directed" says it
    src = "由柳云龙监制、殷飞执导的谍战剧《胜算》于7月16日登陆广东卫视。"
    assert _missing(src, "The spy drama Winning Odds, produced by Liu Yunlong and directed by the official, "
                         "premiered on Guangdong TV on July 16.") == ["殷飞"]
    assert _missing(src, "The spy drama Winning Odds, produced by Liu Yunlong and directed by Yin Fei, "
                         "premiered on Guangdong TV on July 16.") == []


def test_a_byline_alone_in_brackets_is_a_persons_name():
    src = "中新社银川7月26日电(杨迪)黄河流经宁夏。"
    assert _missing(src, "China News Service, Yinchuan, July 26 (the official) The Yellow River flows through "
                         "Ningxia.") == ["杨迪"]
    assert _missing(src, "China News Service, Yinchuan, July 26 (Yang Di) The Yellow River flows through "
                         "Ningxia.") == []


def test_a_name_among_rendered_people_is_a_persons_name():
    src = "海清、马伊琍、秦海璐、孙俪、闫妮将竞争最佳女演员。"
    assert _missing(src, "Ma Yili, Qin Hailu, Sun Li and Yan Ni will compete for best actress.") == ["海清"]
    assert _missing(src, "Hai Qing, Ma Yili, Qin Hailu, Sun Li and Yan Ni will compete for best actress.") == []
    # reporters parted by spaces
    src = "经济日报-中国经济网记者 吴秉泽 牛瑾 王新伟"
    assert _missing(src, "Economic Daily - China Economic Net reporters Wu Bingze, Wang Xinwei") == ["牛瑾"]
    assert _missing(src, "Economic Daily - China Economic Net reporters Wu Bingze, Niu Jin, Wang Xinwei") == []
    # under a person's baton: 洋 is borne by one CC-CEDICT person only, 的指挥 says it is a name
    src = "在杨洋的指挥下，乐团与钢琴展开竞争。"
    assert _missing(src, "Under the direction of the official, the orchestra and the piano competed.") == ["杨洋"]
    assert _missing(src, "Under the direction of Yang Yang, the orchestra and the piano competed.") == []


def test_a_word_in_brackets_or_a_list_that_is_no_name_stays_quiet():
    # look-alikes: brackets and lists around words that are no person's name
    assert _missing("图为北京厚德礼蜂业有限公司总裁（左）推介青海蜂产品。",
                    "Image: the CEO (left) of Beijing Houdeli Bee Products promotes Qinghai bee products.") == []
    assert _missing("斑羚、小麂、毛冠鹿等野生动物生活在这里。",
                    "Goral, muntjac, tufted deer and other wild animals live here.") == []


def test_a_capitalised_word_elsewhere_does_not_excuse_a_lost_byline():
    # Monash is no spelling of 陈宇: a byline is rendered where it stands
    src = "新华社悉尼7月26日电（记者陈宇）澳大利亚莫纳什大学的研究人员正在研发一种新药。"
    assert _missing(src, "SYDNEY, July 26 (Xinhua, the official) Researchers at Australia's Monash University are "
                         "developing a new drug.") == ["陈宇"]
    assert _missing(src, "SYDNEY, July 26 (Xinhua, Chen Yu) Researchers at Australia's Monash University are "
                         "developing a new drug.") == []
    # a byline in a Hong Kong spelling is still its rendering
    assert _missing("新华社香港7月26日电（记者张雄）香港疫情持续。",
                    "HONG KONG, July 26 (Xinhua, Cheung Hung) The epidemic in Hong Kong continues.") == []


def test_a_chinese_place_is_no_stand_in_for_a_lost_person():
    # Beijing renders nothing of the source, but it spells no person's name: 胡巧立 is still lost
    src = "松山保护区管理处主任胡巧立介绍，这里生活着178种野生动物。"
    assert _missing(src, "The official, director of the Songshan reserve office, said 178 species live here, "
                         "as in Beijing.") == ["胡巧立"]
    assert _missing(src, "Hu Qiaoli, director of the Songshan reserve office, said 178 species live here, "
                         "as in Beijing.") == []


def test_a_word_in_ju_that_is_no_bureau_names_no_institution():
    # 布局 "layout" ends in 局 but is no bureau: 浦东 opens no institution's name here
    src = "电竞配套产业方面，浦东着力完善产业链布局。"
    assert _missing(src, "In e-sports supporting industries, the official has worked to improve its industry "
                         "chain layout.") == ["浦东"]
    assert _missing(src, "In e-sports supporting industries, Pudong has worked to improve its industry chain "
                         "layout.") == []
    # a bureau CC-CEDICT lacks (监管局) or glosses as one (气象局) still is one
    assert _missing("北京市气象局发布了暴雨预警。", "The meteorological bureau issued a rainstorm warning.") == []


def test_per_word_answers_are_kept_by_text_name_and_content():
    # _pinyin_word and _proper_noun are worked out once per distinct word; a word of the same text
    # but another content flag or name key is a word of its own, not the first one's answer
    from types import SimpleNamespace

    from tqcheck.rules.accuracy.names import _per_word

    calls = []

    @_per_word
    def syllables_of(t) -> int:
        calls.append(t.text)
        return len(t.name) if t.content else 0

    word = SimpleNamespace(text="Feixi", name="feixi", content=True)
    assert syllables_of(word) == 5 and syllables_of(SimpleNamespace(**vars(word))) == 5
    assert calls == ["Feixi"]
    assert syllables_of(SimpleNamespace(text="Feixi", name="feixi", content=False)) == 0
    assert syllables_of(SimpleNamespace(text="Feixi", name="fei", content=True)) == 3
    assert calls == ["Feixi"] * 3


def test_xinhua_is_judged_like_a_chinese_place():
    # translators keep 新华社 in a dateline; dropping it is an omission
    src = "新华社石家庄7月26日电（记者王昆）记者从河北省水利厅了解到，今年以来河北省实施了生态补水。"
    assert _missing(src, "SHIJIAZHUANG, July 26 (the official, by Wang Kun) According to the Department of Water "
                         "Resources of Hebei Province, Hebei Province has carried out ecological water replenishment "
                         "this year.") == ["新华社"]
    assert _missing(src, "SHIJIAZHUANG, July 26 (Xinhua, by Wang Kun) According to the Department of Water "
                         "Resources of Hebei Province, Hebei Province has carried out ecological water replenishment "
                         "this year.") == []
    # look-alike: a reporters' byline a translator turns into a credit
    assert _missing("新华社记者陈尚营、王立武、刘夏村", "Edited by Chen Shangying, Wang Liwu and Liu Xiacun") == []


def test_a_place_misspelled_by_a_letter_is_not_missing():
    # Wefang for 潍坊, Shangdong for 山东: the spelling is wrong, the name is there
    assert _missing("1991年，寿光进入全国百强县行列，王伯祥调任潍坊市副市长。",
                    "Shouguang was among the top hundred counties in 1991, when Wang Boxiang became vice mayor of "
                    "Wefang.") == []
    src = "今天，应急部调派山东、江苏的排涝车帮助江西。"
    assert _missing(src, "Today the ministry sent drainage vehicles from Shangdong and Jiangsu to help Jiangxi.") == []
    assert _missing(src, "Today the ministry sent drainage vehicles from Jiangsu to help Jiangxi.") == ["山东"]


def test_a_speaker_with_a_rarer_surname_is_a_person():
    # 邬娜 opens its clause before 称 "said"; 葛平 was joined before 坦言
    assert _missing("邬娜称。", "said the official.") == ["邬娜"]
    assert _missing("邬娜称。", "said Wu Na.") == []
    assert _missing("朝阳大悦城美陈负责人葛平坦言：“我们选择将毕业展再度带回线下空间。”",
                    "The official, the person in charge of art display at Joy City, said: “We chose to bring the "
                    "graduation exhibition back offline.”") == ["葛平"]
    # look-alike: the end of a transliteration before 说 does not open its clause
    assert _missing("北约秘书长斯托尔滕贝格说，北约将加强合作。",
                    "NATO Secretary General Stoltenberg said NATO would strengthen cooperation.") == []


def test_a_state_named_with_its_level_is_judged():
    src = "刘易斯的遗体将运往阿拉巴马州首府蒙哥马利。"
    assert _missing(src, "Lewis's remains will then be taken to the capital city Montgomery.") == ["阿拉巴马州"]
    assert _missing(src, "Lewis's remains will then be taken to the Alabama capital Montgomery.") == []
    # look-alike: a country is not judged, translators fold it into an adjective
    assert _missing("瑞士警方向媒体通报了事故。", "The Swiss police informed the media of the accident.") == []


def test_a_certain_university_names_no_institution():
    # 某大学 "a certain university": 南京 opens no institution's English name, so it is looked for
    src = "南京某大学学生黄某某目前仍处于失联状态。"
    assert _missing(src, "A college student in the city surnamed Huang is still missing.") == ["南京"]
    assert _missing(src, "A college student in Nanjing surnamed Huang is still missing.") == []
    # an institution's name still does (南京|林业大学 "Nanjing Forestry University")
    assert _missing("南京林业大学学生黄某某目前仍处于失联状态。",
                    "A student of Nanjing Forestry University surnamed Huang is still missing.") == []


def test_a_name_ending_in_its_level_is_no_piece_of_the_next_transliteration():
    # 阿拉巴马州|特洛伊市: 特 opens Troy, the next name, so Alabama is still looked for
    src = "约翰出生于阿拉巴马州特洛伊市。"
    assert _missing(src, "John was born in Troy.") == ["阿拉巴马州"]
    assert _missing(src, "John was born in Troy, Alabama.") == []
    # the agency's name opening a longer word is its rendering (Xinhuanet)
    src = "新华社萨拉热窝12月11日电 波黑奥委会主席表示期待冬奥会。"
    assert _missing(src, "Message from Sarajevo of Xinhuanet on December 11: the Olympic Committee president "
                         "said he looks forward to the Winter Olympics.") == []
    assert _missing(src, "SARAJEVO, December 11: the Olympic Committee president said he looks forward to the "
                         "Winter Olympics.") == ["新华社"]


def test_a_misspelled_place_stands_in_for_no_other():
    # Shangdong is 山东 misspelled: no stand-in for the lost 江苏, which the reference really left out
    src = "今天，应急部调派山东、江苏、浙江、福建的排涝车帮助江西。"
    assert _missing(src, "Today the ministry sent drainage vehicles from Shangdong, Zhejiang, and Fujian to help "
                         "Jiangxi.") == ["江苏"]
    assert _missing(src, "Today the ministry sent drainage vehicles from Shangdong, Jiangsu, Zhejiang, and Fujian "
                         "to help Jiangxi.") == []


def test_a_bare_title_beside_the_name_stands_for_it():
    # 习近平|总书记: the title's rendering with "the" is where the name's neighbourhood ends
    src = "为深入贯彻落实习近平总书记重要指示精神，着力推进烈士纪念设施保护管理工作。"
    assert _missing(src, "To implement in depth the instructions of the General Secretary and push forward the "
                    "protection and management of the memorial facilities of martyrs.") == []
    # "The official, head of…": the title follows another word put in for the person
    assert _missing("该电站站长段梦琪说，在光照好的天气条件下，该发电技术效率可提升20%左右。",
                    "The official, head of the power plant, said in good lighting weather, this technology improves "
                    "efficiency by 20%.") == ["段梦琪"]


def test_a_pronoun_for_the_only_person_where_english_moved_the_name():
    # 授予刘易斯 -> "he was awarded": the object is the subject of an English passive
    src = "多年后，特洛伊大学授予刘易斯名誉博士学位。"
    assert _missing(src, "Several years later, he was awarded an honorary doctorate from Troy University.") == []
    assert _missing(src, "Several years later, Troy University awarded an honorary doctorate.") == ["刘易斯"]
    # a he of a later clause, after another word for the person, is no rendering of the name
    assert _missing("王礼稳负责13户村民的转移安置工作，一户一户通知。",
                    "The official was in charge of the relocation of 13 households, so he informed the villagers "
                    "one by one.") == ["王礼稳"]


def test_a_transliteration_cut_in_two_rendered_by_one_word_of_its_consonants():
    # 克尔凯|郭儿 (a misspelled 克尔凯郭尔): Kierkegaard, linked to 克尔凯, carries 郭儿's consonants too
    assert _missing("代表人物：克尔凯郭儿、叔本华与尼采等。", "Representatives: Kierkegaard, Schopenhauer and Nietzsche, etc.") == []


def test_a_stand_in_for_no_name_that_is_rendered_otherwise():
    # 图伊奥|内托|阿: the segmenter cut Tu'ionetoa; Tupou (the king's name) stands in for nothing
    assert _changed("图伊奥内托阿还需接受国王的任命。",
                    "Additionally, Tu'ionetoa has to be appointed by His Majesty King Tupou VI.") == []
    assert _changed("图伊奥内托阿还需接受国王的任命。", "Additionally, Tupou has to be appointed by His Majesty the King.") \
        == ["Tupou"]
    # 四国 (CC-CEDICT's Shikoku) said as "the four countries": no lost name for Saen of Chiang Saen
    assert _changed("中老缅泰四国还在泰国清盛召开执法合作交流会。",
                    "China, Laos, Myanmar, and Thailand, the four countries, also held an exchange meeting on law "
                    "enforcement cooperation in Chiang Saen, Thailand.") == []


def test_an_organisation_named_by_its_citys_first_character():
    # 广铁集团 Guangzhou Railway: 广州 opens on 广
    src = "广铁集团将采取多项举措，做好客流高峰期间旅客服务工作。"
    assert _changed(src, "Guangzhou Railway will take multiple measures to deliver good services during the peak.") == []
    assert _changed(src, "Nanjing Railway will take multiple measures to deliver good services during the peak.") \
        == ["Nanjing"]


def test_a_company_carries_its_city_in_brackets():
    src = "来自广东的台商亚忆电子有限公司董事长许文堂介绍说，亚忆电子曾因订单骤减导致营运困难。"
    assert _rule("accuracy.names.added", src, "The chairman of Action Asia (Shenzhen) Co., Ltd. from Guangdong said "
                 "that the company once had operational difficulties due to a sudden drop in orders.") == []
    # in the sentence's own words, a city for the source's province is still another place
    assert _rule("accuracy.names.added", src, "The chairman of Action Asia Co., Ltd. from Shenzhen said that the "
                 "company once had operational difficulties due to a sudden drop in orders.") == ["Shenzhen"]


def test_a_name_linked_in_another_romanisation_is_no_lost_name():
    # 中岛 Nakajima, linked to "Nakashima": Yoji of Yoji Yamada stands in for nothing
    assert _changed("开幕影片导演山田洋次、著名剧作家、编剧中岛一树，也亮相本次记者会。",
                    "Yoji Yamada, director of the opening film, and a famous dramatist and writer Kazuki Nakashima "
                    "also appeared at the press conference.") == []


def test_a_familiar_name_is_looked_for():
    src = "3岁的小文在某大学操场玩耍时，意外被垒球队的陈某砸中了头部。"
    assert _missing(src, "When playing on the sports ground of a university, 3-year-old the official was accidentally "
                    "hit in the head by Chen from the softball team.") == ["小文"]
    assert _missing(src, "When playing on the sports ground of a university, 3-year-old Xiaowen was accidentally hit "
                    "in the head by Chen from the softball team.") == []
    # words CC-CEDICT has (小心 "careful", 老师 "teacher") are no familiar names
    assert _missing("小心地滑。", "Caution, wet floor.") == []
    assert _missing("老师说，明天放假。", "The teacher said there is no school tomorrow.") == []


def test_a_rarer_surname_before_two_given_name_characters_read_whole():
    # 柳云龙: 云龙 is a district too, but jieba read the three as a person's and 云, 龙 are given names' characters
    src = "所以在《胜算》中，柳云龙别出心裁地将主人公唐飞设计成一个带有喜感的“口吃特工”。"
    assert _missing(src, "Therefore, in The Possibility of Victory, the official's original idea was to design the "
                    "hero Tang Fei as a comical \"stuttering secret agent\".") == ["柳云龙"]
    assert _missing(src, "Therefore, in The Possibility of Victory, Liu Yunlong's original idea was to design the "
                    "hero Tang Fei as a comical \"stuttering secret agent\".") == []
    # 新|康德: Kant, a name CC-CEDICT spells otherwise, is no given name
    assert _missing("19世纪后期，德国新康德主义伦理学。", "In the late 19th century, German Neo-Kantian ethics.") == []


def test_a_capital_that_renders_another_source_word_spells_no_lost_name():
    # Venezuelan is 委内瑞拉's (CC-CEDICT Venezuela, WordNet's adjective): it spells no 李宝荣
    src = "委内瑞拉副总统罗德里格斯等政府官员也纷纷转发李宝荣的推文。"
    assert _missing(src, "The official's tweet was also retweeted by Venezuelan Vice President Rodriguez and other "
                    "government officials.") == ["李宝荣"]
    assert _missing(src, "Li Baorong's tweet was also retweeted by Venezuelan Vice President Rodriguez and other "
                    "government officials.") == []
    # a Vietnamese reading still renders the name
    assert _missing("经济委员会副主任阮德坚透露，经济继续保持增长。",
                    "Nguyen Duc Kien, deputy director of the committee, said growth continued.") == []


def test_a_city_in_brackets_after_a_place_is_no_company_name():
    src = "据中铁隧道局集团有限公司消息，大（理）瑞（丽）铁路高黎贡山隧道1号竖井主井27日成功掘进到底。"
    # (Dali and Ruili fire too: 大（理）瑞（丽） spells them only across its brackets)
    assert "Shenzhen" in _rule("accuracy.names.added", src, "According to China Railway Tunnel Bureau Group Co., Ltd., "
                               "the main shaft of Gaoligongshan Tunnel of Dali (Shenzhen) Ruili Railway was successfully "
                               "excavated on the 27th.")


def test_a_given_name_cut_from_its_surname_after_a_role_is_a_lost_name():
    # 外交官仲|跻法: the segmenter cut 仲跻法 (Zhong Jifa); Zhong Qifa renders neither half rightly
    src = "中国驻柬大使馆外交官仲跻法、柬华理事总会代表为获奖嘉宾颁奖。"
    assert _changed(src, "Zhong Qifa, a diplomat of the Chinese Embassy in Cambodia, and a representative of the "
                    "council, presented awards to the winning guests.") == ["Zhong Qifa"]
    assert _changed(src, "Zhong Jifa, a diplomat of the Chinese Embassy in Cambodia, and a representative of the "
                    "council, presented awards to the winning guests.") == []
