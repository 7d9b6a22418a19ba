"""Is every rule linear in the size of the document? Each rule alone, and the
document model, at 1, 2, 4 and 8 MB: per-MB CPU cost and its growth.

Usage: python benchmarks/scaling_rules.py CORPUS.jsonl [CORPUS.jsonl ...]
       [--sizes 1,2,4,8] [--repeat N] [--rules PREFIX,...] [--whole]
       [--tolerance 0.10] [--floor 0.02]

The documents are made of whole paragraphs of English (references and system
outputs, as in throughput.py) from every CORPUS given, shuffled with a fixed
seed, so each size is a prefix of the next and every size has the same mix:
a growing document adds more of the same kind of text, and a rule whose
per-MB cost grows with it does work per pair of things in the document.
Give more than one corpus for 8 MB (newstest2021 and generaltest2022).

For each size: the document model's parts are timed in order and left warm;
then each rule runs alone on that warm model, with the analyses rules share
(``Document.memo`` and any lazily built attribute the model did not have)
dropped before each, so a rule pays for what it asks for, as it would if it
ran first. ``--whole`` also times a whole ``tqcheck.check`` at each size.
Figures are CPU seconds (time.process_time), best of ``--repeat``, after
one unrecorded pass over text that no size holds (as much as the smallest),
which fills the per-process caches (the dictionaries' verdicts on words) as
a server's are filled; had it been the smallest document itself, that size
alone would find its rare words already judged.

A row is flagged when its per-MB cost at the largest size exceeds the cost at
the smallest by more than ``--tolerance``, and it costs at least ``--floor``
seconds at the largest size (below that the timer's noise dominates the ratio).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from typing import Callable

from corpus_text import english_document

import tqcheck
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

#: the document model's parts, in the order rules need them
MODEL = ("line_starts", "paragraphs", "protected", "sentences", "words", "word_count", "word_keys", "_indexed",
         "lowered", "caseless", "quotes", "language", "tagged")


def paragraphs(corpora: list[str], total: int, seed: int) -> list[str]:
    paras: list[str] = []
    for corpus in corpora:
        paras += english_document(corpus, 10 ** 9).split("\n\n")
    seen: set[str] = set()
    paras = [p for p in paras if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    random.Random(seed).shuffle(paras)
    size, out = 0, []
    for p in paras:
        if size >= total:
            break
        out.append(p)
        size += len(p.encode("utf-8")) + 2
    if size < total:
        sys.exit(f"the corpora hold {size / 1e6:.1f} MB of distinct paragraphs; give more for {total / 1e6:.0f} MB")
    return out


def prefix(paras: list[str], size: int) -> str:
    out, n = [], 0
    for p in paras:
        if n >= size:
            break
        out.append(p)
        n += len(p.encode("utf-8")) + 2
    return "\n\n".join(out)


def cpu(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def measure(text: str, active, repeat: int, whole: bool, cfg: Config) -> dict[str, float]:
    best: dict[str, float] = {}

    def keep(name: str, s: float) -> None:
        best[name] = min(best.get(name, float("inf")), s)

    for _ in range(repeat):
        doc = Document(text, cfg.lang)
        for name in MODEL:
            keep(f"model {name}", cpu(lambda: getattr(doc, name)))
        warm = dict(doc.__dict__)
        warm.pop("_memo", None)
        unit = Unit(doc, profile=cfg.profile)
        for a in active:
            if not a.rule.applies_to(unit):
                continue
            doc.__dict__.clear()
            doc.__dict__.update(warm)
            if "tagged" in warm:  # its choices are made lazily and kept: start each rule with none
                doc.__dict__["tagged"] = _fresh_tagged(doc)
            gc.collect()
            keep(a.rule.id, cpu(lambda: sum(1 for _ in a.rule.check(unit, a.options))))
        del doc, unit, warm
        gc.collect()
        if whole:
            keep("whole check", cpu(lambda: tqcheck.check(text, config=cfg)))
            gc.collect()
    best["model (all parts)"] = sum(v for k, v in best.items() if k.startswith("model "))
    return best


def _fresh_tagged(doc):
    from tqcheck.text.tagging import Tagged

    return Tagged(doc)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB, smallest first")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--rules", default="", help="only rules whose id starts with one of these (comma-separated)")
    ap.add_argument("--whole", action="store_true", help="also time a whole tqcheck.check at each size")
    ap.add_argument("--tolerance", type=float, default=0.10)
    ap.add_argument("--floor", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    cfg = Config()
    prefixes = tuple(p for p in args.rules.split(",") if p)
    active = [a for a in cfg.select(all_rules()) if not prefixes or a.rule.id.startswith(prefixes)]
    tqcheck.check("Warm up the dictionaries: colour and color, the the. Zhang Wei met Zhang Wai.", config=cfg)
    # the largest document, and after it as much again as the smallest: text
    # no document holds, to warm the per-process caches (the dictionaries'
    # verdicts on words) as a server's are warm, without warming them for the
    # very words of one size and not of the others
    largest = int(max(sizes) * 1e6)
    paras = paragraphs(args.corpus, largest + int(sizes[0] * 1e6), args.seed)
    used = len(prefix(paras, largest).split("\n\n"))
    measure("\n\n".join(paras[used:]), active, 1, False, cfg)

    table: dict[float, dict[str, float]] = {}
    mbs: dict[float, float] = {}
    for size in sizes:
        text = prefix(paras, int(size * 1e6))
        mbs[size] = len(text.encode("utf-8")) / 1e6
        t = time.process_time()
        table[size] = measure(text, active, args.repeat, args.whole, cfg)
        print(f"# {mbs[size]:.2f} MB measured in {time.process_time() - t:.1f} s CPU", file=sys.stderr, flush=True)
        del text
        gc.collect()

    lo, hi = sizes[0], sizes[-1]
    names = sorted(table[hi], key=lambda k: -table[hi][k])
    head = "".join(f"{f'{s:g} MB':>10}" for s in sizes)
    print(f"CPU seconds per MB, best of {args.repeat} (each rule alone on a warm document model)")
    print(f"{'':44}{head}{f'{hi:g}/{lo:g}':>9}  s at {hi:g} MB")
    flagged = []
    for name in names:
        per_mb = [table[s].get(name, float("nan")) / mbs[s] for s in sizes]
        ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("inf")
        secs = table[hi].get(name, 0.0)
        flag = ""
        if secs >= args.floor and ratio > 1 + args.tolerance:
            flag = "  <-- not linear"
            flagged.append(name)
        elif secs < args.floor:
            flag = "  (below floor)"
        print(f"{name:44}" + "".join(f"{v:10.4f}" for v in per_mb) + f"{ratio:9.2f}  {secs:7.3f}{flag}")
    print(f"{len(flagged)} beyond {args.tolerance:.0%}: {', '.join(flagged) if flagged else 'none'}")


if __name__ == "__main__":
    main()
