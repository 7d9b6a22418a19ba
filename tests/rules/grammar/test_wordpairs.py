"""A common word that forms no listed pair with either neighbour, next to a
one-letter neighbour that forms frequent pairs with both; nothing where the
list's gaps (American spellings, other forms of one word) explain the miss."""

from tqcheck.rules.grammar.wordpairs import _same_word

from .._run import issues, spans

RULE = "grammar.wordpairs.real-word"


def test_both_sides_must_favour_the_neighbour():
    assert spans(RULE, "So I confused things a but and it was Kai.") == ["but"]
    assert issues(RULE, "We did an analysis if rock samples.")[0].suggestions == ("of",)
    assert issues(RULE, "After along time they met.")[0].suggestions == ("a long",)


def test_rare_words_and_sentence_edges_are_not_judged():
    assert spans(RULE, "Now I have another tome to add to the stack. We'll toe the line.") == []
    assert spans(RULE, "Any technology will do. But it was there.") == []


def test_gaps_of_the_list_are_not_evidence():
    text = ("During the defense of Moscow they won the favor of investors. Technology provided "
            "real-time viewing. The herds were ending their calving. Thousands or millions of years.")
    assert spans(RULE, text) == []
    assert _same_word("provided", "provides") and _same_word("center", "centre")
    assert not _same_word("but", "bit")


def test_windows_found_a_piece_at_a_time_equal_the_whole(monkeypatch):
    from tqcheck.lexicon import bigrams
    from tqcheck.rules.grammar import wordpairs
    from tqcheck.text import Document

    text = "So I confused things a but and it was Kai. We did an analysis if rock samples. " * 3
    table = bigrams.pairs()
    whole = wordpairs._windows(Document(text), wordpairs.word_ids(Document(text), table), table)
    assert whole
    for piece in (1, 2, 3, 7):
        monkeypatch.setattr(wordpairs, "_PIECE", piece)
        doc = Document(text)
        assert wordpairs._windows(doc, wordpairs.word_ids(doc, table), table) == whole


def test_common_mask_from_bytes_is_a_test_per_word():
    """``_common`` (two bytes.translate passes) equals one ``id < rare`` test per word,
    for any table size, including numbers whose low or high byte is the rare one's."""
    import operator
    import random
    from array import array
    from itertools import repeat

    from tqcheck.rules.grammar.wordpairs import _common

    rng = random.Random(5)
    for rare in (0, 1, 255, 256, 257, 2495, 0x1234, 0xFFFF):
        near = [v for v in (rare, rare - 1, rare - 256, rare & 0xFF, rare & 0xFF00, 0) if 0 <= v <= rare]
        for n in (0, 1, 2, 9, 300):
            idx = array("H", (rng.choice(near) if rng.random() < 0.5 else rng.randint(0, rare) for _ in range(n)))
            want = int.from_bytes(bytes(map(operator.lt, idx, repeat(rare))), "little")
            assert _common(idx, rare) == want, (rare, n)
