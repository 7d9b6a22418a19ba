"""Count the alignment's gaps on clean references: which source content
words the lexical alignment leaves unlinked, and how often.

    python benchmarks/alignment_gaps.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl \\
        [--part dev|heldout|all] [--top 40] [--json OUT]

A professional reference renders nearly every source content word, so an
unlinked content word (kind CONTENT or NAME) is mostly a gap of the
alignment, not of the translator. Printed: the share of source content
words left unlinked, then the most frequent unlinked words with their tag,
their CC-CEDICT gloss lemmas (first eight) and the content words of one
reference clause they sat in (the words a link could have gone to). Parts
are split as in ``eval_meaning.py`` (``clean_refs.rows_of``): count the gap
on ``dev``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clean_refs import rows_of  # noqa: E402

from tqcheck.bilingual import CONTENT, NAME, alignment  # noqa: E402
from tqcheck.bilingual.lexicon import load  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--part", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--split-seed", type=int, default=14)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--json")
    args = ap.parse_args()
    lex = load()
    seen: Counter = Counter()
    missed: Counter = Counter()
    hows: Counter = Counter()
    example: dict[tuple[str, str], str] = {}
    for _i, row in rows_of(args.corpus, args.part, args.split_seed):
        ref = row["refs"].get("A") or next(iter(row["refs"].values()))
        al = alignment(Unit(Document(ref, "en"), Document(row["source"], "zh"), segment="x"))
        if al is None:
            continue
        for w in al.source:
            if w.kind not in (CONTENT, NAME):
                continue
            seen[w.kind] += 1
            hows[w.how or "-"] += 1
            if not w.rendered:
                missed[(w.text, w.pos)] += 1
                if (w.text, w.pos) not in example:
                    t0, t1 = al.pair_target(w.pair)
                    free = [t.text for t in al.target[slice(*al.target_ranges[w.pair])] if t.content and not t.links]
                    example[(w.text, w.pos)] = " ".join(free[:14])
    total = sum(seen.values())
    gaps = sum(missed.values())
    print(f"source content words: {total}  unlinked: {gaps} = {100 * gaps / max(total, 1):.1f}%")
    print("linked by: " + ", ".join(f"{k} {v}" for k, v in hows.most_common()))
    print(f"\n{'count':>5}  word/tag  gloss | unlinked content words of the reference's sentence")
    for (text, pos), n in missed.most_common(args.top):
        print(f"{n:5d}  {text}/{pos}  {' '.join(lex.gloss(text)[:8]) or '(no gloss)'} | {example[(text, pos)]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"content": total, "unlinked": gaps,
                                               "top": [[t, p, n] for (t, p), n in missed.most_common(args.top)]},
                                              ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
