"""Agreement of the punctuation family with LanguageTool's Java rule tests.

Usage: python benchmarks/eval_lt_punctuation.py PATH/lt_java_rule_tests.jsonl [-v]

Each record is a sentence and the number of matches LanguageTool's rule
expects. We run the tqcheck rules that cover the same phenomenon and count
a record as agreeing when the number of issues equals ``expected_matches``.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

COVERED = {
    "CommaWhitespaceRuleTest": ("punctuation.spacing.before-mark", "punctuation.spacing.missing-after",
                                "punctuation.spacing.inside-brackets"),
    "DoublePunctuationRuleTest": ("punctuation.doubled",),
    "EnglishUnpairedBracketsRuleTest": ("punctuation.brackets", "punctuation.quotes.unbalanced",
                                        "punctuation.quotes.mismatched"),
    "EnglishUnpairedQuotesRuleTest": ("punctuation.quotes.unbalanced", "punctuation.quotes.mismatched"),
    "GenericUnpairedBracketsRuleTest": ("punctuation.brackets", "punctuation.quotes.unbalanced",
                                        "punctuation.quotes.mismatched"),
    "MultipleWhitespaceRuleTest": ("punctuation.spacing.doubled", "punctuation.spacing.trailing"),
    "SentenceWhitespaceRuleTest": ("punctuation.spacing.missing-after",),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("-v", "--verbose", action="store_true", help="print disagreements")
    args = ap.parse_args()
    active_all = Config().select(all_rules())
    per = defaultdict(lambda: [0, 0])
    with open(args.corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    for rec in records:
        prefixes = COVERED.get(rec["test_class"])
        if not prefixes:
            continue
        active = [a for a in active_all if any(a.rule.id == p or a.rule.id.startswith(p + ".") for p in prefixes)]
        issues = run(Unit(Document(rec["text"])), active)
        ok = len(issues) == rec["expected_matches"]
        per[rec["test_class"]][0] += ok
        per[rec["test_class"]][1] += 1
        if args.verbose and not ok:
            print(f"DISAGREE {rec['test_class']}: expected {rec['expected_matches']}, got "
                  f"{[(i.rule, i.start) for i in issues]}: {rec['text']!r}")
    total_ok = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    print(f"{'LanguageTool test class':<34} agree  total  share")
    for name, (ok, n) in sorted(per.items()):
        print(f"{name:<34} {ok:>5}  {n:>5}  {ok / n:6.1%}")
    print(f"{'overall':<34} {total_ok:>5}  {total:>5}  {total_ok / total:6.1%}")


if __name__ == "__main__":
    main()
