"""How often the accuracy rules (tqcheck.rules.accuracy) fire on clean
references and on MT output, segment by segment.

    python benchmarks/meaning_eval.py PARALLEL.jsonl [--split dev|held|all] [--system A|NAME|mt]
                                      [--show RULE] [--limit N]

Segments are split deterministically: every fifth line (``line % 5 == 0``)
is held out for the final figure, the rest is the development part the
thresholds were tuned on. ``--system A`` checks the first human reference
(the default); a system name checks that system's output; ``mt`` checks the
first four systems of each segment in turn. Prints, per rule, the share of
segments where it fires, and with ``--show`` the firings themselves.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.checker import run  # noqa: E402
from tqcheck.config import Active  # noqa: E402
from tqcheck.rules import all_rules  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--split", default="dev", choices=("dev", "held", "all"))
    ap.add_argument("--system", default="A")
    ap.add_argument("--show", default=None)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rules = [r for r in all_rules() if r.family == "accuracy"]
    active = [Active(r, r.severity, dict(r.options)) for r in rules]
    rows = [json.loads(l) for l in open(args.corpus, encoding="utf-8")]
    if args.split != "all":
        rows = [r for r in rows if (r["line"] % 5 == 0) == (args.split == "held")]
    if args.limit:
        rows = rows[: args.limit]
    fired: Counter = Counter()
    anyfired = 0
    n = 0
    chars = 0
    t0 = time.perf_counter()
    for row in rows:
        if args.system == "A":
            outputs = [row["refs"].get("A") or next(iter(row["refs"].values()))]
        elif args.system == "mt":
            outputs = [row["hyps"][k] for k in sorted(row["hyps"])[:4]]
        else:
            outputs = [row["hyps"][args.system]]
        for out in outputs:
            if not out or not out.strip():
                continue
            unit = Unit(Document(out, "en"), Document(row["source"], "zh"), segment=str(row["line"]))
            issues = run(unit, active)
            n += 1
            chars += len(out.encode())
            hit = {i.rule for i in issues}
            fired.update(hit)
            anyfired += bool(hit)
            if args.show:
                for i in issues:
                    if i.rule.startswith(args.show):
                        doc = unit.source if i.side == "source" else unit.target
                        print(f"--- {row['line']} {i.rule} [{i.side}] «{doc.text[i.start:i.end]}»"
                              f"  related: «{(i.related or {}).get('text', '')[:120]}»")
                        print("   SRC:", row["source"][:300])
                        print("   TGT:", out[:300])
    dt = time.perf_counter() - t0
    print(f"{n} segments ({args.split}, {args.system}); {chars / 1e6:.3f} MB target in {dt:.1f} s")
    for r in rules:
        print(f"  {r.id:28s} {fired[r.id]:5d}  {100 * fired[r.id] / max(n, 1):5.2f}%")
    print(f"  {'any accuracy rule':28s} {anyfired:5d}  {100 * anyfired / max(n, 1):5.2f}%")


if __name__ == "__main__":
    main()
