"""Where one check of a short text goes: the dispatch, the shared analyses, the rules' own work.

    python benchmarks/check_breakdown.py examples/article.txt [--checks 300] [--top 25]
    python benchmarks/check_breakdown.py "The minister said the talks would resume next week." --checks 2000

All figures are CPU microseconds per check, in one process, after warm-up:
- ``check``: ``Checker.check`` as the API calls it.
- ``rules on a warm unit``: ``run_limited`` again on a unit whose analyses are already made (the rules' own
  work, issues included).
- ``dispatch alone``: the same loop with every rule's check replaced by one that finds nothing.
- ``analyses``: each document property (``cached_property``) and shared scan (``Document.memo``) as it is
  first made in a check, without what it asks of the others (its exclusive time). Timing each costs about
  a microsecond, so the sum is a little high.
- ``--rules``: each rule alone on the warm unit, the ``--top`` dearest.

A text argument that names no file is checked as it is.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import Counter
from pathlib import Path
from typing import Any

import tqcheck.checker as checker
from tqcheck.api import Checker, run_limited

from analysis_timer import timed_analyses


def per_check(fn: Any, n: int) -> float:
    t = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - t) / n * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", help="a file, or the text itself")
    ap.add_argument("--checks", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--rules", action="store_true", help="also each rule alone on a warm unit")
    args = ap.parse_args()
    path = Path(args.text)
    text = path.read_text(encoding="utf-8") if path.is_file() else args.text
    n = args.checks
    c = Checker()
    for _ in range(20):
        c.check(text)
    unit = c._unit(text, None, (), None)
    active = c.runnable(unit)
    limit = c.config.max_issues or None
    run_limited(unit, active, limit, checked=True)
    gc.disable()
    print(f"{len(text):,} characters, {len(active)} rules, CPU us per check")
    print(f"{per_check(lambda: c.check(text), n):9.1f}  check")
    print(f"{per_check(lambda: run_limited(unit, active, limit, checked=True), n):9.1f}  rules on a warm unit")
    plan = checker._plan(active)
    stubbed = tuple((a, r, (lambda u, o: ()), o, tr, at) for a, r, _, o, tr, at in plan)
    real_plan = checker._plan
    checker._plan = lambda _active: stubbed  # type: ignore[assignment]
    print(f"{per_check(lambda: run_limited(unit, active, limit, checked=True), n):9.1f}  dispatch alone")
    checker._plan = real_plan

    clock = time.process_time_ns

    # exclusive time of each analysis as a fresh check makes it
    with timed_analyses() as spent:
        for _ in range(n):
            c.check(text)
    print(f"{sum(spent.values()) / n / 1e3:9.1f}  analyses, of which:")
    for name, ns in spent.most_common(args.top):
        print(f"{ns / n / 1e3:9.1f}    {name}")

    if args.rules:
        each: Counter[str] = Counter()
        singles = [(a,) for a in active]
        for _ in range(n):
            for one in singles:
                t = clock()
                run_limited(unit, one, limit, checked=True)
                each[one[0].rule.id] += clock() - t
        print("each rule alone on the warm unit:")
        for rule, ns in each.most_common(args.top):
            print(f"{ns / n / 1e3:9.1f}    {rule}")
    gc.enable()


if __name__ == "__main__":
    main()
