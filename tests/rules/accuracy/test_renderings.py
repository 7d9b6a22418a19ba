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
    # a person by the surname alone
    ("徐仁和表示，研讨会提供了交流平台。", "Xu said the seminar provided a platform for exchange."),
    # a generic noun of the place's own kind
    ("以提升云南草地贪夜蛾的监测能力。", "To enhance the province's capacity to monitor the fall armyworm."),
    # a thing counted with 棵 is no person
    ("一棵古老的牧豆树被命名为“萨拉玛”。", "An ancient mesquite tree was named \"Salama\"."),
])
def test_accepted_rendering(source, target):
    assert _missing(source, target) == []


@pytest.mark.parametrize("source,target,name", [
    ("郭智表示，准东至皖南工程是世界上最大的输电工程。",
     "Guo Zhi said that the project is the world's largest transmission project.", "东至"),
    ("重庆、武汉、西安、成都将是最热门的城市。", "Chongqing, Wuhan and Chengdu will be the most popular cities.", "西安"),
    # a pronoun is no surname
    ("徐仁和表示，研讨会提供了交流平台。", "He said the seminar provided a platform for exchange.", "仁和"),
    ("以提升云南草地贪夜蛾的监测能力。", "To enhance the capacity to monitor the fall armyworm.", "云南"),
    # Beijing is no "city" in CC-CEDICT's gloss: the seeded stand-in still fires
    ("他希望再和同学们来北京看看作品展。", "He hoped to come to the city and see the exhibition with his classmates.", "北京"),
])
def test_still_missing(source, target, name):
    assert _missing(source, target) == [name]
