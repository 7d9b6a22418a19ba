"""Show what a rule fires on in the MQM corpus, from eval_mqm's cache.

    python benchmarks/mqm_examples.py CORPUS_DIR RULE [--split dev] [--kind human|mt-clean|mt-hit|all] [-n 30]

Kinds: ``human`` (issues on Human-A/B), ``mt-clean`` (issues on MT output that
overlap no rater span: the candidates for false alarms), ``mt-hit`` (issues on
MT output that overlap a rater span, with the raters' categories). Each example
prints the flagged span in [[brackets]], the source, and, for hits, the
raters' errors that overlap it. Tune on dev only.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_mqm import CACHE, load_units, read_cache, split_of  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("rule")
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--kind", default="all", choices=["human", "mt-clean", "mt-hit", "all"])
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    cached = read_cache(CACHE)
    if cached is None:
        print("no cache: run eval_mqm.py first", file=sys.stderr)
        return 2
    _, rows = cached
    out: dict[str, list[str]] = {"human": [], "mt-clean": [], "mt-hit": []}
    for u in load_units(args.corpus):
        if args.split != "all" and split_of(u.doc, 1, 0.7) != args.split:
            continue
        for rule, side, s, e, *_ in rows.get(u.key, {}).get("issues", []):
            if rule != args.rule:
                continue
            text = u.target if side == "target" else u.source
            mark = f"{text[:s]}[[{text[s:e]}]]{text[e:]}"
            if u.human:
                kind, extra = "human", ""
            else:
                over = [f"{sev}:{cat}:{u.target[a:b]!r}" for a, b, sev, cat in u.spans
                        if side == "target" and a < max(e, s + 1) and s < b]
                kind = "mt-hit" if over else "mt-clean"
                extra = "  raters: " + "; ".join(over) if over else ""
            out[kind].append(f"- {u.key} ({side}) {mark}\n    src: {u.source}{extra}")
    rnd = random.Random(args.seed)
    for kind, items in out.items():
        if args.kind not in ("all", kind):
            continue
        print(f"== {args.rule} {kind}: {len(items)}")
        for line in rnd.sample(items, min(args.n, len(items))):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
