from __future__ import annotations

import time

from tqcheck.glossary import Entry, Glossary
from tqcheck.glossary.match import ACCENT, APPROVED, CASE, EXACT, FORBIDDEN, Matcher, hits
from tqcheck.text.patterns import fold
from tqcheck.text import Document

G = Glossary((
    Entry("António Costa", "科斯塔", ("Antonio Costa",)),
    Entry("U.S. President Donald Trump", "美国总统特朗普", ("former U.S. President Donald Trump",)),
    Entry("EU-China summit", "中欧峰会", (), True),
    Entry("EU", "欧盟"),
    Entry("Kallas", "Kallas"),
))


def _found(text):
    return [(text[h.start:h.end], h.kind, h.form) for h in Matcher(G).find(text)]


def test_longest_term_wins_and_possessive_is_allowed():
    assert _found("former U.S. President Donald Trump's tariffs") == [
        ("former U.S. President Donald Trump", FORBIDDEN, EXACT)]


def test_forms_exact_case_accent():
    text = "Antonio Costa, António  Costa, ANTÓNIO COSTA and Antónió Costa at the EU-China Summit."
    assert _found(text) == [
        ("Antonio Costa", FORBIDDEN, EXACT),
        ("António  Costa", APPROVED, EXACT),
        ("ANTÓNIO COSTA", APPROVED, CASE),
        ("Antónió Costa", APPROVED, ACCENT),
        ("EU-China Summit", APPROVED, CASE),
    ]


def test_whole_words_only():
    assert _found("EUR and Kallasian views; EU-wide") == [("EU", APPROVED, EXACT)]


def test_source_terms_in_chinese_need_no_word_boundaries():
    found = Matcher(G).find_sources("卡拉斯将出席中欧峰会并会见科斯塔。")
    assert [(f.start, f.end, f.entries[0].target) for f in found] == [(6, 10, "EU-China summit"), (13, 16, "António Costa")]


def test_fold_keeps_offsets():
    text = "Zoë met António in Kraków"
    assert len(fold(text)) == len(text)
    assert fold(text) == "Zoe met Antonio in Krakow"


def test_hits_are_cached_per_document():
    doc = Document("Kallas met António Costa.")
    assert hits(G, doc) is hits(G, doc)


def test_large_glossary_is_one_scan():
    entries = tuple(Entry(f"term number {i} of the glossary", f"术语{i}") for i in range(5000))
    g = Glossary(entries + (Entry("cybersecurity"),))
    m = Matcher(g)
    text = "Rules on cybersecurity and term number 4999 of the glossary apply. " * 200
    t0 = time.perf_counter()
    found = m.find(text)
    elapsed = time.perf_counter() - t0
    assert len(found) == 400
    # a per-term loop would take seconds here; the prefix tree takes milliseconds
    print(f"5,001 terms over {len(text)} characters: {elapsed * 1000:.1f} ms")
