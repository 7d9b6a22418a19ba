"""Take from the data how reliably professional translators render each
source word: the table ``accuracy.dropped.conjunct`` and
``accuracy.dropped.modifier`` read (``tqcheck/rules/accuracy/data/rendered_words.tsv``).

    python benchmarks/rendered_words.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl \\
        CORPORA/zhen_parallel/generaltest2022.zh-en.jsonl CORPORA/zhen_parallel/newstest2020_mqm.zh-en.jsonl \\
        > tqcheck/rules/accuracy/data/rendered_words.tsv

Every reference of the development part of each corpus (``eval_clean.py
--split dev``: the segments eval_meaning.py tunes on, newstest2020's dev
documents; the held-out and test parts are never read) is aligned with its
source, and each source content word counted: how often it occurs, and how
often the alignment finds nothing that renders it. Words seen at least
``--min-count`` times are written, most frequent first, as
``word<TAB>count<TAB>unrendered``. A single dropped word is judged only
where this says translators render it (see the rules' module): a word they
leave implicit (重要, 相关, 推进) or one the lexicon seldom matches in their
wording is not evidence of an omission.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval_clean import clean_pairs  # noqa: E402

from tqcheck.bilingual import CONTENT, alignment  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit  # noqa: E402


def count(corpora: list[Path]) -> tuple[Counter, Counter]:
    seen: Counter = Counter()
    missed: Counter = Counter()
    for corpus in corpora:
        for sid, source, ref in clean_pairs(corpus, "dev", None):
            al = alignment(Unit(Document(ref, "en"), Document(source, "zh"), segment=str(sid)))
            if al is None:
                continue
            for w in al.source:
                if w.kind == CONTENT:
                    seen[w.text] += 1
                    missed[w.text] += not w.how
    return seen, missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    seen, missed = count(args.corpus)
    print("# source word<TAB>occurrences<TAB>unrendered, in the references of the development parts of "
          + ", ".join(p.name for p in args.corpus) + f" (benchmarks/rendered_words.py, --min-count {args.min_count})")
    for w, n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= args.min_count:
            print(f"{w}\t{n}\t{missed[w]}")


if __name__ == "__main__":
    main()
