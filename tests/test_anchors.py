from __future__ import annotations

from tqcheck import anchors
from tqcheck.text import Document


def found(text):
    return [(a.kind, a.text) for a in anchors.find(Document(text, "zh"))]


def test_links_glued_to_chinese_text():
    assert found("详见www.example.com或联系a@b.cn（http://www.gfbzb.gov.cn）查询") == [
        ("url", "www.example.com"), ("email", "a@b.cn"), ("url", "http://www.gfbzb.gov.cn")]


def test_handles_hashtags_and_latin_tokens():
    assert found("世贸组织（WTO）、iPhone、@XHNews和#MeToo") == [
        ("latin", "WTO"), ("latin", "iPhone"), ("handle", "@XHNews"), ("hashtag", "#MeToo")]


def test_checkable_tokens():
    assert anchors.is_checkable_latin("WTO") and anchors.is_checkable_latin("5G")
    assert not anchors.is_checkable_latin("A") and not anchors.is_checkable_latin("5km")


def test_appears_in_ignores_case_hyphens_and_spaces():
    assert anchors.appears_in("COVID-19", "Covid 19 cases")
    assert anchors.appears_in("SealWu", "singer Seal Wu")
    assert anchors.appears_in("APP", "two apps")
    assert not anchors.appears_in("WTO", "AWTOX")
    assert not anchors.appears_in("AI", "said")


def test_lowered_text_gives_the_same_answers():
    # the lowered text only finds places to try the pattern first: never a
    # different answer, even for the non-ASCII letters that a case-insensitive
    # search matches (ſ ~ s, K ~ k) or that lower() lengthens (İ)
    import random

    rng = random.Random(7)
    alphabet = "abkisWTOC19 ---.’'&+_\u00a0\nİıſK中，"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        token = "".join(rng.choice("abkisWTOC19-.&") for _ in range(rng.randint(1, 4)))
        lowered = anchors.Lowered(text)
        assert anchors.appears_in(token, text, lowered) == anchors.appears_in(token, text), (token, text)
    for token, text in (("SK", "ſK"), ("WTO", "W T  O"), ("ai", "said AI"), ("ai", "said"), ("APP", "apps"), ("ai", "İ said ai"), ("ai", "said " * 60 + "AI")):
        assert anchors.appears_in(token, text, anchors.Lowered(text)) == anchors.appears_in(token, text)


def test_scan_is_linear_on_long_runs():
    text = "a" * 200_000 + "@" + "b" * 200_000
    assert anchors.links(text) == []


def test_a_chinese_date_after_a_latin_token_is_not_part_of_it():
    # issue 15: "08H00-7月26日" was one token "08H00-7", missing from every translation
    from tqcheck.anchors import LATIN_TOKEN, is_checkable_latin

    assert [m.group(0) for m in LATIN_TOKEN.finditer("会议于08H00-7月26日开幕")] == ["08H00"]
    assert [m.group(0) for m in LATIN_TOKEN.finditer("COVID-19病例和A-380飞机")] == ["COVID-19", "A-380"]
    assert not is_checkable_latin("08H00") and not is_checkable_latin("8h30")
    assert is_checkable_latin("A380")
