"""Calibrate the source/target length model on a parallel corpus.

    python benchmarks/calibrate_length.py CORPUS.jsonl [--ref A]

CORPUS is JSON lines with ``source`` and ``refs{name: text}`` (the WMT
layout). Lengths are counted as the zh->en model counts them (characters that are
not whitespace, ASCII ones in the source at the model's weight). Prints the mean and standard
deviation of ln(target/source) that ``tqcheck.align.length`` hard-codes,
with a robust estimate beside them, and the share of segments outside
the length rule's thresholds.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics

from tqcheck.align.length import MIN_SOURCE_CHARS, ZH_EN, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--ref", default=None, help="reference name (default: the first)")
    args = ap.parse_args()
    logs, zs = [], []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            refs = row["refs"]
            ref = refs[args.ref] if args.ref else next(iter(refs.values()))
            ls, lt = ZH_EN.source_length(row["source"]), chars(ref)
            if ls and lt:
                logs.append(math.log(lt / ls))
                if ls >= MIN_SOURCE_CHARS:
                    zs.append(ZH_EN.z(ls, ZH_EN.target_length(ref)))
    logs.sort()
    n = len(logs)
    mean, sd = statistics.fmean(logs), statistics.pstdev(logs)
    median = logs[n // 2]
    # the spread of the middle half, scaled to a normal sd: not moved by outliers
    iqr_sd = (logs[3 * n // 4] - logs[n // 4]) / 1.349
    print(f"segments: {n}")
    print(f"ln(target/source): mean {mean:.4f}  sd {sd:.4f}  median {median:.4f}  robust sd {iqr_sd:.4f}")
    print(f"ratio at the mean: {math.exp(mean):.3f} target characters per source character")
    for q in (0.001, 0.005, 0.01, 0.99, 0.995, 0.999):
        v = logs[min(n - 1, int(q * n))]
        print(f"  quantile {q:<6} ln {v:.3f}  ratio {math.exp(v):.2f}  z {(v - ZH_EN.mean) / ZH_EN.sd:+.2f}")
    low = sum(1 for z in zs if z < ZH_EN.low_z)
    high = sum(1 for z in zs if z > ZH_EN.high_z)
    print(f"model in use: mean {ZH_EN.mean} sd {ZH_EN.sd} (widened for short sources, factor {ZH_EN.short}); "
          f"of {len(zs)} judged segments z < {ZH_EN.low_z}: {low} ({low / n:.2%}), z > {ZH_EN.high_z}: {high} ({high / n:.2%})")


if __name__ == "__main__":
    main()
