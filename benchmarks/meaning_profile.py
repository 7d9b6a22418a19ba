"""Where the CPU time of a check with a source goes: the shared analyses one
by one, then every rule.

    python benchmarks/meaning_profile.py CORPUS.jsonl [--size BYTES] [--segments N] [--repeat N] [--top N]

CORPUS is a WMT zh-en JSONL file (newstest2021.zh-en.jsonl). Without
``--segments`` the input is the bilingual document of ``meaning_speed.py``
(``--size`` bytes of English, default 1 MB); with it, the first N segments
(reference ``A``) checked one by one, times summed. Each analysis is asked
for in the order below on a fresh unit, so each line is its own cost (the
document model, dates, numbers (which read the dates) and the source's
anchors first, as the translation family reads them too (no part of the
check reads the target's anchors); then the sentence pairs, the lexical alignment and
the accuracy family's views); then every active rule in registry order.
Figures are the best of ``--repeat`` runs, CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

from meaning_speed import build

import tqcheck
from tqcheck import anchors, dates
from tqcheck.align import pairs
from tqcheck.api import Checker, source_sections
from tqcheck.gcsettle import paused
from tqcheck.bilingual import alignment
from tqcheck.numbers import quantities
from tqcheck.rules.accuracy._meaning import clause_views, meaning_pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--segments", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if args.segments:
        rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8")][:args.segments]
        inputs = [(r["source"], r["refs"]["A"]) for r in rows if r["refs"].get("A", "").strip()]
    else:
        inputs = [build(args.corpus, args.size)]
    mb = sum(len(t.encode()) for _, t in inputs) / 1e6
    ck = Checker()
    tqcheck.check("warm up.", source="热身。")
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(args.repeat):
        took: dict[str, float] = defaultdict(float)
        for source, target in inputs:
            # the check runs with the cyclic collector paused; left on here, a full
            # collection is charged to whichever step happens to allocate at the time
            with paused():
                _profile_one(ck, source, target, took)
        for k, v in took.items():
            best[k] = min(best[k], v)
    _print(best, mb, len(inputs), args)


def _profile_one(ck: Checker, source: str, target: str, took: dict[str, float]) -> None:
    unit = ck._unit(target, source, (), None)
    src, tgt = unit.source, unit.target
    assert src is not None
    steps = (
        ("model: sentences and words", lambda: (tgt.sentences, tgt.words, src.sentences)),
        ("dates (both sides)", lambda: (dates.mentions(tgt), dates.mentions(src))),
        ("numbers (both sides)", lambda: (quantities(tgt), quantities(src))),
        ("anchors (source)", lambda: anchors.find(src)),
        ("sentence pairs", lambda: pairs(unit)),
        ("lexical alignment", lambda: alignment(unit)),
        ("meaning pairs", lambda: meaning_pairs(unit)),
        ("clause views", lambda: clause_views(unit)),
    )
    for name, step in steps:
        t0 = time.process_time()
        step()
        took[name] += time.process_time() - t0
    for a in ck.active:
        if a.rule.applies_to(unit):
            t0 = time.process_time()
            list(a.rule.check(unit, a.options))
            took[a.rule.id] += time.process_time() - t0
    t0 = time.process_time()
    source_sections(unit)
    took["report sections"] += time.process_time() - t0


def _print(best: dict[str, float], mb: float, n_inputs: int, args: argparse.Namespace) -> None:
    total = sum(best.values())
    print(f"{n_inputs} input(s), {mb:.3f} MB of target: {total:.2f} s CPU -> {mb / total:.2f} MB/s "
          f"(best of {args.repeat})")
    families: dict[str, float] = defaultdict(float)
    for k, v in best.items():
        families[k.split(".")[0] + " rules" if "." in k else k] += v
    print("by analysis and rule family:")
    for k, v in sorted(families.items(), key=lambda kv: -kv[1]):
        print(f"  {v:7.3f}  {k}")
    print(f"top {args.top}:")
    for k, v in sorted(best.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {v:7.3f}  {k}")


if __name__ == "__main__":
    main()
