"""Pronoun-gender firings on clean references checked inside their context,
and on machine translations checked as whole documents: the precision side of
``eval_gender_documents.py`` and of eval_meaning.py's in-context line.

    python benchmarks/gender_clean_context.py CORPORA/zhen_parallel [--context 4] [--part dev|heldout] [--show]

* newstest2021 and generaltest2022 (no document ids): each reference of a
  segment of the chosen part (eval_meaning.py's split, seed 14), checked after
  the ``--context`` segments before it (sources and references joined by
  newlines); a firing counts when it lies inside that segment;
* newstest2020_mqm: each MT system's output, document by document (``doc``).

The references are professional translations, so a firing there is a false
alarm or a translator's slip; MT outputs may be wrong, so each firing there
is to be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_meaning import split  # noqa: E402

from tqcheck import Checker  # noqa: E402

RULE = "accuracy.gender"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", type=Path, help="the zhen_parallel folder")
    ap.add_argument("--context", type=int, default=4)
    ap.add_argument("--part", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--show", action="store_true", help="print each firing")
    args = ap.parse_args()
    ck = Checker({"disable": ["*"], "enable": [RULE], "max_issues": 0})

    def fired(src: str, tgt: str, at: int) -> list[str]:
        return [tgt[i.start:i.end] for i in ck.check(tgt, source=src).issues
                if i.rule.startswith(RULE) and i.side != "source" and i.start >= at]

    for corpus in ("newstest2021", "generaltest2022"):
        rows = [json.loads(line) for line in open(args.corpora / f"{corpus}.zh-en.jsonl", encoding="utf-8")]
        dev, held = split(len(rows), 14)
        n = hits = 0
        for name in sorted(rows[0]["refs"]):
            for i in (held if args.part == "heldout" else dev):
                seg = rows[max(0, i - 1 - args.context):i]
                if not all(r["refs"].get(name) for r in seg):
                    continue
                tgt = "\n".join(r["refs"][name] for r in seg)
                got = fired("\n".join(r["source"] for r in seg), tgt, len(tgt) - len(seg[-1]["refs"][name]))
                n += 1
                hits += bool(got)
                if got and args.show:
                    print(f"--- {corpus} {i} {name} {got}\n  SRC {seg[-1]['source']}\n  REF {seg[-1]['refs'][name]}")
        print(f"{corpus}: {n} references of the {args.part} part in context ({args.context} before): "
              f"{hits} with a gender issue")

    docs: dict[str, list[dict]] = {}
    for line in open(args.corpora / "newstest2020_mqm.zh-en.jsonl", encoding="utf-8"):
        r = json.loads(line)
        docs.setdefault(r["doc"], []).append(r)
    systems = sorted(next(iter(docs.values()))[0]["hyps"])
    n = hits = 0
    for system in systems:
        for doc, rows in docs.items():
            if not all(r["hyps"].get(system) for r in rows):
                continue
            tgt = "\n".join(r["hyps"][system] for r in rows)
            got = fired("\n".join(r["source"] for r in rows), tgt, 0)
            n += 1
            hits += len(got)
            if got and args.show:
                print(f"--- {system} {doc} {got}")
    print(f"newstest2020_mqm: {n} MT documents ({len(systems)} systems): {hits} gender issues")


if __name__ == "__main__":
    main()
