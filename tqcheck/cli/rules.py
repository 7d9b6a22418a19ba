"""``tqcheck rules``: list every rule with its id, category, severity and description."""

from __future__ import annotations

import argparse
import json
import sys

from ..catalogue import rule_rows
from ..rules import all_rules
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
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    wid = max(len(r["id"]) for r in rows)
    wcat = max(len(r["category"]) for r in rows)
    for r in rows:
        flag = "ON " if r["enabled"] else "off"
        sys.stdout.write(f"{flag}  {r['id']:<{wid}}  {r['category']:<{wcat}}  {r['severity']:<8}  {r['description']}\n")
    return 0
