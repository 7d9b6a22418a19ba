"""Would reference-confirmed gaps make issues that beat chance?

    python benchmarks/mqm_references.py CORPORA/mqm_zhen [--split dev] [--single-reference 0|1]

A helper of ``eval_mqm.py`` for candidate reference-aware checks. Each output
and each human translation of its segment is aligned with the source by the
lexical alignment (``tqcheck.bilingual``); references follow ``eval_mqm.py
--with-references`` (MT output: Human-A and Human-B; a human translation:
the other one; ``--single-reference N``: MT output with reference N only,
to compare MT and human translations each against one reference). For each
candidate it reports on MT output what ``eval_mqm.py`` would: issues, span
precision, exact chance, lift, p, H/MT, and the partial Spearman (on length)
of the per-output count against the raters' penalty, on MT output and on
all outputs. Candidates:

* ``omit``: a source content word (name, number, Latin) the output leaves
  unrendered while every reference (``all refs``) or some reference
  (``any ref``) renders it (``strong``: by the lexicon, a name, a value or a
  Latin token), judged on the output neighbourhood where it belongs;
  ``ref words absent``: and none of the references' words for it is in the
  output;
* ``add``: an output content word linked to nothing in the source whose key
  and lemmas are in no reference; ``cap mid-sentence`` keeps capitalised
  words that do not open a sentence (what ``accuracy.reference.unsupported``
  refines); ``run >= N``: N or more such words in a row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_mqm as em  # noqa: E402
from tqcheck.align import Pair  # noqa: E402
from tqcheck.bilingual.align import build  # noqa: E402
from tqcheck.rules.evidence import chance_tail, placement_chance  # noqa: E402
from tqcheck.text import Document  # noqa: E402

STRONG = {"lexicon", "name", "value", "latin", "pinyin", "glossary"}
CONTENT = {"content", "name", "number", "latin"}


def aligned(src: Document, text: str):
    return build(src.text, text, [Pair(0, len(src.text), 0, len(text), "1-1")], source_doc=src,
                 target_doc=Document(text, "en", has_source=True))


def lemmas(al) -> set[str]:
    out: set[str] = set()
    for w in al.target:
        out.add(w.key)
        out.update(w.lemmas)
    return out


def candidates(u: em.Unit, al, refs: list) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    by_span = [{(w.start, w.end): w for w in r.source} for r in refs]
    have = lemmas(al)
    for i, w in enumerate(al.source):
        if w.kind not in CONTENT or w.rendered:
            continue
        rw = [m.get((w.start, w.end)) for m in by_span]
        strong = [x is not None and x.how in STRONG for x in rw]
        span = al.neighbourhood(i, i + 1, w.pair)
        if all(strong):
            out["omit: all refs strong"].append(span)
            absent = all(not ({r.target[j].key, *r.target[j].lemmas} & have) for r, x in zip(refs, rw)
                         for j in x.links)
            if absent:
                out["omit: all refs strong, ref words absent"].append(span)
                out[f"omit: all strong absent, {w.kind}"].append(span)
        if any(strong):
            out["omit: any ref strong"].append(span)
        if all(x is not None and x.rendered for x in rw):
            out["omit: all refs any"].append(span)
    in_refs: set[str] = set().union(*(lemmas(r) for r in refs))
    unsupported = []
    for t in al.target:
        if not t.content:
            continue
        bad = not t.links and not ({t.key, *t.lemmas} & in_refs)
        unsupported.append((t.start, t.end, bad))
        if not bad:
            continue
        out["add: unlinked, in no ref"].append((t.start, t.end))
        if t.text[:1].isupper():
            before = u.target[:t.start].rstrip()
            if before and before[-1] not in '.?!"“:':
                out["add: cap mid-sentence, in no ref"].append((t.start, t.end))
        else:
            out["add: unlinked lower-case, in no ref"].append((t.start, t.end))
    run: list[tuple[int, int]] = []
    for s, e, bad in unsupported + [(0, 0, False)]:
        if bad:
            run.append((s, e))
            continue
        for n in (2, 3):
            if len(run) >= n:
                out[f"add: run >= {n}"].append((run[0][0], run[-1][1]))
        run = []
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--single-reference", type=int, choices=(0, 1))
    args = ap.parse_args(argv)
    units = [u for u in em.load_units(args.corpus) if em.split_of(u.doc, 1, 0.7) == args.split]
    texts = em.reference_texts(units, args.corpus / em.PARALLEL)
    _, rows = em.read_cache(em.CACHE)
    words = {"mt": 0, "human": 0}
    stats: dict[str, dict] = defaultdict(lambda: {"mt": 0, "human": 0, "hits": 0, "chances": []})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    by_seg: dict[str, list[em.Unit]] = defaultdict(list)
    for u in units:
        by_seg[u.seg].append(u)
    for seg, us in by_seg.items():
        src = Document(us[0].source, "zh")
        human = {u.system: u for u in us if u.human}
        ref_al = {h: aligned(src, human[h].target if h in human else texts[us[0].key][0]) for h in em.HUMAN}
        for u in us:
            names = [h for h in em.HUMAN if h != u.system]
            if args.single_reference is not None and not u.human:
                names = [em.HUMAN[args.single_reference]]
            side = "human" if u.human else "mt"
            words[side] += rows[u.key]["words"]
            pre, length = u.prefix(), len(u.target)
            for name, spans in candidates(u, aligned(src, u.target), [ref_al[h] for h in names]).items():
                st = stats[name]
                st[side] += len(spans)
                counts[name][u.key] = len(spans)
                if u.human:
                    continue
                for s, e in spans:
                    span = max(e - s, 1)
                    if span >= length / 2:
                        continue
                    st["hits"] += bool(pre[min(s + span, length)] - pre[min(s, length)] > 0)
                    st["chances"].append(placement_chance(pre, span, length))
    mt = [u for u in units if not u.human]
    print(f"{args.split}: {len(mt):,} MT outputs, {len(units) - len(mt):,} human")
    print(f"{'candidate':<42} {'issues':>7} {'loc':>6} {'prec':>6} {'chance':>6} {'lift':>5} {'p':>8} "
          f"{'H/MT':>5} {'partial MT':>10} {'all':>6}")
    for name, st in sorted(stats.items()):
        ch = st["chances"]
        prec = st["hits"] / len(ch) if ch else float("nan")
        chance = float(np.mean(ch)) if ch else float("nan")
        p = chance_tail(st["hits"], ch) if ch else float("nan")
        ratio = (st["human"] / words["human"]) / (st["mt"] / words["mt"]) if st["mt"] else float("nan")
        part = []
        for us in (mt, units):
            x = np.array([counts[name].get(u.key, 0) for u in us], dtype=float)
            part.append(em.partial_spearman(x, np.array([u.penalty for u in us]),
                                            np.array([rows[u.key]["words"] for u in us], dtype=float)))
        print(f"{name:<42} {st['mt']:>7} {len(ch):>6} {prec:>6.3f} {chance:>6.3f} {prec / chance:>5.2f} {p:>8.1e} "
              f"{ratio:>5.2f} {part[0]:>10.3f} {part[1]:>6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
