"""Take light verbs and discourse words from the data: source words that
the lexical alignment leaves unrendered in most of their occurrences in
professional references.

    python benchmarks/meaning_light_words.py PARALLEL.jsonl [--min-count 8] [--min-rate 0.7]

Only the development part (``line % 5 != 0``, as in ``meaning_eval.py``)
is read. Prints ``word<TAB>count<TAB>unrendered share`` for the candidates,
most frequent first; the reviewed list is ``tqcheck/bilingual/data/light_words.txt``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.bilingual import CONTENT, SOFT, alignment  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--min-rate", type=float, default=0.7)
    args = ap.parse_args()
    seen: Counter = Counter()
    missed: Counter = Counter()
    for line in open(args.corpus, encoding="utf-8"):
        row = json.loads(line)
        if row["line"] % 5 == 0:
            continue
        ref = row["refs"].get("A") or next(iter(row["refs"].values()))
        al = alignment(Unit(Document(ref, "en"), Document(row["source"], "zh"), segment="x"))
        if al is None:
            continue
        for w in al.source:
            if w.kind in (CONTENT, SOFT):
                seen[w.text] += 1
                missed[w.text] += not w.rendered
    for w, n in seen.most_common():
        if n >= args.min_count and missed[w] / n >= args.min_rate:
            print(f"{w}\t{n}\t{missed[w] / n:.2f}")


if __name__ == "__main__":
    main()
