"""The words of a part of a source document are the part's own segmentation."""

from __future__ import annotations

from tqcheck.bilingual.segment import _cut, document_tags, spans_between, tag, tags_between, texts_between
from tqcheck.text import Document

TEXT = ("国家副主席韩正会见了卡拉斯。\r\n“一带一路”倡议提出7.5%的增长，WHO表示欢迎！\n\n"
        "美方称，中方没有回应？COVID-19疫情期间2020年GDP下降。")


def test_parts_read_from_the_document_equal_the_parts_segmented_alone():
    doc = Document(TEXT, "zh")
    for start in range(len(TEXT) + 1):
        for end in range(start, min(len(TEXT), start + 30) + 1):
            assert tags_between(doc, start, end) == tag(TEXT, start, end), (start, end)


def test_where_the_document_is_cut_and_where_not():
    doc = Document(TEXT, "zh")
    toks = document_tags(doc).tokens()
    end = TEXT.index("。") + 1
    assert _cut(TEXT, end)  # after a full stop
    assert tags_between(doc, 0, end) == toks[:len(tag(TEXT, 0, end))]
    inside = TEXT.index("韩") + 1  # inside 韩正: that part is segmented on its own
    assert not _cut(TEXT, inside)
    assert tags_between(doc, inside, end)[0].text != "韩正"
    crlf = TEXT.index("\r\n") + 1  # between \r and \n, one word of jieba's
    assert not _cut(TEXT, crlf)


def test_the_document_is_segmented_once():
    doc = Document(TEXT, "zh")
    assert document_tags(doc) is document_tags(doc)


def test_the_document_columns_are_its_segmentation():
    doc = Document(TEXT, "zh")
    assert document_tags(doc).tokens() == tag(TEXT)
    assert list(document_tags(doc).rows()) == [tuple(t) for t in tag(TEXT)]


def test_spans_between_are_the_words_of_tags_between():
    doc = Document(TEXT, "zh")
    for start in range(0, len(TEXT) + 1, 3):
        for end in range(start, min(len(TEXT), start + 30) + 1):
            assert list(spans_between(doc, start, end)) == [(t.start, t.end, t.text)
                                                             for t in tags_between(doc, start, end)], (start, end)


def test_texts_between_are_the_words_of_tags_between():
    doc = Document(TEXT, "zh")
    for start in range(0, len(TEXT) + 1, 2):
        for end in range(start, min(len(TEXT), start + 30) + 1):
            assert list(texts_between(doc, start, end)) == [t.text for t in tags_between(doc, start, end)], (start, end)
