"""The meaning rules (the ``accuracy`` family) against human MQM annotations.

    python benchmarks/eval_meaning_mqm.py CORPORA/mqm_zhen [--sample 6000] [--seed 1] [--draws 20]

WMT newstest2020 zh-en (``mqm_newstest2020_zhen_segments.jsonl.gz``): each
(system, segment) output, annotated by 3 raters. A seeded sample of the MT
outputs (``--sample``; 0 = all ~16,000) is checked with its source, one
segment at a time, with the ``accuracy`` rules only.

**Span precision, per rule**: a target-side issue whose span is shorter than
half the segment is *localised*; it is a hit when it overlaps an error span
of any rater (trusted spans only: ``span_status`` exact/aligned/searched;
Neutral annotations are not errors). *Chance* is the same for the same-length
span placed uniformly at random in the same segment, averaged over
``--draws`` seeded draws per issue; lift = precision / chance. Source-side
issues (omissions, lost negation, missing names) have no target span to
compare at their own place: where the rule gives them a target neighbourhood
(``related``) shorter than half the segment, that neighbourhood is scored as
a span, with its chance, in a second table; for them, and for every rule at
segment level, ``seg`` is the share
of the outputs it fires on that a rater marked with an accuracy error
(Accuracy/* or Non-translation), beside the base rate of all sampled MT
outputs (``base``).

**Recall** of the raters' Accuracy/Omission, Accuracy/Mistranslation and
Non-translation annotations: at segment level (an annotated output on which
any meaning rule fires), and for Mistranslation with a trusted span also at
span level (a target-side issue of a meaning rule overlaps it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from tqcheck import Checker

TRUSTED = {"exact", "aligned", "searched"}
RECALL_CATS = ("Accuracy/Omission", "Accuracy/Mistranslation", "Non-translation!")


def load(path: Path):
    outs: dict = {}
    with gzip.open(path / "mqm_newstest2020_zhen_segments.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["is_human_translation"]:
                continue
            key = (r["system"], r["seg_id"])
            o = outs.setdefault(key, {"source": r["source"], "target": r["target"], "spans": [], "cats": Counter(),
                                      "mis": []})
            for e in r["errors"]:
                if e["severity"] == "Neutral" or e["category"] == "no-error":
                    continue
                o["cats"][e["category"]] += 1
                if e.get("span_status") in TRUSTED and e.get("span_side") == "target":
                    o["spans"].append((e["span_start"], e["span_end"]))
                    if e["category"] == "Accuracy/Mistranslation":
                        o["mis"].append((e["span_start"], e["span_end"]))
    return outs


def overlaps(a: int, b: int, spans) -> bool:
    b = max(b, a + 1)
    return any(a < e and s < b for s, e in spans)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--draws", type=int, default=20)
    ap.add_argument("--family", default="accuracy")
    ap.add_argument("--show", help="print firings of rules with this prefix")
    ap.add_argument("--firings", type=Path, help="write every firing here (JSON lines), for hand-checking")
    args = ap.parse_args()

    outs = load(args.corpus)
    keys = sorted(outs)
    if args.sample and args.sample < len(keys):
        keys = sorted(random.Random(args.seed).sample(keys, args.sample))
    ck = Checker({"disable": ["*"], "enable": [args.family], "max_issues": 0})
    rng = random.Random(args.seed)
    loc = Counter()
    hit = Counter()
    chance = defaultdict(float)
    fired_seg = Counter()
    fired_bad = Counter()
    base_bad = 0
    rec_n = Counter()
    rec_seg = Counter()
    rec_span_n = rec_span = 0
    src_side = Counter()
    ploc, phit, pchance = Counter(), Counter(), defaultdict(float)
    t0 = time.time()
    shown = 0
    firings: list = []
    for k in keys:
        o = outs[k]
        src, tgt = o["source"], o["target"]
        if not tgt.strip() or not src.strip():
            continue
        rep = ck.check(tgt, source=src, segment=k[1])
        bad_acc = any(c.startswith("Accuracy") or c.startswith("Non-translation") for c in o["cats"])
        base_bad += bad_acc
        rules = set()
        tgt_issues = []
        for i in rep.issues:
            rules.add(i.rule)
            if args.firings:
                text = src if i.side == "source" else tgt
                firings.append({"kind": "mqm", "corpus": "newstest2020-mqm", "id": f"{k[0]}/{k[1]}", "rule": i.rule,
                                "side": i.side, "span": text[i.start:i.end], "source": src, "target": tgt,
                                "raters": [tgt[a:b] for a, b in o["spans"]],
                                "hit": i.side == "target" and overlaps(i.start, i.end, o["spans"])})
            if i.side != "target":
                src_side[i.rule] += 1
                rel = i.related
                if rel and rel.get("side") == "target":
                    # the target neighbourhood the rule gives a source-side issue, scored as a span
                    a0, b0 = rel["start"], rel["end"]
                    length = max(b0 - a0, 1)
                    if length < len(tgt) / 2:
                        ploc[i.rule] += 1
                        phit[i.rule] += overlaps(a0, b0, o["spans"])
                        c = 0
                        for _ in range(args.draws):
                            a = rng.randint(0, max(len(tgt) - length, 0))
                            c += overlaps(a, a + length, o["spans"])
                        pchance[i.rule] += c / args.draws
                continue
            tgt_issues.append(i)
            n = len(tgt)
            length = max(i.end - i.start, 1)
            if length >= n / 2:
                continue
            loc[i.rule] += 1
            hit[i.rule] += overlaps(i.start, i.end, o["spans"])
            c = 0
            for _ in range(args.draws):
                a = rng.randint(0, max(n - length, 0))
                c += overlaps(a, a + length, o["spans"])
            chance[i.rule] += c / args.draws
            if args.show and i.rule.startswith(args.show) and shown < 40:
                shown += 1
                print(f"--- {k} {i.rule} {tgt[i.start:i.end]!r} hit={overlaps(i.start, i.end, o['spans'])}\n"
                      f"  SRC {src}\n  TGT {tgt}\n  RATERS {[tgt[a:b] for a, b in o['spans']]}")
        for r in rules:
            fired_seg[r] += 1
            fired_bad[r] += bad_acc
        for cat in RECALL_CATS:
            if o["cats"][cat]:
                rec_n[cat] += 1
                rec_seg[cat] += bool(rules)
        for a, b in o["mis"]:
            rec_span_n += 1
            rec_span += any(overlaps(i.start, i.end, [(a, b)]) for i in tgt_issues)
    dt = time.time() - t0
    n = len(keys)
    print(f"{n} MT outputs of newstest2020 (seed {args.seed}), rules {args.family}.*; {dt:.0f} s")
    print(f"{'rule':<30} {'fires':>6} {'loc':>5} {'prec':>6} {'chance':>7} {'lift':>5}  {'src-side':>8} "
          f"{'seg':>6} {'base':>6}")
    base = base_bad / max(n, 1)
    for r in sorted(fired_seg):
        p = hit[r] / loc[r] if loc[r] else float("nan")
        c = chance[r] / loc[r] if loc[r] else float("nan")
        lift = p / c if loc[r] and c else float("nan")
        print(f"{r:<30} {fired_seg[r]:>6} {loc[r]:>5} {p:>6.1%} {c:>7.1%} {lift:>5.2f}  {src_side[r]:>8} "
              f"{fired_bad[r] / fired_seg[r]:>6.1%} {base:>6.1%}")
    if ploc:
        print("source-side issues projected onto their target neighbourhood (`related`, shorter than half the segment)")
        for r in sorted(ploc):
            p, c = phit[r] / ploc[r], pchance[r] / ploc[r]
            print(f"  {r:<28} {ploc[r]:>5} {p:>6.1%} {c:>7.1%} {p / c if c else float('nan'):>5.2f}")
    print("recall (segment level: any meaning rule fires on an output the raters marked so)")
    for cat in RECALL_CATS:
        print(f"  {cat:<26} {rec_seg[cat]:>5}/{rec_n[cat]:<5} {rec_seg[cat] / max(rec_n[cat], 1):6.1%}")
    print(f"  Accuracy/Mistranslation, span level (trusted spans): {rec_span}/{rec_span_n} "
          f"{rec_span / max(rec_span_n, 1):.1%}")
    if args.firings:
        with open(args.firings, "w", encoding="utf-8") as fh:
            for f in firings:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
