"""The shared views of the meaning rules: what they make lazily must equal what they made at once."""

from __future__ import annotations

from tqcheck.bilingual import alignment
from tqcheck.rules.accuracy._meaning import Tok, as_pair, clause_views, meaning_pairs
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
