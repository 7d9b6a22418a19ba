"""Snapshot every issue tqcheck finds on a fixed set of inputs, and compare snapshots.

Usage:
    python benchmarks/issue_snapshot.py CORPORA -o before.jsonl.gz [--segments 1200] [--seed 1]
    python benchmarks/issue_snapshot.py --compare before.jsonl.gz after.jsonl.gz [--show 20]

A speed change must not change what a check finds. Run the first command on
the old tree and on the new one (``PYTHONPATH`` picks the tree) and compare:
the second command prints the issues only one side has and exits 1 when the
snapshots differ.

The inputs, read from ``CORPORA`` (the shared corpora folder):

* ``doc1mb``: the 1 MB document of ``benchmarks/throughput.py`` (newstest2021
  references and system outputs, no source);
* ``doc600k``: 600 kB built the same way from generaltest2022;
* ``seg:N``: ``--segments`` single segments of newstest2020_mqm with their
  sources, drawn with ``--seed`` across references and systems, checked one by
  one as the batch CLI checks JSON Lines;
* ``article`` and ``article+glossary``: the bundled sample article, alone and
  with its glossary (``references/article.glossary.tsv``).

Each issue is kept as (input, rule, side, start, end, severity, message,
suggestions, kind, category): the whole observable outcome, not a count.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path
from typing import Any, Iterator

from corpus_text import english_document

import tqcheck

ROOT = Path(__file__).resolve().parent.parent


def _issue_rows(label: str, report: Any) -> Iterator[dict[str, Any]]:
    for issue in report.to_dict()["issues"]:
        yield {
            "input": label,
            "rule": issue.get("rule"),
            "side": issue.get("side", "target"),
            "start": issue.get("start"),
            "end": issue.get("end"),
            "severity": issue.get("severity"),
            "message": issue.get("message"),
            "suggestions": issue.get("suggestions"),
            "kind": issue.get("kind"),
            "category": issue.get("category"),
        }


def _segments(corpora: Path, n: int, seed: int) -> list[tuple[str, str, str]]:
    path = corpora / "zhen_parallel" / "newstest2020_mqm.zh-en.jsonl"
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    pool = [(i, kind, name) for i, r in enumerate(rows)
            for kind in ("refs", "hyps") for name in sorted(r[kind])]
    rng = random.Random(seed)
    picked = sorted(rng.sample(pool, min(n, len(pool))))
    return [(f"seg:{i}:{name}", rows[i]["source"], rows[i][kind][name]) for i, kind, name in picked]


def snapshot(corpora: Path, out: Path, segments: int, seed: int) -> None:
    inputs: list[tuple[str, dict[str, Any]]] = [
        ("doc1mb", {"text": english_document(str(corpora / "zhen_parallel" / "newstest2021.zh-en.jsonl"),
                                             1_000_000)}),
        ("doc600k", {"text": english_document(str(corpora / "zhen_parallel" / "generaltest2022.zh-en.jsonl"),
                                              600_000)}),
    ]
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    inputs.append(("article", {"text": article}))
    inputs.append(("article+glossary", {"text": article,
                                        "glossary": str(ROOT / "references" / "article.glossary.tsv")}))
    inputs += [(label, {"text": tgt, "source": src}) for label, src, tgt in _segments(corpora, segments, seed)]

    started = time.process_time()
    count = 0
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for label, kwargs in inputs:
            report = tqcheck.check(kwargs.pop("text"), **kwargs)
            for row in _issue_rows(label, report):
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    print(f"{len(inputs):,} inputs, {count:,} issues -> {out} ({time.process_time() - started:.1f} s CPU)")


def _load(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return sorted(fh)


def compare(a: Path, b: Path, show: int) -> int:
    left, right = _load(a), _load(b)
    from collections import Counter
    ca, cb = Counter(left), Counter(right)
    only_a = sorted((ca - cb).elements())
    only_b = sorted((cb - ca).elements())
    print(f"{a}: {len(left):,} issues; {b}: {len(right):,} issues")
    if not only_a and not only_b:
        print("identical")
        return 0
    print(f"only in {a}: {len(only_a):,}; only in {b}: {len(only_b):,}")
    for tag, rows in (("-", only_a), ("+", only_b)):
        for row in rows[:show]:
            print(tag, row.rstrip())
    return 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="?", type=Path, help="the shared corpora folder")
    ap.add_argument("-o", "--out", type=Path, help="snapshot file to write (.jsonl.gz)")
    ap.add_argument("--segments", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare, args.show))
    if not args.corpora or not args.out:
        ap.error("give CORPORA and -o OUT, or --compare A B")
    snapshot(args.corpora, args.out, args.segments, args.seed)


if __name__ == "__main__":
    main()
