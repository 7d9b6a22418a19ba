"""Fluency/Grammar span recall on MQM newstest2020 zh-en, from eval_mqm's cache.

    python benchmarks/mqm_grammar_recall.py CORPUS_DIR CACHE [--new ID,...] [--rules PREFIX,...]

CORPUS_DIR is ``corpora/mqm_zhen``; CACHE is the issues cache that
``benchmarks/eval_mqm.py`` writes (``benchmarks/out/eval_mqm.issues.jsonl.gz``),
made with every rule on. A rater span (target side, trusted span status,
not Neutral, category Fluency/Grammar) on an MT output is recalled when a
*localised* issue (target side, shorter than half the segment) of the chosen
rules (default: the grammar family) overlaps it. ``--new`` names rules to
leave out for the "before" figure.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

TRUSTED = {"exact", "aligned", "searched"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("cache", type=Path)
    ap.add_argument("--new", default="")
    ap.add_argument("--rules", default="grammar")
    args = ap.parse_args()
    new = tuple(r for r in args.new.split(",") if r)
    prefixes = tuple(args.rules.split(","))
    issues: dict[str, list] = {}
    with gzip.open(args.cache, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            rec = json.loads(line)
            issues[rec["key"]] = rec["issues"]
    spans = []  # (key, start, end, target length)
    with gzip.open(args.corpus / "mqm_newstest2020_zhen_segments.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["is_human_translation"]:
                continue
            key = f"{rec['system']}|{rec['seg_id']}"
            for e in rec["errors"]:
                if e["category"] != "Fluency/Grammar" or e.get("severity") == "Neutral":
                    continue
                if e.get("span_status") not in TRUSTED or e.get("span_side", "target") != "target":
                    continue
                s, t = int(e["span_start"]), int(e["span_end"])
                if t > s:
                    spans.append((key, s, t, len(rec["target"])))
    for label, leave_out in (("before", new), ("after", ())):
        hit = 0
        by_rule = Counter()
        for key, s, t, n in spans:
            found = [r for r, side, a, b, *_ in issues.get(key, []) if side == "target" and (b - a) < n / 2
                     and any(r == p or r.startswith(p + ".") for p in prefixes)
                     and not any(r == x or r.startswith(x + ".") for x in leave_out)
                     and a < t and max(b, a + 1) > s]
            if found:
                hit += 1
                by_rule[found[0]] += 1
        print(f"{label:<7} Fluency/Grammar spans recalled by localised {','.join(prefixes)} issues: "
              f"{hit}/{len(spans)} = {hit / len(spans):.2%}")
        for r, k in by_rule.most_common():
            print(f"    {r:<44} {k}")


if __name__ == "__main__":
    main()
