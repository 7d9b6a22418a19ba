"""accuracy.names.missing leaves alone the renderings of a name that are no
omission (tqcheck/rules/accuracy/_renderings.py), and still fires beside them."""

from __future__ import annotations

import pytest

from tqcheck import Checker

CK = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.names.missing"]})


def _missing(source: str, target: str) -> list[str]:
    return [source[i.start:i.end] for i in CK.check(target, source=source).issues]


@pytest.mark.parametrize("source,target", [
    # a place that is also a word, rendered as the word in another form (昌 prosperous)
    ("上述关系有助于给有关各方带来稳定与繁昌。", "The relations help bring stability and prosperity to all parties."),
    # ABAC: 师德师风 cut as 师德师|风 is no person
    ("对违规补课的教师，将依据师德师风相关规定严肃处理。",
     "Teachers who give illegal classes will be punished under the rules on teachers' ethics."),
    # 准|东至|皖南: the target spells 准东 as one name
    ("郭智表示，准东至皖南工程是世界上最大的输电工程。",
     "Guo Zhi said that the Zhundong to Wannan project is the world's largest transmission project."),
    ("丹绒比艾国席补选在即。", "The Tanjung Piai by-election is imminent."),
    # the name's pinyin parted by an apostrophe and a space
    ("重庆、武汉、西安、成都将是最热门的城市。", "Chongqing, Wuhan, Xi 'an and Chengdu will be the most popular cities."),
    # the pinyin parted by spaces, where CC-CEDICT's English adds a word (天安门 Tiananmen Gate)
    ("我恳切地请求你们中止给天安门母亲群体人道捐款。",
     "I sincerely request you to stop the humanitarian donation to the mothers of the Tian An Men group."),
    # a person by the surname alone
    ("徐仁和表示，研讨会提供了交流平台。", "Xu said the seminar provided a platform for exchange."),
    # a generic noun of the place's own kind: "the province", or a city's noun owning something
    ("以提升云南草地贪夜蛾的监测能力。", "To enhance the province's capacity to monitor the fall armyworm."),
    ("为云南有效控制草地贪夜蛾提供了技术保障。", "It provided technical support for the province to control the fall armyworm."),
    ("这里是松山，野生动物才是真正的主人。", "Here in this city, wild animals are the real owners."),
    # a thing counted with 棵 is no person
    ("一棵古老的牧豆树被命名为“萨拉玛”。", "An ancient mesquite tree was named \"Salama\"."),
    # a four-character expression the segmenter cut (真|金白银: 金银 "gold, silver"; 金山|银山: ABCB)
    ("真心拿出真金白银支持企业。", "They truly put real money into supporting enterprises."),
    ("绿水青山就是金山银山。", "Clear waters and green mountains are as good as mountains of gold and silver."),
    # a person said again after a rendered mention
    ("在今年四月的论坛上，张忠谋语出惊人，张忠谋直言：英特尔建厂相当讽刺。",
     "At a forum in April, Zhang Zhongmou made a surprising remark and said bluntly that it was ironic for Intel to "
     "build a factory."),
    # a transliteration the segmenter cut in two (安达|纳尔), one word of the target renders both
    ("因与一名受感染的职员有接触，安达纳尔接受了检测。", "Due to contact with an infected staff member, Andanar was tested."),
    # the name's Latin form right after it
    ("欧诗漫OSM化妆品套装", "OSM cosmetics set"),
    # a quoted nickname, rendered by its sense
    ("他是有“花美男”之称的选手。", "He is the player known as the handsome boy."),
    # a credit dropped whole, its role word too
    ("新华社深圳9月27日电（记者 赵瑞希）27日中小板指高开高走。",
     "SHENZHEN, September 27 (Xinhua) - The SME board index opened high and stayed high on the 27th."),
    # a scientific name
    ("他猎捕了斑羚、小麂、毛冠鹿等野生动物。", "He hunted goral, muntjac and elaphodus cephalophus."),
])
def test_accepted_rendering(source, target):
    assert _missing(source, target) == []


@pytest.mark.parametrize("source,target,name", [
    ("郭智表示，准东至皖南工程是世界上最大的输电工程。",
     "Guo Zhi said that the project is the world's largest transmission project.", "东至"),
    ("重庆、武汉、西安、成都将是最热门的城市。", "Chongqing, Wuhan and Chengdu will be the most popular cities.", "西安"),
    ("我恳切地请求你们中止给天安门母亲群体人道捐款。",
     "I sincerely request you to stop the humanitarian donation to the mothers of the group.", "天安门"),
    # a pronoun is no surname
    ("徐仁和表示，研讨会提供了交流平台。", "He said the seminar provided a platform for exchange.", "仁和"),
    ("以提升云南草地贪夜蛾的监测能力。", "To enhance the capacity to monitor the fall armyworm.", "云南"),
    # a bare "the city" for a city the sentence names once is the name dropped (the clean references write
    # "the province" for a province the document named before, never "the city")
    ("这里是松山，野生动物才是真正的主人。", "Here in the city, wild animals are the real owners.", "松山"),
    ("文旅“红果”聚韶山", "“Red Fruits” of Culture and Tourism Gathering in the city", "韶山"),
    # Beijing is no "city" in CC-CEDICT's gloss: the seeded stand-in still fires
    ("他希望再和同学们来北京看看作品展。", "He hoped to come to the city and see the exhibition with his classmates.", "北京"),
    # 江苏|南京 and 潼南|涪江 are no parallel halves (江南, 南江 "south of the river" are no pair of glosses)
    ("杨鸿年出生于1934年，江苏南京人，自幼酷爱音乐。",
     "He was born in 1934 in the city, Jiangsu, and loved music from childhood.", "南京"),
    ("潼南涪江、琼江等河流出现涨水过程。", "Rivers including the Fujiang and Qiongjiang in the city saw water rise.", "潼南"),
    # said twice, rendered nowhere
    ("在今年四月的论坛上，张忠谋语出惊人，张忠谋直言：英特尔建厂相当讽刺。",
     "At a forum in April, the entrepreneur made a surprising remark and said bluntly that it was ironic for Intel to "
     "build a factory.", "张忠谋"),
    # Latin letters after the name that are not its form, and a credit kept with another word in it
    ("欧诗漫OSM化妆品套装", "Cosmetics set", "欧诗漫"),
    ("新华社深圳9月27日电（记者 赵瑞希）27日中小板指高开高走。",
     "SHENZHEN, September 27 (Xinhua, the official) - The SME board index opened high and stayed high on the 27th.",
     "赵瑞希"),
    ("他猎捕了斑羚、小麂、毛冠鹿等野生动物。", "He hunted goral, muntjac and other wild animals.", "毛冠鹿"),
    # "the head" renders 头目, another person: no title stands in for 唐飞
    ("该剧讲述了潜伏在日伪警察局的中共地下党员唐飞(柳云龙饰)联合苏联特工,刺杀日本特工头目。",
     "It tells the story of the city (played by Liu Yunlong), an undercover member of the Communist Party in a police "
     "station, who joins Soviet agents to assassinate the head of Japanese intelligence.", "唐飞"),
])
def test_still_missing(source, target, name):
    assert set(_missing(source, target)) == {name}


@pytest.mark.parametrize("source,target", [
    # a capitalised word where the name would be excuses it only if it may spell the name
    ("央视记者张岗报道。", "CCTV correspondent the official reported."),  # an acronym
    ("今年11月上海第二届中国国际进口博览会将举行。", "The 2nd China International Import Expo will be held in November."),
    ("消费者可在京东APP领取。", "Consumers can claim them on the TV app."),
    # consonants in order, but from another first one and far too many: no transliteration of 史丹纳
    ("政府发言人释放“史丹纳帝国”号所需的法律程序均已完成。",
     "All legal procedures for the release of the Supervisory Empire have been completed."),
])
def test_a_word_that_spells_no_name_excuses_nothing(source, target):
    assert _missing(source, target) != []


@pytest.mark.parametrize("source,target", [
    ("央视记者张岗报道。", "CCTV correspondent Zhang Gang reported."),
    ("消费者可在京东APP领取。", "Consumers can claim them on the JD app."),  # 京东's initials
    ("政府发言人释放“史丹纳帝国”号所需的法律程序均已完成。",
     "All legal procedures for the release of the Steiner Empire have been completed."),  # its consonants
    ("S-500系统由“金刚石-安泰”空天防御康采恩研制。",
     "The S-500 system was developed by the Concern of Almaz-Antey Aerospace Defense."),  # Konzern
])
def test_a_word_that_may_spell_the_name_excuses_it(source, target):
    assert _missing(source, target) == []


def test_parallel_halves_come_from_the_glosses():
    from tqcheck.bilingual.lexicon import load
    from tqcheck.rules.accuracy._renderings import _coordinate

    lex = load()
    assert _coordinate("金银", lex)  # "gold, silver"
    assert not _coordinate("江南", lex)  # "south of the Yangtze": no pair of the characters' glosses
    assert not _coordinate("北周", lex)  # "Northern Zhou dynasty"


def test_initials_in_any_reading():
    from tqcheck.rules.accuracy._renderings import initials

    assert initials("JD", "京东")
    assert initials("CTF", "周大福")  # Chow Tai Fook, in Cantonese
    assert not initials("TV", "京东")
    assert not initials("JDC", "京东")
