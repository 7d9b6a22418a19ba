from __future__ import annotations

import tqcheck
from tests.rules._run import issues, spans

# how machine translation of newstest2021 writes one address
BROKEN = [
    "the National Recruitment Network (website: http: / / www.gfbzb.gov.cn), submit",
    "the National Conscription Network (http: / www.gfbzb.gov.cn), young conscripts",
    "See HTTPS : / / Example.org/news.",
]


def test_addresses_broken_by_spaces_are_flagged_up_to_the_host():
    assert [spans("punctuation.urls", t) for t in BROKEN] == [["http: / / "], ["http: / "], ["HTTPS : / / "]]
    assert [i.suggestions for t in BROKEN for i in issues("punctuation.urls", t)] == [
        ("http://",), ("http://",), ("https://",)]


def test_whole_addresses_and_colons_that_are_not_schemes_are_left_alone():
    for text in ("Visit http://www.gfbzb.gov.cn/a/b?c=1 now.", "Mail ftp://files.example.org today.",
                 "Its protocol is http: the old one.", "A ratio of 3 : 1 / 2 / 4 held.",
                 "The shttp: / / x.org form and xhttp: / / y.org are not schemes."):
        assert issues("punctuation.urls", text) == [], text


def test_the_scheme_of_a_broken_address_is_not_a_spelling_mistake():
    report = tqcheck.check("Register on the National Recruitment Network (website: http: / / www.gfbzb.gov.cn).")
    assert [i.rule for i in report.issues] == ["punctuation.urls.spaced"]


def test_text_whose_lower_case_moves_offsets_is_scanned_too():
    text = "İstanbul office: see http: / / www.example.org now."
    assert spans("punctuation.urls", text) == ["http: / / "]
