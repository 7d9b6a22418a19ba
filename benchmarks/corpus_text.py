"""Build varied English test documents from a WMT zh-en JSONL corpus.

Shared by the benchmark scripts: paragraphs of consecutive segments, taken
from the reference first and then from each system in turn, so a document
of a megabyte repeats no paragraph.
"""

from __future__ import annotations

import json


def english_document(corpus: str, size: int = 1_000_000, per_paragraph: int = 4) -> str:
    with open(corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    streams = [[r["refs"][k] for r in rows] for k in sorted(rows[0]["refs"])]
    streams += [[r["hyps"][k] for r in rows] for k in sorted(rows[0]["hyps"])]
    paragraphs, total = [], 0
    for stream in streams:
        for i in range(0, len(stream), per_paragraph):
            para = " ".join(s.strip() for s in stream[i:i + per_paragraph] if s and s.strip())
            if not para:
                continue
            paragraphs.append(para)
            total += len(para) + 2
            if total >= size:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def bilingual_document(corpus: str, size: int = 1_000_000) -> tuple[str, str]:
    """A Chinese source and its English translation of about ``size`` bytes, paragraph for paragraph.

    The reference, then each system's output: one paragraph per segment on
    both sides, so the paragraphs pair up (``meaning_speed.py``'s document).
    """
    with open(corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    systems = ["A"] + sorted(rows[0]["hyps"])
    src, tgt, n = [], [], 0
    for system in systems:
        for row in rows:
            out = row["refs"].get(system) if system == "A" else row["hyps"].get(system)
            if not out or not out.strip() or "\n" in out or "\n" in row["source"]:
                continue
            src.append(row["source"].strip())
            tgt.append(out.strip())
            n += len(out.encode()) + 2
            if n >= size:
                return "\n\n".join(src), "\n\n".join(tgt)
    return "\n\n".join(src), "\n\n".join(tgt)
