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


def test_words_where_sets_are_the_groups_that_pass_and_small_tables():
    """Each set is the union of the groups whose tags pass, whichever way it
    is made; a set made through a dict is no larger than one grown word by word."""
    import sys

    from tqcheck.lexicon import tags

    for name, test in (("test: NNS", lambda t: "NNS" in t), ("test: JJ only", lambda t: t == {"JJ"}),
                       ("test: VBD only", lambda t: t == {"VBD"})):
        got = tags.words_where(name, test)
        want = {w for t, words in tags._groups() if test(t) for w in words.split("\n")}
        assert got == want
        grown = frozenset().union(sorted(want))  # from a list: grown word by word
        assert sys.getsizeof(got) <= sys.getsizeof(grown)
