"""Precision, recall and false alarms of the grammar and spelling families on real data.

Usage:
  python benchmarks/eval_grammar_spelling.py \\
      --lt PATH/lt_en_grammar_examples.jsonl \\
      --harper PATH/harper_linter_tests.jsonl \\
      --wmt PATH/newstest2020_mqm.zh-en.jsonl [-v]

Any of the three corpora may be given.

* LanguageTool: examples of rules that are on by default and cover what a
  tqcheck rule covers (the table LT_MAP below, by LanguageTool rule id).
  ``is_error: true`` counts as found when the mapped tqcheck rules report
  an issue overlapping the marked span; ``is_error: false`` means "this
  rule must not fire here", so any issue of the mapped rules is a false
  alarm.
* Harper: linter tests of the same phenomena (HARPER_MAP, by Harper rule
  path or name). An error case is found when an issue overlaps the region
  the expected correction changes (or anywhere, for lint-count cases);
  a no-lint case is a false alarm if the mapped rules fire. Cases marked
  ``ignored`` upstream are skipped; spelling cases run with the dialect the
  Harper test names (British, Australian, Canadian -> uk).
* WMT newstest2020: the human translations Human-A and Human-B, one
  document per source document (segments one per line), checked with the
  two families; every issue counts against the 1.0 per 1,000 words target.

Precision = found / (found + false alarms), per record.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from tqcheck.api import Checker
from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

G = "grammar."
LT_MAP = {
    # LanguageTool's agreement and base-form rules also catch modal slips
    # (I cannot works, they will comes): they map to both tqcheck groups
    **dict.fromkeys(["HE_VERB_AGR", "NON3PRS_VERB", "PERS_PRONOUN_AGREEMENT_SENT_START", "IT_VBZ",
                     "BASE_FORM"], (G + "agreement", G + "modals")),
    **dict.fromkeys(["DID_BASEFORM", "DID_PAST", "DOES_X_HAS", "DONT_NEEDS", "DOES_NP_VBZ", "DO_VBZ"],
                    G + "modals"),
    **dict.fromkeys(["MOST_COMPARATIVE", "MOST_SUPERLATIVE", "LESS_COMPARATIVE", "LEAST_COMPARATIVE"],
                    G + "comparatives"),
    "DT_DT": G + "articles.double",
    **dict.fromkeys(["COMP_THAN", "CONFUSION_OF_THEN_THAN", "COMPARISONS_THEN", "COMPARISONS_NNS_THEN",
                     "OTHER_THEN", "RATHER_THEN", "LESS_MORE_THEN"], G + "confusables.then-than"),
    "AFFECT_EFFECT": (G + "confusables.affect-effect", G + "confusables.effect-affect"),
    **dict.fromkeys(["ADVICE_ADVISE", "GIVE_ADVISE"], G + "confusables.advice-advise"),
    "IN_PRINCIPAL": G + "confusables.principal-principle",
    **dict.fromkeys(["LOOSE_LOSE", "LOSE_LOOSE"], G + "confusables.lose-loose"),
    **dict.fromkeys(["TO_TOO", "TOO_TO", "TOO_ADJECTIVE_TO"], G + "confusables.to-too"),
    **dict.fromkeys(["FEWER_LESS", "FEWER_UNCOUNTABLE", "LESS_DOLLARSMINUTESHOURS"],
                    G + "confusables.fewer-less"),
    "THEIR_IS": G + "contractions.their-there",
    "THERE_OWN": G + "contractions.own",
    **dict.fromkeys(["YOUR", "YOUR_YOU_RE"], G + "contractions.your-you-are"),
    # LanguageTool's IT_IS covers both directions (its -> it's and it's -> its,
    # including "it's own"): three tqcheck rules share that ground
    "IT_IS": (G + "contractions.its-it-is", G + "contractions.it-is-its", G + "contractions.own"),
    **dict.fromkeys(["ABOUT_ITS_NN", "FOR_ITS_NN", "TO_VB_ITS_NN"], G + "contractions.it-is-its"),
    **dict.fromkeys(["WHOSE_DT", "WHOS_TO"], G + "contractions.whose-who-is"),
    "I_LOWERCASE": G + "casing.pronoun-i",
}
HARPER_MAP = {
    "linting/an_a": G + "articles.a-an",
    "linting/repeated_words": G + "doubled",
    "linting/pronoun_verb_agreement": G + "agreement",
    "linting/i_am_agreement": G + "agreement",
    "linting/did_past": G + "modals.do-form",
    "linting/its_contraction/mod": G + "contractions.its-it-is",
    "linting/its_possessive": G + "contractions.it-is-its",
    "TheirToThere": G + "contractions.their-there",
    "ThereToTheir": G + "contractions.own",
    "linting/then_than": G + "confusables.then-than",
    "linting/more_better": G + "comparatives",
    "linting/adjective_double_degree": G + "comparatives",
    "ToLoseTooLoose": G + "confusables.lose-loose",
    "PrincipleToPrincipalRoleNoun": G + "confusables.principal-principle",
    "linting/capitalize_personal_pronouns": G + "casing.pronoun-i",
    "linting/sentence_capitalization": G + "casing.sentence-start",
    "linting/spell_check": "spelling",
}
UK_DIALECTS = ("British", "Australian", "Canadian", "Indian")


class Tally:
    def __init__(self):
        self.found = self.errors = self.alarms = self.oks = 0

    def row(self, name: str) -> str:
        rec = f"{self.found / self.errors:6.1%}" if self.errors else "     -"
        fa = f"{self.alarms / self.oks:6.1%}" if self.oks else "     -"
        den = self.found + self.alarms
        prec = f"{self.found / den:6.1%}" if den else "     -"
        return (f"{name:<44} {self.found:>5}/{self.errors:<5} {rec}  {self.alarms:>4}/{self.oks:<5} {fa}  {prec}")


HEADER = f"{'':<44} {'found/errors':>11} recall  {'alarms/ok':>10} FA-rate  precision"


def _active(prefixes):
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    return [a for a in Config().select(all_rules())
            if any(a.rule.id == p or a.rule.id.startswith(p + ".") for p in prefixes)]


def _issues(text, active, resources=None):
    return run(Unit(Document(text), resources=resources or {}), active)


def _overlaps(issues, s, e):
    if s is None or e is None:  # an example without a marker: any issue counts
        return bool(issues)
    e = max(e, s + 1)
    return any(i.start < e and i.end > s for i in issues)


def _report(title, tallies, verbose_lines, verbose):
    print(f"\n== {title}")
    print(HEADER)
    fam = defaultdict(Tally)
    for key, t in sorted(tallies.items()):
        f = fam[key.split(".")[0]]
        f.found += t.found
        f.errors += t.errors
        f.alarms += t.alarms
        f.oks += t.oks
    total = Tally()
    for name, t in sorted(fam.items()):
        print(t.row(f"family {name}"))
        total.found += t.found
        total.errors += t.errors
        total.alarms += t.alarms
        total.oks += t.oks
    print(total.row("all covered examples"))
    for key, t in sorted(tallies.items()):
        print(t.row("  " + key))
    if verbose:
        for line in verbose_lines:
            print(line)


def _error_texts(path):
    """Texts that some LanguageTool rule marks as an error, by the tqcheck
    group it maps to: a false example of one LT rule that is a true one of
    another rule in the same group is no false alarm for that group."""
    out = defaultdict(set)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            target = LT_MAP.get(rec["rule_id"])
            if rec["is_error"] and target and rec.get("default") not in ("off", "temp_off"):
                for t in (target,) if isinstance(target, str) else target:
                    out[t].add(rec["text"].strip())
    return out


def _also_error(errors, target, text):
    text = text.strip()
    targets = (target,) if isinstance(target, str) else target
    for t in targets:
        for key, texts in errors.items():
            if (key == t or key.startswith(t + ".") or t.startswith(key + ".")) and text in texts:
                return True
    return "[Found by " in text  # LanguageTool's note that another rule finds the error here


def eval_lt(path, verbose):
    errors = _error_texts(path)
    skipped = 0
    tallies = defaultdict(Tally)
    by_category = defaultdict(lambda: [0, 0, 0])  # errors in category, covered, found
    lines = []
    cache = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("default") in ("off", "temp_off"):
                continue
            target = LT_MAP.get(rec["rule_id"])
            cat = rec["category"]
            if rec["is_error"]:
                by_category[cat][0] += 1
            if target is None:
                continue
            key = target if isinstance(target, str) else " + ".join(target)
            active = cache.setdefault(key, _active(target))
            issues = _issues(rec["text"], active)
            t = tallies[key]
            if rec["is_error"]:
                by_category[cat][1] += 1
                t.errors += 1
                hit = _overlaps(issues, rec["marker_start"], rec["marker_end"])
                t.found += hit
                by_category[cat][2] += hit
                if not hit:
                    lines.append(f"MISSED {rec['rule_id']} -> {key}: {rec['text']!r}")
            elif _also_error(errors, target, rec["text"]):
                skipped += 1
            else:
                t.oks += 1
                if issues:
                    t.alarms += 1
                    lines.append(f"FALSE ALARM {rec['rule_id']} -> {[i.rule for i in issues]}: {rec['text']!r}")
    _report("LanguageTool grammar.xml examples (rules on by default, mapped to tqcheck rules)", tallies,
            lines, verbose)
    print(f"({skipped} is_error:false examples not counted: another mapped LanguageTool rule marks the "
          f"same text as an error)")
    print(f"\n{'LanguageTool category':<28} {'errors':>6} {'covered':>8} {'found':>6}  recall(covered)")
    for cat, (n, cov, hit) in sorted(by_category.items()):
        if cov:
            print(f"{cat:<28} {n:>6} {cov:>8} {hit:>6}  {hit / cov:6.1%}   (covered {cov / n:.0%} of the category)")


def _changed_region(text, corr):
    p = 0
    while p < min(len(text), len(corr)) and text[p] == corr[p]:
        p += 1
    s = 0
    while s < min(len(text), len(corr)) - p and text[-1 - s] == corr[-1 - s]:
        s += 1
    return p, len(text) - s


def eval_harper(path, verbose):
    tallies = defaultdict(Tally)
    lines = []
    cache = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            key = HARPER_MAP.get(rec["rule"])
            if key is None or rec.get("ignored") or rec.get("should_panic"):
                continue
            active = cache.setdefault(key, _active(key))
            resources = {}
            if key == "spelling":
                linter = rec.get("linter") or ""
                resources["dialect"] = "uk" if any(d in linter for d in UK_DIALECTS) else "us"
            issues = _issues(rec["text"], active, resources)
            t = tallies[key]
            if rec["is_error"]:
                t.errors += 1
                if rec.get("correction") is not None:
                    s, e = _changed_region(rec["text"], rec["correction"])
                    hit = _overlaps(issues, max(0, s - 1), e + 1)
                else:
                    hit = bool(issues)
                t.found += hit
                if not hit:
                    lines.append(f"MISSED {rec['rule']}: {rec['text'][:120]!r}")
            else:
                t.oks += 1
                if issues:
                    t.alarms += 1
                    lines.append(f"FALSE ALARM {rec['rule']} -> {[(i.rule, rec['text'][i.start:i.end]) for i in issues]}: "
                                 f"{rec['text'][:120]!r}")
    _report("Harper linter tests (grammar and spelling cases)", tallies, lines, verbose)


def eval_wmt(path, verbose):
    docs = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for system, text in rec["refs"].items():
                if system.startswith(("Human-A", "Human-B")) and text and text.strip():
                    docs[(system.split(".")[0], rec["doc"])].append(text.strip())
    checker = Checker(Config().updated(disable=["*"], enable=["grammar", "spelling"]))
    words = Counter()
    per_rule = Counter()
    per_system = Counter()
    lines = []
    for (system, doc), segments in docs.items():
        text = "\n".join(segments)
        report = checker.check(text)
        words[system] += report.stats["words"]
        for i in report.issues:
            per_rule[i.rule] += 1
            per_system[system] += 1
            lines.append(f"{i.rule:<36} {text[i.start:i.end]!r:<22} {i.suggestions[:1]}  "
                         f"…{text[max(0, i.start - 40):i.end + 30]!r}…")
    total_words = sum(words.values())
    print("\n== newstest2020 human translations (Human-A, Human-B): issues per 1,000 words")
    for system in sorted(words):
        print(f"{system:<10} {words[system]:>8,} words {per_system[system]:>5} issues "
              f"{1000 * per_system[system] / words[system]:6.2f} per 1,000")
    fam = Counter()
    for rule, n in per_rule.items():
        fam[rule.split(".")[0]] += n
    for name, n in sorted(fam.items()):
        print(f"family {name:<20} {n:>5} issues {1000 * n / total_words:6.2f} per 1,000")
    print(f"{'both families':<27} {sum(fam.values()):>5} issues {1000 * sum(fam.values()) / total_words:6.2f} per 1,000 "
          f"(target <= 1.00)")
    for rule, n in per_rule.most_common():
        print(f"  {rule:<40} {n:>5}  {1000 * n / total_words:6.3f} per 1,000")
    if verbose:
        for line in lines:
            print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lt", metavar="PATH", help="lt_en_grammar_examples.jsonl")
    ap.add_argument("--harper", metavar="PATH", help="harper_linter_tests.jsonl")
    ap.add_argument("--wmt", metavar="PATH", help="newstest2020_mqm.zh-en.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms and WMT issues")
    args = ap.parse_args()
    if not (args.lt or args.harper or args.wmt):
        ap.error("give at least one corpus: --lt, --harper or --wmt")
    if args.lt:
        eval_lt(args.lt, args.verbose)
    if args.harper:
        eval_harper(args.harper, args.verbose)
    if args.wmt:
        eval_wmt(args.wmt, args.verbose)


if __name__ == "__main__":
    main()
