"""The evidence behind default severities (tqcheck/rules/evidence.json).

A rule penalised by default must have measured evidence that its issues
beat chance against human MQM annotations, or a note saying why it is
kept without it; the file covers every rule and agrees with the code.
"""

from __future__ import annotations

import math

from tests.conftest import ROOT
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.rules.evidence import STATUS, load, markdown
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
        unproven = (e["evidence"] != "error" or (e["lift"] is not None and e["lift"] <= 1)
                    or (e["human_mt_ratio"] is not None and e["human_mt_ratio"] > max_ratio))
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
