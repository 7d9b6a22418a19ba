"""The sample article: the grammar family finds the three slips issue 20 names
(a perfect with a finished time, a comma splice, an ellipsis splice) and
nothing else."""

import tqcheck


def test_only_the_known_grammar_slips_on_the_sample_article(sample_text):
    report = tqcheck.check(sample_text, config={"disable": ["*"], "enable": ["grammar"]})
    got = sorted((i.rule, sample_text[i.start:i.end]) for i in report.issues)
    assert got == [("grammar.clauses.comma-splice", ","), ("grammar.clauses.ellipsis-splice", "..."),
                   ("grammar.tenses.perfect-finished-time", "has established")]


def test_the_family_finds_the_slips_the_issue_lists():
    text = ("It was a unexpected decision. They was worried and he have doubts. Tariffs could affected "
            "trade, and it can goes further. It will been hard. The EU says its a partner. Their are "
            "reasons, and exports grew faster then imports. The the summit was more better. i think so.")
    report = tqcheck.check(text, config={"disable": ["*"], "enable": ["grammar"]})
    found = {text[i.start:i.end] for i in report.issues}
    assert {"a", "was", "have", "affected", "goes", "been", "its", "Their", "then", " the",
            "more better", "i"} <= found
