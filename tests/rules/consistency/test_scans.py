"""The consistency rules' fast scans find what the plain patterns they
replace would find (property tests over the characters that matter)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tqcheck.rules._prose import FUNCTION_WORDS
from tqcheck.rules.consistency import compounds, percent
from tqcheck.rules.consistency.capitals import capitalised_words
from tqcheck.rules.consistency.names import substring_counts
from tqcheck.text import Document
from tqcheck.unit import Unit


def pieces(*items):
    return st.lists(st.sampled_from(items), max_size=30).map("".join)


CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Za-z]?[a-z'’-]*[A-Z][\w'’-]*")


@settings(max_examples=300, deadline=None)
@given(pieces("Ab", "AB", "aB", "ab", "x", "'", "’", "-", ".", " ", "\n", "1", "é", "_", "iPhone", "COVID"))
def test_capitalised_words_are_the_pattern_matches(text):
    expected = [(m.start(), m.end(), m.group()) for m in CAPITALISED.finditer(text)]
    assert capitalised_words(text) == expected
    some = {w for _, _, w in expected[::2]}
    assert capitalised_words(text, some) == [m for m in expected if m[2] in some]


@settings(max_examples=300, deadline=None)
@given(pieces("Li", "Lin", "n", "a", "Xi", "Zhang", " ", "Ana", "Sisi", "Al-", "O'Neil", "é", "Ab", "-Al", "Al"),
       st.sets(st.sampled_from(["Li", "Lin", "Lina", "Xi", "Xia", "Zhang", "An", "Ana", "Al-Sisi", "Sisi", "Ab",
                                "Al-Al", "Al", "Sisi-Al", "O'Neil", "Al-Sis"]),
               min_size=1))
def test_substring_counts_are_str_count(text, words):
    assert substring_counts(text, words) == {w: text.count(w) for w in words}


def _compounds_by_pattern(unit):
    """The compounds rule as first written: every pair of neighbouring
    lower-case words, then one pattern with every form of each compound."""
    from tqcheck.text.patterns import trie_pattern

    doc = unit.target
    text = doc.text
    lowered = text.lower() if len(text.lower()) == len(text) else text
    words = set(re.findall(r"[a-z]+", lowered))
    keys = {a + b for a, b in set(re.findall(r"(?<![\w'’-])([a-z]{2,})(?=(?:[ \t]+|-)([a-z]{2,})(?![\w'’-]))", lowered))
            if a + b in words and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS
            and b not in compounds._PARTICLES and a != "per"}
    if not keys:
        return []
    forms = set(keys)
    for key in keys:
        for i in range(2, len(key) - 1):
            forms.update((f"{key[:i]} {key[i:]}", f"{key[:i]}-{key[i:]}"))
    out = []
    for m in re.finditer(rf"(?<![\w'’-])(?:{trie_pattern(forms)})(?![\w'’-])", lowered):
        if doc.in_quotation(m.start(), m.end()):
            continue
        parts = re.split(r"\s+|-", m.group(0))
        key = "".join(parts)
        form = key if len(parts) == 1 else ("-" if "-" in m.group(0) else " ").join(parts)
        out.append((m.start(), m.end(), key, form, text[m.start():m.end()]))
    return out


@settings(max_examples=400, deadline=None)
@example("We met.\nOn cyber security and database\nthe cybersecurity\ncyber\nsecurity and data base\n")
@given(st.lists(st.tuples(st.sampled_from(["cyber", "security", "cybersecurity", "ab", "cd", "abcd", "Cyber", "cy",
                                           "data", "base", "database", "x"]),
                          st.sampled_from([" ", " ", "-", "  ", "\t", "\n", "\n", ".", "1", "é", ", ", "—", "\u00a0"])),
                max_size=14).map(lambda ts: "".join(w + s for w, s in ts)))
def test_compound_forms_are_what_one_pattern_of_them_finds(text):
    text = "The cybersecurity, abcd and database. " + text  # the closed forms, so pairs become compounds
    unit = Unit(Document(text))
    expected = _compounds_by_pattern(unit)
    whole = compounds._PIECE
    try:
        # below the text's length the long-text path: pairs from the words
        # and distinct runs, forms from one pattern; at ``whole`` the run scan
        for size in (1, 3, 8, whole):
            compounds._PIECE = size
            assert [tuple(o) for o in compounds._occurrences(unit)] == expected, size
    finally:
        compounds._PIECE = whole


@settings(max_examples=300, deadline=None)
@given(pieces("%", "per", "cent", "percent", "per cent", "per\u00a0cent", "percentage", " ", "p", "5", "_", "é", "x"))
def test_percent_matches_are_the_alternations(text):
    alternation = re.compile(r"%|per(?:[ \u00a0]?cent)(?!\w)")
    assert [m.span() for m in percent.lower_matches(text)] == [m.span() for m in alternation.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(pieces("U", "S", "A", "u", ".", ". ", "-", "x", "é", "1", " ", "\n", "\r", "U.S.", "U.S.A.", ".K."))
@example(".S.A. U.S.")
@example("U.S.A.B.C.")
def test_dotted_abbreviations_are_the_pattern_matches(text):
    from tqcheck.rules.consistency.abbreviations import _DOTTED, _dotted

    assert [m.span() for m in _dotted(text)] == [m.span() for m in _DOTTED.finditer(text)]


def test_abbreviations_read_line_feeds_from_the_line_starts_only_without_cr():
    # an all-capitals line says nothing of spelling, with \n or \r\n breaks
    from tqcheck.api import check

    only = {"disable": ["*"], "enable": ["consistency.abbreviations"]}
    # a lone \r ends no line for this rule, as before: the text is one line of mostly capitals
    for br, flagged in (("\n", ["US"]), ("\r\n", ["US"]), ("\r", ["U.S.", "U.S."])):
        text = f"The U.S. envoy and the U.S. team met.{br}TELL US NOW, THE US FANS SAY.{br}Then US aid came."
        assert [text[i.start:i.end] for i in check(text, config=only).issues] == flagged


def _every_mention(text):
    """``titles._find_mentions`` as it was: the walk back tried before every name pair."""
    from tqcheck.rules.consistency import titles
    from tqcheck.rules.consistency.names import name_pairs

    rows = name_pairs(Document(text))
    found = (titles._mention(text, s, a, b) for s, a, b in rows)
    return tuple(m for m in found if m is not None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["Zhang Wei", "Xi Jinping", "President", "president", "Minister", "Foreign", "Dr.", "Mr.", "U.S.", "EU",
     "Secretary-General", "secretary-general", "Vice", "of", "the", "and", "said", "Later", "\u212aing", "KING",
     ",", ", ", ".", ". ", ";", "\n", "\r\n", "\t", " ", " ", " ", "  ", "(", "’s", "Wei’s", "Chinese", "Chief"]),
    max_size=40).map("".join))
@example("Chinese President Xi Jinping met Foreign Minister Wang Yi, Secretary-General Guterres Zhang Wei")
@example("President, Xi Jinping\nMinister\nWang Yi; Dr. Li Ming")
@example("\u212aing Charles Windsor met Mr. Zhang Wei")
def test_titles_walk_back_from_reachable_names_only(text):
    from tqcheck.rules.consistency import titles

    assert titles._find_mentions(Document(text)) == _every_mention(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["TELL", "US", "NOW", "U.S.", "said", "a", "É", "é", "1", " ", "\n", "-", "Ⅷ", "Ⓐ"]),
                max_size=40).map("".join))
@example("TELL US NOW ABOUT U.S. PLANS\nthe U.S. said")
def test_shouting_lines_are_told_as_before(text):
    from tqcheck.rules.consistency.abbreviations import _shouting

    breaks = [i for i, c in enumerate(text) if c == "\n"]
    for pos in range(len(text) + 1):
        start = text.rfind("\n", 0, pos) + 1 if pos else 0
        end = text.find("\n", start)
        letters = list(filter(str.isalpha, text[start:end if end >= 0 else len(text)]))
        assert _shouting(text, pos, {}, breaks) == (len(letters) > 8
                                                    and sum(map(str.isupper, letters)) > 0.6 * len(letters))


def _name_keys_as_generated(w):
    """``names._keys`` as it was written, a generator."""
    from tqcheck.rules.consistency.names import fold_key

    yield (fold_key(w),)
    if len(w) >= 3:
        for i in range(len(w)):
            yield (i, w[:i] + w[i + 1:])
        for i in range(len(w) - 1):
            a, b = w[i], w[i + 1]
            if a != b:
                yield (i, w[:i] + w[i + 2:], min(a, b) + max(a, b))


@settings(max_examples=500, deadline=None)
@given(pieces("a", "b", "é", "e", "Z", "-", "'"))
def test_name_keys_are_those_generated_one_by_one(word):
    from tqcheck.rules.consistency.names import _keys

    assert _keys(word) == list(_name_keys_as_generated(word))
