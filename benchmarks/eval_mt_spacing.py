"""How often the machine-translation spacing rules fire on references and
on system outputs of a WMT zh-en test set, with examples to read.

    python benchmarks/eval_mt_spacing.py CORPUS.jsonl [--rules ID,...] [--examples N] [--seed S]

CORPUS is a zhen_parallel file (``refs{}``, ``hyps{system: output}``).
References are professional translations: a firing there is a false alarm
or a slip of the translator, and the examples printed show which.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict

import tqcheck

DEFAULT_RULES = "punctuation.spacing.in-time,punctuation.urls.spaced"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--rules", default=DEFAULT_RULES)
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rules = args.rules.split(",")
    checker = tqcheck.Checker(enable=rules)
    counts: dict[str, Counter] = defaultdict(Counter)
    texts: Counter = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open(args.corpus, encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            for side, outputs in (("reference", row.get("refs", {})), ("system", row.get("hyps", {}))):
                for name, text in outputs.items():
                    if not text or not text.strip():
                        continue
                    texts[side] += 1
                    for issue in checker.check(text).issues:
                        if issue.rule in rules:
                            counts[issue.rule][side] += 1
                            examples[(issue.rule, side)].append(
                                f"{name}: …{text[max(0, issue.start - 30):issue.end + 20]}… -> {', '.join(issue.suggestions)}")
    print(f"texts: {texts['reference']} references, {texts['system']} system outputs")
    rng = random.Random(args.seed)
    for rule in rules:
        c = counts[rule]
        print(f"{rule:32s} references {c['reference']:6d}   system outputs {c['system']:6d}")
        for side in ("reference", "system"):
            found = examples[(rule, side)]
            for line in rng.sample(found, min(args.examples, len(found))):
                print(f"    [{side}] {line}")


if __name__ == "__main__":
    main()
