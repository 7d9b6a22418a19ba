from __future__ import annotations

from tqcheck.glossary import Entry, Glossary
import random

from tqcheck.rules.consistency.names import similar, similar_pairs
from tqcheck.rules.consistency.titles import _two_words_after, compatible
from tests.rules._run import issues, spans


def test_majority_form_wins_and_every_minority_occurrence_is_reported():
    text = "The U.S. army, U.S. navy and U.S. air force met US and US officials."
    got = issues("consistency.abbreviations", text)
    assert [text[i.start:i.end] for i in got] == ["US", "US"]
    assert all(i.suggestions == ("U.S.",) for i in got)
    assert "3 times" in got[0].message


def test_tie_goes_to_the_first_form():
    assert spans("consistency.abbreviations", "US troops and U.S. ships.") == ["U.S."]
    assert spans("consistency.abbreviations", "U.S. troops and US ships.") == ["US"]


def test_glossary_terms_are_left_to_the_terminology_family():
    text = "EU Chief Foreign Affairs Officer Kaja Kallas spoke. EU Foreign and Security Policy Chief Kaja Kallas left."
    assert spans("consistency.titles", text) == ["EU Foreign and Security Policy Chief"]
    g = Glossary((Entry("EU foreign policy chief", None, ("EU Chief Foreign Affairs Officer",
                                                           "EU Foreign and Security Policy Chief")),))
    assert spans("consistency.titles", text, glossary=g) == []


def test_suggestion_takes_the_capitals_of_the_place():
    text = "Cybersecurity matters. Rules on cybersecurity apply. Cyber security, she said."
    got = issues("consistency.compounds", text)
    assert [(text[i.start:i.end], i.suggestions) for i in got] == [("Cyber security", ("Cybersecurity",))]
    text = "Cybersecurity matters. Cybersecurity rules apply, and cyber security too."
    got = issues("consistency.compounds", text)
    assert [(text[i.start:i.end], i.suggestions) for i in got] == [("cyber security", ("cybersecurity",))]


def test_names_similarity():
    assert similar("Wei", "Wai") and similar("Antonio", "António") and similar("Jinping", "Jingping")
    assert similar("Hegseth", "Hegesth")  # swapped letters
    assert not similar("Korea", "Korean") and not similar("Yi", "Yu") and not similar("North", "South")


def _components(words, joins):
    parent = {w: w for w in words}

    def root(w):
        while parent[w] != w:
            w = parent[w]
        return w

    for a, b in joins:
        parent[root(a)] = root(b)
    groups: dict[str, set[str]] = {}
    for w in words:
        groups.setdefault(root(w), set()).add(w)
    return sorted(sorted(g) for g in groups.values())


def test_similar_pairs_joins_what_comparing_every_pair_joins():
    # words from a small alphabet, so accents, changed, swapped and added
    # letters (and runs of one letter) all occur; counts 1 and 2
    rng = random.Random(7)
    for _ in range(300):  # groups small enough to compare pair by pair, and larger ones
        words = {"".join(rng.choice("aabéeé") for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(2, 40))}
        counts = {w: rng.choice((1, 1, 2)) for w in words}
        every = [(x, y) for x in words for y in words
                 if x < y and not (counts[x] > 1 and counts[y] > 1) and similar(x, y)]
        keyed = list(similar_pairs({w: w for w in words}, counts))
        assert all(similar(a, b) and not (counts[a] > 1 and counts[b] > 1) for a, b in keyed)
        assert _components(words, keyed) == _components(words, every)


def test_two_frequent_spellings_are_two_people():
    text = "Li Wei met Li Wen. Li Wei and Li Wen left."
    assert spans("consistency.names", text) == []


def test_two_words_after_are_those_of_splitting_the_rest():
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(["a", "bb", " ", "\n", "\u00a0", "x" * 150, " " * 120, "Kallas."])
                       for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        assert _two_words_after(text, pos) == text[pos:].split(None, 2)[:2]


def test_titles_shorter_form_is_compatible():
    a = ("chinese", "president")
    assert compatible(a, ("president",)) and not compatible(a, ("vice", "premier"))


def test_month_style_suggests_the_other_form_of_the_same_month():
    text = "On Oct. 12 and Nov. 3 they met; on September 20 they left."
    got = issues("consistency.dates", text)
    assert [(text[i.start:i.end], i.suggestions) for i in got] == [("September", ("Sept.",))]


def test_percent_message_has_no_stray_space():
    got = issues("consistency.percent", "Up 5% and 3%, down 2 percent.")
    assert got[0].message.startswith("“percent” here, “%” elsewhere")


def test_shouting_lines_found_by_their_line_feeds():
    from tqcheck.rules.consistency.abbreviations import _shouting

    rng = random.Random(1)
    for _ in range(1000):
        text = "".join(rng.choice(["US ", "\n", "tell ", "TELL ", "U.S. ", "x"]) for _ in range(rng.randint(0, 30)))
        breaks = [i for i, c in enumerate(text) if c == "\n"]
        for pos in range(len(text) + 1):
            start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
            letters = [c for c in text[start:end if end >= 0 else len(text)] if c.isalpha()]
            shouting = len(letters) > 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
            assert _shouting(text, pos, {}, breaks) == shouting
