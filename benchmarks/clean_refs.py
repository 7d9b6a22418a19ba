"""How often the meaning rules fire on clean human references.

    python benchmarks/clean_refs.py CORPORA/zhen_parallel/generaltest2022.zh-en.jsonl \\
        [--part dev|heldout|all] [--refs A,B] [--rules accuracy.,translation.numbers.] [--show PREFIX] [--json OUT]

Each reference of the chosen part is checked against its source, with every
family switched off except ``accuracy`` and ``translation`` (the other
families do not change what these rules see). A reference is a professional
translation, so every firing is a false alarm or a slip of the translator.
Printed: per reference, the share of segments on which any ``accuracy.*``
rule fires at any severity (the "clean references" figure of
``eval_meaning.py``), then per rule of ``--rules`` its share of segments.

Parts. newstest2021 and generaltest2022 are split like ``eval_meaning.py``
(seeded by ``--split-seed``, 30% held out). A corpus whose lines carry a
``doc`` field (newstest2020_mqm) is split by document like ``eval_mqm.py``
(seed 1, 70% dev), so that its dev part is eval_mqm's dev split. Iterate on
``dev``; run ``heldout`` once at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_meaning import split  # noqa: E402
from eval_mqm import split_of  # noqa: E402

from tqcheck import Checker  # noqa: E402

OTHER_FAMILIES = ("consistency", "grammar", "language", "punctuation", "spelling", "style", "terminology")
FIGURE_PREFIX = "accuracy."


def rows_of(path: str, part: str, split_seed: int) -> list[tuple[int, dict]]:
    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    if part == "all":
        return list(enumerate(recs, 1))
    if recs and "doc" in recs[0]:
        want = "dev" if part == "dev" else "test"
        return [(i, r) for i, r in enumerate(recs, 1) if split_of(r["doc"], 1, 0.7) == want]
    dev, held = split(len(recs), split_seed)
    return [(i, recs[i - 1]) for i in (dev if part == "dev" else held)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--part", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--split-seed", type=int, default=14)
    ap.add_argument("--refs", help="reference keys, comma-separated (default: every reference of the file)")
    ap.add_argument("--rules", default="accuracy.,translation.numbers.", help="rule id prefixes to count")
    ap.add_argument("--show", help="print the firings of rules with this id prefix")
    ap.add_argument("--json", help="write the figures here as JSON")
    args = ap.parse_args()
    prefixes = tuple(p for p in args.rules.split(",") if p)

    rows = rows_of(args.corpus, args.part, args.split_seed)
    keys = args.refs.split(",") if args.refs else sorted({k for _, r in rows for k in r["refs"]})
    ck = Checker({"disable": list(OTHER_FAMILIES)})
    t0 = time.process_time()
    out: dict = {"corpus": Path(args.corpus).name, "part": args.part, "refs": {}}
    for key in keys:
        fired: Counter = Counter()
        any_acc = n = 0
        for i, rec in rows:
            ref = rec["refs"].get(key)
            if not ref:
                continue
            n += 1
            rep = ck.check(ref, source=rec["source"], segment=str(i))
            rules = {x.rule for x in rep.issues if x.rule.startswith(prefixes)}
            fired.update(rules)
            any_acc += any(r.startswith(FIGURE_PREFIX) for r in rules)
            if args.show:
                for x in rep.issues:
                    if x.rule.startswith(args.show):
                        text = rec["source"] if x.side == "source" else ref
                        print(f"--- {key} {i} {x.rule} [{x.side}] {text[x.start:x.end]!r}\n"
                              f"  SRC {rec['source']}\n  REF {ref}")
        share = any_acc / max(n, 1)
        print(f"{Path(args.corpus).name} {args.part} ref {key}: {n} segments; any {FIGURE_PREFIX}* rule "
              f"{any_acc} = {share:.2%}")
        for r, c in sorted(fired.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {r:<40} {c:>4} {c / max(n, 1):6.2%}")
        out["refs"][key] = {"segments": n, "any_accuracy": any_acc, "by_rule": dict(fired)}
    print(f"CPU {time.process_time() - t0:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
