"""The shared views of the meaning rules: what they make lazily must equal what they made at once."""

from __future__ import annotations

from tqcheck.bilingual import alignment
from tqcheck.rules.accuracy._meaning import Tok, as_pair, clause_views, meaning_pairs, segment
from tqcheck.rules.accuracy.negation import _NEG_PREFIXES, _NEGATOR_TEXT, NEGATORS, source_negations
from tqcheck.text import Document
from tqcheck.unit import Unit

SOURCE = "王毅表示，中方愿与美方加强合作，双方将于明年在北京举行会谈。他没有说明原因。"
TARGET = ("Wang Yi said China is willing to strengthen cooperation with the U.S., and the two sides will hold "
          "talks in Beijing next year. He did not give a reason.")


def _unit() -> Unit:
    return Unit(Document(TARGET, "en"), Document(SOURCE, "zh"), segment="1")


def test_a_clause_view_reads_its_words_from_the_alignment():
    unit = _unit()
    al = alignment(unit)
    views = clause_views(unit)
    assert views
    for cv in views:
        cl = next(c for c in al.clauses if c.src_start == cv.src_start)
        words = al.source[cl.first:cl.last]
        assert cv.word_set() == frozenset(w.text for w in words)
        assert cv.src == tuple(Tok(w.text, w.start, w.end) for w in words)
        assert cv.word_set() == frozenset(t.text for t in cv.src)


def test_a_view_seen_as_a_pair_has_the_views_words():
    for cv in clause_views(_unit()):
        mp = as_pair(cv)
        assert mp.word_set() is cv.word_set()
        assert mp.src == cv.src
        assert mp.src_words() == set(cv.word_set())


def _document_unit() -> Unit:
    # two paragraphs a side: a document's pairs, read from the source document's words
    source = SOURCE + "\n\n" + "记者陈毓珊报道，COVID-19疫情期间GDP下降。 他说：“这不是问题。”"
    target = TARGET + "\n\n" + "Reporter Chen Yushan said GDP fell during COVID-19. He said: \"It is no problem.\""
    return Unit(Document(target, "en"), Document(source, "zh"))


def test_a_documents_pair_makes_its_words_when_read_and_they_are_its_segmentation():
    unit = _document_unit()
    pairs = meaning_pairs(unit)
    assert len(pairs) > 2
    for p in pairs:
        words = segment(p.src_text, p.src_start)  # the part segmented alone
        # the word set first (from the document's word column, no Tok made), then the words
        assert p.word_set() == frozenset(t.text for t in words)
        assert p._src is None
        assert p.src == words
    # the other order: the words first, the set from them
    for p in meaning_pairs(_document_unit()):
        assert p.src == segment(p.src_text, p.src_start)
        assert p.word_set() == frozenset(t.text for t in p.src)


def test_a_pairs_word_set_is_made_once_and_copied_for_callers():
    p = meaning_pairs(_unit())[0]
    assert p.word_set() is p.word_set()
    words = p.src_words()
    words.add("x")
    assert "x" not in p.word_set()


def test_every_negator_is_found_by_the_quick_scan():
    # source_negations returns at once where this scan finds nothing: it must find every negator
    for w in NEGATORS | set(_NEG_PREFIXES):
        assert _NEGATOR_TEXT.search(f"我们{w}看")
    assert [t.text for t in source_negations(meaning_pairs(_unit())[-1])] == ["没有"]


def test_capitalised_is_the_words_first_letter():
    al = alignment(_unit())
    assert al is not None
    assert [w.capitalised for w in al.target] == [w.text[:1].isupper() for w in al.target]
