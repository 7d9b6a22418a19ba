"""Issues per rule on a seeded sample of machine translations, to read for
false alarms: what a reviewer of MT output would see.

    python benchmarks/mt_issue_counts.py CORPUS.jsonl [--segments 300] [--systems 8] [--seed 3] [--rule ID --examples N]

CORPUS is a zhen_parallel file (``source``, ``hyps{system: output}``).
``--segments`` lines are drawn at random (seeded); each is checked with its
source for the first ``--systems`` systems in name order, one segment at a
time as ``tqcheck check`` does for a JSON Lines input. Prints the count of
issues per rule, and with ``--rule`` some of that rule's issues in context.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter

import tqcheck


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--segments", type=int, default=300)
    ap.add_argument("--systems", type=int, default=8)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--rule", help="print examples of this rule")
    ap.add_argument("--examples", type=int, default=10)
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    sample = random.Random(args.seed).sample(rows, min(args.segments, len(rows)))
    checker = tqcheck.Checker()
    counts: Counter = Counter()
    shown = 0
    outputs = 0
    for row in sample:
        for system, target in sorted(row["hyps"].items())[: args.systems]:
            outputs += 1
            seg = f"{row['line']}:{system}"
            for issue in checker.check(target, source=row["source"], segment=seg).issues:
                counts[issue.rule] += 1
                if issue.rule == args.rule and shown < args.examples:
                    shown += 1
                    print(f"{seg}: {issue.message}\n    …{target[max(0, issue.start - 40):issue.end + 40]}…")
    print(f"{outputs} outputs of {len(sample)} segments (seed {args.seed}): {sum(counts.values())} issues")
    for rule, n in counts.most_common():
        print(f"{n:6d}  {rule}")


if __name__ == "__main__":
    main()
