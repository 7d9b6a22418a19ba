"""Sentence alignment recovery on real translations with known merges and splits.

For each system of a parallel corpus (JSONL lines with ``refs`` and
``hyps``), cut the test set into documents of consecutive segments, then
rewrite each reference document at random (seeded): split some segments
in two (at a sentence boundary, else at the comma nearest the middle, else
mid-sentence) and merge some neighbouring pairs into one. The true pairing
of hypothesis segments to rewritten reference sentences is known; the
aligner sees only the two lists. A true pair counts as recovered when the
aligner outputs exactly that bead.

    python benchmarks/scoring_alignment.py CORPUS.jsonl [--seed 1] [--systems A,B] [--doc 25]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.scoring.align import Bead, align  # noqa: E402
from tqcheck.text import Document  # noqa: E402


def split_point(text: str) -> int | None:
    """Where to cut a segment in two, or None when it is too short."""
    words = text.split()
    if len(words) < 8:
        return None
    mid = len(text) // 2
    cuts = [s.start for s in Document(text).sentences[1:]]
    if not cuts:
        cuts = [i + 2 for i in range(len(text) - 2) if text[i:i + 2] == ", "]
    if not cuts:
        cuts = [i + 1 for i, ch in enumerate(text) if ch == " "]
    cut = min(cuts, key=lambda c: abs(c - mid))
    left, right = text[:cut].strip(), text[cut:].strip()
    if len(left.split()) < 3 or len(right.split()) < 3:
        return None
    return cut


def perturb(refs: list[str], rng: random.Random, p_split: float, p_merge: float) -> tuple[list[str], list[Bead]]:
    """Rewritten reference sentences and the true beads (hypothesis i ~ refs i)."""
    out: list[str] = []
    truth: list[Bead] = []
    i = 0
    while i < len(refs):
        r = rng.random()
        if r < p_merge and i + 1 < len(refs):
            truth.append(Bead(i, i + 2, len(out), len(out) + 1))
            out.append(refs[i].strip() + " " + refs[i + 1].strip())
            i += 2
            continue
        cut = split_point(refs[i]) if r < p_merge + p_split else None
        if cut is not None:
            truth.append(Bead(i, i + 1, len(out), len(out) + 2))
            out += [refs[i][:cut].strip(), refs[i][cut:].strip()]
        else:
            truth.append(Bead(i, i + 1, len(out), len(out) + 1))
            out.append(refs[i])
        i += 1
    return out, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--systems", help="comma-separated system names (default: all)")
    ap.add_argument("--reference", default="A", help="reference name in the corpus (default A)")
    ap.add_argument("--doc", type=int, default=25, help="segments per document (default 25)")
    ap.add_argument("--p-split", type=float, default=0.15)
    ap.add_argument("--p-merge", type=float, default=0.15)
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    systems = args.systems.split(",") if args.systems else sorted(rows[0]["hyps"])
    refs = [r["refs"][args.reference] for r in rows]
    rng = random.Random(args.seed)
    total = Counter()
    found = Counter()
    per_system = []
    t0 = time.perf_counter()
    for name in systems:
        hyps = [r["hyps"][name] for r in rows]
        got_sys = n_sys = 0
        for start in range(0, len(rows), args.doc):
            h = hyps[start:start + args.doc]
            rr, truth = perturb(refs[start:start + args.doc], rng, args.p_split, args.p_merge)
            predicted = set(align(h, rr))
            for bead in truth:
                total[bead.kind] += 1
                n_sys += 1
                if bead in predicted:
                    found[bead.kind] += 1
                    got_sys += 1
        per_system.append((name, got_sys, n_sys))
    elapsed = time.perf_counter() - t0
    n = sum(total.values())
    ok = sum(found.values())
    print(f"corpus: {args.corpus.name}; reference {args.reference}; {len(systems)} systems; "
          f"documents of {args.doc} segments; seed {args.seed}; p_split {args.p_split}, p_merge {args.p_merge}")
    for name, got, cnt in per_system:
        print(f"  {name:<22} {got / cnt:7.2%}  ({got}/{cnt})")
    for kind in sorted(total):
        print(f"  beads {kind}: {found[kind] / total[kind]:7.2%} recovered ({found[kind]}/{total[kind]})")
    worst = min(g / c for _, g, c in per_system)
    print(f"true pairs recovered: {ok / n:.2%} ({ok}/{n}); worst system {worst:.2%}; {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
