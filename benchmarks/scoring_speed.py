"""What tqcheck's scoring costs next to sacrebleu's own Python API.

Scores one system of a parallel corpus (JSONL lines with ``refs`` and
``hyps``) with BLEU, chrF, chrF++ and TER, side by side in one process:

- sacrebleu: a fresh metric object per metric, ``corpus_score`` (what a
  sacrebleu user calls), with and without ``n_bootstrap``;
- tqcheck: ``tqcheck.scoring.score`` as the CLI and the library run it by
  default (corpus scores, every sentence pair with sentence chrF, BLEU and
  TER, 95% bootstrap intervals), and without the intervals.

Runs are interleaved (``--repeats`` rounds) so load on a shared machine
falls on both sides; the figures are ratios of summed times, CPU time (what
the work costs, whatever else the machine runs) and wall time.

    python benchmarks/scoring_speed.py CORPUS.jsonl [--system Online-W] [--reference A] [--repeats 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402

from tqcheck.scoring import score  # noqa: E402

TARGET = 1.3


def sacrebleu_api(hyps, refs, n_bootstrap=1):
    return [m.corpus_score(hyps, refs, n_bootstrap=n_bootstrap).score
            for m in (BLEU(), CHRF(), CHRF(word_order=2), TER())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--system", default="Online-W")
    ap.add_argument("--reference", default="A")
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    hyps = [r["hyps"][args.system] for r in rows]
    refs = [[r["refs"][args.reference] for r in rows]]

    runs = {
        "sacrebleu corpus_score": lambda: sacrebleu_api(hyps, refs),
        "tqcheck score (default: pairs + 95% CI)": lambda: score(hyps, refs),
        "tqcheck score (pairs, no CI)": lambda: score(hyps, refs, confidence=0),
        "sacrebleu corpus_score(n_bootstrap=1000)": lambda: sacrebleu_api(hyps, refs, 1000),
    }
    cpu = {k: 0.0 for k in runs}
    wall = {k: 0.0 for k in runs}
    for _ in range(args.repeats):
        for name, fn in runs.items():
            c, w = time.process_time(), time.perf_counter()
            fn()
            cpu[name] += time.process_time() - c
            wall[name] += time.perf_counter() - w
            print(f"  {name:<44} {cpu[name]:8.1f} s CPU, {wall[name]:8.1f} s wall (cumulative)", flush=True)
    base = "sacrebleu corpus_score"
    ours = "tqcheck score (default: pairs + 95% CI)"
    print(f"corpus: {args.corpus.name}; system {args.system}; {len(hyps)} segments; "
          f"BLEU, chrF, chrF++, TER; {args.repeats} round(s); seconds per round")
    print(f"  {'':<44} {'CPU':>8} {'ratio':>7} {'wall':>8} {'ratio':>7}")
    for name in runs:
        print(f"  {name:<44} {cpu[name] / args.repeats:8.2f} {cpu[name] / cpu[base]:6.3f}x "
              f"{wall[name] / args.repeats:8.2f} {wall[name] / wall[base]:6.3f}x")
    ratio = cpu[ours] / cpu[base]
    like = cpu[ours] / cpu["sacrebleu corpus_score(n_bootstrap=1000)"]
    print(f"ratio tqcheck default / sacrebleu corpus_score: {ratio:.3f} CPU, {wall[ours] / wall[base]:.3f} wall "
          f"(target <= {TARGET}); with intervals on both sides: {like:.3f} CPU")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
