"""CPU time of the number and date readers, each alone, best of ``--repeat``:

    python benchmarks/readers_speed.py CORPUS.jsonl [--repeat 5] [--segments 5000]

on the 1 MB bilingual document built from CORPUS (newstest2021.zh-en.jsonl:
its English and its Chinese side, as ``meaning_speed.py`` builds them), and
on the first ``--segments`` English texts of CORPUS (reference and system
outputs, as the batch run reads them) and the first fifth as many sources.
Run it with each tree on PYTHONPATH, alternating, to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--segments", type=int, default=5000)
    args = ap.parse_args()
    from corpus_text import bilingual_document

    from tqcheck.dates import en as dates_en, zh as dates_zh
    from tqcheck.numbers import en as numbers_en, zh as numbers_zh

    source, target = bilingual_document(args.corpus, 1_000_000)
    en_segs: list[str] = []
    zh_segs: list[str] = []
    with open(args.corpus) as f:
        for line in f:
            row = json.loads(line)
            zh_segs.append(row["source"])
            en_segs.extend([*row["refs"].values(), *row["hyps"].values()])
    en_segs, zh_segs = en_segs[:args.segments], zh_segs[:args.segments // 5]

    def claimed(mentions):
        return [s for m in mentions for s in m.claimed]

    en_claimed, zh_claimed = claimed(dates_en.extract(target)), claimed(dates_zh.extract(source))
    jobs = [
        ("dates.en, 1 MB", lambda: dates_en.extract(target)),
        ("numbers.en, 1 MB", lambda: numbers_en.extract(target, en_claimed)),
        ("dates.zh, 1 MB doc's source", lambda: dates_zh.extract(source)),
        ("numbers.zh, 1 MB doc's source", lambda: numbers_zh.extract(source, zh_claimed)),
        (f"dates.en, {len(en_segs)} segments", lambda: [dates_en.extract(s) for s in en_segs]),
        (f"numbers.en, {len(en_segs)} segments", lambda: [numbers_en.extract(s) for s in en_segs]),
        (f"dates.zh, {len(zh_segs)} sources", lambda: [dates_zh.extract(s) for s in zh_segs]),
        (f"numbers.zh, {len(zh_segs)} sources", lambda: [numbers_zh.extract(s) for s in zh_segs]),
    ]
    total = 0.0
    for name, fn in jobs:
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        total += best
        print(f"{name:34s} {best * 1000:7.1f} ms CPU")
    print(f"{'sum':34s} {total * 1000:7.1f} ms CPU")


if __name__ == "__main__":
    main()
