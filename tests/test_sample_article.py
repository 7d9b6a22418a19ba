"""Acceptance: the sample article with its bundled glossary.

Every problem the article is known for is flagged exactly once, at its
span; the other style, consistency and terminology issues raised are listed
here too, so that a new false alarm or a lost finding fails the test.
"""

from __future__ import annotations

import pytest

import tqcheck
from tests.conftest import ROOT

GLOSSARY = ROOT / "references" / "article.glossary.tsv"
FAMILIES = ("style", "consistency", "terminology", "grammar", "spelling")


def nth(text: str, needle: str, n: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(n):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


#: (rule, text, occurrence) for every problem named in the issue
KNOWN = [
    # three titles for Kallas
    ("terminology.forbidden", "EU foreign affairs chief", 1),
    ("terminology.forbidden", "EU Chief Foreign Affairs Officer", 1),
    ("terminology.forbidden", "EU Foreign and Security Policy Chief", 1),
    # EU-China Summit beside EU-China summit
    ("terminology.inconsistent", "EU-China Summit", 1),
    # US beside U.S.
    ("consistency.abbreviations", "US", 1),
    # four sentences opening with "Kallas said that": the three repeats
    ("style.openers.repeated", "Kallas said that", 2),
    ("style.openers.repeated", "Kallas said that", 3),
    ("style.openers.repeated", "Kallas said that", 4),
    # "stated" where news says "said"
    ("style.attribution.verb", "stated", 1),
    ("style.attribution.verb", "stated", 2),
    ("style.attribution.verb", "stated", 3),
    ("style.attribution.verb", "stated", 4),
    # an editorial insertion in parentheses inside a quotation
    ("style.quotation.parentheses", "(only to be hit by tariffs)", 1),
    # translated boilerplate
    ("style.boilerplate.disclaimer", "Statement: The article represents the personal views of the author", 1),
    # facts the glossary knows
    ("terminology.forbidden", "Deputy Secretary of Defense for Policy", 1),
    ("terminology.forbidden", "Antonio Costa", 1),
    ("terminology.forbidden", "former U.S. President Donald Trump", 1),
    # the grammar slips of issue 20: a perfect with a finished time, a comma
    # splice inside a quotation, an ellipsis splicing two sentences, and a
    # British hyphenated compound in an American text
    ("grammar.tenses.perfect-finished-time", "has established", 1),
    ("grammar.clauses.comma-splice", ",", 7),
    ("grammar.clauses.ellipsis-splice", "...", 1),
    ("spelling.dialect.mixed", "counter-terrorism", 1),
]

#: the other issues raised, each right (see docs/style.md for why)
OTHERS = [
    ("style.attribution.said-that", "said that", 2),  # Kallas said that the EU's concerns
    ("style.attribution.said-that", "said that", 3),
    ("style.attribution.said-that", "said that", 4),
    ("style.attribution.said-that", "said that", 5),
    ("style.adverbs.stacked", "recently specifically", 1),
    ("terminology.forbidden", "cyber security", 1),
    ("style.conjunction.start", "But", 1),  # neutral in news
    ("style.boilerplate.label", "Original", 1),
]


@pytest.fixture(scope="module")
def report(sample_text_module):
    return tqcheck.check(sample_text_module, glossary=str(GLOSSARY))


@pytest.fixture(scope="module")
def sample_text_module():
    return (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


def _ours(report):
    return [i for i in report.issues if i.rule.split(".")[0] in FAMILIES]


@pytest.mark.parametrize("rule,needle,n", KNOWN, ids=[f"{r}:{t[:25]}:{n}" for r, t, n in KNOWN])
def test_each_known_problem_is_flagged_once_at_its_span(report, sample_text_module, rule, needle, n):
    span = nth(sample_text_module, needle, n)
    at_span = [i for i in _ours(report) if (i.start, i.end) == span]
    assert [i.rule for i in at_span] == [rule]


def test_no_other_issue_and_no_duplicate(report, sample_text_module):
    expected = sorted((nth(sample_text_module, t, n), r) for r, t, n in KNOWN + OTHERS)
    got = sorted(((i.start, i.end), i.rule) for i in _ours(report))
    assert got == expected


def test_the_first_kallas_said_that_is_not_a_repeat(report, sample_text_module):
    first = nth(sample_text_module, "Kallas said that", 1)
    assert not [i for i in report.issues if i.rule == "style.openers.repeated" and (i.start, i.end) == first]


def test_suggestions_are_the_glossary_terms(report, sample_text_module):
    by_span = {(i.start, i.end): i for i in _ours(report)}
    assert by_span[nth(sample_text_module, "Antonio Costa")].suggestions[0] == "António Costa"
    assert by_span[nth(sample_text_module, "Deputy Secretary of Defense for Policy")].suggestions[0] == \
        "Under Secretary of Defense for Policy"
    assert by_span[nth(sample_text_module, "former U.S. President Donald Trump")].suggestions[0] == \
        "U.S. President Donald Trump"
    assert by_span[nth(sample_text_module, "EU-China Summit")].suggestions[0] == "EU-China summit"
    assert by_span[nth(sample_text_module, "US")].suggestions[0] == "U.S."
    assert by_span[nth(sample_text_module, "(only to be hit by tariffs)")].suggestions[0] == "[only to be hit by tariffs]"


def test_without_the_glossary_consistency_catches_the_titles_and_the_summit(sample_text_module):
    report = tqcheck.check(sample_text_module)
    got = {(sample_text_module[i.start:i.end], i.rule) for i in report.issues}
    assert ("EU Foreign and Security Policy Chief", "consistency.titles") in got
    assert ("EU-China summit", "consistency.capitals.phrase") in got
    assert ("US", "consistency.abbreviations") in got
    assert not [i for i in report.issues if i.rule.startswith("terminology")]


def test_general_profile_drops_the_news_conventions(sample_text_module):
    report = tqcheck.check(sample_text_module, config={"profile": "general"}, glossary=str(GLOSSARY))
    rules = {i.rule for i in report.issues}
    assert "style.attribution.verb" not in rules and "style.attribution.said-that" not in rules
    but = [i for i in report.issues if i.rule == "style.conjunction.start"]
    assert [i.severity for i in but] == ["minor"]
