"""What could move the segment penalty's correlation with the MQM raters:
per-output features and their partial Spearman on length.

    python benchmarks/mqm_features.py CORPORA/mqm_zhen [--split dev|test] [--mt-only]

A helper of ``eval_mqm.py`` (same corpus, same document split, same cache of
issues, same statistics). For every output of the split it computes, and
correlates with the raters' mean MQM penalty (Spearman, and partial on the
target's word count, the figure issue 15 asks to reach 0.30):

* **ceilings**: one rater's penalty against the mean of the other two (how
  far raters agree with each other, beyond length); sentence chrF and BLEU
  against the human translations that are not the output itself (MT
  against Human-A and Human-B, the mean of the two; Human-A against Human-B
  and back), negated so that higher means worse. A checker without a
  reference should not expect to beat these;
* **alignment** (``tqcheck.bilingual``): the share and number of source
  content words with no rendering in the target; of source content words
  with no *strong* rendering (exact lexicon lemma, name, value, Latin token,
  glossary term, pinyin); of target content words linked to nothing in the
  source; the worst pair's rendered share (what ``accuracy.nontranslation``
  reads);
* **oracle**: a penalty that flags exactly the share f of outputs the raters
  penalise most: the best a penalty that is zero on all other outputs can do;
* **issues**: tqcheck's penalty as shipped, and issue counts of every
  default-on rule, advice included, and of single rules, from the cache.

The features are kept in ``benchmarks/out/mqm_features.<split>.jsonl.gz``
(``--refresh`` to recompute).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_mqm as em  # noqa: E402
from tqcheck.bilingual import alignment  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit as TUnit  # noqa: E402

STRONG = frozenset({"lexicon", "name", "value", "latin", "glossary", "pinyin"})


def align_features(source: str, target: str) -> dict[str, float]:
    al = alignment(TUnit(Document(target, "en"), Document(source, "zh"), segment="1"))
    if al is None:
        return {}
    content = [w for w in al.source if w.content]
    n_src = len(content)
    unrendered = sum(1 for w in content if not w.rendered)
    weak = sum(1 for w in content if w.how not in STRONG)
    tgt = [t for t in al.target if t.content]
    unsupported = sum(1 for t in tgt if not t.links)
    worst = 1.0
    for p in range(len(al.pairs)):
        ws = [al.source[i] for i in al.pair_source_words(p) if al.source[i].content]
        if len(ws) >= 3:
            worst = min(worst, sum(w.rendered for w in ws) / len(ws))
    # linked: 0 nothing, 1 only by loose evidence (a stem, a character's gloss), 2 by strong evidence
    words = [[t.start, t.end, max((2 if al.source[i].how in STRONG else 1 for i in t.links), default=0),
              int(t.capitalised)] for t in tgt]
    gaps = []
    for i, w in enumerate(al.source):
        if w.content and not w.rendered:
            lo, hi = al.neighbourhood(i, i + 1, w.pair)
            gaps.append([lo, hi, w.kind])
    return {
        "target_words": words,  # content words: start, end, linked, capitalised
        "source_gaps": gaps,  # unrendered source content words: their target neighbourhood, kind
        "src_unrendered_share": unrendered / n_src if n_src else 0.0,
        "src_unrendered_n": float(unrendered),
        "src_weak_share": weak / n_src if n_src else 0.0,
        "tgt_unsupported_share": unsupported / len(tgt) if tgt else 0.0,
        "tgt_unsupported_n": float(unsupported),
        "worst_pair_unrendered": 1.0 - worst,
    }


def ref_features(units: list[em.Unit], parallel: Path) -> dict[str, dict[str, float]]:
    from sacrebleu.metrics import BLEU, CHRF

    refs: dict[str, dict[str, str]] = {}
    with open(parallel, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            refs[str(rec["line"])] = rec["refs"]
    chrf, bleu = CHRF(), BLEU(effective_order=True)
    out = {}
    for u in units:
        rs = [refs[u.seg][h] for h in em.HUMAN if h != u.system]
        out[u.key] = {"neg_chrf": -float(np.mean([chrf.sentence_score(u.target, [r]).score for r in rs])),
                      "neg_bleu": -float(np.mean([bleu.sentence_score(u.target, [r]).score for r in rs]))}
    return out


def features(units: list[em.Unit], rows: dict[str, Any], parallel: Path, path: Path, refresh: bool
             ) -> dict[str, dict[str, float]]:
    if path.exists() and not refresh:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return {r.pop("key"): r for r in map(json.loads, fh)}
    refs = ref_features(units, parallel)
    out: dict[str, dict[str, float]] = {}
    for i, u in enumerate(units):
        out[u.key] = {**refs[u.key], **align_features(u.source, u.target)}
        if (i + 1) % 2000 == 0:
            print(f"  {i + 1:,}/{len(units):,}", file=sys.stderr, flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for k, v in out.items():
            fh.write(json.dumps({"key": k, **v}) + "\n")
    return out


def rater_ceiling(units: list[em.Unit], words: np.ndarray) -> tuple[float, float]:
    """Mean over the three rater positions of the (partial) Spearman between
    one rater's penalty and the mean of the others'."""
    sp, part = [], []
    for i in range(3):
        ok = [j for j, u in enumerate(units) if len(u.penalties) == 3]
        x = np.array([units[j].penalties[i] for j in ok])
        y = np.array([(sum(units[j].penalties) - units[j].penalties[i]) / 2 for j in ok])
        sp.append(em.spearman(x, y))
        part.append(em.partial_spearman(x, y, words[ok]))
    return float(np.mean(sp)), float(np.mean(part))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--parallel", type=Path)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--split-seed", type=int, default=1)
    ap.add_argument("--dev-share", type=float, default=0.7)
    ap.add_argument("--mt-only", action="store_true", help="MT outputs only (default: all ten systems)")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--rules", default="", help="also correlate the issue counts of these rules (ids, comma-separated)")
    args = ap.parse_args(argv)

    units = [u for u in em.load_units(args.corpus) if em.split_of(u.doc, args.split_seed, args.dev_share) == args.split]
    cached = em.read_cache(em.CACHE)
    if cached is None:
        raise SystemExit("no issue cache: run eval_mqm.py first")
    _, rows = cached
    feats = features(units, rows, args.parallel or args.corpus / em.PARALLEL,
                     em.OUT / f"mqm_features.{args.split}.jsonl.gz", args.refresh)
    if args.mt_only:
        units = [u for u in units if not u.human]
    words = np.array([rows[u.key]["words"] for u in units], dtype=float)
    gold = np.array([u.penalty for u in units])

    ns = argparse.Namespace(config=None, severity=None)
    sev, weights, enabled = em.severities(ns)
    def issues(pred) -> np.ndarray:
        return np.array([sum(1 for x in rows[u.key]["issues"] if pred(x[0])) for u in units], dtype=float)

    table: list[tuple[str, np.ndarray]] = [
        ("tqcheck penalty as shipped", np.array([sum(weights.get(sev[x[0]], 0.0) for x in rows[u.key]["issues"]
                                                      if x[0] in enabled and x[0] in sev) for u in units])),
        ("default-on issues, advice included", issues(lambda r: r in enabled)),
        ("every rule's issues (default-off too)", issues(lambda r: True)),
    ]
    for rid in [r for r in args.rules.split(",") if r]:
        table.append((f"issues of {rid}", issues(lambda r, rid=rid: em.matches(r, [rid]))))
    for name in ("neg_chrf", "neg_bleu", "src_unrendered_share", "src_unrendered_n", "src_weak_share",
                 "tgt_unsupported_share", "tgt_unsupported_n", "worst_pair_unrendered"):
        table.append((name, np.array([feats[u.key].get(name, 0.0) for u in units])))
    # the shipped penalty plus one minor issue per unsupported target content word (what a
    # "no source support" rule at minor severity would add)
    unsupported = np.array([sum(1 for w in feats[u.key].get("target_words", []) if not w[2]) for u in units])
    table.append(("penalty + 1 per unsupported target word", table[0][1] + unsupported))
    sp, part = rater_ceiling(units, words)
    print(f"{args.split}, {'MT outputs' if args.mt_only else 'all outputs'}: {len(units):,}; "
          f"word count alone vs raters: Spearman {em.spearman(words, gold):.3f}")
    print(f"{'feature':<42} {'Spearman':>8} {'partial':>8}  (partial: on word count)")
    print(f"{'one rater vs the mean of the other two':<42} {sp:>8.3f} {part:>8.3f}")
    # what a penalty that is zero on most outputs can reach at best: flag exactly the share f of
    # outputs the raters penalise most (ties broken at random), as if every flag were right
    rng = np.random.default_rng(0)
    order = np.lexsort((rng.random(len(gold)), gold))
    for f in (0.025, 0.05, 0.1, 0.2, 0.5):
        x = np.zeros(len(gold))
        x[order[len(gold) - int(round(f * len(gold))):]] = 1.0
        table.append((f"oracle: the worst {f:.1%} flagged", x))
    for name, x in table:
        print(f"{name:<42} {em.spearman(x, gold):>8.3f} {em.partial_spearman(x, gold, words):>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
