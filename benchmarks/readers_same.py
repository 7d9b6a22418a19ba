"""Write what the number, date and anchor readers find on every text of the
corpora, one line a text, to compare two trees' readers:

    PYTHONPATH=TREE_A python benchmarks/readers_same.py CORPORA a.txt
    PYTHONPATH=TREE_B python benchmarks/readers_same.py CORPORA b.txt
    cmp a.txt b.txt

Every string of every JSON Lines file under CORPORA (sources, references,
system outputs, test sentences: about 156,000 texts) and the 1 MB bilingual
documents of newstest2021 and generaltest2022, each read by both languages'
readers (dates, then numbers with the dates' claimed spans skipped, then
anchors), plus a few look-alikes the fast paths must get right.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

_LOOK_ALIKES = [
    "on the 5th", "ſince the 5th and 6th", "at 1400 hours", "AT 1400 HOURS", "Midnight", "MIDNIGHT noon mıdnight",
    "the\n\n21st of July", "July\n\n21", "on\u00a0the 21st", "as of  the   3rd, 4th", "between 2300 hours",
    "١٢ July", "on the ٣rd", "5 to 6th", "2020-07-21 10:30 a.m.", "the 21st", "The 21st of July",
]


def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _strings(v)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora")
    ap.add_argument("out")
    args = ap.parse_args()
    from corpus_text import bilingual_document

    from tqcheck import anchors
    from tqcheck.dates import en as dates_en, zh as dates_zh
    from tqcheck.numbers import en as numbers_en, zh as numbers_zh
    from tqcheck.text import Document

    texts = set(_LOOK_ALIKES)
    for f in glob.glob(os.path.join(args.corpora, "**", "*.jsonl*"), recursive=True):
        with (gzip.open if f.endswith(".gz") else open)(f, "rt") as fh:
            for line in fh:
                texts.update(_strings(json.loads(line)))
    for name in ("newstest2021", "generaltest2022"):
        texts.update(bilingual_document(os.path.join(args.corpora, "zhen_parallel", f"{name}.zh-en.jsonl"), 1_000_000))
    with open(args.out, "w") as out:
        for t in sorted(texts):
            en_dates, zh_dates = dates_en.extract(t), dates_zh.extract(t)
            en_numbers = numbers_en.extract(t, [s for m in en_dates for s in m.claimed])
            zh_numbers = numbers_zh.extract(t, [s for m in zh_dates for s in m.claimed])
            out.write(repr((en_dates, en_numbers, zh_dates, zh_numbers, anchors._find(Document(t, "zh")))) + "\n")
    print(f"{len(texts):,} texts -> {args.out}")


if __name__ == "__main__":
    main()
