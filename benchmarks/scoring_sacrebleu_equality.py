"""tqcheck's corpus scores against sacrebleu's own, system by system.

For every system of a parallel corpus (JSONL lines with ``refs`` and
``hyps``), score its segments against one reference with
``tqcheck.scoring.score`` and with sacrebleu's Python API called directly
(a fresh metric object each), and compare: BLEU, chrF, chrF++ and TER must
agree to 1e-9 with identical signatures.

    python benchmarks/scoring_sacrebleu_equality.py CORPUS.jsonl [--reference A] [--systems X,Y] [--metrics bleu,ter]

TER dominates the cost (about two minutes per system of 1,948 news segments
on one core, for each of the two sides).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402

from tqcheck.scoring import METRICS, score  # noqa: E402

PUBLIC = {"bleu": BLEU, "chrf": CHRF, "chrf++": lambda: CHRF(word_order=2), "ter": TER}
TOLERANCE = 1e-9


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--reference", default="A")
    ap.add_argument("--systems", help="comma-separated system names (default: all)")
    ap.add_argument("--metrics", default=",".join(METRICS))
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    systems = args.systems.split(",") if args.systems else sorted(rows[0]["hyps"])
    keys = [k for k in METRICS if k in args.metrics.split(",")]
    refs = [[r["refs"][args.reference] for r in rows]]
    print(f"corpus: {args.corpus.name}; {len(rows)} segments; reference {args.reference}; "
          f"{len(systems)} systems; metrics {', '.join(keys)}")
    worst = {k: 0.0 for k in keys}
    failures = 0
    t_ours = t_theirs = 0.0
    for name in systems:
        hyps = [r["hyps"][name] for r in rows]
        t = time.perf_counter()
        ours = score(hyps, refs, metric_keys=keys, confidence=0)
        t_ours += time.perf_counter() - t
        cells = []
        for k in keys:
            t = time.perf_counter()
            metric = PUBLIC[k]()
            theirs = metric.corpus_score(hyps, refs)
            t_theirs += time.perf_counter() - t
            diff = abs(ours[k].score - theirs.score)
            same_sig = ours[k].signature == metric.get_signature().format()
            worst[k] = max(worst[k], diff)
            ok = diff <= TOLERANCE and same_sig
            failures += not ok
            cells.append(f"{k} {theirs.score:6.2f} |d|={diff:.1e}{'' if same_sig else ' SIGNATURE DIFFERS'}{'' if ok else ' FAIL'}")
        print(f"  {name:<20} " + "  ".join(cells), flush=True)
    print("max |difference|: " + ", ".join(f"{k} {v:.1e}" for k, v in worst.items()))
    print(f"time: tqcheck {t_ours:.1f} s, sacrebleu {t_theirs:.1f} s")
    print(f"{'ALL EQUAL' if not failures else f'{failures} MISMATCHES'} (tolerance {TOLERANCE:g}, signatures compared verbatim)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
