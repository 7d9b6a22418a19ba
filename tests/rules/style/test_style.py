from __future__ import annotations

import re

import pytest

from tqcheck.rules.style._data import table
from tests.rules._run import issues, spans


@pytest.mark.parametrize("name", ["wordy", "redundancy", "translationese", "boilerplate", "labels"])
def test_phrase_tables_are_clean(name):
    t = table(name)
    assert t
    for phrase, replacements in t.items():
        assert replacements, phrase
        assert phrase == phrase.strip() and "  " not in phrase
        for r in replacements:
            assert r.lower() != phrase.lower(), phrase
            # the suggestion must not itself be flagged by the same table
            assert not re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", r, re.I), (phrase, r)


def test_openers_flag_every_repeat_after_the_first_in_a_cluster():
    text = " ".join(["Kallas said that prices rose.", "Kallas said that costs fell.", "She left.",
                     "Kallas said that talks ended."])
    got = issues("style.openers.repeated", text)
    assert [text[i.start:i.end] for i in got] == ["Kallas said that", "Kallas said that"]
    assert "2nd of 3" in got[0].message and "3rd of 3" in got[1].message


def test_openers_window_is_an_option():
    filler = " ".join(f"Item {n} sold." for n in range(10))
    text = f"We said yes. We said yes. {filler} We said yes."
    assert len(spans("style.openers.repeated", text)) == 0  # the third is 11 sentences after the second
    assert len(spans("style.openers.repeated", text, options={"window": 11})) == 2


def test_sentence_length_thresholds_by_profile():
    long = "The minister said " + " ".join(["very"] * 47) + " good things."
    assert len(spans("style.length.sentence", long)) == 1
    assert spans("style.length.sentence", long, profile="general") == []
    assert len(spans("style.length.sentence", long, profile="general", options={"max_words_general": 30})) == 1
    assert spans("style.length.sentence", long, options={"max_words": 60}) == []


def test_attribution_rules_are_news_only():
    from tqcheck.config import Config
    from tqcheck.rules import all_rules

    news = {a.rule.id for a in Config().select(all_rules())}
    general = {a.rule.id for a in Config(profile="general").select(all_rules())}
    assert {"style.attribution.verb", "style.attribution.said-that"} <= news
    assert not {"style.attribution.verb", "style.attribution.said-that"} & general


def test_conjunction_start_is_neutral_in_news_and_minor_in_general():
    text = "China wants partners. But it must listen. And it will."
    assert [i.severity for i in issues("style.conjunction.start", text)] == ["neutral", "neutral"]
    assert [i.severity for i in issues("style.conjunction.start", text, profile="general")] == ["minor", "minor"]


def test_no_style_advice_inside_quotations():
    text = ('She said, "We stated that in order to give full play to the market, the end result is recently '
            'specifically what counts. But it is."')
    for prefix in ("style.attribution", "style.wordy", "style.translationese", "style.adverbs", "style.conjunction"):
        assert spans(prefix, text) == [], prefix


def test_quotation_rule_does_look_inside_quotations():
    text = 'She said, "They (the ministers) asked us to stay in the region."'
    assert spans("style.quotation.parentheses", text) == ["(the ministers)"]


def test_phrase_suggestions_keep_capitals():
    got = issues("style.wordy.phrase", "In order to win, they ran.")
    assert got[0].suggestions == ("To",)


def test_boilerplate_line_is_one_issue():
    text = "Talks ended.\n\nStatement: This article only represents the author's personal views."
    got = issues("style.boilerplate", text)
    assert len(got) == 1 and got[0].rule == "style.boilerplate.disclaimer"
