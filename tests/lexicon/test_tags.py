"""The tag table's word sets (``words_where``) are the words whose tags pass the test."""

from __future__ import annotations

from tqcheck.lexicon import tags


def test_words_where_equals_a_scan_of_every_word():
    tests = {
        "test: VBP": lambda t: "VBP" in t,
        "test: NNS, maybe VBZ": lambda t: "NNS" in t and t <= {"NNS", "VBZ"},
        "test: NN only": lambda t: t == {"NN"},
    }
    for name, test in tests.items():
        scanned = frozenset(w for w, r in tags.table().items() if test(frozenset(t for t, _ in r)))
        assert tags.words_where(name, test) == scanned
        assert scanned  # the tests are not vacuous
