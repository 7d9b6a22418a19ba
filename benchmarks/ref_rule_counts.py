"""Issues per rule on the human references of a WMT zh-en file, each checked
with its source: a false-alarm count to read before and after a rule change.

    python benchmarks/ref_rule_counts.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl \
        [--rules translation.numbers.missing,punctuation.quotes.unbalanced] [--examples N]

References are correct translations, so every issue of an accuracy rule on
them is a false alarm, and a fluency rule's count should only fall when a
change is meant to spare correct text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

import tqcheck


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--rules", default="", help="comma-separated rule ids (default: all that fire)")
    ap.add_argument("--examples", type=int, default=0, help="print up to N issues of each listed rule")
    args = ap.parse_args()
    wanted = [r for r in args.rules.split(",") if r]
    checker = tqcheck.Checker()
    counts: Counter = Counter()
    shown: Counter = Counter()
    refs = 0
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for name, ref in sorted(row["refs"].items()):
                refs += 1
                report = checker.check(ref, source=row["source"], segment=f"{row['line']}{name}")
                for issue in report.issues:
                    counts[issue.rule] += 1
                    if issue.rule in wanted and shown[issue.rule] < args.examples:
                        shown[issue.rule] += 1
                        text = ref if issue.side == "target" else row["source"]
                        print(f"  {issue.rule} [{issue.side}] {text[max(0, issue.start - 30):issue.end + 30]!r}")
    print(f"{refs:,} references")
    for rule in wanted or sorted(counts):
        print(f"{counts[rule]:6d}  {rule}")


if __name__ == "__main__":
    main()
