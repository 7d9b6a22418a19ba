"""``tqcheck rules``: list every rule with its id, category, severity, measured
lift and description.

The lift (how much more often than chance a rule's issues land on a human
rater's error span, ``tqcheck/rules/evidence.json``) is the evidence behind
the rule's default severity; ``--format json`` adds all the measured figures.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..catalogue import rule_rows
from ..rules import all_rules
from ..rules.evidence import for_rule
from .options import add_config_options, load_config


def add_parser(sub) -> None:
    p = sub.add_parser("rules", help="list the rules", description="List every rule; ON marks the "
                       "rules that run with the current settings.")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_config_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    rows = rule_rows(cfg.select(all_rules()))
    for r in rows:
        r["evidence"] = evidence_of(r["id"])
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    wid = max(len(r["id"]) for r in rows)
    wcat = max(len(r["category"]) for r in rows)
    sys.stdout.write(f"{'':<3}  {'rule':<{wid}}  {'category':<{wcat}}  {'severity':<8}  {'lift':>5}  {'n':>4}  description\n")
    for r in rows:
        flag = "ON " if r["enabled"] else "off"
        ev = r["evidence"] or {}
        lift = "–" if ev.get("lift") is None else f"{ev['lift']:.2f}"
        n = ev.get("localised", "–")
        sys.stdout.write(f"{flag}  {r['id']:<{wid}}  {r['category']:<{wcat}}  {r['severity']:<8}  {lift:>5}  {n:>4}  "
                         f"{r['description']}\n")
    sys.stdout.write("lift: how much more often than chance the rule's n localised issues on MT output overlap a human "
                     "rater's error span (WMT newstest2020 zh-en MQM; see docs/evidence.md)\n")
    return 0


def evidence_of(rule_id: str) -> dict | None:
    """The measured figures of a rule, as ``tqcheck/rules/evidence.json`` has them."""
    e = for_rule(rule_id)
    if e is None:
        return None
    keys = ("status", "evidence", "issues", "localised", "precision", "chance", "lift", "z", "segment_lift",
            "human_mt_ratio", "former_severity", "note")
    return {k: e[k] for k in keys if k in e}
