"""Speed and memory of the bilingual lexical alignment and the accuracy rules.

    python benchmarks/meaning_speed.py CORPUS.jsonl [--size BYTES] [--repeat N]

CORPUS is a WMT zh-en JSONL file (newstest2021.zh-en.jsonl). A bilingual
document of about ``--size`` bytes of English (default 1 MB) is built from
its sources and their translations (the reference, then each system's
output: one paragraph per segment on both sides, so the paragraphs pair
up). Prints, as CPU time on one core:

* ``tqcheck.check(target, source=...)`` with every family, and without the
  ``accuracy`` family: the cost of the new layer and rules in the pipeline;
* the alignment alone (segmentation, lexicon look-ups, names), and the
  segmenter alone (rjieba, MB/s of Chinese text);
* with ``--segments N``, the first N segments of CORPUS checked one by one
  with their sources (reference ``A``), as the batch CLI checks JSON Lines:
  every family, and without ``accuracy``;
* the lexicon's load time cold (compiled into an empty cache folder) and
  warm (read from the cache), and the memory it and one alignment add to a
  fresh process (max RSS before and after), each in a new subprocess.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PROBE = r"""
import os, resource, sys, time
sys.path.insert(0, {root!r})
def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
import tqcheck, tqcheck.checker, tqcheck.align
before = rss()
t0, c0 = time.perf_counter(), time.process_time()
from tqcheck.bilingual import lexicon
lex = lexicon.load()
t1, c1 = time.perf_counter(), time.process_time()
from tqcheck.bilingual import alignment
from tqcheck.text import Document
from tqcheck.unit import Unit
alignment(Unit(Document("Vice President Han Zheng met Kallas.", "en"), Document("国家副主席韩正会见了卡拉斯。", "zh"), segment="1"))
t2 = time.perf_counter()
print(lexicon.last_load["how"], "load", round(t1 - t0, 3), "s wall", round(c1 - c0, 3), "s CPU; first alignment",
      round(t2 - t1, 3), "s; RSS +", round(rss() - before, 1), "MB")
"""


def probe(cache_dir: str) -> str:
    env = dict(os.environ, TQCHECK_CACHE_DIR=cache_dir)
    out = subprocess.run([sys.executable, "-c", _PROBE.format(root=str(ROOT))], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def build(corpus: str, size: int) -> tuple[str, str]:
    from corpus_text import bilingual_document  # shared with compiled_speed.py's sourced workloads

    return bilingual_document(corpus, size)


def cpu(fn, repeat: int) -> tuple[float, object]:
    best, result = None, None
    for _ in range(repeat):
        t0 = time.process_time()
        result = fn()
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--segments", type=int, default=0, help="also check this many single segments")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as d:
        print("lexicon cold:", probe(d))
        print("lexicon warm:", probe(d))

    import tqcheck
    from tqcheck.bilingual import lexicon
    from tqcheck.bilingual.align import build as build_alignment
    from tqcheck.bilingual.segment import tag

    lexicon.load()
    source, target = build(args.corpus, args.size)
    mb_t = len(target.encode()) / 1e6
    mb_s = len(source.encode()) / 1e6
    print(f"document: {mb_t:.3f} MB target, {mb_s:.3f} MB source, {target.count(chr(10) * 2) + 1} paragraphs")
    tqcheck.check("warm up.", source="热身。")

    dt, _ = cpu(lambda: tag(source), args.repeat)
    print(f"segmenter (rjieba words+tags): {dt:.3f} s CPU -> {mb_s / dt:.2f} MB/s of Chinese")

    from tqcheck.align import pairs
    from tqcheck.text import Document
    from tqcheck.unit import Unit

    def align_only():
        unit = Unit(Document(target, "en"), Document(source, "zh"))
        ps = pairs(unit)
        t0 = time.process_time()
        build_alignment(source, target, ps, source_doc=unit.source, target_doc=unit.target)
        return time.process_time() - t0

    al_t = min(align_only() for _ in range(args.repeat))
    print(f"lexical alignment alone (given the sentence pairs): {al_t:.3f} s CPU -> {mb_t / al_t:.2f} MB/s of target")
    dt_all, rep = cpu(lambda: tqcheck.check(target, source=source), args.repeat)
    n_acc = sum(1 for i in rep.issues if i.rule.startswith("accuracy."))
    print(f"check, every family:          {dt_all:.3f} s CPU -> {mb_t / dt_all:.2f} MB/s ({len(rep.issues)} issues, "
          f"{n_acc} accuracy)")
    dt_no, rep = cpu(lambda: tqcheck.check(target, source=source, disable=["accuracy"]), args.repeat)
    print(f"check, without accuracy:      {dt_no:.3f} s CPU -> {mb_t / dt_no:.2f} MB/s ({len(rep.issues)} issues)")
    print(f"cost of the accuracy layer and rules: {dt_all - dt_no:.3f} s per {mb_t:.2f} MB")
    if args.segments:
        segments(args.corpus, args.segments, args.repeat)


def segments(corpus: str, n: int, repeat: int) -> None:
    from tqcheck.api import Checker

    rows = [json.loads(l) for l in open(corpus, encoding="utf-8")][:n]
    pairs = [(r["source"], r["refs"]["A"]) for r in rows if r["refs"].get("A", "").strip()]
    mb = sum(len(t.encode()) for _, t in pairs) / 1e6
    for label, checker in (("every family", Checker()), ("without accuracy", Checker(disable=["accuracy"]))):
        dt, _ = cpu(lambda: [checker.check(t, source=s) for s, t in pairs], repeat)
        print(f"{len(pairs)} segments one by one, {label}: {dt:.3f} s CPU -> {mb / dt:.2f} MB/s of target "
              f"({dt / len(pairs) * 1000:.2f} ms a segment)")


if __name__ == "__main__":
    main()
