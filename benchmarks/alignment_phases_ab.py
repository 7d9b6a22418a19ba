"""The lexical alignment's phases, this tree against another, in one process, finely interleaved.

    python benchmarks/alignment_phases_ab.py CORPUS.jsonl --other ../main-checkout [--rounds 8]

``shared_layers_ab.py`` times a whole ``build`` of each tree in turn; on a
machine whose load swings within a minute, a round of one tree and a round
of the other differ by more than a change of a few per cent. Here each
round prepares both trees' alignments of a fresh unit (which tree first
alternates by round), timing each phase: the source words with names
joined (``tokens``), their kinds and clauses (``srcwords``), the target
words (``tgtwords``), the value and Latin anchors (``anchors``); then the
per-pair linking (``pairs``) runs in blocks of 50 pairs, alternating tree
and order block by block, so both trees meet the same load.

CPU seconds: min / median / max over the rounds but the first (which fills
the per-word memos), with the collector off as in a check.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from meaning_speed import build as build_document
from shared_layers_ab import _load

import tqcheck
from tqcheck.align import pairs
from tqcheck.api import Checker
from tqcheck.bilingual import align as this_align
from tqcheck.bilingual.lexicon import load as load_lexicon

_BLOCK = 50


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--other", required=True, help="the other tree (e.g. a checkout of main)")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    other_align = _load("tqcheck.bilingual.align_other", Path(args.other) / "tqcheck" / "bilingual" / "align.py")
    source, target = build_document(args.corpus, args.size)
    checker = Checker()
    tqcheck.check("warm up.", source="热身。")
    lex = load_lexicon()
    clock = time.process_time
    gc.disable()

    def prepare(mod):
        unit = checker._unit(target, source, (), None)
        ps = pairs(unit)
        took = {}
        t0 = clock()
        tokens = mod._source_tokens(unit.source, lex)
        took["tokens"] = clock() - t0
        t0 = clock()
        sw, clauses = mod._source_words(tokens, ps, lex)
        took["srcwords"] = clock() - t0
        t0 = clock()
        tw, stems = mod._target_words(target, ps, lex)
        took["tgtwords"] = clock() - t0
        al = mod.Alignment(source, target, ps, sw, tw, clauses, [])
        al.source_ranges = mod._ranges([w.pair for w in sw], len(ps))
        al.target_ranges = mod._ranges([w.pair for w in tw], len(ps))
        t0 = clock()
        mod._anchor_values(al, unit.source, unit.target)
        mod._anchor_latin(al, unit.source)
        took["anchors"] = clock() - t0

        def link(p: int) -> None:
            mod._align_pair(al, lex, al.pair_source_words(p), al.pair_target_words(p), stems)

        return unit, len(ps), link, took

    res: dict[str, list[float]] = {}
    for r in range(args.rounds):
        trees = [("other", other_align), ("this", this_align)]
        if r % 2:
            trees.reverse()
        prepared = {name: prepare(mod) for name, mod in trees}
        n = prepared["this"][1]
        linking = {"this": 0.0, "other": 0.0}
        for b in range(0, n, _BLOCK):
            block = range(b, min(n, b + _BLOCK))
            for name in (("other", "this") if (b // _BLOCK) % 2 == 0 else ("this", "other")):
                link = prepared[name][2]
                t0 = clock()
                for p in block:
                    link(p)
                linking[name] += clock() - t0
        for name, (_, _, _, took) in prepared.items():
            for phase, dt in {**took, "pairs": linking[name]}.items():
                res.setdefault(f"{phase}, {name}", []).append(dt)
            res.setdefault(f"total, {name}", []).append(sum(took.values()) + linking[name])
        del prepared
    for name, times in sorted(res.items()):
        rest = times[1:] or times
        print(f"{name:16s} min {min(rest):.3f}  median {statistics.median(rest):.3f}  max {max(rest):.3f} s CPU")


if __name__ == "__main__":
    main()
