"""How often the meaning rules (the ``accuracy`` family) fire on clean human
translations, per rule, penalised by default and with ``--raise-accuracy``.

    python benchmarks/eval_clean.py CORPORA/zhen_parallel/newstest2020_mqm.zh-en.jsonl \\
        [--mqm CORPORA/mqm_zhen] [--split dev|test|all] [--show RULE] [--firings-out FILE]

Every reference of the corpus (``refs``: newstest2020_mqm has two human
translations, Human-A and Human-B) is checked with its source, one segment at
a time, with the ``accuracy`` rules only. The references are professional
translations, so each firing is a false alarm or a slip of the translator.

``--mqm DIR`` keeps only the references on which none of the three MQM
raters marked an accuracy error (``Accuracy/*`` or ``Non-translation``, any
severity but Neutral): those are clean by the raters' word, and every firing
there is a false alarm unless the raters missed something.

``--split`` takes the documents of one side of eval_mqm.py's split (a seeded
hash of the document id, seed 1, 70% dev): tune on ``dev``, measure ``test``
once. A corpus without document ids (newstest2021, generaltest2022) is split
as eval_meaning.py splits it (``--part``, split seed 14), so ``dev`` here is
the segments that eval_meaning.py tunes on and ``test`` its held-out part.

Two columns per rule: ``default`` counts the references with a penalised
issue (severity above neutral) of that rule with the shipped severities;
``raised`` counts those with any issue of it, which is what is penalised with
``--raise-accuracy`` (``[severity] "accuracy" = "major"``). The last line is
the share of references on which any accuracy rule fires.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_meaning import split as eval_meaning_split  # noqa: E402

from tqcheck import Checker  # noqa: E402

FAMILY = "accuracy."


def split_of(doc: str, seed: int = 1, dev_share: float = 0.7) -> str:
    """The same split as benchmarks/eval_mqm.py, so that tuning here stays on its dev documents."""
    h = int.from_bytes(hashlib.sha256(f"{seed}:{doc}".encode()).digest()[:8], "big") / 2**64
    return "dev" if h < dev_share else "test"


def mqm_accuracy_marked(path: Path) -> dict[tuple[str, int], bool]:
    """(system, line) of each human translation → whether any rater marked an accuracy error on it."""
    marked: dict[tuple[str, int], bool] = {}
    with gzip.open(path / "mqm_newstest2020_zhen_segments.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r["is_human_translation"]:
                continue
            key = (r["system"], int(r["seg_id"]))
            bad = any(e["category"].startswith(("Accuracy", "Non-translation"))
                      for e in r["errors"] if e["severity"] != "Neutral")
            marked[key] = marked.get(key, False) or bad
    return marked


def clean_pairs(corpus: Path, split: str, mqm: Path | None) -> list[tuple[str, str, str]]:
    """(id, source, reference) of the clean references asked for."""
    marked = mqm_accuracy_marked(mqm) if mqm else None
    with open(corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    dev, _ = eval_meaning_split(len(rows), 14)
    dev_lines = set(dev)
    out = []
    for n, row in enumerate(rows, 1):
        if split != "all":
            side = split_of(row["doc"]) if row.get("doc") else ("dev" if n in dev_lines else "test")
            if side != split:
                continue
        for name, ref in sorted(row.get("refs", {}).items()):
            if not ref or not ref.strip() or not row["source"].strip():
                continue
            if marked is not None and marked.get((name, n), True):
                continue
            out.append((f"{n}/{name}", row["source"], ref))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--mqm", type=Path, help="keep only references with no MQM accuracy mark (mqm_zhen folder)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--show", help="print firings of rules with this prefix")
    ap.add_argument("--firings-out", type=Path, help="write every firing here as JSON lines, for hand-checking")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)

    pairs = clean_pairs(args.corpus, args.split, args.mqm)
    ck = Checker({"disable": ["*"], "enable": ["accuracy"], "max_issues": 0})
    default, raised = Counter(), Counter()
    any_default = any_raised = 0
    firings = []
    t0 = time.process_time()
    for sid, src, ref in pairs:
        rep = ck.check(ref, source=src, segment=sid)
        issues = [i for i in rep.issues if i.rule.startswith(FAMILY)]
        pen = {i.rule for i in issues if i.severity != "neutral"}
        allr = {i.rule for i in issues}
        default.update(pen)
        raised.update(allr)
        any_default += bool(pen)
        any_raised += bool(allr)
        for i in issues:
            text = src if i.side == "source" else ref
            f = {"id": sid, "rule": i.rule, "severity": i.severity, "side": i.side, "span": text[i.start:i.end],
                 "source": src, "target": ref}
            firings.append(f)
            if args.show and i.rule.startswith(args.show):
                print(f"--- {sid} {i.rule} ({i.severity}) [{i.side}] {f['span']!r}\n  SRC {src}\n  REF {ref}")
    dt = time.process_time() - t0
    n = max(len(pairs), 1)
    print(f"{len(pairs)} clean references of {args.corpus.name} (split {args.split}"
          f"{', no MQM accuracy mark' if args.mqm else ''}); accuracy rules only; {dt:.0f} CPU s")
    print(f"{'rule':<34} {'default':>8} {'':>7} {'raised':>7} {'':>7}")
    for r in sorted(raised, key=lambda r: (-raised[r], r)):
        print(f"{r:<34} {default[r]:>8} {default[r] / n:>7.2%} {raised[r]:>7} {raised[r] / n:>7.2%}")
    print(f"{'any accuracy rule':<34} {any_default:>8} {any_default / n:>7.2%} {any_raised:>7} {any_raised / n:>7.2%}")
    if args.firings_out:
        with open(args.firings_out, "w", encoding="utf-8") as fh:
            for f in firings:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    if args.json:
        args.json.write_text(json.dumps({"references": len(pairs), "default": dict(default), "raised": dict(raised),
                                         "any_default": any_default, "any_raised": any_raised}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
