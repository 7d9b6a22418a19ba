"""The shared layers of a sourced check, this tree against another, in one process.

    python benchmarks/shared_layers_ab.py CORPUS.jsonl --other ../main-checkout [--rounds 8] [--size BYTES]

On a machine shared with other jobs, two processes timed minutes apart
differ by more than a speed change of a few per cent. Here the other tree's
``tqcheck/bilingual/align.py`` and ``tqcheck/rules/accuracy/_meaning.py``
are loaded beside this tree's (as ``*_other`` modules of the same package,
so both read the same lexicon, segmenter and number readers) and each
round times both, alternating which goes first, on a fresh unit of the
bilingual document of ``meaning_speed.py``:

* ``alignment``: ``build`` (source words with names joined, target words,
  anchors, every pair's links);
* ``views``: the meaning pairs, each pair's source word set (what the
  gender rule asks of every pair) and the clause views.

Figures are CPU seconds (min / median / max over the rounds but the first,
which fills the per-word memos), with the collector off as in a check.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

from meaning_speed import build as build_document

import tqcheck
from tqcheck.align import pairs
from tqcheck.api import Checker
from tqcheck.bilingual import align as this_align
from tqcheck.bilingual import alignment
from tqcheck.rules.accuracy import _meaning as this_meaning


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--other", required=True, help="the other tree (e.g. a checkout of main)")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    other = Path(args.other)
    other_align = _load("tqcheck.bilingual.align_other", other / "tqcheck" / "bilingual" / "align.py")
    other_meaning = _load("tqcheck.rules.accuracy._meaning_other",
                          other / "tqcheck" / "rules" / "accuracy" / "_meaning.py")
    source, target = build_document(args.corpus, args.size)
    checker = Checker()
    tqcheck.check("warm up.", source="热身。")
    gc.disable()
    took: dict[str, list[float]] = {}
    trees = (("this", this_align, this_meaning), ("other", other_align, other_meaning))
    for r in range(args.rounds):
        for tree, align_mod, meaning_mod in trees if r % 2 == 0 else trees[::-1]:
            unit = checker._unit(target, source, (), None)
            ps = pairs(unit)
            t0 = time.process_time()
            align_mod.build(source, target, ps, source_doc=unit.source, target_doc=unit.target)
            took.setdefault(f"alignment, {tree}", []).append(time.process_time() - t0)
            alignment(unit)  # this tree's, for the views of either (the same links: see issue_snapshot.py)
            t0 = time.process_time()
            for p in meaning_mod.meaning_pairs(unit):
                p.word_set()
            meaning_mod.clause_views(unit)
            took.setdefault(f"views, {tree}", []).append(time.process_time() - t0)
            del unit
    for name, times in sorted(took.items()):
        rest = times[1:] or times
        print(f"{name:18s} min {min(rest):.3f}  median {statistics.median(rest):.3f}  max {max(rest):.3f} s CPU")


if __name__ == "__main__":
    main()
