"""A pseudo-held-out fold of LanguageTool's *dev* examples, to judge generalisation.

    python benchmarks/lt_dev_fold.py PATH/lt_en_grammar_examples.jsonl [--fold-seed 7]
        [--families grammar,spelling] [--misses N] [--category GRAMMAR] [--alarms]

``eval_lt_grammar.py`` holds a seeded fifth out (seed 20) that is run once,
after merging.  Rules written while reading the dev misses fit dev far better
than that fifth.  This script splits dev itself the same way (a hash of the
rule id and the text, with another seed) into "train" (four fifths of dev)
and "fold" (one fifth of dev), scores both, and lists misses and false alarms
of *train only*: read those, write rules, then look at the fold's figure,
never its examples.  It never scores the held-out fifth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict

from eval_lt_grammar import CATEGORIES, held_out, marked_hits, print_table

from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit


def in_fold(rec, seed: int) -> bool:
    h = hashlib.sha256(f"fold{seed}|{rec['rule_id']}|{rec['text']}".encode()).digest()
    return h[0] % 5 == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--families", default="grammar,spelling")
    ap.add_argument("--fold-seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=0, help="list N missed train examples (with text)")
    ap.add_argument("--category", default="GRAMMAR", help="category whose train misses are listed")
    ap.add_argument("--alarms", action="store_true", help="list train false alarms")
    args = ap.parse_args()
    prefixes = tuple(args.families.split(","))
    active = [a for a in Config().select(all_rules())
              if any(a.rule.id == p or a.rule.id.startswith(p + ".") for p in prefixes)]
    parts: dict[str, list] = {"train": [], "fold": []}
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("default") in ("off", "temp_off") or rec["category"] not in CATEGORIES:
                continue
            if held_out(rec, 20):
                continue
            parts["fold" if in_fold(rec, args.fold_seed) else "train"].append(rec)
    misses, alarms = [], []
    for part, recs in parts.items():
        tally = defaultdict(lambda: [0, 0, 0, 0])
        for rec in recs:
            issues = run(Unit(Document(rec["text"])), active)
            t = tally[rec["category"]]
            if rec["is_error"]:
                t[0] += 1
                if marked_hits(rec, issues):
                    t[1] += 1
                elif part == "train" and rec["category"] == args.category:
                    txt, s, e = rec["text"], rec["marker_start"], rec["marker_end"]
                    if s is not None and e is not None:
                        e = max(e, s + 1)
                        txt = txt[:s] + "⟦" + txt[s:e] + "⟧" + txt[e:]
                    misses.append(f"  {rec['rule_id']:<30} {txt!r} -> {rec.get('correction')!r}")
            else:
                t[2] += 1
                if issues:
                    t[3] += 1
                    if part == "train":
                        alarms.append(f"  {rec['rule_id']:<28} {[(i.rule, rec['text'][i.start:i.end]) for i in issues]}:"
                                      f" {rec['text']!r}")
        print(f"\n== dev {part} (fold seed {args.fold_seed}); families {', '.join(prefixes)}")
        print_table(tally)
    if args.misses:
        print(f"\ntrain misses ({args.category}), {len(misses)}:")
        print("\n".join(sorted(misses)[: args.misses]))
    if args.alarms:
        print("\ntrain false alarms:")
        print("\n".join(alarms))


if __name__ == "__main__":
    main()
