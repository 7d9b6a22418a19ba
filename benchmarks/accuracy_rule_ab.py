"""One accuracy module's rule function, this tree's against another tree's, in one process.

    python benchmarks/accuracy_rule_ab.py CORPUS.jsonl MODULE FUNCTION --other /path/to/other/tree [--rounds N]

e.g. ``... newstest2021.zh-en.jsonl names _changed --other ../main``. The other tree's
``tqcheck/rules/accuracy/MODULE.py`` is loaded beside this tree's (same package, so its relative
imports read this tree's shared layers), and both run on the same unit of the 1 MB bilingual document
of ``meaning_speed.py``, whose sentence pairs, alignment, meaning pairs and clause views (and their word
sets) are made first: only the rule's own cost is timed, in CPU seconds, the collector paused, which
tree goes first alternating each round. Whole checks of two trees in two processes differ by more than
a change of a few per cent of one rule (spd22, RESULTS.md). Both must find the same issues.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import statistics
import sys
import time

from meaning_speed import build

import tqcheck
from tqcheck.align import pairs
from tqcheck.api import Checker
from tqcheck.bilingual import alignment
from tqcheck.rules.accuracy._meaning import clause_views, meaning_pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("module")
    ap.add_argument("function")
    ap.add_argument("--other", required=True, help="the other tree (its tqcheck/rules/accuracy/MODULE.py)")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    ours = importlib.import_module(f"tqcheck.rules.accuracy.{args.module}")
    name = f"tqcheck.rules.accuracy.{args.module}_other"
    spec = importlib.util.spec_from_file_location(name, f"{args.other}/tqcheck/rules/accuracy/{args.module}.py")
    assert spec is not None and spec.loader is not None
    theirs = importlib.util.module_from_spec(spec)
    sys.modules[name] = theirs
    spec.loader.exec_module(theirs)
    source, target = build(args.corpus, args.size)
    ck = Checker()
    tqcheck.check("warm up.", source="热身。")
    took: dict[str, list[float]] = {"other": [], "this": []}
    for r in range(args.rounds):
        unit = ck._unit(target, source, (), None)
        pairs(unit)
        alignment(unit)
        for p in meaning_pairs(unit):
            p.word_set()
        for cv in clause_views(unit):
            cv.word_set()
        list(getattr(ours, args.function)(unit, {}))  # the alignment's memos, which both read, made once
        found = {}
        order = [("other", theirs), ("this", ours)]
        for label, mod in (order if r % 2 == 0 else order[::-1]):
            gc.collect()
            gc.disable()
            t0 = time.process_time()
            found[label] = list(getattr(mod, args.function)(unit, {}))
            took[label].append(time.process_time() - t0)
            gc.enable()
        assert found["other"] == found["this"], "the two trees find different issues"
    for label, v in took.items():
        print(f"{args.module}.{args.function} {label}: min {min(v):.4f} median {statistics.median(v):.4f} "
              f"max {max(v):.4f} s CPU ({args.rounds} rounds)")


if __name__ == "__main__":
    main()
