"""The LanguageTool protocol mapping, without HTTP."""

from __future__ import annotations

import json

import pytest

from tqcheck.web import languagetool as ltp


@pytest.mark.parametrize("text, start, end, expected", [
    ("abc", 1, 2, (1, 1)),
    ("😀abc", 1, 2, (2, 1)),
    ("a😀😀b", 3, 4, (5, 1)),
    ("a😀b", 1, 2, (1, 2)),  # the emoji itself is two units long
    ("中文 text", 3, 7, (3, 4)),  # BMP characters are one unit each
])
def test_utf16_offsets(text, start, end, expected):
    assert ltp.Utf16(text).span(start, end) == expected
    # the same figure Java would give: UTF-16 code units
    a, n = expected
    assert len(text[:start].encode("utf-16-le")) // 2 == a
    assert len(text[start:end].encode("utf-16-le")) // 2 == n


def _annotation(*parts) -> str:
    return json.dumps({"annotation": [
        {"text": p} if isinstance(p, str) else {"markup": p[0], **({"interpretAs": p[1]} if len(p) > 1 else {})}
        for p in parts
    ]})


def test_annotated_text_maps_spans_back_to_the_marked_up_original():
    a = ltp.parse_annotation(_annotation("Hello ", ("<b>",), "world", ("</b>",), ("<p/>", "\n\n"), "Bye."))
    assert a.plain == "Hello world\n\nBye."
    assert a.original == "Hello <b>world</b><p/>Bye."

    def orig(start, end):
        s, e = a.span(start, end)
        return a.original[s:e]

    assert orig(6, 11) == "world"           # starts after <b>, ends before </b>
    assert orig(0, 6) == "Hello "           # ends before <b>
    assert orig(13, 17) == "Bye."
    assert orig(11, 13) == "<p/>"  # the paragraph break is the markup that stands for it
    s, e = a.span(6, 6)
    assert s == e == a.original.index("world")


@pytest.mark.parametrize("data, message", [
    ("{", "not valid JSON"),
    ('{"annotation": 3}', "'annotation' array"),
    ('{"annotation": [{"text": 1}]}', "annotation[0]"),
    ('{"annotation": [{"text": "a", "markup": "b"}]}', "annotation[0]"),
    ('{"annotation": [{"markup": "<b>", "interpretAs": 5}]}', "interpretAs"),
])
def test_bad_annotations_are_protocol_errors(data, message):
    with pytest.raises(ltp.ProtocolError, match=message.replace("[", r"\[").replace("]", r"\]")):
        ltp.parse_annotation(data)


def test_languages():
    assert ltp.language("en-US")[2] == "en-US"
    assert ltp.language("en_gb")[2] == "en-GB"
    assert ltp.language("auto")[1] == "en"
    with pytest.raises(ltp.ProtocolError, match="not a language"):
        ltp.language("de-DE")
    with pytest.raises(ltp.ProtocolError, match="Missing 'language'"):
        ltp.language("")


def test_category_ids_round_trip():
    from tqcheck.taxonomy import CATEGORIES

    for slug in CATEGORIES:
        assert ltp.category_directive(ltp.category_id(slug)) == f"category:{slug}"
        assert ltp.category_directive(slug) == f"category:{slug}"
    assert ltp.category_id("fluency/character-encoding") == "FLUENCY_CHARACTER_ENCODING"
    assert ltp.category_directive("FLUENCY") == "category:fluency"
    assert ltp.category_directive("TYPOS") is None


def test_switches():
    enable, disable, unknown = ltp.switches({
        "enabledRules": "punctuation.quotes.unbalanced, ",
        "disabledRules": "punctuation.spacing,WHITESPACE_RULE",
        "enabledCategories": "FLUENCY_PUNCTUATION",
        "disabledCategories": "TYPOS,style/awkward",
    })
    assert enable == ["punctuation.quotes.unbalanced", "category:fluency/punctuation"]
    assert disable == ["punctuation.spacing", "WHITESPACE_RULE", "category:style/awkward"]
    assert unknown == ["TYPOS"]
    enable, disable, _ = ltp.switches({"enabledRules": "a.b", "enabledOnly": "true"})
    assert disable == ["*"]
    assert ltp.switches({"enabledOnly": "true"}) == ([], ["*"], [])
    assert ltp.switches({"enabledOnly": "yes", "disabledRules": "a.b"}) == ([], ["a.b"], [])
