"""benchmarks/eval_clean.py: which references it keeps, on a fixture of its own."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import eval_clean  # noqa: E402


def _corpus(tmp_path: Path) -> Path:
    rows = [{"line": 1, "doc": "d1", "source": "经济正在复苏。", "refs": {"Human-A.0": "The economy is recovering.",
                                                                      "Human-B.0": "The economy recovers."}},
            {"line": 2, "doc": "d2", "source": "他来了。", "refs": {"Human-A.0": "He came.", "Human-B.0": ""}}]
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return p


def test_every_non_empty_reference_is_kept(tmp_path):
    got = eval_clean.clean_pairs(_corpus(tmp_path), "all", None)
    assert [g[0] for g in got] == ["1/Human-A.0", "1/Human-B.0", "2/Human-A.0"]


def test_mqm_keeps_references_no_rater_marked_for_accuracy(tmp_path):
    mqm = tmp_path / "mqm"
    mqm.mkdir()
    recs = [{"system": "Human-A.0", "seg_id": "1", "is_human_translation": True,
             "errors": [{"category": "Fluency/Grammar", "severity": "Minor"}]},
            {"system": "Human-B.0", "seg_id": "1", "is_human_translation": True,
             "errors": [{"category": "Accuracy/Omission", "severity": "Major"}]},
            {"system": "Human-A.0", "seg_id": "2", "is_human_translation": True,
             "errors": [{"category": "Accuracy/Addition", "severity": "Neutral"}]},
            {"system": "MT", "seg_id": "1", "is_human_translation": False, "errors": []}]
    with gzip.open(mqm / "mqm_newstest2020_zhen_segments.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r) + "\n" for r in recs))
    got = eval_clean.clean_pairs(_corpus(tmp_path), "all", mqm)
    assert [g[0] for g in got] == ["1/Human-A.0", "2/Human-A.0"]


def test_split_by_document_matches_eval_mqm():
    assert {eval_clean.split_of(f"doc{i}") for i in range(50)} == {"dev", "test"}
