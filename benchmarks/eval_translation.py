"""How often the translation checks fire on professional translations, how
many injected errors they catch, and what they find in human MQM annotations.

    python benchmarks/eval_translation.py refs   PARALLEL.jsonl [--show RULE] [--limit N]
    python benchmarks/eval_translation.py docs   PARALLEL.jsonl [--size 10] [--flat] [--show RULE]
    python benchmarks/eval_translation.py inject PARALLEL.jsonl [--seed 1] [--show TYPE]
    python benchmarks/eval_translation.py mqm    MQM_SPANS.jsonl.gz [--show CATEGORY]

``refs``: each segment's source against its first human reference (WMT
layout: ``source``, ``refs{}``); prints, per rule, the share of segments
where it fires. The references are professional translations, so every
firing is a false alarm or a real slip of the translator.

``docs``: consecutive segments joined into documents (one paragraph per
segment, or run together with ``--flat``); prints how often each check
fires per document and how often the sentence alignment pairs sentences
that belong to different segments (an alignment error, since the segments
are known translations of each other).

``inject``: corrupts the references with ``corrupt_translation.py`` (same
seed, same corruptions) and counts a corruption as caught when a rule meant
for it reports more issues on the corrupted segment than on the clean one.

``mqm``: WMT newstest2020 zh-en MQM spans. Recall of the non-translation
and untranslated-text annotations (at segment level, and at span level for
the ones with a trusted span), and how many number-related
``Accuracy/Mistranslation`` spans the number check reports.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corrupt_translation import TYPES, corrupt  # noqa: E402

from tqcheck import Checker  # noqa: E402

FAMILY = "translation."
#: the checks the acceptance target "number/date/URL together" counts
VALUE_RULES = ("translation.numbers.changed", "translation.numbers.missing", "translation.dates.changed",
               "translation.dates.missing", "translation.urls.missing")
#: which rules are meant to catch each corruption
CATCHERS = {
    "number": ("translation.numbers.changed", "translation.numbers.missing"),
    "date": ("translation.dates.changed", "translation.dates.missing"),
    "url-acronym": ("translation.urls.missing", "translation.latin.missing"),
    "chinese": ("translation.untranslated.han",),
    "blank": ("translation.empty",),
    "half": ("translation.length.short", "translation.ending.mark", "translation.ending.dangling", "translation.sentences.missing",
             "translation.numbers.missing", "translation.dates.missing", "translation.latin.missing",
             "translation.urls.missing"),
}
TRUSTED = {"exact", "aligned", "searched"}


def load_parallel(path: str) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append((rec["source"], next(iter(rec["refs"].values()))))
    return rows


def checker() -> Checker:
    # every translation rule, including those off by default, and nothing else
    return Checker({"disable": ["*"], "enable": ["translation"]})


def rule_counts(ck: Checker, sid: str, source: str, target: str) -> Counter:
    if not target.strip():
        rep = ck.check_segments([{"id": sid, "source": source, "target": target}])
    else:
        rep = ck.check(target, source=source, segment=sid)
    return Counter(i.rule for i in rep.issues)


def cmd_refs(args) -> None:
    rows = load_parallel(args.corpus)[: args.limit or None]
    ck = checker()
    fired: Counter = Counter()
    any_value = 0
    shown = 0
    t0 = time.perf_counter()
    for n, (src, ref) in enumerate(rows, 1):
        rep = ck.check(ref, source=src, segment=str(n))
        rules = {i.rule for i in rep.issues}
        fired.update(rules)
        any_value += bool(rules & set(VALUE_RULES))
        if args.show and any(r.startswith(args.show) for r in rules) and shown < 40:
            shown += 1
            print(f"--- {n}\nSRC {src}\nREF {ref}")
            for i in rep.issues:
                if i.rule.startswith(args.show):
                    text = src if i.side == "source" else ref
                    print(f"  {i.rule} [{i.side}] {text[i.start:i.end]!r}: {i.message}")
    dt = time.perf_counter() - t0
    total = len(rows)
    print(f"{total} segments (source vs reference), {dt:.1f} s ({1000 * dt / total:.1f} ms per segment)")
    print(f"{'rule':<34} segments  share")
    for rule in sorted(a.rule.id for a in ck.active):
        print(f"{rule:<34} {fired[rule]:>8}  {fired[rule] / total:6.2%}")
    print(f"{'numbers + dates + URLs together':<34} {any_value:>8}  {any_value / total:6.2%}")


def cmd_docs(args) -> None:
    """Consecutive segments joined into documents, one paragraph per
    segment: how often the document-level checks fire, and how often the
    sentence alignment pairs sentences of different segments."""
    rows = load_parallel(args.corpus)
    ck = checker()
    fired: Counter = Counter()
    pairs = crossing = docs = 0
    t0 = time.perf_counter()
    for k in range(0, len(rows), args.size):
        chunk = rows[k:k + args.size]
        src = "\n\n".join(s for s, _ in chunk)
        tgt = "\n\n".join(t for _, t in chunk)
        if args.flat:  # no paragraph breaks: the aligner must find the segments itself
            src, tgt = "".join(s for s, _ in chunk), " ".join(t for _, t in chunk)
        rep = ck.check(tgt, source=src)
        docs += 1
        fired.update({i.rule for i in rep.issues})
        s_bounds = _bounds([s for s, _ in chunk], 0 if args.flat else 2)
        t_bounds = _bounds([t for _, t in chunk], 1 if args.flat else 2)
        for p in rep.sections["alignment"]["pairs"]:
            pairs += 1
            a, b = p["source"]["start"], p["source"]["end"]
            c, d = p["target"]["start"], p["target"]["end"]
            if a < b and c < d and _segment(s_bounds, a, b) != _segment(t_bounds, c, d):
                crossing += 1
        if args.show and any(i.rule.startswith(args.show) for i in rep.issues):
            for i in rep.issues:
                if i.rule.startswith(args.show):
                    text = src if i.side == "source" else tgt
                    print(f"  {i.rule} [{i.side}] {text[i.start:i.end][:120]!r}")
    dt = time.perf_counter() - t0
    print(f"{docs} documents of {args.size} segments{' (no paragraph breaks)' if args.flat else ''}, "
          f"{dt:.1f} s; {pairs} aligned pairs, {crossing} ({crossing / max(pairs, 1):.1%}) pair sentences of different segments")
    for rule in sorted(fired):
        print(f"  {rule:<34} fires in {fired[rule]:>4} documents ({fired[rule] / docs:.1%})")


def _bounds(parts: list[str], sep: int) -> list[int]:
    out, pos = [], 0
    for p in parts:
        pos += len(p)
        out.append(pos)
        pos += sep
    return out


def _segment(bounds: list[int], start: int, end: int) -> tuple[int, int]:
    from bisect import bisect_right

    return bisect_right(bounds, start), bisect_right(bounds, end - 1)


def cmd_inject(args) -> None:
    rows = load_parallel(args.corpus)
    ck = checker()
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_rule: dict[str, Counter] = defaultdict(Counter)
    shown: Counter = Counter()
    for case in corrupt(rows, seed=args.seed):
        clean = rule_counts(ck, case["id"], case["source"], case["clean"])
        bad = rule_counts(ck, case["id"], case["source"], case["target"])
        new = [r for r in CATCHERS[case["type"]] if bad[r] > clean[r]]
        per_type[case["type"]][1] += 1
        per_type[case["type"]][0] += bool(new)
        by_rule[case["type"]].update(new)
        if args.show == case["type"] and not new and shown[case["type"]] < 30:
            shown[case["type"]] += 1
            print(f"--- MISSED {case['type']} ({case['note']})\nSRC {case['source']}\nBAD {case['target']}")
    print(f"{'corruption':<12} caught  total  recall   caught by")
    for t in TYPES:
        ok, n = per_type[t]
        rules = ", ".join(f"{r.removeprefix(FAMILY)} {c}" for r, c in by_rule[t].most_common())
        print(f"{t:<12} {ok:>6} {n:>6}  {ok / max(n, 1):6.1%}   {rules}")


def _number_related(text: str) -> bool:
    return bool(re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                          r"billion|trillion|percent|first|second|third)\b", text, re.IGNORECASE))


def cmd_mqm(args) -> None:
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as fh:
        spans = [json.loads(line) for line in fh]
    ck = checker()
    cache: dict[tuple[str, str], list] = {}

    def issues(src: str, tgt: str):
        key = (src, tgt)
        if key not in cache:
            if not tgt.strip():
                cache[key] = ck.check_segments([{"id": "s", "source": src, "target": tgt}]).issues
            else:
                cache[key] = ck.check(tgt, source=src, segment="s").issues
        return cache[key]

    untranslated_cats = ("Non-translation!", "Accuracy/Untranslated text")
    print("Untranslated / non-translation annotations (accuracy/untranslated rules, or an empty target):")
    for cat in untranslated_cats:
        rows = [s for s in spans if s["category"] == cat]
        seg_hit = span_hit = span_n = 0
        for s in rows:
            found = [i for i in issues(s["source"], s["target"])
                     if i.category == "accuracy/untranslated" or i.rule == "translation.empty"]
            seg_hit += bool(found)
            if s["span_status"] in TRUSTED:
                span_n += 1
                span_hit += any(i.side == "target" and i.start < s["span_end"] and s["span_start"] < i.end for i in found)
            if args.show == cat and not found:
                print(f"  MISSED {s['span_text'][:70]!r} | {s['source'][:50]}")
        any_hit = sum(1 for s in rows if any(i.rule.startswith(FAMILY) for i in issues(s["source"], s["target"])))
        print(f"  {cat:<28} annotations {len(rows):>4}; segment recall {seg_hit}/{len(rows)} = {seg_hit / max(len(rows), 1):.1%}; "
              f"span recall {span_hit}/{span_n} = {span_hit / max(span_n, 1):.1%} (trusted spans); "
              f"any translation check in the segment: {any_hit}/{len(rows)}")
    print("Number-related Accuracy/Mistranslation spans (trusted spans):")
    for label, test in (("text has a digit or a number word", _number_related),
                        ("text of at most 25 characters with a digit", lambda t: len(t) <= 25 and re.search(r"\d", t))):
        mis = [s for s in spans if s["category"] == "Accuracy/Mistranslation" and s["span_status"] in TRUSTED
               and test(s["span_text"])]
        hit = seg = 0
        for s in mis:
            found = [i for i in issues(s["source"], s["target"]) if i.rule.startswith("translation.numbers.")]
            seg += bool(found)
            hit += any(i.side == "target" and i.start < s["span_end"] and s["span_start"] < i.end for i in found)
            if args.show == "numbers" and found and label.startswith("text of"):
                i = found[0]
                print(f"    {s['span_text'][:50]!r} <- {i.rule}: {i.message}")
        print(f"  {label}: {len(mis)} spans; a number issue overlaps the span for {hit} "
              f"({hit / max(len(mis), 1):.1%}); some number issue in the segment for {seg} ({seg / max(len(mis), 1):.1%})")
    # how often the number check fires where no rater marked any error at all
    per_seg: dict[tuple[str, str], set] = defaultdict(set)
    for s in spans:
        per_seg[(s["source"], s["target"])].add(s["category"])
    clean = [k for k, cats in per_seg.items() if cats == {"no-error"}]
    fp_keys = [k for k in clean if any(i.rule.startswith("translation.numbers.") for i in issues(*k))]
    fp = len(fp_keys)
    if args.show == "clean":
        for k in fp_keys:
            i = next(i for i in issues(*k) if i.rule.startswith("translation.numbers."))
            print(f"    {k[0][:60]} | {k[1][:80]} <- {i.message}")
    print(f"  on {len(clean)} segments every rater left error-free, the number check fires on {fp} ({fp / max(len(clean), 1):.2%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("refs")
    p.add_argument("corpus")
    p.add_argument("--show", help="print segments where rules with this id prefix fire")
    p.add_argument("--limit", type=int, default=0)
    p.set_defaults(run=cmd_refs)
    p = sub.add_parser("docs")
    p.add_argument("corpus")
    p.add_argument("--size", type=int, default=10, help="segments per document")
    p.add_argument("--flat", action="store_true", help="join segments without paragraph breaks")
    p.add_argument("--show", help="print issues of rules with this id prefix")
    p.set_defaults(run=cmd_docs)
    p = sub.add_parser("inject")
    p.add_argument("corpus")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--show", choices=TYPES, help="print missed corruptions of this type")
    p.set_defaults(run=cmd_inject)
    p = sub.add_parser("mqm")
    p.add_argument("corpus")
    p.add_argument("--show", help="an MQM category whose misses to print, or 'numbers'")
    p.set_defaults(run=cmd_mqm)
    args = ap.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
