"""A closed compound noun where only a verb can stand; the compounds come
from the tag lexicon, not a list."""

from tqcheck.rules.grammar.phrasal import compounds

from .._run import issues, spans

RULE = "grammar.phrasal.closed-verb"


def test_compounds_are_nouns_read_as_verb_and_particle():
    table = compounds()
    assert table["workout"] == "work out" and table["blackout"] == "black out" and table["goon"] == "go on"
    assert table["login"] == "log in"  # the lexicon reads it as a verb too: kept by the short list
    for word in ("horseback", "hatchback", "baron", "dragon", "muffin", "without"):
        assert word not in table


def test_after_modals_negated_do_and_please():
    assert spans(RULE, "We can workout after we get lunch.") == ["workout"]
    assert spans(RULE, "You can't goon like that. They didn't setup the server.") == ["goon", "setup"]
    assert issues(RULE, "Please login with your password.")[0].suggestions == ("log in",)


def test_to_only_as_an_infinitive_with_an_object():
    assert spans(RULE, "He promised to cleanup his room. He didn't want to blackout in front of them.") == [
        "cleanup", "blackout"]
    assert spans(RULE, "Go to checkout the items. Prior to takeover the firm had ten staff.") == []
    assert spans(RULE, "The plan is to setup costs. They led to layoffs.") == []


def test_nouns_are_left_alone():
    assert spans(RULE, "The workout was hard. It is a must setup. The login page. A backup plan.") == []
