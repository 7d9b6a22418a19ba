"""Recall and false alarms on *all* LanguageTool grammar examples of three categories.

    python benchmarks/eval_lt_grammar.py PATH/lt_en_grammar_examples.jsonl [--families grammar,spelling]
        [--split dev|held-out|both] [--seed 20] [--dev-fold rest|fold] [-v] [--misses N]
        [--harper PATH/harper_linter_tests.jsonl]

Unlike ``eval_grammar_spelling.py`` (which scores only the examples of
LanguageTool rules mapped to a tqcheck rule), every example of the
categories CONFUSED_WORDS, GRAMMAR and TYPOS counts, on by default in
LanguageTool (``default`` not ``off``/``temp_off``):

* ``is_error: true``: found when an issue of the chosen families overlaps
  the marked span (an empty marker counts as one character);
* ``is_error: false`` ("this rule must not fire here"): a false alarm when
  any issue of those families fires anywhere in the text.

A seeded fifth of the examples (by a hash of the rule id and the text, so
that the split does not move when the file is re-ordered) is held out:
develop on ``dev``, report ``held-out`` once at the end.

``--dev-fold`` splits dev again, by another hash, into a fifth (``fold``)
and the rest (``rest``): develop on ``rest`` (read its misses), and judge
whether a change generalises on ``fold``, whose examples you never read, as
often as you like without touching the held-out fifth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict

from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

CATEGORIES = ("CONFUSED_WORDS", "GRAMMAR", "TYPOS")


def held_out(rec, seed: int) -> bool:
    h = hashlib.sha256(f"{seed}|{rec['rule_id']}|{rec['text']}".encode()).digest()
    return h[0] % 5 == 0


def dev_fold(rec, seed: int) -> bool:
    """In the fifth of dev set aside to judge generalisation: a hash salted
    differently from ``held_out``'s, so the two fifths are independent."""
    h = hashlib.sha256(f"dev-fold|{seed}|{rec['rule_id']}|{rec['text']}".encode()).digest()
    return h[0] % 5 == 0


def _changed_region(text, corr):
    p = 0
    while p < min(len(text), len(corr)) and text[p] == corr[p]:
        p += 1
    s = 0
    while s < min(len(text), len(corr)) - p and text[-1 - s] == corr[-1 - s]:
        s += 1
    return p, len(text) - s


def harper(path, active) -> None:
    """Issue precision on all of Harper's linter tests, per rule: an issue
    on an error case that overlaps the region the correction changes (or
    anywhere, for a case without a correction) is a hit; any issue on a
    no-lint case is a false alarm; other issues on error cases are not
    counted (the case is about something else)."""
    hits, alarms = Counter(), Counter()
    lines = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("ignored") or rec.get("should_panic"):
                continue
            issues = run(Unit(Document(rec["text"])), active)
            if rec["is_error"]:
                if rec.get("correction") is not None:
                    s, e = _changed_region(rec["text"], rec["correction"])
                    s, e = max(0, s - 1), e + 1
                else:
                    s, e = 0, len(rec["text"])
                for i in issues:
                    if i.start < max(e, s + 1) and i.end > s:
                        hits[i.rule] += 1
            else:
                for i in issues:
                    alarms[i.rule] += 1
                    lines.append(f"  {i.rule:<40} {rec['text'][i.start:i.end]!r}: {rec['text'][:140]!r}")
    print("\n== Harper linter tests: issue precision (hits / (hits + false alarms on no-lint cases))")
    h, a = sum(hits.values()), sum(alarms.values())
    print(f"{'all':<44} {h:>5} hits {a:>4} alarms  precision {h / max(h + a, 1):6.1%}")
    for rule in sorted(set(hits) | set(alarms)):
        k, f = hits[rule], alarms[rule]
        print(f"  {rule:<42} {k:>5} hits {f:>4} alarms  precision {k / max(k + f, 1):6.1%}")
    print("false alarms:")
    print("\n".join(lines))


def marked_hits(rec, issues) -> list:
    """The issues that overlap the example's marked error (any issue when it has no marker)."""
    s, e = rec["marker_start"], rec["marker_end"]
    if s is None or e is None:
        return list(issues)
    e = max(e, s + 1)
    return [i for i in issues if i.start < e and i.end > s]


def print_table(tally) -> None:
    """Recall and false alarms per category, from ``tally[category] = [errors, found, ok, alarms]``."""
    print(f"{'category':<16} {'found/errors':>13} {'recall':>7}  {'alarms/ok':>10} {'FA-rate':>7}")
    total = [0, 0, 0, 0]
    for cat in CATEGORIES:
        total = [x + y for x, y in zip(total, tally[cat])]
    for name, (n, f, o, a) in [*((cat, tally[cat]) for cat in CATEGORIES), ("all three", total)]:
        print(f"{name:<16} {f:>6}/{n:<6} {f / max(n, 1):7.1%}  {a:>4}/{o:<5} {a / max(o, 1):7.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--families", default="grammar,spelling")
    ap.add_argument("--split", choices=("dev", "held-out", "both"), default="dev")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--dev-fold", choices=("rest", "fold"),
                    help="only dev's fifth set aside by a second hash (fold), or the four fifths left (rest)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list false alarms and per-rule counts")
    ap.add_argument("--misses", type=int, default=0, help="list the N LanguageTool rules missed most often")
    ap.add_argument("--harper", metavar="PATH", help="also: issue precision on harper_linter_tests.jsonl")
    args = ap.parse_args()
    if args.dev_fold and args.split != "dev":
        ap.error("--dev-fold splits dev only")
    prefixes = tuple(args.families.split(","))
    active = [a for a in Config().select(all_rules())
              if any(a.rule.id == p or a.rule.id.startswith(p + ".") for p in prefixes)]
    if args.harper:
        harper(args.harper, active)
    splits = ("dev", "held-out") if args.split == "both" else (args.split,)
    recs = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("default") in ("off", "temp_off") or rec["category"] not in CATEGORIES:
                continue
            recs.append(rec)
    for split in splits:
        want = split == "held-out"
        tally = defaultdict(lambda: [0, 0, 0, 0])  # errors, found, oks, alarms
        by_rule = Counter()
        missed = Counter()
        alarms = []
        for rec in recs:
            if held_out(rec, args.seed) != want:
                continue
            if args.dev_fold and not want and dev_fold(rec, args.seed) != (args.dev_fold == "fold"):
                continue
            issues = run(Unit(Document(rec["text"])), active)
            t = tally[rec["category"]]
            if rec["is_error"]:
                t[0] += 1
                hits = marked_hits(rec, issues)
                if hits:
                    t[1] += 1
                    by_rule[hits[0].rule] += 1
                else:
                    missed[rec["rule_id"]] += 1
            else:
                t[2] += 1
                if issues:
                    t[3] += 1
                    alarms.append(f"  {rec['rule_id']:<28} {[(i.rule, rec['text'][i.start:i.end]) for i in issues]}: "
                                  f"{rec['text']!r}")
        part = "" if want or not args.dev_fold else f", dev-fold {args.dev_fold}"
        print(f"\n== {split} ({'a seeded fifth' if want else 'four fifths'}, seed {args.seed}{part}); "
              f"families {', '.join(prefixes)}")
        print_table(tally)
        if args.verbose:
            print("found by tqcheck rule:")
            for rule, k in by_rule.most_common():
                print(f"  {rule:<44} {k:>4}")
            print("false alarms:")
            print("\n".join(alarms))
        if args.misses:
            print("LanguageTool rules missed most often:")
            for rule, k in missed.most_common(args.misses):
                print(f"  {rule:<36} {k:>4}")


if __name__ == "__main__":
    main()
