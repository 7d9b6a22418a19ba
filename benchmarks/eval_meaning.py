"""Detection of fluent meaning corruptions, and how often the meaning rules
fire on clean references.

    python benchmarks/eval_meaning.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl \\
        [--part dev|heldout] [--sample 400] [--seed 1] [--extra CORPORA/zhen_parallel/generaltest2022.zh-en.jsonl]
        [--show TYPE] [--show-clean RULE] [--firings N]

Segments are split once, seeded (``--split-seed``, default 14): 30% are
held out for the final figure and the rest are for development. ``--sample``
draws that many segments of the chosen part (seeded by ``--seed``); each is
checked clean (source + its reference) and once per corruption of
``corrupt_meaning.py`` that applies to it.

Detection. Every issue of severity minor or worse is keyed by (rule, side,
the text of its span). A corruption is *detected* when the corrupted
target's keys, as a multiset, hold one that the clean reference's keys do
not: a penalised issue the clean reference does not get. Spans are compared
by their text, not offsets, so an issue that only moved because words were
inserted before it is not new. Two columns are reported:

* ``meaning``: the new issue is in an ``accuracy/*`` category (the checks
  against the source, old and new) — the headline figure;
* ``any``: any penalised rule (style and grammar rules also react to the new
  words, so this is an upper bound).

``--raise-accuracy`` checks with every accuracy rule raised to major
(``[severity] "accuracy" = "major"``): by default most of them are advice
until they beat chance against MQM raters (docs/evidence.md), so detection
with the defaults counts only names.changed, questions, gender and
non-translation, and the raised figure is what the family can catch for a
user who asks for it.

``--extra`` adds the segments of a second corpus (split the same way) for
the types that newstest2021 has too few of (``question-statement``:
newstest2021's references ask 14 questions; ``gender``), and only for those.

``--context N`` (default 4) adds a separately reported line per type of
``--context-types`` (default ``gender``): the same corruptions checked
after the N segments that precede them in the corpus (their sources and
references, joined by newlines as a user checks a whole article), counting
a new penalised accuracy issue inside the corrupted segment. newstest2021
and generaltest2022 carry no document ids, so the N lines before are the
context whatever document they belong to (a window may open in the previous
article); the lines before may belong to either part of the split, as
context only. The headline figures stay segment-level, comparable with
earlier rounds.

Clean firing: the share of clean references (source + reference) on which
any rule of the ``accuracy`` family (the meaning rules) fires, at any
severity, and per rule. The references are professional translations, so a
firing is a false alarm or a real slip of the translator.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corrupt_meaning import TYPES, corrupt, load  # noqa: E402

from tqcheck import Checker  # noqa: E402

MEANING_FAMILY = "accuracy."
EXTRA_TYPES = ("question-statement", "gender")
HELD_OUT = 0.3


def split(n: int, seed: int) -> tuple[list[int], list[int]]:
    """1-based segment numbers: (dev, held-out). A negative seed gives the
    meaning-core branch's split instead: every fifth line held out."""
    ids = list(range(1, n + 1))
    if seed < 0:
        return [i for i in ids if i % 5], [i for i in ids if i % 5 == 0]
    random.Random(seed).shuffle(ids)
    cut = round(n * HELD_OUT)
    return sorted(ids[cut:]), sorted(ids[:cut])


class Run:
    def __init__(self, raise_accuracy: bool = False) -> None:
        # --raise-accuracy: the accuracy rules that ship as advice (they have
        # not beaten chance against MQM raters, docs/evidence.md) raised to
        # major, as a user does with [severity] "accuracy" = "major".
        self.ck = Checker({"severity": {"accuracy": "major"}} if raise_accuracy else None)

    def issues(self, sid: str | None, source: str, target: str) -> list:
        # no segment id for a whole article: a text checked as one segment is one sentence pair, not paired by line
        rep = self.ck.check(target, source=source, segment=sid) if sid is not None else self.ck.check(target, source=source)
        out = []
        for i in rep.issues:
            text = source if i.side == "source" else target
            out.append(_Key(i.rule, i.side, i.category, i.severity, text[i.start:i.end], i.start, i.end))
        return out


class _Key:
    __slots__ = ("rule", "side", "category", "severity", "text", "start", "end")

    def __init__(self, rule, side, category, severity, text, start, end):
        self.rule, self.side, self.category, self.severity, self.text = rule, side, category, severity, text
        self.start, self.end = start, end


def _pen(issues) -> Counter:
    return Counter((i.rule, i.side, i.category, i.text) for i in issues if i.severity != "neutral")


def _new_in_context(run: Run, c: dict, before: list) -> bool:
    """Whether the corrupted segment, checked after the segments ``before``
    (source and reference each joined by newlines), gets a penalised
    accuracy issue inside it that the clean segment in the same place does
    not."""
    srcs = [s for s, _ in before] + [c["source"]]
    refs = [t for _, t in before]
    source = "\n".join(srcs)
    src_at = len(source) - len(c["source"])
    tgt_at = sum(len(t) + 1 for t in refs)

    def inside(issues) -> Counter:
        return _pen(i for i in issues if i.category.startswith("accuracy/")
                    and (i.start >= tgt_at if i.side != "source" else i.start >= src_at))

    clean = run.issues(None, source, "\n".join(refs + [c["clean"]]))
    got = run.issues(None, source, "\n".join(refs + [c["target"]]))
    return bool(inside(got) - inside(clean))


def sample_rows(path: str, part: str, n: int, seed: int, split_seed: int) -> tuple[list, list, list]:
    rows = load(path)
    dev, held = split(len(rows), split_seed)
    ids = held if part == "heldout" else dev
    if n and n < len(ids):
        ids = sorted(random.Random(seed).sample(ids, n))
    return [rows[i - 1] for i in ids], ids, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--part", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--sample", type=int, default=400, help="segments of the part (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split-seed", type=int, default=14, help="-1: hold out every fifth line (benchmarks/meaning_eval.py)")
    ap.add_argument("--extra", help="a second corpus for the sparse types")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--show", help="print missed corruptions of this type")
    ap.add_argument("--show-caught", help="print caught corruptions of this type")
    ap.add_argument("--show-clean", help="print clean firings of rules with this prefix")
    ap.add_argument("--firings", type=int, default=0, help="write N seeded firings of the meaning rules, half on the "
                    "clean references and half new on corrupted targets, as JSON lines to --firings-out, for "
                    "hand-checking")
    ap.add_argument("--firings-out", default="firings.jsonl")
    ap.add_argument("--firings-seed", type=int, default=14)
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--context", type=int, default=4, help="previous segments checked with the corrupted one for the "
                    "separate in-context line (0: none)")
    ap.add_argument("--context-types", default="gender", help="the types given the in-context line")
    ap.add_argument("--raise-accuracy", action="store_true",
                    help="check with every accuracy rule raised to major ([severity] \"accuracy\" = \"major\")")
    args = ap.parse_args()
    types = args.types.split(",")

    rows, ids, all_rows = sample_rows(args.corpus, args.part, args.sample, args.seed, args.split_seed)
    cases = [(args.corpus, c) for c in corrupt(rows, args.seed, ids=ids, types=types, all_rows=all_rows)]
    corpus_rows = {args.corpus: all_rows}
    clean_rows = {(args.corpus, str(i)): r for i, r in zip(ids, rows)}
    if args.extra:
        xt = [t for t in types if t in EXTRA_TYPES]
        xrows, xids, xall = sample_rows(args.extra, args.part, 0, args.seed, args.split_seed)
        xcases = list(corrupt(xrows, args.seed, ids=xids, types=xt, all_rows=xall))
        wanted = {c["id"] for c in xcases}
        cases += [(args.extra, c) for c in xcases]
        corpus_rows[args.extra] = xall
        clean_rows.update({(args.extra, str(i)): r for i, r in zip(xids, xrows) if str(i) in wanted})

    run = Run(args.raise_accuracy)
    t0 = time.perf_counter()
    clean: dict = {}
    for key, (src, ref) in clean_rows.items():
        clean[key] = run.issues(key[1], src, ref)
    context_types = set(args.context_types.split(",")) if args.context else set()
    in_context: dict = defaultdict(Counter)
    per_type = defaultdict(Counter)
    caught_by = defaultdict(Counter)
    firings = []
    shown = Counter()
    for corpus, c in cases:
        base = clean[(corpus, c["id"])]
        got = run.issues(c["id"], c["source"], c["target"])
        new = _pen(got) - _pen(base)
        meaning = [k for k in new if k[2].startswith("accuracy/")]
        t = c["type"]
        if t == "gender" and ("他" in c["source"] or "她" in c["source"]):
            sub = "gender|src-pronoun"
            per_type[sub]["n"] += 1
            per_type[sub]["any"] += bool(new)
            per_type[sub]["meaning"] += bool(meaning)
        if t in context_types:
            before = corpus_rows[corpus][max(0, int(c["id"]) - 1 - args.context):int(c["id"]) - 1]
            in_context[t]["n"] += 1
            in_context[t]["meaning"] += _new_in_context(run, c, before)
        per_type[t]["n"] += 1
        per_type[t]["any"] += bool(new)
        per_type[t]["meaning"] += bool(meaning)
        for rule in {k[0] for k in meaning}:
            caught_by[t][rule] += 1
        fresh = Counter((i.rule, i.side, i.text) for i in got) - Counter((i.rule, i.side, i.text) for i in base)
        for i in got:
            if i.rule.startswith(MEANING_FAMILY) and fresh[(i.rule, i.side, i.text)] > 0:
                fresh[(i.rule, i.side, i.text)] -= 1
                firings.append({"kind": "corrupt", "type": t, "corpus": Path(corpus).stem, "id": c["id"],
                                "rule": i.rule, "side": i.side, "span": i.text, "source": c["source"],
                                "target": c["target"], "clean": c["clean"], "note": c["note"]})
        if args.show == t and not meaning and shown[t] < 30:
            shown[t] += 1
            print(f"--- MISSED {t} {c['id']}: {c['note']}\n  SRC {c['source']}\n  TGT {c['target']}")
        if args.show_caught == t and meaning and shown[t] < 30:
            shown[t] += 1
            print(f"--- CAUGHT {t} {c['id']}: {c['note']} by {sorted({k[0] for k in meaning})}\n"
                  f"  SRC {c['source']}\n  TGT {c['target']}")
    dt = time.perf_counter() - t0

    # clean firing of the meaning rules, on the newstest sample only
    main_keys = [k for k in clean if k[0] == args.corpus]
    fired = Counter()
    any_meaning = 0
    for k in main_keys:
        rules = {i.rule for i in clean[k] if i.rule.startswith(MEANING_FAMILY)}
        fired.update(rules)
        any_meaning += bool(rules)
        src, ref = clean_rows[k]
        for i in clean[k]:
            if i.rule.startswith(MEANING_FAMILY):
                firings.append({"kind": "clean", "type": "clean", "corpus": Path(args.corpus).stem, "id": k[1],
                                "rule": i.rule, "side": i.side, "span": i.text, "source": src, "target": ref})
                if args.show_clean and i.rule.startswith(args.show_clean):
                    print(f"--- CLEAN {k[1]} {i.rule} [{i.side}] {i.text!r}\n  SRC {src}\n  REF {ref}")

    n_all = sum(v["n"] for t, v in per_type.items() if "|" not in t)
    print(f"{args.part}: {len(main_keys)} segments of {Path(args.corpus).name} (seed {args.seed}, split seed "
          f"{args.split_seed}){' + ' + Path(args.extra).name + ' for ' + ','.join(EXTRA_TYPES) if args.extra else ''}; "
          f"{n_all} corruptions; {dt:.0f} s")
    print(f"{'type':<20} {'n':>5} {'meaning':>8} {'any':>7}  caught by (meaning rules)")
    tot = Counter()
    for t in types:
        v = per_type.get(t)
        if not v:
            print(f"{t:<20} {0:>5}")
            continue
        tot.update(v)
        top = ", ".join(f"{r} {n}" for r, n in caught_by[t].most_common(3))
        print(f"{t:<20} {v['n']:>5} {v['meaning'] / v['n']:>8.1%} {v['any'] / v['n']:>7.1%}  {top}")
        sub = per_type.get(t + "|src-pronoun")
        if sub:
            print(f"{'  source has 他/她':<20} {sub['n']:>5} {sub['meaning'] / sub['n']:>8.1%} "
                  f"{sub['any'] / sub['n']:>7.1%}  (not counted again in the overall figures)")
    for t in types:
        v = in_context.get(t)
        if v:
            print(f"{t + ' in context':<20} {v['n']:>5} {v['meaning'] / v['n']:>8.1%}           (after the "
                  f"{args.context} segments before it; not counted in the overall figures)")
    macro = [per_type[t]["meaning"] / per_type[t]["n"] for t in types if per_type.get(t)]
    print(f"{'overall (pooled)':<20} {tot['n']:>5} {tot['meaning'] / max(tot['n'], 1):>8.1%} "
          f"{tot['any'] / max(tot['n'], 1):>7.1%}")
    print(f"{'overall (mean of types)':<20}       {sum(macro) / max(len(macro), 1):>8.1%}")
    print(f"clean references with a meaning-rule ({MEANING_FAMILY}*) issue: {any_meaning}/{len(main_keys)} "
          f"= {any_meaning / max(len(main_keys), 1):.2%}")
    for r, n in fired.most_common():
        print(f"  {r:<36} {n:>4} {n / len(main_keys):6.2%}")
    if args.firings:
        # half on the clean references (each a false alarm or a slip of the
        # translator), half new on corrupted targets (each should name the
        # corruption), seeded by --firings-seed
        rng = random.Random(args.firings_seed)
        clean_f = [f for f in firings if f["kind"] == "clean"]
        corrupt_f = [f for f in firings if f["kind"] == "corrupt"]
        half = args.firings // 2
        pick = rng.sample(clean_f, min(half, len(clean_f)))
        pick += rng.sample(corrupt_f, min(args.firings - len(pick), len(corrupt_f)))
        with open(args.firings_out, "w", encoding="utf-8") as fh:
            for f in pick:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"{len(pick)} meaning-rule firings ({len(clean_f)} on clean references, {len(corrupt_f)} new on "
              f"corruptions) written to {args.firings_out}")
    if args.json:
        out = {"part": args.part, "segments": len(main_keys), "types": {t: dict(per_type[t]) for t in per_type},
               "in_context": {t: dict(v) for t, v in in_context.items()}, "context": args.context,
               "clean_firing": any_meaning / max(len(main_keys), 1), "clean_by_rule": dict(fired)}
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
