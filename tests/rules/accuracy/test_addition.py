"""accuracy.addition: a clause past the end of a fully rendered source, and
the chance links that must not count as its support."""

from __future__ import annotations

from tqcheck import Checker


def _found(source: str, target: str) -> list[str]:
    checker = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.addition"]})
    target_issues = checker.check(target, source=source, segment="1").issues
    return [target[i.start:i.end] for i in target_issues]


SOURCE = "波兰司法部长举行记者会说，司法部星期一将向劳工和家庭部提出退出条约的要求。"
RENDERED = ("Poland's justice minister told a press conference that the ministry will submit a request on Monday to the "
            "Ministry of Labor and the Family to withdraw from the treaty")


def test_a_characters_gloss_elsewhere_in_the_source_is_no_support():
    # "move" is linked to 举行 "hold" by its character 行 "move": a word at the start of the source, while the clause
    # comes after the source has been rendered to its end
    assert _found(SOURCE, RENDERED + ", and the move surprised many lawmakers in Brussels.") == [
        "and the move surprised many lawmakers in Brussels"]
    assert _found(SOURCE, RENDERED + ".") == []


def test_a_light_link_before_an_unrendered_ending_is_a_free_rendering():
    # newstest2021: 扩大 is rendered by nothing, so the last clause most likely renders the ending freely
    assert _found("受此前强降雨影响，该合作社种植的上百亩红辣椒受灾严重，如不及时采摘损失会更加扩大。",
                  "Affected by heavy rainfall, hundreds of mu of red chili grown by that co-op suffered severe damage, "
                  "which would have been worse if harvesting wasn’t completed in time.") == []


def test_an_idiom_linked_by_its_gloss_supports_its_clause():
    # newstest2020 (Human-A): 令行禁止 is tagged a set phrase and "orders" renders it
    assert _found("在这次阅兵训练中无论是将军还是士兵，都严格标准要求，锻造雷厉风行、令行禁止的过硬作风。",
                  "In this military parade training, both generals and soldiers were required by strict standards to "
                  "display a good style of taking action vigorously and resolutely, as well as strictly enforcing "
                  "orders and prohibitions.") == []


def test_a_common_english_word_is_no_support_past_the_end():
    # "made" is linked to a source word by a lemma CC-CEDICT glosses hundreds of words with; the rest of the
    # translation renders the source, with room to spare for what the lexicon does not match
    source = "卡特里本周早些时候警告，在雪球越滚越大、最终造成“雪崩”前，人们必须采取行动。"
    rendered = ("Catry warned earlier this week that action must be taken before the snowball gets bigger and "
                "eventually causes an “avalanche”")
    assert _found(source, rendered + ", and the remarks made headlines across the region.") == [
        "and the remarks made headlines across the region"]
    assert _found(source, rendered + ".") == []


def test_a_last_clause_rendering_an_unmatched_ending_is_not_past_the_end():
    # generaltest2022 (B): the rest of the translation has too little room for the words the lexicon does not
    # match (this fired with SURPLUS at 2)
    assert _found("时间长度、血量、痛经程度因人而异，有些人三天，有些人一周；有些人流的少，有些人大血崩；有些人没什么反应，"
                  "有些人疼到救护车运走，痛经随着时间会改变，以前不痛不代表一辈子不痛。",
                  "Time duration, blood volume and dysmenorrhea degree vary with each individual; some girls need "
                  "three days and some others need one week; some girls have small amount of blood volume and some "
                  "others have extremely large amount; some girls have no reaction at all, but it is so painful for "
                  "others that they are taken to the hospital by an ambulance; dysmenorrhea changes with time, and "
                  "some girls suffer from dysmenorrhea suddenly although they did not suffer from it at all.") == []


def test_a_clause_after_the_free_rendering_of_an_unmatched_ending_is_past_the_end():
    # the lexicon matches nothing of 激活了乡村一池春水; the clause after "rural businesses" renders it freely and
    # has a word for each of its unmatched words, so the clause after that goes on past the source
    source = ("近年来，在国家脱贫攻坚、乡村振兴等一系列支农惠农政策激励感召下，越来越多像张雄一样的优秀农民工选择返乡创业，"
              "激活了乡村一池春水。")
    rendered = ("In recent years, national policies to alleviate poverty, revitalize rural areas, and benefit farmers "
                "and agriculture have inspired an increasing number of outstanding migrant workers like Zhang Xiong to "
                "return to their hometowns to start their own businesses, which has become a new source of growth "
                "for rural areas")
    assert _found(source, rendered + ", and the scheme has since been copied by dozens of other provinces.") == [
        "and the scheme has since been copied by dozens of other provinces"]
    assert _found(source, rendered + ".") == []
