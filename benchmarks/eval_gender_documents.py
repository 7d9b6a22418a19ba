"""Pronoun gender in whole documents: a seeded gender swap in one segment of
a human translation, checked alone and inside its document.

    python benchmarks/eval_gender_documents.py CORPORA/zhen_parallel/newstest2020_mqm.zh-en.jsonl [--seed 14]

newstest2020's MQM file groups its segments by ``doc``. Each document is
checked with each human reference (``Human-A.0``, ``Human-B.0``), the
segments joined by newlines on both sides so that the aligner pairs its
sentences. Then every segment that ``corrupt_meaning.py``'s ``gender``
corruption applies to (he/him/his <-> she/her, every occurrence) is
swapped in its place, one at a time, and ``accuracy.gender.pronoun`` is
asked:

* ``alone``: the segment checked with its own source only (as
  ``eval_meaning.py`` does): a new gender issue;
* ``in document``: the whole document checked with the swapped segment: a
  new gender issue inside that segment. What an earlier sentence of the
  document said of a name (他 or 她 beside it, or the translation's own
  he or she) counts here.

``clean`` is the number of gender issues on the clean documents: the
references are professional translations, so each is a false alarm or a
translator's slip.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corrupt_meaning import MAKERS  # noqa: E402

from tqcheck import Checker  # noqa: E402

RULE = "accuracy.gender.pronoun"
REFS = ("Human-A.0", "Human-B.0")


def documents(path: str) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            docs.setdefault(r["doc"], []).append(r)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="newstest2020_mqm.zh-en.jsonl (segments with a doc id)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--show", type=int, default=0, help="print this many swaps caught only in their document")
    args = ap.parse_args()

    ck = Checker()

    def issues(src: str, tgt: str) -> list[tuple[int, str]]:
        return [(i.start, tgt[i.start:i.end]) for i in ck.check(tgt, source=src).issues if i.rule == RULE]

    rng = random.Random(args.seed)
    ctx: dict = {"names": [], "refs": []}
    n = alone = in_doc = clean = n_docs = 0
    shown = 0
    for doc, rows in documents(args.corpus).items():
        for ref in REFS:
            if not all(ref in r["refs"] for r in rows):
                continue
            n_docs += 1
            srcs = [r["source"] for r in rows]
            tgts = [r["refs"][ref] for r in rows]
            whole_src = "\n".join(srcs)
            base = issues(whole_src, "\n".join(tgts))
            clean += len(base)
            for k, (s, t) in enumerate(zip(srcs, tgts)):
                made = MAKERS["gender"](rng, s, t, ctx)
                if made is None or made[0] == t:
                    continue
                n += 1
                got_alone = bool(Counter(x for _, x in issues(s, made[0])) - Counter(x for _, x in issues(s, t)))
                lo = sum(len(x) + 1 for x in tgts[:k])
                swapped = issues(whole_src, "\n".join(tgts[:k] + [made[0]] + tgts[k + 1:]))
                got_doc = (sum(lo <= at < lo + len(made[0]) for at, _ in swapped)
                           > sum(lo <= at < lo + len(t) for at, _ in base))
                alone += got_alone
                in_doc += got_doc
                if got_doc and not got_alone and shown < args.show:
                    shown += 1
                    print(f"--- {doc} {ref} segment {k + 1}\n  SRC {s}\n  TGT {made[0]}")
    print(f"{n_docs} documents, {n} swapped segments: caught alone {alone} ({alone / max(n, 1):.1%}), "
          f"in the document {in_doc} ({in_doc / max(n, 1):.1%}); gender issues on the clean documents: {clean}")


if __name__ == "__main__":
    main()
