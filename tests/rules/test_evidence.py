"""The evidence behind default severities (tqcheck/rules/evidence.json).

A rule penalised by default must have measured evidence that its issues
beat chance against human MQM annotations, or a note saying why it is
kept without it; the file covers every rule and agrees with the code.
"""

from __future__ import annotations

import math

import numpy as np

from tests.conftest import ROOT
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.rules.evidence import ALPHA, STATUS, binomial_tail, chance_tail, load, markdown, placement_chance
from tqcheck.taxonomy import DEFAULT_WEIGHTS, SEVERITIES

NUMBERS = ("issues", "localised")
RATES = ("precision", "chance", "lift", "z", "segment_lift", "human_mt_ratio", "human_per_1k_words", "mt_per_1k_words")


def default_penalised():
    return [a.rule for a in Config().select(all_rules()) if DEFAULT_WEIGHTS[a.severity] > 0]


def test_well_formed():
    data = load()
    for key in ("corpus", "split", "split_rule", "command", "thresholds", "rules"):
        assert key in data, key
    assert data["split"] in ("dev", "test")
    for rid, e in data["rules"].items():
        assert e["severity"] in SEVERITIES, rid
        assert e["status"] in STATUS, rid
        assert e["evidence"] in ("error", "advice"), rid
        for k in NUMBERS:
            assert isinstance(e[k], int) and e[k] >= 0, (rid, k)
        assert e["localised"] <= e["issues"], rid
        for k in RATES:
            assert e[k] is None or (isinstance(e[k], (int, float)) and math.isfinite(e[k])), (rid, k)
        if e["precision"] is not None:
            assert 0 <= e["precision"] <= 1 and 0 <= e["chance"] <= 1, rid
        if e.get("former_severity") is not None:
            assert e["former_severity"] in SEVERITIES and e["former_severity"] != e["severity"], rid


def test_covers_every_rule_and_matches_the_code():
    rules = load()["rules"]
    assert sorted(rules) == sorted(r.id for r in all_rules())
    on = {a.rule.id for a in Config().select(all_rules())}
    for r in all_rules():
        assert rules[r.id]["severity"] == r.severity, f"{r.id}: re-run eval_mqm.py --write-evidence"
        assert rules[r.id]["enabled"] == (r.id in on), r.id


def test_penalised_rules_beat_chance_or_say_why():
    rules = load()["rules"]
    max_ratio = load()["thresholds"]["max_ratio"]
    for rule in default_penalised():
        e = rules[rule.id]
        bar = e.get("ratio_bar", max_ratio)  # the raters' H/MT in the rule's MQM category
        unproven = (e["evidence"] != "error" or (e["lift"] is not None and e["lift"] <= 1)
                    or (e["human_mt_ratio"] is not None and e["human_mt_ratio"] > bar))
        assert not unproven or e.get("note"), f"{rule.id} is penalised by default without evidence or a note"


def test_rules_that_earned_it_are_penalised_or_noted():
    """The other direction: evidence of an error with a neutral default is a
    decision to write down, not an accident."""
    for rid, e in load()["rules"].items():
        if e["enabled"] and e["evidence"] == "error" and e["severity"] == "neutral":
            assert e.get("note"), rid


def test_docs_are_generated_from_the_file():
    assert (ROOT / "docs" / "evidence.md").read_text(encoding="utf-8") == markdown(load())


def test_major_only_where_raters_call_it_major():
    for rule in default_penalised():
        e = load()["rules"][rule.id]
        if rule.severity in ("major", "critical") and not e.get("note"):
            assert e["rater_major_share"] is not None and e["rater_major_share"] >= 0.5, rule.id


# -- the statistics of the criterion, on cases computed by hand ----------------------

def test_chance_tail_three_of_three():
    # each issue had a 0.3 chance: all three hitting by luck is 0.3^3
    assert math.isclose(chance_tail(3, [0.3, 0.3, 0.3]), 0.027)
    assert chance_tail(3, [0.3, 0.3, 0.3]) < ALPHA  # few but accurate firings are evidence


def test_chance_tail_poisson_binomial():
    # P(at least 2 of 3) with chances 0.5, 0.2, 0.1: {1,2} .09 + {1,3} .04 + {2,3} .01 + all .01
    assert math.isclose(chance_tail(2, [0.5, 0.2, 0.1]), 0.15)
    # P(at least 1) = 1 - P(none) = 1 - 0.5 * 0.8
    assert math.isclose(chance_tail(1, [0.5, 0.2]), 0.6)
    assert chance_tail(0, [0.5]) == 1.0
    assert chance_tail(3, [0.5, 0.5]) == 0.0
    assert chance_tail(1, [1.0, 0.0]) == 1.0


def test_binomial_tail():
    # P(X >= 2), X ~ Bin(4, 0.5) = (6 + 4 + 1) / 16
    assert math.isclose(binomial_tail(2, 4, 0.5), 11 / 16)
    assert math.isclose(binomial_tail(10, 10, 0.5), 0.5 ** 10)


def test_many_issues_at_chance_are_no_evidence():
    # 2,000 issues, each with a 0.4 chance, of which 800 hit: exactly what chance gives
    assert chance_tail(800, [0.4] * 2000) > 0.4
    # 900 is 4.6 standard deviations above it
    assert chance_tail(900, [0.4] * 2000) < 1e-4


def test_chance_tail_matches_enumeration():
    from itertools import product

    ps = [0.9, 0.05, 0.3, 0.5, 0.7, 0.15]
    for k in range(len(ps) + 1):
        want = 0.0
        for outcome in product((0, 1), repeat=len(ps)):
            if sum(outcome) >= k:
                want += math.prod(p if o else 1 - p for p, o in zip(ps, outcome))
        assert math.isclose(chance_tail(k, ps), want, abs_tol=1e-12), k


def test_placement_chance():
    # "abcdefghij", a rater span over "de" (3, 5): covered[i] counts covered characters before i
    covered = np.cumsum([0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0])
    # a 2-character span has 9 places (0..8); it overlaps [3, 5) from start 2, 3 or 4
    assert math.isclose(placement_chance(covered, 2, 10), 3 / 9)
    # one character: the 2 covered places of 10
    assert math.isclose(placement_chance(covered, 1, 10), 2 / 10)
    # longer than the segment: one place, which overlaps
    assert placement_chance(covered, 12, 10) == 1.0
    assert placement_chance(np.zeros(11, dtype=int), 3, 10) == 0.0
