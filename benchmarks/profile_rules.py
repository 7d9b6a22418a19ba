"""CPU time of each rule, and of the document model, on a 1 MB varied
English document: where the whole pipeline's time goes.

Usage: python benchmarks/profile_rules.py CORPUS.jsonl [--size BYTES]
       [--repeat N] [--top N] [--families]

CORPUS is a WMT zh-en JSONL file (e.g. newstest2021.zh-en.jsonl), read as
in throughput.py. Each repetition checks a fresh Document, so a rule that
is first to ask for a cached analysis (sentences, quotations, a shared
scan) pays for it, as it does in a real run; rules run in registry order.
Figures are the best of N repetitions in CPU time (time.process_time),
which the load of a shared machine distorts little.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from corpus_text import english_document

import tqcheck
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

#: the document model's parts, in the order rules need them (those this
#: version of the Document has); the rest is charged to the rule that asks first
MODEL = ("line_starts", "paragraphs", "protected", "sentences", "words", "word_texts", "word_keys", "_indexed",
         "quotes", "language")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--families", action="store_true", help="also print a total per rule family")
    args = ap.parse_args()
    text = english_document(args.corpus, args.size)
    cfg = Config()
    active = cfg.select(all_rules())
    # the spelling dictionaries and language profiles load once per process
    tqcheck.check("Warm up the dictionaries: colour and color, the the.", config=cfg)

    model: dict[str, float] = defaultdict(lambda: float("inf"))
    rules: dict[str, float] = defaultdict(lambda: float("inf"))
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        doc = Document(text, cfg.lang)
        for name in MODEL:
            if not hasattr(type(doc), name):
                continue
            t = time.process_time()
            getattr(doc, name)
            model[name] = min(model[name], time.process_time() - t)
        unit = Unit(doc, profile=cfg.profile)
        for a in active:
            if not a.rule.applies_to(unit):
                continue
            t = time.process_time()
            n = sum(1 for _ in a.rule.check(unit, a.options))
            rules[a.rule.id] = min(rules[a.rule.id], time.process_time() - t)
            counts[a.rule.id] = n

    print(f"document: {len(text):,} characters, {len(text.encode()) / 1e6:.2f} MB UTF-8; "
          f"CPU seconds, best of {args.repeat}")
    print("document model:")
    for name in model:
        print(f"  {model[name]:7.3f}  {name}")
    print(f"  {sum(model.values()):7.3f}  total")
    print(f"rules (top {args.top}):")
    for rid, s in sorted(rules.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {s:7.3f}  {rid}  ({counts[rid]} findings)")
    print(f"  {sum(rules.values()):7.3f}  all {len(rules)} rules")
    if args.families:
        fam: dict[str, float] = defaultdict(float)
        for rid, s in rules.items():
            fam[rid.split(".", 1)[0]] += s
        print("families:")
        for f, s in sorted(fam.items(), key=lambda kv: -kv[1]):
            print(f"  {s:7.3f}  {f}")


if __name__ == "__main__":
    main()
