"""The tagged token layer: lexicon readings, disambiguation, and its accuracy
on a hand-tagged sample of news English (``tagged_news_sample.txt``)."""

from __future__ import annotations

from pathlib import Path

from tqcheck.text import Document
from tqcheck.text.tagging import RULES

SAMPLE = Path(__file__).with_name("tagged_news_sample.txt")


def _sample():
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [tuple(t.rsplit("/", 1)) for t in line.split()]


def accuracy() -> tuple[int, int]:
    right = total = 0
    for pairs in _sample():
        doc = Document(" ".join(w for w, _ in pairs))
        assert doc.word_texts == [w for w, _ in pairs]
        for i, (_, gold) in enumerate(pairs):
            right += doc.tagged.tag(i) == gold
            total += 1
    return right, total


def test_sample_is_a_few_hundred_tokens_and_tagged_well():
    right, total = accuracy()
    assert total >= 400
    # measured 97.5% (396/406; tuned on this sample); the floor guards regressions
    assert right / total >= 0.95, f"{right}/{total}"


def test_one_layer_per_document():
    doc = Document("He plans to build it.")
    assert doc.tagged is doc.tagged


def test_tags_and_lemmas_from_context():
    doc = Document("She plans to visit. The plans were signed by them.")
    tg = doc.tagged
    tags = [tg.tag(i) for i in range(len(doc.words))]
    assert tags == ["PRP", "VBZ", "TO", "VB", "DT", "NNS", "VBD", "VBN", "IN", "PRP"]
    assert tg.lemma(1) == "plan" and tg.lemma(6) == "be" and tg.lemma(7) == "sign"


def test_readings_of_unknown_and_possessive_words():
    doc = Document("The Qinghai's reforestation blorfed quickly.")
    tg = doc.tagged
    assert "NNP" in tg.tags(1)
    assert tg.tags(3) >= {"VBD", "VBN"}
    assert tg.tag(4) == "RB"


def test_disambiguation_rules_are_data():
    assert RULES and all(r.pick in r.cls for r in RULES)


def test_held_out_sample():
    right = total = 0
    for line in SAMPLE.with_name("tagged_news_heldout.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pairs = [tuple(t.rsplit("/", 1)) for t in line.split()]
        doc = Document(" ".join(w for w, _ in pairs))
        for i, (_, gold) in enumerate(pairs):
            right += doc.tagged.tag(i) == gold
            total += 1
    # measured 94.6% (158/167), never tuned on (94.0% before the second round of rules)
    assert right / total >= 0.90, f"{right}/{total}"


def test_a_tag_does_not_depend_on_the_order_of_asking():
    # rules may then test a pattern's word items before its tag items
    for pairs in _sample():
        text = " ".join(w for w, _ in pairs)
        forward, backward = Document(text).tagged, Document(text).tagged
        n = len(pairs)
        ahead = [forward.tag(i) for i in range(n)]
        behind = [backward.tag(i) for i in reversed(range(n))][::-1]
        assert ahead == behind, text


def test_tag_sets_numbered_past_a_byte_are_kept_in_two_bytes(monkeypatch):
    """A document keeps each word's tag set as its number, a byte a word
    while the numbers fit; past 255 the array widens and tags stay the same."""
    from tqcheck.text import tagging

    text = "The big dogs ran home. They said so, and Zorbs glimmed."
    want = [Document(text).tagged.tag(i) for i in range(len(Document(text).words))]
    monkeypatch.setattr(tagging, "_OPTION_SETS", list(tagging._OPTION_SETS) + [frozenset({f"X{k}"}) for k in range(300)])
    monkeypatch.setattr(tagging, "_OPTION_NUMBER", {})
    monkeypatch.setattr(tagging, "_OPTIONS", {})
    tg = Document(text).tagged
    assert [tg.tag(i) for i in range(len(tg))] == want
    assert tg._sets.typecode == "H"
