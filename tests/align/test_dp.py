from __future__ import annotations

from tqcheck.align import pairs, sentence_pairs
from tqcheck.align.dp import Item, align
from tqcheck.align.length import ZH_EN
from tqcheck.text import Document
from tqcheck.unit import Unit


def items(lengths, anchors=None):
    anchors = anchors or [()] * len(lengths)
    return [Item(n, frozenset(a)) for n, a in zip(lengths, anchors)]


def shapes(beads):
    return [(b.source[1] - b.source[0], b.target[1] - b.target[0]) for b in beads]


def test_one_to_one():
    assert shapes(align(items([10, 20, 30]), items([35, 70, 105]), ZH_EN)) == [(1, 1), (1, 1), (1, 1)]


def test_one_to_two_and_a_skipped_sentence():
    assert shapes(align(items([20, 20]), items([70, 35, 35]), ZH_EN)) == [(1, 1), (1, 2)]
    assert shapes(align(items([20, 30, 20]), items([70, 70]), ZH_EN)) == [(1, 1), (1, 0), (1, 1)]


def test_anchors_pull_sentences_together():
    src = items([20, 20], [{("n", "5")}, {("w", "wto")}])
    tgt = items([70, 70], [{("w", "wto")}, {("n", "5")}])
    # crossing is impossible; the anchors make the 1-1 beads cost more than usual
    beads = align(src, tgt, ZH_EN)
    assert shapes(beads) == [(1, 1), (1, 1)]
    assert sum(b.cost for b in beads) > sum(b.cost for b in align(items([20, 20]), items([70, 70]), ZH_EN))


def test_long_documents_use_a_band_and_stay_linear():
    n = 600
    beads = align(items([20] * n), items([70] * n), ZH_EN)
    assert shapes(beads) == [(1, 1)] * n


def test_segments_are_one_pair_and_documents_are_aligned():
    src, tgt = Document("会议在北京举行。代表们讨论了贸易问题。", "zh"), Document("The meeting was held in Beijing. Delegates discussed trade.", "en")
    assert len(pairs(Unit(tgt, src, segment="1"))) == 1
    assert [p.kind for p in pairs(Unit(tgt, src))] == ["1-1", "1-1"]
    assert [p.kind for p in sentence_pairs(Unit(tgt, src, segment="1"))] == ["1-1", "1-1"]


def test_texts_past_the_sentence_limit_are_paired_by_paragraph_or_whole(monkeypatch):
    import tqcheck
    import tqcheck.align as align_mod
    from tqcheck.align import alignment_method

    monkeypatch.setattr(align_mod, "MAX_SENTENCES", 5)
    src_text = "好。好。好。\n\n是。是。是。是。"
    tgt_text = "Good. Good. Good.\n\nYes. Yes. Yes. Yes."
    unit = Unit(Document(tgt_text, "en"), Document(src_text, "zh"))
    got = [(p.kind, src_text[p.src_start:p.src_end], tgt_text[p.tgt_start:p.tgt_end]) for p in pairs(unit)]
    assert got == [("3-3", "好。好。好。", "Good. Good. Good."), ("4-4", "是。是。是。是。", "Yes. Yes. Yes. Yes.")]
    assert alignment_method(unit) == "paragraphs"
    # paragraphs that do not correspond: one pair for the whole texts
    unit = Unit(Document("Good. Good. Good. Yes. Yes. Yes. Yes.", "en"), Document(src_text, "zh"))
    assert [p.kind for p in pairs(unit)] == ["7-7"] and alignment_method(unit) == "whole"
    # the report says how the texts were paired, and validates
    report = tqcheck.check(tgt_text, source=src_text).to_dict()
    assert report["alignment"]["method"] == "paragraphs"
    from tests.conftest import assert_valid_report
    assert_valid_report(report)


def test_texts_under_the_limit_are_aligned_sentence_by_sentence():
    from tqcheck.align import MAX_SENTENCES, alignment_method

    assert MAX_SENTENCES >= 5_000  # a long article (1 MB is about 6,000 sentences) is aligned in full
    unit = Unit(Document("Good. Yes.", "en"), Document("好。是。", "zh"))
    assert alignment_method(unit) == "length+anchors"
