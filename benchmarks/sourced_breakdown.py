"""Where a check with a source spends its CPU: each shared layer and each rule, in one process.

    python benchmarks/sourced_breakdown.py CORPUS.jsonl [--rounds 5] [--size BYTES]

``meaning_speed.py`` gives the whole check and the check without the
accuracy family; ``accuracy_rule_ab.py`` one rule against another tree's.
This splits one check of ``meaning_speed.py``'s bilingual document (1 MB
of English by default) the way the accuracy layer is built: each round
makes a fresh unit and times, in order,

* ``sentence pairs`` (``tqcheck.align.pairs``, with the number and date
  readers they call; a check without the accuracy family pays it too);
* ``alignment`` (``tqcheck.bilingual.alignment``) and, inside it, its
  phases: ``tokens`` (the source segmented, names and proper nouns joined),
  ``source words`` (kinds and clauses), ``target words``, ``anchors``
  (values and Latin tokens), ``linking`` (every pair's ``_align_pair``);
* ``meaning pairs`` (with each pair's word set, as the gender rule asks
  it of every pair) and ``clause views``;
* ``run_limited`` on the unit, with every rule of an ``accuracy.*`` id
  timed alone and the others summed by family.

Every layer is made before the rules run, so a rule is charged only its
own work. CPU seconds (``time.process_time``), min / median / max over the
rounds but the first (which fills the per-word memos), with the cyclic
collector paused as a check pauses it (``tqcheck.gcsettle``).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections import defaultdict
from typing import Any, Callable

from meaning_speed import build as build_document

import tqcheck
import tqcheck.checker as checker
from tqcheck.align import pairs
from tqcheck.api import Checker
from tqcheck.bilingual import align, alignment
from tqcheck.rules.accuracy import _meaning

#: the alignment's phases, by the function ``build`` calls for each
_PHASES = {"_source_tokens": "  tokens", "_source_words": "  source words", "_target_words": "  target words",
           "_anchor_values": "  anchors", "_anchor_latin": "  anchors", "_align_pair": "  linking"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    source, target = build_document(args.corpus, args.size)
    tqcheck.check("warm up.", source="热身。")
    clock = time.process_time
    spent: defaultdict[str, float] = defaultdict(float)

    def timed(fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            t0 = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += clock() - t0
        return run

    for name, label in _PHASES.items():
        setattr(align, name, timed(getattr(align, name), label))
    plan = checker._plan

    def timed_plan(active: Any) -> tuple:
        out = []
        for row in plan(active):
            rule = row[1]
            label = "  " + (rule.id if rule.id.startswith("accuracy.") else rule.id.split(".")[0] + ".*")
            out.append((row[0], rule, timed(lambda unit, options, check=row[2]: list(check(unit, options)), label),
                        *row[3:]))
        return tuple(out)

    checker._plan = timed_plan
    ck = Checker()
    took: defaultdict[str, list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        spent.clear()
        gc.collect()
        gc.disable()
        unit = ck._unit(target, source, (), None)
        start = clock()
        steps = (("sentence pairs", lambda: pairs(unit)), ("alignment", lambda: alignment(unit)),
                 ("meaning pairs", lambda: [p.word_set() for p in _meaning.meaning_pairs(unit)]),
                 ("clause views", lambda: _meaning.clause_views(unit)),
                 ("rules", lambda: checker.run_limited(unit, ck.runnable(unit), None)))
        for label, step in steps:
            t0 = clock()
            step()
            spent[label] = clock() - t0
        spent["whole"] = clock() - start
        spent["  accuracy rules"] = sum(v for k, v in spent.items() if k.startswith("  accuracy."))
        del unit
        gc.enable()
        for label, dt in spent.items():
            took[label].append(dt)
    order = ["whole", "sentence pairs", "alignment", *dict.fromkeys(_PHASES.values()), "meaning pairs",
             "clause views", "rules", "  accuracy rules"]
    rules = sorted((k for k in took if k not in order), key=lambda k: -statistics.median(took[k]))
    for label in order + rules:
        rest = took[label][1:] or took[label]
        print(f"{label:34s} min {min(rest):.3f}  median {statistics.median(rest):.3f}  max {max(rest):.3f} s CPU")


if __name__ == "__main__":
    main()
