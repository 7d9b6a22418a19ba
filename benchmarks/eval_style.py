"""Style and consistency issues on human news translations, and a sample to judge.

Usage: python benchmarks/eval_style.py PATH/newstest2020_mqm.zh-en.jsonl
           [--systems Human-A.0,Human-B.0] [--seed 4] [--sample 50] [--unit doc|segment|N]

Segments are joined into documents (the ``doc`` field where the file has
one, else runs of N consecutive segments), one paragraph per segment, so
document-level consistency sees a plausible unit. Prints issues per 1,000
words per family and per rule, then a seeded random sample of non-neutral
style and consistency issues with their sentence, for hand judgement.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict

from tqcheck.api import Checker

FAMILIES = ("style", "consistency")


def documents(path: str, system: str, unit: str):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    groups: dict[str, list[str]] = defaultdict(list)
    for i, row in enumerate(rows):
        text = (row.get("refs", {}) | row.get("hyps", {})).get(system)
        if not text or not text.strip():
            continue
        if unit == "doc" and row.get("doc"):
            key = row["doc"]
        elif unit == "segment":
            key = str(i)
        else:
            size = int(unit) if unit.isdigit() else 10
            key = str(i // size)
        groups[key].append(" ".join(text.split()))
    for key, segs in groups.items():
        yield key, "\n\n".join(segs)


def sentence_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind("\n", 0, start) + 1, start - 160)
    b = text.find("\n", end)
    b = len(text) if b < 0 else min(b, end + 160)
    return text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--systems", default="Human-A.0,Human-B.0")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--unit", default="doc", help="doc (the file's doc ids), segment, or N consecutive segments")
    ap.add_argument("--json", metavar="FILE", help="also write the sample as JSON")
    args = ap.parse_args()

    checker = Checker(enable=FAMILIES)
    words = 0
    docs = 0
    by_family: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    pool = []
    for system in args.systems.split(","):
        for key, text in documents(args.corpus, system, args.unit):
            report = checker.check(text)
            docs += 1
            words += report.stats["words"]
            for issue in report.issues:
                family = issue.rule.split(".")[0]
                if family not in FAMILIES:
                    continue
                by_family[(family, issue.severity == "neutral")] += 1
                by_rule[issue.rule] += 1
                if issue.severity != "neutral":
                    pool.append((system, key, issue, sentence_of(text, issue.start, issue.end)))

    per_k = lambda n: 1000 * n / words if words else 0.0  # noqa: E731
    print(f"documents: {docs}  words: {words}  unit: {args.unit}  systems: {args.systems}")
    for family in FAMILIES:
        advice = by_family[(family, False)]
        neutral = by_family[(family, True)]
        print(f"{family:12s} {advice:6d} issues  {per_k(advice):6.2f} per 1,000 words"
              f"  (+{neutral} neutral notes, {per_k(neutral):.2f} per 1,000)")
    print("\nby rule:")
    for rule, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {rule:36s} {n:6d}  {per_k(n):6.2f} per 1,000 words")

    rng = random.Random(args.seed)
    sample = rng.sample(pool, min(args.sample, len(pool)))
    sample.sort(key=lambda s: (s[2].rule, s[0], s[1], s[2].start))
    print(f"\nsample of {len(sample)} non-neutral issues (seed {args.seed}):")
    out = []
    for n, (system, key, issue, sentence) in enumerate(sample, 1):
        sugg = f" -> {issue.suggestions[0]!r}" if issue.suggestions else ""
        print(f"\n{n:2d}. [{issue.rule}] {system} doc={key}{sugg}\n    {issue.message}\n    {sentence}")
        out.append({"n": n, "rule": issue.rule, "system": system, "doc": key, "message": issue.message,
                    "suggestion": issue.suggestions[0] if issue.suggestions else None, "context": sentence})
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
