"""What one check costs before it has any text to read: every rule's and every
analysis's cost at (nearly) 0 bytes, on sourced segments, and what a document
costs only once however long it is.

    python benchmarks/fixed_cost.py                                   # "Hello." (a one-word text)
    python benchmarks/fixed_cost.py --text examples/article.txt --premium
    python benchmarks/fixed_cost.py --segments CORPORA/zhen_parallel/newstest2021.zh-en.jsonl [--limit 200]

CPU microseconds per check, in one process, after warm-up:
- ``check``: ``Checker.check`` as the API calls it; ``wrapper``: the check minus ``run_limited``
  on the same fresh unit (validation, unit, stats, report, release, settle).
- ``dispatch alone``: ``run_limited`` with every rule's check replaced by one that finds nothing.
- ``analyses``: each document property and shared scan as a fresh check first makes it, exclusive
  of what it asks of the others (as in ``check_breakdown.py``).
- ``rules``: each rule's own call on a unit whose analyses are made (its findings consumed, the
  timing loop's own cost taken off); rules whose ``triggers`` keep them from being called are not
  listed. How many are called is printed.
- ``--premium``: the same on the text and on the text twice over (two copies joined by a blank line):
  ``2 x one - two`` is what the document pays once, whatever its length (per distinct word or per
  document), listed by rule and analysis.
- ``--segments``: the system outputs of a WMT zh-en file, each with its source, checked as the batch
  checks them (``reuse_sources``); per segment.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import tqcheck.checker as checker
from tqcheck.api import Checker, release

from analysis_timer import timed_analyses

clock = time.process_time_ns


def segments(corpus: Path, limit: int, skip: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with open(corpus, encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            for _, hyp in sorted(row["hyps"].items()):
                if hyp.strip():
                    out.append((hyp, row["source"]))
    return out[skip:skip + limit]


class Costs:
    """Per-check costs of a list of (target, source) pairs on one Checker."""

    def __init__(self, pairs: list[tuple[str, str | None]], reps: int) -> None:
        self.pairs, self.reps = pairs, reps
        self.c = Checker(reuse_sources=True)
        for t, s in pairs[:20]:
            self.c.check(t, source=s, segment="warm" if s is not None else None)

    def _units(self) -> list[Any]:
        seg = "s" if self.pairs[0][1] is not None else None
        return [self.c._unit(t, s, (), seg) for t, s in self.pairs]

    def per_check(self, fn: Any) -> float:
        t = clock()
        for _ in range(self.reps):
            for pair in self.pairs:
                fn(*pair)
        return (clock() - t) / self.reps / len(self.pairs) / 1e3

    def totals(self) -> dict[str, float]:
        c = self.c
        seg = "s" if self.pairs[0][1] is not None else None
        limit = c.config.max_issues or None
        out = {"check": self.per_check(lambda t, s: c.check(t, source=s, segment=seg))}

        def fresh_rules(t: str, s: str | None) -> None:
            unit = c._unit(t, s, (), seg)
            checker.run_limited(unit, c.runnable(unit), limit, checked=True)
            release(unit, source=False)
            c._keep_source(unit.source, unit.target)  # as the check does: a source kept for its next output

        out["run_limited on a fresh unit"] = self.per_check(fresh_rules)
        out["wrapper (check - run_limited)"] = out["check"] - out["run_limited on a fresh unit"]
        units = self._units()
        plans = [(u, c.runnable(u)) for u in units]
        for u, a in plans:
            checker.run_limited(u, a, limit, checked=True)
        real_plan = checker._plan
        stubbed: dict[int, Any] = {}

        def stub(active: Any) -> Any:
            key = id(active)
            if key not in stubbed:
                stubbed[key] = tuple((a, r, (lambda u, o: ()), o, tr, at) for a, r, _, o, tr, at in real_plan(active))
            return stubbed[key]

        checker._plan = stub  # type: ignore[assignment]
        t = clock()
        for _ in range(self.reps):
            for u, a in plans:
                checker.run_limited(u, a, limit, checked=True)
        out["dispatch alone"] = (clock() - t) / self.reps / len(plans) / 1e3
        checker._plan = real_plan
        return out

    def analyses(self) -> Counter[str]:
        c = self.c
        seg = "s" if self.pairs[0][1] is not None else None
        with timed_analyses() as spent:
            for _ in range(self.reps):
                for t, s in self.pairs:
                    c.check(t, source=s, segment=seg)
        n = self.reps * len(self.pairs)
        return Counter({k: v / n / 1e3 for k, v in spent.items()})

    def rules(self) -> tuple[Counter[str], float]:
        """Each called rule's own time on warm units, and how many are called a unit."""
        c = self.c
        limit = c.config.max_issues or None
        each: Counter[str] = Counter()
        called = 0
        units = self._units()
        for unit in units:
            active = c.runnable(unit)
            checker.run_limited(unit, active, limit, checked=True)
            present, _ = unit.target.indexed_keys()
            for a in active:
                r = a.rule
                if r.triggers is not None and r.triggers.isdisjoint(present) and not unit.target.has_any(r.triggers):
                    continue
                called += 1
                check, options, reps = r.check, a.options, self.reps
                t = clock()
                for _ in range(reps):
                    for _f in check(unit, options):
                        pass
                each[r.id] += clock() - t
        t = clock()
        for _ in range(self.reps * called):
            pass
        loop = (clock() - t) / max(called, 1)
        n = self.reps * len(units)
        return Counter({k: (v - loop * len(units)) / n / 1e3 for k, v in each.items()}), called / len(units)


def show(title: str, costs: Counter[str], top: int) -> None:
    print(f"{sum(costs.values()):9.1f}  {title}, of which:")
    for name, us in costs.most_common(top):
        print(f"{us:9.1f}    {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", default="Hello.", help="a file, or the text itself (default: Hello.)")
    ap.add_argument("--segments", type=Path, help="a WMT zh-en JSONL file: its system outputs with their sources")
    ap.add_argument("--limit", type=int, default=200, help="segments to check (default 200)")
    ap.add_argument("--skip", type=int, default=1000, help="segments skipped first (default 1000)")
    ap.add_argument("--premium", action="store_true", help="also the text twice over: what a document pays once")
    ap.add_argument("--reps", type=int, help="checks of each text per figure (default: 2000 / texts, at least 3)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    if args.segments:
        pairs: list[tuple[str, str | None]] = list(segments(args.segments, args.limit, args.skip))
        what = f"{len(pairs)} system outputs of {args.segments.name} with their sources, per segment"
    else:
        path = Path(args.text)
        text = path.read_text(encoding="utf-8") if path.is_file() else args.text
        pairs = [(text, None)]
        what = f"{len(text):,} characters"
    reps = args.reps or max(3, 2000 // len(pairs) // (1 + len(pairs[0][0]) // 200))
    gc.disable()
    costs = Costs(pairs, reps)
    print(f"{what}; CPU us per check ({reps} checks of each text a figure)")
    for k, v in costs.totals().items():
        print(f"{v:9.1f}  {k}")
    analyses = costs.analyses()
    rules, called = costs.rules()
    show("analyses", analyses, args.top)
    show(f"rules' own work ({called:.0f} rules called a check of {len(costs.c.runnable(costs._units()[0]))})",
         rules, args.top)
    if args.premium and not args.segments:
        twice = Costs([(pairs[0][0] + "\n\n" + pairs[0][0], None)], max(3, reps // 2))
        a2, (r2, _) = twice.analyses(), twice.rules()
        once = Counter({f"analysis {k}": 2 * v - a2.get(k, 0.0) for k, v in analyses.items()})
        once.update({f"rule {k}": 2 * v - r2.get(k, 0.0) for k, v in rules.items()})
        t1, t2 = costs.totals()["check"], twice.totals()["check"]
        print(f"\ncheck of the text once {t1:.1f}, twice over {t2:.1f}: paid once a document {2 * t1 - t2:.1f}")
        show("paid once a document (2 x once - twice), analyses and rules", once, args.top)
    gc.enable()


if __name__ == "__main__":
    main()
