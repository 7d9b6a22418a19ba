"""The style rules' readings of the word table, and their str.find starting
points, agree with the scans they replace."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.scan import matches_at
from tqcheck.rules.style import adverbs, attribution, boilerplate
from tqcheck.rules.style.length import _count_words
from tqcheck.rules.style.openers import _first_words
from tqcheck.text import Document
from tqcheck.text.chars import WORD_RE


def pieces(*items):
    return st.lists(st.sampled_from(items), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(pieces("ab", "c", " ", "  ", ",", ".", "-", "'", "3.5", "中", "\n", ";", "x-y"), st.data())
def test_sentence_words_from_the_word_table(text, data):
    doc = Document(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _count_words(doc, start, end) == len(WORD_RE.findall(text, start, end))
    expected = []
    for m in WORD_RE.finditer(text, start, end):
        expected.append((m.group(0), m.end()))
        if len(expected) == 3 or text[m.end():m.end() + 1] in (",", ";", ":"):
            break
    assert _first_words(doc, start, end, 3) == expected


def _pattern_of(rule):
    cells = dict(zip(rule.check.__code__.co_freevars, (c.cell_contents for c in rule.check.__closure__)))
    return cells["compiled"](), cells["starts"]  # the rule's pattern, compiled on first use


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([
    (adverbs.STACKED, ["quickly", "ly", "only", "x", " ", "\t", "  ", "\n", "Really", "é", "1", "sharply", "-"]),
    (attribution.VERB, ["stated", " that", " at", "expressed", "indicated", ",", " ", "\n", "re", "x", "“", ":"]),
    (boilerplate.LABEL, ["\n", " ", "\t", "Editor", "editor", "Responsible editor", ":", "：", "x", "\r\n", "Source"]),
]), st.data())
def test_starting_points_find_every_match(case, data):
    rule, alphabet = case
    text = data.draw(pieces(*alphabet))
    rx, starts = _pattern_of(rule)
    assert [m.span() for m in matches_at(rx, text, starts(Document(text)))] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(pieces("(", ")", "((", "a", "_", " ", "\n", ".", "é"), st.data())
def test_parenthesis_pattern_opens_on_the_parenthesis(text, data):
    import re

    from tqcheck.rules.style.quotation import _PAREN

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = re.compile(r"(?<![\w(])\(([^()\n]{1,200})\)")
    assert [m.span(1) for m in _PAREN.finditer(text, start, end)] == \
        [m.span(1) for m in plain.finditer(text, start, end)]


def _openers_one_call_each(doc, n_words):
    """``style.openers``' keys as the rule made them before: ``_first_words``
    for every sentence."""
    from tqcheck.rules._prose import sentence_starts

    out = {}
    for index, (s, pos) in enumerate(zip(doc.sentences, sentence_starts(doc))):
        if doc.in_quotation(pos):
            continue
        words = _first_words(doc, pos, s.end, n_words)
        if len(words) < n_words:
            continue
        out.setdefault(" ".join(w.lower() for w, _ in words), []).append((index, pos, words[-1][1]))
    return out


@settings(max_examples=300, deadline=None)
@given(pieces("Ab ", "ab ", "AB", "x", ", ", "; ", ": ", ". ", "! ", "\n", "“", "”", "\"", "-", "É ", "3.5 ", "中"),
       st.integers(1, 4))
def test_openers_read_as_one_call_per_sentence(text, n_words):
    from tqcheck.rules.style import openers
    from tqcheck.unit import Unit

    doc = Document(text)
    expected = _openers_one_call_each(doc, n_words)
    seen = {}
    real = openers._report
    try:
        # every cluster reported is one key's hits: capture what _check grouped
        openers._report = lambda d, cluster: iter(seen.setdefault(len(seen), list(cluster)) and ())
        list(openers._check(Unit(doc), {"words": n_words, "window": 1000, "min_repeats": 1}))
    finally:
        openers._report = real
    assert sorted(map(tuple, seen.values())) == sorted(tuple(hits) for hits in expected.values())


def _openers_reported(doc, n_words, window, minimum):
    """(start, end, nth) of each finding of ``style.openers`` as the rule
    reported them before it skipped the sentences with a rare plain key:
    every sentence keyed, the clusters of each key in the order keys were met."""
    out = []
    for hits in _openers_one_call_each(doc, n_words).values():
        cluster = []
        for hit in hits + [(10**9, 0, 0)]:
            if cluster and hit[0] - cluster[-1][0] > window:
                if len(cluster) >= minimum:
                    out.extend((start, end, n) for n, (_, start, end) in enumerate(cluster[1:], 2))
                cluster = []
            cluster.append(hit)
    return out


@settings(max_examples=400, deadline=None)
@given(pieces("Ab ab ab. ", "Ab ab ab", "ab ", "Ab ", ", ", ". ", "\n", "“", "”", "-", "x-ab ", "ab.ab ", "3.5 ",
              "中", "Ab, ab. ", "Ab ab; "),
       st.integers(1, 4), st.integers(1, 3), st.integers(2, 4))
def test_openers_skip_only_sentences_in_no_cluster(text, n_words, window, minimum):
    from tqcheck.rules.style import openers
    from tqcheck.unit import Unit

    doc = Document(text)
    options = {"words": n_words, "window": window, "min_repeats": minimum}
    found = [(f.start, f.end, f.args["nth"]) for f in openers._check(Unit(doc), options)]
    assert found == [(s, e, openers._ordinal(n)) for s, e, n in _openers_reported(doc, n_words, window, minimum)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ab ab ab", "xAb ab ab", "Ab ab", "Ab, ab ab", "ab ab ab"]), min_size=1, max_size=8),
       st.lists(st.integers(0, 1)), st.integers(1, 3), st.integers(1, 3), st.integers(2, 4))
def test_openers_count_sentences_keyed_the_slow_way(items, inside, n_words, window, minimum):
    """Sentences that open inside a word (as no splitter of ours cuts them,
    so made by hand here) are keyed the slow way, and make up the number of
    a key the plain sentences have too few of."""
    from tqcheck.rules.style import openers
    from tqcheck.text.splitting import Sentence
    from tqcheck.unit import Unit

    text = ". ".join(items) + "."
    doc = Document(text)
    sentences, at = [], 0
    for k, item in enumerate(items):
        cut = 1 if item.startswith("x") and (inside[k:k + 1] or [1])[0] else 0  # open after the x, inside the word
        sentences.append(Sentence(at + cut, at + len(item) + 1, 0))
        at += len(item) + 2
    doc.__dict__["sentences"] = sentences
    options = {"words": n_words, "window": window, "min_repeats": minimum}
    found = [(f.start, f.end, f.args["nth"]) for f in openers._check(Unit(doc), options)]
    assert found == [(s, e, openers._ordinal(n)) for s, e, n in _openers_reported(doc, n_words, window, minimum)]
