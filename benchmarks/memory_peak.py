"""Peak resident memory of one whole check of a large document, and what it
costs per megabyte of text.

Usage: python benchmarks/memory_peak.py CORPUS.jsonl [CORPUS.jsonl ...] [--sizes 1,4]
       python benchmarks/memory_peak.py --file TEXT

The documents are built as in scaling_rules.py (whole paragraphs of varied
English, shuffled with a fixed seed) and written to temporary files; for
each, a new process reads one (``--file``: nothing of the corpora is ever
in its heap) and checks it once, every family on, and prints its peak RSS.
Run ``--file`` under ``/usr/bin/time -v`` for the operating system's own
figure ("Maximum resident set size"). Printed: the base (the same process
checking a one-line text), the peak at each size, and the cost per MB
between the smallest and the largest size.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def one(path: str) -> None:
    import tqcheck

    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    report = tqcheck.check(text)
    print(f"{len(text.encode('utf-8')) / 1e6:.2f} MB: {len(report.issues):,} issues, peak RSS {peak_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--file", help="check this text file once in this process and print the peak")
    ap.add_argument("--sizes", default="1,4")
    args = ap.parse_args()
    if args.file:
        one(args.file)
        return
    from scaling_rules import paragraphs, prefix

    sizes = [0.0] + [float(s) for s in args.sizes.split(",")]
    paras = paragraphs(args.corpus, int(max(sizes) * 1e6), 1)
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = os.path.join(tmp, f"{size:g}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(prefix(paras, int(size * 1e6)) if size else "Warm up colour and color, the the. Zhang Wei.")
            out = subprocess.run([sys.executable, __file__, "--file", path],
                                 check=True, capture_output=True, text=True).stdout.strip()
            peaks[size] = float(out.rsplit("peak RSS ", 1)[1].split()[0])
            print(out if size else f"base (a one-line text): peak RSS {peaks[size]:.0f} MB")
    lo, hi = sizes[1], sizes[-1]
    print(f"per MB of text, {lo:g} to {hi:g} MB: {(peaks[hi] - peaks[lo]) / (hi - lo):.1f} MB")


if __name__ == "__main__":
    main()
