"""Would the lexical alignment's gaps make issues that beat chance?

    python benchmarks/mqm_support.py CORPORA/mqm_zhen [--split dev]

A helper of ``eval_mqm.py``, reading the word-level alignment that
``mqm_features.py`` keeps (run it first for the split). For each candidate
kind of issue it reports, on MT output, what ``eval_mqm.py`` would: issues,
span precision against the raters' trusted spans, exact chance, lift, the
exact one-sided p-value, issues per 1,000 words on human translations and
on MT (H/MT), and the partial Spearman on length of the per-output count
against the raters' penalty. Candidates:

* ``unsupported word``: every target content word the alignment links to
  nothing in the source;
* ``unsupported run >= N``: runs of N or more consecutive target content
  words with no link (function words between them allowed), as one span;
* ``lower-case unsupported``: as the first, leaving out capitalised words
  (names the lexicon cannot know);
* ``unsupported capitalised word``: unlinked capitalised words that do not
  open a sentence (a name the source does not have);
* ``unsupported, rest >= N% linked``: unlinked content words in outputs
  whose other content words are nearly all linked (the gap stands out);
* ``unrendered source word``: every source content word with no rendering,
  judged on its target neighbourhood (where it would have gone), by kind.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_mqm as em  # noqa: E402
from tqcheck.lexicon.dictionary import hunspell_knows  # noqa: E402
from tqcheck.rules.evidence import chance_tail, placement_chance  # noqa: E402


def runs(words: list[list[int]], min_len: int, text: str) -> list[tuple[int, int]]:
    """Spans of >= min_len consecutive unlinked content words; a linked content
    word or a clause mark (, ; : . ( ) ") between them ends a run."""
    out, cur = [], []
    for s, e, linked, _cap in words:
        if cur and any(c in text[cur[-1][1]:s] for c in ",;:.()\"“”"):
            if len(cur) >= min_len:
                out.append((cur[0][0], cur[-1][1]))
            cur = []
        if linked:
            if len(cur) >= min_len:
                out.append((cur[0][0], cur[-1][1]))
            cur = []
        else:
            cur.append((s, e))
    if len(cur) >= min_len:
        out.append((cur[0][0], cur[-1][1]))
    return out


def candidates(u: em.Unit, f: dict) -> dict[str, list[tuple[int, int]]]:
    words = f.get("target_words", [])
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e, linked, cap in words:
        if not linked:
            out["unsupported word"].append((s, e))
            if not cap:
                out["lower-case unsupported"].append((s, e))
        elif linked == 1:
            out["loosely linked word"].append((s, e))
    linked_share = sum(1 for w in words if w[2]) / len(words) if words else 0.0
    for s, e, linked, cap in words:
        if linked:
            continue
        if cap and s > 0 and u.target[:s].rstrip()[-1:] not in ".?!\"“":
            out["unsupported capitalised word"].append((s, e))
            known = hunspell_knows(u.target[s:e].lower().rstrip("'s").rstrip("’s"))
            out["unsupported capitalised, " + ("a dictionary word" if known else "not in the dictionary")].append((s, e))
        if linked_share >= 0.8:
            out["unsupported, rest >= 80% linked"].append((s, e))
        if linked_share >= 0.9:
            out["unsupported, rest >= 90% linked"].append((s, e))
    for n in (2, 3, 4):
        out[f"unsupported run >= {n}"] = runs(words, n, u.target)
    for lo, hi, kind in f.get("source_gaps", []):
        out["unrendered source word"].append((lo, hi))
        out[f"unrendered source {kind}"].append((lo, hi))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args(argv)
    units = [u for u in em.load_units(args.corpus) if em.split_of(u.doc, 1, 0.7) == args.split]
    _, rows = em.read_cache(em.CACHE)
    with gzip.open(em.OUT / f"mqm_features.{args.split}.jsonl.gz", "rt", encoding="utf-8") as fh:
        feats = {r.pop("key"): r for r in map(json.loads, fh)}
    words = {"mt": 0, "human": 0}
    stats: dict[str, dict] = defaultdict(lambda: {"mt": 0, "human": 0, "loc": 0, "hits": 0, "chances": []})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for u in units:
        side = "human" if u.human else "mt"
        words[side] += rows[u.key]["words"]
        pre, length = u.prefix(), len(u.target)
        for name, spans in candidates(u, feats.get(u.key, {})).items():
            st = stats[name]
            st[side] += len(spans)
            if side == "human":
                continue
            counts[name][u.key] = len(spans)
            for s, e in spans:
                span = max(e - s, 1)
                if span >= length / 2:
                    continue
                st["loc"] += 1
                st["hits"] += bool(pre[min(s + span, length)] - pre[min(s, length)] > 0)
                st["chances"].append(placement_chance(pre, span, length))
    mt = [u for u in units if not u.human]
    wc = np.array([rows[u.key]["words"] for u in mt], dtype=float)
    gold = np.array([u.penalty for u in mt])
    print(f"{args.split}, MT output: {len(mt):,} outputs")
    print(f"{'candidate':<34} {'issues':>7} {'loc':>7} {'prec':>6} {'chance':>6} {'lift':>5} {'p':>8} "
          f"{'H/1k':>6} {'MT/1k':>6} {'H/MT':>5} {'partial':>7}")
    for name, st in sorted(stats.items()):
        ch = st["chances"]
        prec = st["hits"] / st["loc"] if st["loc"] else float("nan")
        chance = float(np.mean(ch)) if ch else float("nan")
        p = chance_tail(st["hits"], ch) if ch else float("nan")
        h1k, m1k = 1000 * st["human"] / words["human"], 1000 * st["mt"] / words["mt"]
        x = np.array([counts[name].get(u.key, 0) for u in mt], dtype=float)
        print(f"{name:<34} {st['mt']:>7} {st['loc']:>7} {prec:>6.3f} {chance:>6.3f} {prec / chance:>5.2f} "
              f"{p:>8.1e} {h1k:>6.2f} {m1k:>6.2f} {h1k / m1k if m1k else float('nan'):>5.2f} "
              f"{em.partial_spearman(x, gold, wc):>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
