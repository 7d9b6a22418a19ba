"""Every family against the core pipeline, counted in instructions.

Usage: python benchmarks/instructions_vs_core.py CORPUS.jsonl [--size BYTES]
       [--articles CHARS]

CPU seconds on a shared virtual machine drift by a fifth from one minute
to the next; instruction counts do not. This runs the check of a 1 MB
varied English document (built as in throughput.py) under valgrind's
cachegrind (``apt install valgrind``), once and twice after a warm-up, for
the core configuration (issue 2's figure: no grammar, spelling, style,
consistency, translation or terminology) and for every family, and takes
the difference: the instructions of one warm check. Four valgrind runs,
two at a time; a few minutes. ``--articles CHARS`` checks the document cut
into articles of about CHARS characters one by one instead (as
``throughput.py --articles``), after one pass that warms the caches of
their words, and counts one pass over them; use it with ``--size 300000``
or so, as valgrind is slow.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from corpus_text import english_document

from throughput import CORE_OFF, articles


def child(corpus: str, size: int, which: str, checks: int, cut: int) -> None:
    import tqcheck
    from tqcheck.config import Config

    text = english_document(corpus, size)
    full = Config()
    cfg = Config().updated(disable=list(CORE_OFF)) if which == "core" else full
    tqcheck.check(text[:20_000], config=full)  # every resource loaded, in every run alike
    docs = articles(text, cut) if cut else [text]
    if cut:
        for d in docs:  # the caches of the articles' words, as a server has them
            tqcheck.check(d, config=cfg)
    for _ in range(checks):
        for d in docs:
            tqcheck.check(d, config=cfg)


def count(corpus: str, size: int, cut: int, which: str, checks: int) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, corpus, "--size", str(size), "--articles", str(cut),
           "--child", f"{which}:{checks}"]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"I\s+refs:\s+([\d,]+)", err).group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=0, metavar="CHARS")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        which, checks = args.child.split(":")
        child(args.corpus, args.size, which, int(checks), args.articles)
        return
    runs = [(w, k) for w in ("core", "all") for k in (1, 2)]
    with ThreadPoolExecutor(2) as pool:
        counts = dict(zip(runs, pool.map(lambda r: count(args.corpus, args.size, args.articles, *r), runs)))
    one = {w: counts[(w, 2)] - counts[(w, 1)] for w in ("core", "all")}
    what = f"{len(articles(english_document(args.corpus, args.size), args.articles)):,} articles of about " \
        f"{args.articles:,} characters from" if args.articles else "one warm check of"
    print(f"{what} {args.size:,} bytes: core {one['core'] / 1e9:.2f} G instructions, "
          f"every family {one['all'] / 1e9:.2f} G, ratio {one['all'] / one['core']:.2f}x")


if __name__ == "__main__":
    main()
