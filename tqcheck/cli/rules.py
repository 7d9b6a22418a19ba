"""``tqcheck rules``: list every rule with its id, category, severity, measured
lift and description; ``tqcheck rules ID`` documents one rule (rationale,
options, examples), and ``--format markdown`` writes ``docs/rules.md``.

The lift (how much more often than chance a rule's issues land on a human
rater's error span, ``tqcheck/rules/evidence.json``) is the evidence behind
the rule's default severity; ``--format json`` adds all the measured figures.
"""

from __future__ import annotations

import argparse
import json
import sys

from .. import ruledoc
from ..catalogue import rule_rows
from ..errors import TqcheckError
from ..rules import all_rules, by_id
from .options import add_config_options, load_config


def add_parser(sub) -> None:
    p = sub.add_parser("rules", help="list the rules, or document one", description="List every rule; ON "
                       "marks the rules that run with the current settings. With a rule id: that rule's "
                       "documentation (why it exists, its options, what it flags and what it leaves alone).")
    p.add_argument("rule", nargs="?", metavar="ID", help="a rule id, e.g. punctuation.quotes.unbalanced")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                   help="markdown: the documentation of every rule (or of ID), as in docs/rules.md")
    add_config_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.rule is not None:
        return show(args.rule, args.format)
    if args.format == "markdown":  # the defaults, whatever the local settings: docs/rules.md must not vary
        sys.stdout.write(ruledoc.catalogue_markdown())
        return 0
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


evidence_of = ruledoc.evidence_of  # (kept for callers of the old name)


def show(rule_id: str, fmt: str) -> int:
    """One rule's documentation, with its defaults."""
    if rule_id not in by_id():
        import difflib

        close = difflib.get_close_matches(rule_id, list(by_id()), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see `tqcheck rules`)"
        raise TqcheckError(f"no rule is called {rule_id!r}{hint}")
    doc = ruledoc.rule_doc(rule_id)
    if fmt == "json":
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "markdown":
        sys.stdout.write(ruledoc.to_markdown(doc, level=1))
    else:
        sys.stdout.write(ruledoc.to_text(doc))
    return 0
