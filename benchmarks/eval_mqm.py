"""Judge tqcheck's rules and verdict against human MQM annotations.

    python benchmarks/eval_mqm.py CORPUS_DIR [--split dev|test|all|both] [--rules ID,...] [--json]
    python benchmarks/eval_mqm.py CORPUS_DIR --recheck                 # after any code change
    python benchmarks/eval_mqm.py CORPUS_DIR --recheck-rules ID,...    # after changing these rules only
    python benchmarks/eval_mqm.py CORPUS_DIR --write-evidence          # refresh tqcheck/rules/evidence.json
    python benchmarks/eval_mqm.py CORPUS_DIR --with-references         # the reference-aware rules too

CORPUS_DIR is ``corpora/mqm_zhen`` (WMT newstest2020 zh-en: 2,000 source
segments, 10 outputs each, 8 MT systems and the human translations Human-A
and Human-B, each output annotated by 3 of 6 professional MQM raters). The
references for chrF are ``../zhen_parallel/newstest2020_mqm.zh-en.jsonl``
beside it (``--parallel`` to name another file).

**Checking.** Each unique (system, segment) output is checked with its source,
one segment at a time, as ``tqcheck check`` does for a JSON Lines input, with
*every* rule on (default-off ones too). The issues (rule, side, span) and the
target's word count go to a cache (``benchmarks/out/eval_mqm.issues.jsonl.gz``),
so that re-analysis does not re-check. Severities are not cached: each run
reads them from the current rule defaults (or ``--config FILE``), so a
severity change needs no re-check. After a change to a rule's code, re-check
it alone with ``--recheck-rules`` (ids or id prefixes); ``--recheck`` redoes
everything. A warning says when tqcheck's code differs from the code the
cache was made with.

**Split.** Documents (the ``doc`` field) go to dev or test by a seeded hash
(``--split-seed``, ``--dev-share``, default 70/30). Tune on dev; test is the
final figure.

**Per rule and per category** (default-on rules; ``--all-rules`` adds the
default-off ones; ``--rules`` filters the rows, not the overall figures):

* ``issues``: issues on MT output; ``loc``: how many are localised, judged
  on a target span shorter than half the segment (a zero-length span counts
  as one character): the issue's own span, or for a source-side issue (an
  omitted clause, a missing name) the target neighbourhood it carries in
  ``related`` (where the missing words belong);
* ``prec``: share of localised MT issues that overlap a span of any rater
  (trusted spans: ``span_status`` exact/aligned/searched; severity Neutral
  annotations are not errors and are left out);
* ``chance``: the same for the same-length span placed uniformly at random
  in the same segment, computed exactly over every place it can take (each
  issue's own chance probability); ``lift`` = prec / chance; ``z``: the
  paired difference (hit - chance per issue) over its standard error, shown
  for reference only;
* ``sj``, ``slift``: MT issues judged per segment, the others (a source-side
  issue without a target neighbourhood, or a span of half the segment or
  more), one per rule and output: a hit when any rater marked an error of the
  rule's MQM dimension in that output (``matching_keys``: Accuracy, with
  Non-translation, for every accuracy/* rule; any Fluency category for a
  fluency/* rule, since raters file one fault under several; Style/Awkward
  for style), by chance with the share of MT outputs of the same
  length (word-count decile) that have one; ``slift`` = hits / chance;
* ``p``: the exact one-sided test against chance over all the judged issues
  together: the probability that at least as many of them would hit if each
  hit only with its own chance probability (a Poisson-binomial upper tail,
  ``tqcheck.rules.evidence.chance_tail``);
* ``seg``: segment-level lift for every issue, localised or not: the raters'
  mean penalty of the MT outputs the rule fires on, over the mean penalty of
  MT outputs of the same length (word-count decile);
* ``H/1k``, ``MT/1k``: issues per 1,000 words on the human translations and
  on MT output; ``H/MT``: their ratio, to read against the raters' own ratio;
* ``maj``: of the judged MT issues that hit, the share where a rater called
  an overlapping error (per segment: an error of the rule's category) major
  (or non-translation): the evidence for major against minor.

**Verdict-level** (the penalised issues of the default-on rules together:
severity weight > 0): Spearman between the segment penalty and the raters'
mean MQM penalty, overall and partial on length (word count), beside word
count alone; system-level pairwise accuracy of tqcheck's mean segment penalty
against the raters' system ranking (mean MQM penalty), beside chrF. chrF
scores every output against the human translations that are not itself: MT
against Human-A and Human-B (the mean of the two single-reference scores),
Human-A against Human-B and Human-B against Human-A. A tie in a metric
counts as half a pair.

**References** (``--with-references``, implied by ``--write-evidence``): the
rules that need references (``accuracy.reference.*``) find nothing in the
main cache, which is checked without them. With the option they are checked
as chrF scores: an MT output with Human-A and Human-B as references, a human
translation only with the other one, never itself. Their issues are cached
apart (``benchmarks/out/eval_mqm.refs.jsonl.gz``) and join the others in every
figure, the verdict-level ones included.

``--evidence-split`` (default dev) is the split whose per-rule figures
``--write-evidence`` records. The evidence status of a rule there is
``beats-chance`` when ``p`` < ``--alpha`` (0.05), whatever the number of
issues, and the judged issues hit at least ``--min-lift`` (1.1) times as
often as chance: three hits out of three where each had a 0.3 chance
(p = 0.027) are evidence, and two thousand issues that land as often as
random spans are not. The lift floor is there because with tens of
thousands of issues a test alone passes a lift of 1.02 (every target word
the alignment leaves unlinked, as a rule: lift 1.01, p = 0.001 on dev;
``mqm_support.py``); ``too-few`` when even every issue a hit would not reach it (the
product of their chances is at least alpha); ``at-chance`` otherwise; or
``no-issues``. Its evidence is ``error`` when it beats chance and its H/MT
is at most ``bar``: the raters' own human/MT ratio of errors per word in the
rule's MQM category (``--ratio-bar category``, the default; spelling 1.40
and accuracy 0.78 on dev), or ``--max-ratio`` (``--ratio-bar flat``). A rule
should not find human translations worse, relative to MT, than the raters
find them in the same kind of error. About five of a hundred rules that
are no better than chance pass a 0.05 test by luck: the held-out test split
is the check on that (its p-value is recorded beside the dev figures).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck import Checker  # noqa: E402
from tqcheck.checker import run  # noqa: E402
from tqcheck.config import Config, load as load_config  # noqa: E402
from tqcheck.rules import all_rules  # noqa: E402
from tqcheck.rules.evidence import ALPHA, MIN_LIFT, chance_tail, placement_chance  # noqa: E402

SEGMENTS = "mqm_newstest2020_zhen_segments.jsonl.gz"
PARALLEL = Path("..") / "zhen_parallel" / "newstest2020_mqm.zh-en.jsonl"
TRUSTED = {"exact", "aligned", "searched"}
HUMAN = ("Human-A.0", "Human-B.0")
OUT = ROOT / "benchmarks" / "out"
CACHE = OUT / "eval_mqm.issues.jsonl.gz"
REF_CACHE = OUT / "eval_mqm.refs.jsonl.gz"  # the reference-aware rules' issues (--with-references)
CACHE_VERSION = 2  # 2: an issue carries its related target span, where it has one
EVIDENCE = ROOT / "tqcheck" / "rules" / "evidence.json"
#: tqcheck's category (or its dimension) -> the raters' MQM category it is judged against
RATER_CATEGORY = {
    "accuracy": "Accuracy", "locale": "Locale convention", "terminology": "Terminology", "style": "Style/Awkward",
    "other": "Other", "fluency/grammar": "Fluency/Grammar", "fluency/spelling": "Fluency/Spelling",
    "fluency/punctuation": "Fluency/Punctuation", "fluency/inconsistency": "Fluency/Inconsistency",
    "fluency/character-encoding": "Fluency/Character encoding",
}
DOCS = ROOT / "docs" / "evidence.md"


def rater_key(category: str) -> str:
    """A rater's category as counted per output: the dimension for Accuracy,
    Locale convention and Terminology, the full category otherwise."""
    return category.split("/")[0] if category.startswith(("Accuracy", "Locale", "Terminology")) else category


#: the raters' fluency categories: they file one fault under several (a lower-case sentence
#: start as Fluency/Spelling or Fluency/Grammar), so a fluency issue judged per segment matches any
FLUENCY = ("Fluency/Grammar", "Fluency/Spelling", "Fluency/Punctuation", "Fluency/Inconsistency",
           "Fluency/Register", "Fluency/Character encoding")


def matching_keys(category: str) -> tuple[str, ...]:
    """The raters' categories (``rater_key``) a rule of tqcheck's ``category``
    is judged against when its issue is judged per segment: its MQM
    dimension (Accuracy with Non-translation; any Fluency category)."""
    if category.startswith("fluency/"):
        return FLUENCY
    key = RATER_CATEGORY.get(category.split("/")[0]) or RATER_CATEGORY.get(category, "Other")
    return (key, "Non-translation!") if key == "Accuracy" else (key,)


# -- the corpus ---------------------------------------------------------------

class Unit:
    """One (system, segment) output with the raters' judgement of it."""

    __slots__ = ("key", "system", "seg", "doc", "source", "target", "human", "spans", "penalties", "errors", "by_cat",
                 "major_cat", "cover", "omissions", "cover_omissions")

    def __init__(self, rec: dict[str, Any]) -> None:
        self.system = rec["system"]
        self.seg = rec["seg_id"]
        self.key = f"{self.system}|{self.seg}"
        self.doc = rec["doc"]
        self.source = rec["source"]
        self.target = rec["target"]
        self.human = bool(rec["is_human_translation"])
        self.spans: list[tuple[int, int, str, str]] = []  # start, end, severity, category
        self.penalties: list[float] = []
        self.errors: list[int] = []
        self.by_cat: Counter = Counter()
        self.major_cat: set[str] = set()  # categories (as in by_cat) some rater called major
        self.cover: np.ndarray | None = None
        # Accuracy/Omission spans the corpus could only place approximately (span_status approx): where a
        # rater put the missing words, which no target text matches (--omission-spans)
        self.omissions: list[tuple[int, int]] = []
        self.cover_omissions: np.ndarray | None = None

    def add_rater(self, rec: dict[str, Any]) -> None:
        self.penalties.append(float(rec["mqm_penalty"]))
        n = 0
        for e in rec["errors"]:
            if e.get("severity") == "Neutral":
                continue
            n += 1
            cat = rater_key(e["category"])
            self.by_cat[cat] += 1
            if e.get("severity") != "Minor":
                self.major_cat.add(cat)
            if e.get("span_status") in TRUSTED and e.get("span_side", "target") == "target":
                s, t = int(e["span_start"]), int(e["span_end"])
                if t > s:
                    self.spans.append((s, t, e["severity"], e["category"]))
            elif (e["category"] == "Accuracy/Omission" and e.get("span_status") == "approx"
                  and e.get("span_start") is not None):
                s = int(e["span_start"])
                self.omissions.append((s, max(int(e["span_end"]), s + 1)))
        self.errors.append(n)

    @property
    def penalty(self) -> float:
        return sum(self.penalties) / len(self.penalties)

    def prefix(self) -> np.ndarray:
        """Cumulative count of target characters inside some rater span."""
        if self.cover is None:
            mask = np.zeros(len(self.target) + 1, dtype=np.int32)
            for s, t, _, _ in self.spans:
                mask[s + 1:min(t, len(self.target)) + 1] = 1
            self.cover = np.cumsum(mask)
        return self.cover

    def prefix_omissions(self) -> np.ndarray:
        """``prefix`` with the approximate omission spans covered too."""
        if self.cover_omissions is None:
            n = len(self.target)
            mask = np.diff(self.prefix(), prepend=0).astype(np.int32)
            for s, t in self.omissions:
                mask[min(s, n) + 1:min(t, n) + 1] = 1
            self.cover_omissions = np.cumsum(mask)
        return self.cover_omissions


def load_units(corpus: Path) -> list[Unit]:
    units: dict[str, Unit] = {}
    with gzip.open(corpus / SEGMENTS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            key = f"{rec['system']}|{rec['seg_id']}"
            if key not in units:
                units[key] = Unit(rec)
            units[key].add_rater(rec)
    return sorted(units.values(), key=lambda u: (int(u.seg), u.system))


def split_of(doc: str, seed: int, dev_share: float) -> str:
    h = int.from_bytes(hashlib.sha256(f"{seed}:{doc}".encode()).digest()[:8], "big") / 2**64
    return "dev" if h < dev_share else "test"


# -- checking, with a cache ------------------------------------------------------

def code_hash() -> str:
    """A hash of tqcheck's code and data (severities left out), to tell when
    the cache is stale."""
    h = hashlib.sha256()
    pkg = ROOT / "tqcheck"
    for p in sorted(pkg.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".json", ".txt", ".tsv", ".dic", ".aff") and "evidence" not in p.name:
            h.update(str(p.relative_to(pkg)).encode())
            # severities are read afresh on every run: changing one does not stale the cache
            h.update(re.sub(rb'severity="[a-z]+"', b"", p.read_bytes()))
    return h.hexdigest()[:16]


def git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def check_all(units: list[Unit], enable: list[str] | None, progress: bool,
              references: dict[str, list[str]] | None = None) -> dict[str, dict[str, Any]]:
    """Issues of the enabled rules (all rules when None) for every unit,
    checked with ``references[unit.key]`` when given."""
    cfg = {"max_issues": 0}
    cfg.update({"enable": ["*"]} if enable is None else {"disable": ["*"], "enable": enable})
    checker = Checker(cfg)
    out: dict[str, dict[str, Any]] = {}
    t0 = time.time()
    for i, u in enumerate(units):
        if references is None:
            report = checker.check(u.target, source=u.source, segment=u.key)
            words, issues = report.stats["words"], report.issues
        else:
            # the rules alone: Checker.check would also score BLEU, chrF and TER against the references
            unit = checker._unit(u.target, u.source, references.get(u.key, []), u.key)
            words, issues = unit.target.word_count, run(unit, checker.runnable(unit))
        out[u.key] = {"words": words, "issues": [[x.rule, x.side, x.start, x.end, *related_target(x)] for x in issues]}
        if progress and (i + 1) % 1000 == 0:
            rate = (i + 1) / (time.time() - t0)
            print(f"  checked {i + 1:,}/{len(units):,} ({rate:.0f}/s)", file=sys.stderr, flush=True)
    return out


def related_target(issue: Any) -> list[int]:
    """``[start, end]`` of the target span a source-side issue was judged
    against (an omission's neighbourhood, a missing name's place), else []."""
    rel = issue.related
    if issue.side == "source" and rel and rel.get("side") == "target" and rel["end"] >= rel["start"]:
        return [rel["start"], rel["end"]]
    return []


def read_cache(path: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]] | None:
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        meta = json.loads(fh.readline())
        if meta.get("version") != CACHE_VERSION:
            return None
        rows = {}
        for line in fh:
            rec = json.loads(line)
            rows[rec.pop("key")] = rec
    return meta, rows


def write_cache(path: Path, meta: dict[str, Any], rows: dict[str, dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(meta) + "\n")
        for key, rec in rows.items():
            fh.write(json.dumps({"key": key, **rec}) + "\n")
    tmp.replace(path)


def matches(rule_id: str, patterns: Iterable[str]) -> bool:
    return any(rule_id == p or rule_id.startswith(p + ".") for p in patterns)


def issues_for(units: list[Unit], args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    cached = None if args.recheck else read_cache(args.cache)
    now = code_hash()
    if cached is None:
        print(f"checking {len(units):,} outputs with every rule (cache: {args.cache})", file=sys.stderr)
        t0 = time.time()
        rows = check_all(units, None, not args.quiet)
        meta = {"version": CACHE_VERSION, "code": now, "commit": git_commit(), "checked": round(time.time() - t0, 1),
                "rules": sorted(r.id for r in all_rules()), "rechecked": {}}
        write_cache(args.cache, meta, rows)
        return meta, rows
    meta, rows = cached
    if args.recheck_rules:
        pats = [p for p in args.recheck_rules.split(",") if p]
        print(f"re-checking {', '.join(pats)} on {len(units):,} outputs", file=sys.stderr)
        fresh = check_all(units, pats, not args.quiet)
        for key, rec in rows.items():
            rec["issues"] = [x for x in rec["issues"] if not matches(x[0], pats)] + fresh[key]["issues"]
        meta["rechecked"] = {**meta.get("rechecked", {}), **{p: now for p in pats}}
        meta["rules"] = sorted(set(meta["rules"]) | {r.id for r in all_rules() if matches(r.id, pats)})
        write_cache(args.cache, meta, rows)
    elif meta.get("code") != now and not args.quiet:
        print(f"warning: tqcheck's code changed since the cache was made (commit {meta.get('commit')}); "
              "figures are for the old code except for severities, which are read afresh. "
              "Use --recheck or --recheck-rules ID,...", file=sys.stderr)
    missing = sorted({r.id for r in all_rules()} - set(meta["rules"]))
    if missing and not args.quiet:
        print(f"warning: rules not in the cache: {', '.join(missing)} (use --recheck-rules)", file=sys.stderr)
    return meta, rows


# -- statistics ---------------------------------------------------------------------

def rankdata(a: np.ndarray) -> np.ndarray:
    """Ranks with ties averaged (as scipy.stats.rankdata)."""
    a = np.asarray(a, dtype=float)
    order = np.argsort(a, kind="mergesort")
    ranks = np.empty(len(a), dtype=float)
    sa = a[order]
    bounds = np.flatnonzero(np.r_[True, sa[1:] != sa[:-1], True])
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        ranks[order[lo:hi]] = (lo + hi - 1) / 2.0 + 1.0
    return ranks


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    if len(x) < 3 or np.std(x) == 0 or np.std(y) == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def spearman(x, y) -> float:
    return pearson(rankdata(x), rankdata(y))


def partial_spearman(x, y, z) -> float:
    """Spearman between x and y with z (length) partialled out of both."""
    rx, ry, rz = rankdata(x), rankdata(y), rankdata(z)
    rxy, rxz, ryz = pearson(rx, ry), pearson(rx, rz), pearson(ry, rz)
    den = math.sqrt(max((1 - rxz ** 2) * (1 - ryz ** 2), 0.0))
    return (rxy - rxz * ryz) / den if den else float("nan")


def pairwise_accuracy(metric: dict[str, float], gold: dict[str, float], higher_better: bool) -> tuple[float, int]:
    """Share of system pairs a metric orders as the raters do (gold: mean MQM
    penalty, lower is better); a tie in the metric counts as half."""
    systems = sorted(gold)
    agree, n = 0.0, 0
    for i, a in enumerate(systems):
        for b in systems[i + 1:]:
            g = np.sign(gold[b] - gold[a])  # > 0: a is better
            if g == 0:
                continue
            m = np.sign(metric[a] - metric[b]) if higher_better else np.sign(metric[b] - metric[a])
            n += 1
            agree += 0.5 if m == 0 else float(m == g)
    return (agree / n if n else float("nan")), n


def chrf_scores(units: list[Unit], parallel: Path) -> dict[str, float]:
    """Corpus chrF of each system over these units, against the human
    translations that are not itself (mean of single-reference scores)."""
    from sacrebleu.metrics import CHRF

    refs: dict[str, dict[str, str]] = {}
    with open(parallel, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            refs[str(rec["line"])] = rec["refs"]
    by_system: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_system[u.system].append(u)
    out = {}
    for system, us in sorted(by_system.items()):
        scores = []
        for ref in HUMAN:
            if ref == system:
                continue
            hyps = [u.target for u in us]
            rs = [refs[u.seg][ref] for u in us]
            scores.append(CHRF().corpus_score(hyps, [rs]).score)
        out[system] = sum(scores) / len(scores)
    return out


# -- analysis -----------------------------------------------------------------------

def severities(args: argparse.Namespace) -> tuple[dict[str, str], dict[str, float], set[str]]:
    cfg = load_config(Path(args.config)) if args.config else Config()
    if args.severity:
        extra = dict(item.split("=", 1) for item in args.severity.split(",") if item)
        cfg = replace(cfg, severity={**cfg.severity, **extra})
    active = cfg.select(all_rules())
    return {a.rule.id: a.severity for a in active}, dict(cfg.weights), {a.rule.id for a in active}


class Tally:
    """Counts for one row (a rule, a category or a group of rules)."""

    def __init__(self) -> None:
        self.n = {"mt": 0, "human": 0}
        self.loc = {"mt": 0, "human": 0}
        self.hits = {"mt": 0, "human": 0}
        self.chance = {"mt": 0.0, "human": 0.0}
        self.diffs: dict[str, list[float]] = {"mt": [], "human": []}
        self.units: set[str] = set()  # MT outputs it fires on
        self.major_hits = 0  # MT hits where a rater called an overlapping error major (or worse)
        self.hit_cats: Counter = Counter()
        # MT issues judged per segment (no usable target span): one trial per (rule, output)
        self.seg_n = 0
        self.seg_hits = 0
        self.seg_chance = 0.0
        self.seg_major = 0
        # every MT trial of the exact test: its chance probability
        self.trials: list[float] = []

    def add(self, side: str, unit: Unit, localised: bool, hit: bool, chance: float,
            span: tuple[int, int] = (0, 0)) -> None:
        self.n[side] += 1
        if side == "mt":
            self.units.add(unit.key)
            if hit:
                over = [(sev, cat) for s, t, sev, cat in unit.spans if s < span[1] and span[0] < t]
                self.major_hits += any(sev != "Minor" for sev, _ in over)
                self.hit_cats.update({cat for _, cat in over})
        if localised:
            self.loc[side] += 1
            self.hits[side] += hit
            self.chance[side] += chance
            self.diffs[side].append(float(hit) - chance)
            if side == "mt":
                self.trials.append(chance)

    def add_segment(self, hit: bool, chance: float, major: bool) -> None:
        """An MT issue judged per segment: ``hit`` when a rater marked an
        error of its kind anywhere in the output; ``chance``: the share of MT
        outputs of the same length that have one."""
        self.seg_n += 1
        self.seg_hits += hit
        self.seg_chance += chance
        self.seg_major += hit and major
        self.trials.append(chance)

    def figures(self, words: dict[str, int], seg_expect: dict[str, float], units: dict[str, Unit],
                args: argparse.Namespace, bar: float | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for side in ("mt", "human"):
            loc = self.loc[side]
            prec = self.hits[side] / loc if loc else None
            chance = self.chance[side] / loc if loc else None
            lift = prec / chance if loc and chance else None
            d = np.array(self.diffs[side])
            if len(d) > 1 and d.std(ddof=1) > 0:
                z = float(d.mean() / (d.std(ddof=1) / math.sqrt(len(d))))
            else:
                z = None
            out[side] = {"issues": self.n[side], "localised": loc, "precision": rnd(prec), "chance": rnd(chance),
                         "lift": rnd(lift), "z": rnd(z, 2), "per_1k_words": rnd(1000 * self.n[side] / words[side])}
        hum, mt = out["human"]["per_1k_words"], out["mt"]["per_1k_words"]
        out["human_mt_ratio"] = rnd(hum / mt) if mt else None
        if self.units:
            got = sum(units[k].penalty for k in self.units)
            exp = sum(seg_expect[k] for k in self.units)
            out["segment_lift"] = rnd(got / exp) if exp else None
        else:
            out["segment_lift"] = None
        out["segment_outputs"] = len(self.units)
        sn = self.seg_n
        out["segment_judged"] = {"issues": sn, "precision": rnd(self.seg_hits / sn) if sn else None,
                                 "chance": rnd(self.seg_chance / sn) if sn else None,
                                 "lift": rnd(self.seg_hits / self.seg_chance) if sn and self.seg_chance else None}
        hits = self.hits["mt"]
        judged_hits = hits + self.seg_hits
        out["judged"] = len(self.trials)
        out["judged_hits"] = judged_hits
        out["expected_hits"] = rnd(sum(self.trials), 2)
        out["judged_lift"] = rnd(judged_hits / sum(self.trials)) if sum(self.trials) else None
        out["p_value"] = rnd(chance_tail(judged_hits, self.trials), 6) if self.trials else None
        out["best_p"] = float(np.prod(self.trials)) if self.trials else None  # every issue a hit
        majors = self.major_hits + self.seg_major
        out["rater_major_share"] = rnd(majors / judged_hits) if judged_hits else None
        # ties by name, not by which issue came first: the evidence file must not change when only the order of
        # the issues it was counted from does
        out["rater_categories"] = dict(sorted(self.hit_cats.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        out["status"] = status(out, args)
        del out["best_p"]
        ratio = out["human_mt_ratio"]
        out["ratio_bar"] = rnd(args.max_ratio if bar is None else bar, 2)
        out["evidence"] = ("error" if out["status"] == "beats-chance" and ratio is not None
                           and ratio <= out["ratio_bar"] else "advice")
        return out


def status(f: dict[str, Any], args: argparse.Namespace) -> str:
    """The exact test: ``beats-chance`` when the chance of as many hits or
    more (Poisson-binomial over the issues' own chance probabilities) is
    below ``--alpha`` and its hits are at least ``--min-lift`` times the
    expected; ``too-few`` when it could not be even with every issue a hit."""
    if f["mt"]["issues"] == 0:
        return "no-issues"
    if not f["judged"] or f["best_p"] >= args.alpha:
        return "too-few"
    lift = f["judged_lift"]
    return "beats-chance" if f["p_value"] < args.alpha and lift is not None and lift >= args.min_lift else "at-chance"


def rnd(x: float | None, nd: int = 4) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), nd)


def analyse(units: list[Unit], rows: dict[str, dict[str, Any]], sev: dict[str, str], weights: dict[str, float],
            enabled: set[str], chrf: dict[str, float] | None, args: argparse.Namespace) -> dict[str, Any]:
    by_key = {u.key: u for u in units}
    words = {"mt": 0, "human": 0}
    for u in units:
        words["human" if u.human else "mt"] += rows[u.key]["words"]
    rule_cat = {r.id: r.category for r in all_rules()}
    rule_keys = {rid: matching_keys(c) for rid, c in rule_cat.items()}
    show_rule = (lambda rid: rid in enabled or args.all_rules)

    # expected rater penalty of an MT output of this length: the mean over its word-count decile
    mt_units = [u for u in units if not u.human]
    wc = np.array([rows[u.key]["words"] for u in mt_units])
    edges = np.quantile(wc, np.linspace(0, 1, 11)[1:-1]) if len(wc) else np.array([])
    bins = np.searchsorted(edges, wc, side="right")
    pen = np.array([u.penalty for u in mt_units])
    bin_mean = {b: float(pen[bins == b].mean()) for b in set(bins.tolist())}
    seg_expect = {u.key: bin_mean[b] for u, b in zip(mt_units, bins.tolist())}
    decile = dict(zip((u.key for u in mt_units), bins.tolist()))
    base_rate: dict[tuple[str, ...], dict[int, float]] = {}

    def seg_chance(keys: tuple[str, ...], u: Unit) -> float:
        """Segment-level chance: the share of MT outputs of u's length
        (word-count decile) that some rater marked with an error of these
        categories."""
        if keys not in base_rate:
            has = np.array([any(u2.by_cat.get(k) for k in keys) for u2 in mt_units], dtype=float)
            base_rate[keys] = {b: float(has[bins == b].mean()) for b in set(bins.tolist())}
        return base_rate[keys][decile[u.key]]

    rules: dict[str, Tally] = defaultdict(Tally)
    for rule in all_rules():
        if show_rule(rule.id):
            rules[rule.id] = Tally()  # listed even when it never fires
    cats: dict[str, Tally] = defaultdict(Tally)
    groups: dict[str, Tally] = defaultdict(Tally)
    seg_pen = {u.key: 0.0 for u in units}
    for u in units:
        side = "human" if u.human else "mt"
        length = len(u.target)
        pre = u.prefix()
        seg_judged: set[str] = set()
        for rid, where, start, end, *rel in rows[u.key]["issues"]:
            if rid not in rule_cat:
                continue  # a rule since removed
            # the target span it is judged on: its own, or for a source-side issue the target
            # neighbourhood it carries (where an omitted clause or a missing name belongs)
            cover = pre
            if where != "target" and rel:
                start, end = rel
                if args.omission_spans:
                    cover = u.prefix_omissions()
            localised = (where == "target" or bool(rel)) and (end - start) < length / 2
            hit, chance = False, 0.0
            if localised:
                span = max(end - start, 1)
                e = min(start + span, length)
                hit = bool(cover[e] - cover[min(start, length)] > 0)
                chance = placement_chance(cover, span, length)
            sp = (start, max(end, start + 1))
            tallies = []
            if show_rule(rid):
                tallies.append(rules[rid])
            if rid in enabled:
                w = weights.get(sev[rid], 0.0)
                if args.punctuation_minor is not None and sev[rid] == "minor" and rule_cat[rid] == "fluency/punctuation":
                    w = args.punctuation_minor
                tallies += [cats[rule_cat[rid]], groups["penalised" if w > 0 else "advice"], groups["all default-on"]]
                seg_pen[u.key] += w
            for t in tallies:
                t.add(side, u, localised, hit, chance, sp)
            if not localised and side == "mt" and rid not in seg_judged:
                seg_judged.add(rid)  # one trial per output: its issues share one segment judgement
                keys = rule_keys[rid]
                shit = any(u.by_cat.get(k) for k in keys)
                sch = seg_chance(keys, u)
                smaj = any(k in u.major_cat for k in keys)
                for t in tallies:
                    t.add_segment(shit, sch, smaj)

    def fig(t: Tally, category: str | None = None) -> dict[str, Any]:
        return t.figures(words, seg_expect, by_key, args, ratio_bar(category))

    # raters
    rater = {}
    for side, us in (("mt", mt_units), ("human", [u for u in units if u.human])):
        errs = sum(sum(u.errors) / len(u.errors) for u in us)
        pens = sum(u.penalty for u in us)
        rater[side] = {"errors_per_1k_words": rnd(1000 * errs / words[side]),
                       "penalty_per_1k_words": rnd(1000 * pens / words[side]),
                       "mean_segment_penalty": rnd(pens / len(us))}
    cat_rates = {}
    for side, us in (("mt", mt_units), ("human", [u for u in units if u.human])):
        c: Counter = Counter()
        for u in us:
            for k, v in u.by_cat.items():
                c[k] += v / len(u.errors)
        cat_rates[side] = {k: 1000 * v / words[side] for k, v in c.items()}
    rater["human_mt_ratio_by_category"] = {k: rnd(cat_rates["human"].get(k, 0) / v) for k, v in
                                           sorted(cat_rates["mt"].items()) if v}
    rater["human_mt_ratio_errors"] = rnd(rater["human"]["errors_per_1k_words"] / rater["mt"]["errors_per_1k_words"])
    rater["human_mt_ratio_penalty"] = rnd(rater["human"]["penalty_per_1k_words"] / rater["mt"]["penalty_per_1k_words"])

    def ratio_bar(category: str | None) -> float | None:
        """The most issues per word on human translations, over MT, that the
        raters' own errors of the rule's MQM category allow (--ratio-bar
        category); --max-ratio for summary rows and with --ratio-bar flat."""
        if category is None or args.ratio_bar == "flat":
            return None
        return rater["human_mt_ratio_by_category"].get(RATER_CATEGORY.get(category.split("/")[0], "")
                                                       or RATER_CATEGORY.get(category, ""), args.max_ratio)

    # segment level
    def corr(us: list[Unit]) -> dict[str, Any]:
        x = np.array([seg_pen[u.key] for u in us])
        y = np.array([u.penalty for u in us])
        z = np.array([rows[u.key]["words"] for u in us])
        return {"outputs": len(us), "spearman": rnd(spearman(x, y)), "length_spearman": rnd(spearman(z, y)),
                "partial_spearman_on_length": rnd(partial_spearman(x, y, z)),
                "penalised_share": rnd(float((x > 0).mean()))}

    correlation = {"all": corr(units), "mt": corr(mt_units)}

    # system level
    per_sys: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        per_sys[u.system].append(u)
    gold = {s: float(np.mean([u.penalty for u in us])) for s, us in per_sys.items()}
    tq = {s: float(np.mean([seg_pen[u.key] for u in us])) for s, us in per_sys.items()}
    tq_words = {s: 1000 * sum(seg_pen[u.key] for u in us) / sum(rows[u.key]["words"] for u in us)
                for s, us in per_sys.items()}
    systems: dict[str, Any] = {"table": {s: {"raters_mean_penalty": rnd(gold[s]), "tqcheck_mean_penalty": rnd(tq[s]),
                                             "tqcheck_penalty_per_1k_words": rnd(tq_words[s]),
                                             "chrf": rnd(chrf[s], 2) if chrf else None} for s in sorted(gold)}}
    for name, keep in (("all", lambda s: True), ("mt", lambda s: s not in HUMAN)):
        g = {s: v for s, v in gold.items() if keep(s)}
        acc, n = pairwise_accuracy({s: tq[s] for s in g}, g, higher_better=False)
        accw, _ = pairwise_accuracy({s: tq_words[s] for s in g}, g, higher_better=False)
        entry = {"pairs": n, "tqcheck_mean_penalty": rnd(acc), "tqcheck_penalty_per_1k_words": rnd(accw)}
        if chrf:
            entry["chrf"] = rnd(pairwise_accuracy({s: chrf[s] for s in g}, g, higher_better=True)[0])
        systems[name] = entry

    docs = {u.doc for u in units}
    return {
        "size": {"documents": len(docs), "segments": len({u.seg for u in units}), "outputs": len(units),
                 "mt_outputs": len(mt_units), "human_outputs": len(units) - len(mt_units), "words": words},
        "raters": rater,
        "groups": {k: fig(v) for k, v in sorted(groups.items())},
        "categories": {k: fig(v, k) for k, v in sorted(cats.items())},
        "rules": {k: {"severity": sev.get(k, "off"), "enabled": k in enabled, **fig(v, rule_cat[k])}
                  for k, v in sorted(rules.items())},
        "correlation": correlation,
        "systems": systems,
    }


# -- output -------------------------------------------------------------------------

def fmt(x: Any, spec: str = ".3f", none: str = "-") -> str:
    return none if x is None else format(x, spec)


def row_text(name: str, sev: str, f: dict[str, Any]) -> str:
    mt = f["mt"]
    return (f"{name:<40} {sev:<8} {mt['issues']:>6} {mt['localised']:>5} {fmt(mt['precision']):>6} "
            f"{fmt(mt['chance']):>6} {fmt(mt['lift'], '.2f'):>5} {fmt(mt['z'], '.1f'):>5} "
            f"{f['segment_judged']['issues']:>5} {fmt(f['segment_judged']['lift'], '.2f'):>5} {fmt_p(f['p_value']):>7} "
            f"{fmt(f['segment_lift'], '.2f'):>5} {fmt(f['human']['per_1k_words'], '.2f'):>6} "
            f"{fmt(mt['per_1k_words'], '.2f'):>6} {fmt(f['human_mt_ratio'], '.2f'):>5} {fmt(f.get('ratio_bar'), '.2f'):>5} "
            f"{fmt(f['rater_major_share'], '.2f'):>5}  "
            f"{f['status']:<13} {f['evidence']}")


def fmt_p(p: float | None) -> str:
    return "-" if p is None else ("<1e-4" if p < 1e-4 else f"{p:.4f}")


HEADER = (f"{'':<40} {'severity':<8} {'issues':>6} {'loc':>5} {'prec':>6} {'chance':>6} {'lift':>5} {'z':>5} "
          f"{'sj':>5} {'slift':>5} {'p':>7} {'seg':>5} {'H/1k':>6} {'MT/1k':>6} {'H/MT':>5} {'bar':>5} {'maj':>5}  {'status':<13} evidence")


def text_report(name: str, r: dict[str, Any], patterns: list[str] | None) -> str:
    s = r["size"]
    lines = [f"== {name}: {s['documents']} documents, {s['segments']:,} segments, {s['outputs']:,} outputs "
             f"({s['mt_outputs']:,} MT, {s['human_outputs']:,} human); words MT {s['words']['mt']:,}, "
             f"human {s['words']['human']:,}", ""]
    lines.append("issues, loc(alised), prec(ision), chance, lift, z, sj/slift (issues judged per segment, their "
                 "lift), p (exact test), seg(ment lift): on MT output; "
                 "H/1k, MT/1k: issues per 1,000 words; bar: the most H/MT an error may have (the raters' H/MT in "
                 "its MQM category); maj: share of hits a rater called major")
    lines.append(HEADER)
    for rid, f in r["rules"].items():
        if patterns and not matches(rid, patterns):
            continue
        lines.append(row_text(rid, f["severity"] if f["enabled"] else "off", f))
    lines.append("")
    lines.append(HEADER.replace(f"{'':<40}", f"{'category (default-on rules)':<40}"))
    for cat, f in r["categories"].items():
        lines.append(row_text(cat, "", f))
    lines.append("")
    for g, f in r["groups"].items():
        lines.append(row_text(g, "", f))
    ra = r["raters"]
    lines.append("")
    lines.append(f"raters: errors per 1k words human {ra['human']['errors_per_1k_words']:.2f}, "
                 f"MT {ra['mt']['errors_per_1k_words']:.2f} (ratio {ra['human_mt_ratio_errors']:.2f}); "
                 f"penalty per 1k words human {ra['human']['penalty_per_1k_words']:.2f}, "
                 f"MT {ra['mt']['penalty_per_1k_words']:.2f} (ratio {ra['human_mt_ratio_penalty']:.2f})")
    lines.append("raters' human/MT ratio of errors per word by MQM category: " + ", ".join(
        f"{k} {v:.2f}" for k, v in ra["human_mt_ratio_by_category"].items()))
    pen = r["groups"].get("penalised")
    if pen:
        lines.append(f"tqcheck penalised issues per 1k words: human {fmt(pen['human']['per_1k_words'], '.2f')}, "
                     f"MT {fmt(pen['mt']['per_1k_words'], '.2f')} (ratio {fmt(pen['human_mt_ratio'], '.2f')}); "
                     f"localised lift on MT {fmt(pen['mt']['lift'], '.2f')} "
                     f"({pen['mt']['localised']:,} localised, precision {fmt(pen['mt']['precision'])} "
                     f"vs chance {fmt(pen['mt']['chance'])})")
    for which, c in r["correlation"].items():
        lines.append(f"segment penalty vs raters' penalty ({which}, {c['outputs']:,} outputs, "
                     f"{fmt(c['penalised_share'], '.1%')} penalised): Spearman {fmt(c['spearman'])}, "
                     f"partial on length {fmt(c['partial_spearman_on_length'])}; "
                     f"word count alone {fmt(c['length_spearman'])}")
    sy = r["systems"]
    for which in ("all", "mt"):
        e = sy[which]
        lines.append(f"system pairwise accuracy ({which}, {e['pairs']} pairs): tqcheck mean penalty "
                     f"{fmt(e['tqcheck_mean_penalty'])}, per 1k words {fmt(e['tqcheck_penalty_per_1k_words'])}, "
                     f"chrF {fmt(e.get('chrf'))}")
    lines.append(f"  {'system':<26} {'raters':>7} {'tqcheck':>8} {'tq/1kw':>7} {'chrF':>6}")
    for system, e in sorted(sy["table"].items(), key=lambda kv: kv[1]["raters_mean_penalty"]):
        lines.append(f"  {system:<26} {e['raters_mean_penalty']:>7.3f} {e['tqcheck_mean_penalty']:>8.3f} "
                     f"{e['tqcheck_penalty_per_1k_words']:>7.2f} {fmt(e['chrf'], '.2f'):>6}")
    return "\n".join(lines)


def write_evidence(result: dict[str, Any], split: str, args: argparse.Namespace, command: str) -> None:
    from tqcheck.rules.evidence import markdown

    figures = result["splits"][split]
    other = "test" if split == "dev" else "dev"
    rules = {}
    defaults = {r.id: r for r in all_rules()}
    for rid, f in figures["rules"].items():
        entry = {"severity": defaults[rid].severity, "enabled": f["enabled"], "issues": f["mt"]["issues"], "localised": f["mt"]["localised"],
                 "precision": f["mt"]["precision"], "chance": f["mt"]["chance"], "lift": f["mt"]["lift"],
                 "z": f["mt"]["z"], "segment_lift": f["segment_lift"], "segment_judged": f["segment_judged"],
                 "judged": f["judged"], "judged_hits": f["judged_hits"], "expected_hits": f["expected_hits"],
                 "p_value": f["p_value"], "judged_lift": f["judged_lift"],
                 "human_per_1k_words": f["human"]["per_1k_words"], "mt_per_1k_words": f["mt"]["per_1k_words"],
                 "human_mt_ratio": f["human_mt_ratio"], "ratio_bar": f.get("ratio_bar"),
                 "rater_major_share": f["rater_major_share"],
                 "rater_categories": f["rater_categories"], "status": f["status"], "evidence": f["evidence"]}
        o = result["splits"].get(other, {}).get("rules", {}).get(rid)
        if o:
            entry[other] = {"issues": o["mt"]["issues"], "localised": o["mt"]["localised"], "lift": o["mt"]["lift"],
                            "p_value": o["p_value"], "human_mt_ratio": o["human_mt_ratio"], "status": o["status"]}
        rules[rid] = entry
    old = json.loads(EVIDENCE.read_text(encoding="utf-8")) if EVIDENCE.exists() else {}
    for rid, e in old.get("rules", {}).items():  # hand-written: kept across rewrites
        for key in ("former_severity", "note"):
            if e.get(key) and rid in rules:
                rules[rid][key] = e[key]
    data = {
        "corpus": "WMT newstest2020 zh-en MQM (corpora/mqm_zhen): 8 MT systems, Human-A and Human-B",
        "split": split,
        "split_rule": f"documents by seeded hash (seed {args.split_seed}, {args.dev_share:.0%} dev)",
        "figures_on": "MT output; human_per_1k_words on Human-A/B",
        "command": command,
        "thresholds": {"test": "exact one-sided, Poisson-binomial over each issue's chance", "alpha": args.alpha,
                       "min_lift": args.min_lift,
                       "max_ratio": args.max_ratio, "ratio_bar": args.ratio_bar},
        "commit": result["cache"].get("commit"),
        "rules": dict(sorted(rules.items())),
    }
    EVIDENCE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    DOCS.write_text(markdown(data), encoding="utf-8")
    print(f"wrote {EVIDENCE.relative_to(ROOT)} and {DOCS.relative_to(ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the mqm_zhen folder")
    ap.add_argument("--parallel", type=Path, help="newstest2020_mqm.zh-en.jsonl (default: beside the corpus)")
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--recheck", action="store_true", help="check everything again")
    ap.add_argument("--recheck-rules", metavar="ID,...", help="check these rules (ids or prefixes) again")
    ap.add_argument("--rules", metavar="ID,...", help="show only these rules (ids or prefixes)")
    ap.add_argument("--all-rules", action="store_true", help="show the default-off rules too")
    ap.add_argument("--config", help="a tqcheck.toml whose severities and switches to judge (default: built-in)")
    ap.add_argument("--severity", metavar="ID=SEV,...",
                    help="what if these rules (ids or prefixes) had these severities, e.g. style=neutral")
    ap.add_argument("--split", choices=("dev", "test", "both", "all"), default="both")
    ap.add_argument("--split-seed", type=int, default=1)
    ap.add_argument("--dev-share", type=float, default=0.7)
    ap.add_argument("--alpha", type=float, default=ALPHA,
                    help="a rule beats chance when the exact one-sided p-value of its hits is below this")
    ap.add_argument("--min-lift", type=float, default=MIN_LIFT,
                    help="... and its hits are at least this many times what chance gives (default 1.1)")
    ap.add_argument("--max-ratio", type=float, default=1.0,
                    help="most issues per word on human translations, over MT, for an error (default 1)")
    ap.add_argument("--ratio-bar", choices=("category", "flat"), default="category",
                    help="an error's H/MT must be at most the raters' H/MT in the rule's MQM category (default), "
                    "or at most --max-ratio (flat)")
    ap.add_argument("--punctuation-minor", type=float, metavar="W",
                    help="what if a minor punctuation issue weighed W in the segment penalty (MQM's raters: 0.1)")
    ap.add_argument("--no-chrf", action="store_true", help="skip chrF (the slowest part)")
    ap.add_argument("--omission-spans", action="store_true",
                    help="judge source-side issues (an omission's or a missing name's target neighbourhood) also "
                    "against the raters' Accuracy/Omission spans that the corpus places only approximately "
                    "(span_status approx: where the missing words belong), for the hit and for chance alike")
    ap.add_argument("--with-references", action="store_true",
                    help="run the reference-aware rules too: MT output with Human-A and Human-B as references, "
                         "a human translation with the other one (implied by --write-evidence)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--write-evidence", action="store_true",
                    help="write tqcheck/rules/evidence.json and docs/evidence.md from --evidence-split")
    ap.add_argument("--evidence-split", choices=("dev", "test"), default="dev")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    units = load_units(args.corpus)
    meta, rows = issues_for(units, args)
    if args.write_evidence:
        args.with_references = True  # the evidence covers the reference-aware rules too
    if args.with_references:
        with_references(units, rows, args)
    sev, weights, enabled = severities(args)
    names = {"both": ("dev", "test"), "dev": ("dev",), "test": ("test",), "all": ("all",)}[args.split]
    if args.write_evidence:
        args.all_rules = True  # the evidence file lists every rule
    if args.write_evidence and args.evidence_split not in names:
        names = names + (args.evidence_split,)
    parallel = args.parallel or (args.corpus / PARALLEL)
    result: dict[str, Any] = {"corpus": str(args.corpus), "cache": {k: meta.get(k) for k in ("commit", "code", "rechecked")},
                              "split": {"seed": args.split_seed, "dev_share": args.dev_share},
                              "chance": "exact (every placement)", "splits": {}}
    for name in names:
        us = units if name == "all" else [u for u in units if split_of(u.doc, args.split_seed, args.dev_share) == name]
        chrf = None if args.no_chrf else chrf_cached(us, parallel, name, args)
        result["splits"][name] = analyse(us, rows, sev, weights, enabled, chrf, args)
    patterns = [p for p in args.rules.split(",") if p] if args.rules else None
    if args.json:
        if patterns:
            for r in result["splits"].values():
                r["rules"] = {k: v for k, v in r["rules"].items() if matches(k, patterns)}
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print("\n\n".join(text_report(n, result["splits"][n], patterns) for n in names if n in result["splits"]))
    if args.write_evidence:
        cmd = "python benchmarks/eval_mqm.py CORPORA/mqm_zhen --write-evidence"
        write_evidence(result, args.evidence_split, args, cmd)
    return 0


def reference_texts(units: list[Unit], parallel: Path) -> dict[str, list[str]]:
    """Each output's references, as chrF has them: every human translation
    of its segment but itself."""
    refs: dict[str, dict[str, str]] = {}
    with open(parallel, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            refs[str(rec["line"])] = rec["refs"]
    return {u.key: [refs[u.seg][h] for h in HUMAN if h != u.system] for u in units}


def with_references(units: list[Unit], rows: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    """Add the issues of the rules that need references (which find nothing
    in the main cache, checked without them), checked with each output's
    references and cached apart (``REF_CACHE``): they are few and quick."""
    ids = sorted(r.id for r in all_rules() if "references" in r.requires)
    now = code_hash()
    cached = None if args.recheck else read_cache(REF_CACHE)
    if cached is None or cached[0].get("code") != now or cached[0].get("rules") != ids:
        print(f"checking {len(units):,} outputs with references: {', '.join(ids)}", file=sys.stderr)
        fresh = check_all(units, ids, not args.quiet, reference_texts(units, args.parallel or args.corpus / PARALLEL))
        meta = {"version": CACHE_VERSION, "code": now, "commit": git_commit(), "rules": ids}
        write_cache(REF_CACHE, meta, {k: {"issues": v["issues"]} for k, v in fresh.items()})
        ref_rows = {k: {"issues": v["issues"]} for k, v in fresh.items()}
    else:
        ref_rows = cached[1]
    for key, rec in rows.items():
        rec["issues"] = [x for x in rec["issues"] if x[0] not in ids] + ref_rows.get(key, {}).get("issues", [])


def chrf_cached(units: list[Unit], parallel: Path, name: str, args: argparse.Namespace) -> dict[str, float]:
    """chrF does not depend on tqcheck: computed once per split and kept."""
    path = OUT / f"eval_mqm.chrf.{name}.{args.split_seed}.{args.dev_share}.json"
    if path.exists():
        return json.loads(path.read_text())
    scores = chrf_scores(units, parallel)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scores))
    return scores


if __name__ == "__main__":
    raise SystemExit(main())
