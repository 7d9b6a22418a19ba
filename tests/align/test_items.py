"""The sentences as the aligner sees them: each sentence's anchors are its own."""

from __future__ import annotations

import tqcheck.align as align_mod
from tqcheck.align import _source_items, _target_items
from tqcheck.align.length import ZH_EN
from tqcheck.text import Document

SOURCE = "世卫组织（WHO）说，2020年有5个国家。第二句没有数字。美国GDP增长3%，是吗？"
TARGET = ("The WHO said five countries did in 2020. The second sentence has no number. "
          "US GDP grew 3%, didn't it?")


def test_each_sentence_gets_its_own_anchors():
    s_items, vocab = _source_items(Document(SOURCE, "zh"), ZH_EN)
    t_items = _target_items(Document(TARGET, "en"), vocab, ZH_EN)
    assert len(s_items) == len(t_items) == 3
    assert {("w", "who"), ("n", "5")} <= s_items[0].anchors
    assert not s_items[1].anchors and not t_items[1].anchors
    assert {("w", "gdp"), ("?",)} <= s_items[2].anchors
    assert ("w", "who") in t_items[0].anchors
    assert {("w", "gdp"), ("?",)} <= t_items[2].anchors
    assert ("w", "gdp") not in t_items[0].anchors


def test_word_table_and_sentence_scan_agree(monkeypatch):
    # the word table is read when no sentence boundary cuts a word; the scan
    # sentence by sentence is the fallback, and both must give the same items
    _, vocab = _source_items(Document(SOURCE, "zh"), ZH_EN)
    fast = _target_items(Document(TARGET, "en"), vocab, ZH_EN)
    monkeypatch.setattr(align_mod, "_anchor_words", lambda doc, vocab: None)
    slow = _target_items(Document(TARGET, "en"), vocab, ZH_EN)
    assert fast == slow
    assert any(item.anchors for item in fast)
