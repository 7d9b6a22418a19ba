"""MQM-style quality: a weighted sum of issues per 1,000 words, and a verdict.

penalty = sum of severity weights; score = 100 - penalty * 1000 / words;
pass iff score >= threshold and no critical issue. With the default
weights one major issue in a 500-word text costs 10 points. The score is
not clamped: a short text with many errors goes below zero, as MQM does.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

from .taxonomy import SEVERITIES


def assess(issues: Iterable, words: int, weights: Mapping[str, float], threshold: float) -> dict:
    issues = list(issues)
    by_severity = Counter(i.severity for i in issues)
    by_category = Counter(i.category for i in issues)
    penalty = sum(weights.get(i.severity, 0.0) for i in issues)
    per_words = max(words, 1)
    score = 100.0 - penalty * 1000.0 / per_words
    critical = by_severity.get("critical", 0)
    return {
        "words": words,
        "penalty": round(penalty, 4),
        "score": round(score, 2),
        "threshold": threshold,
        "pass": score >= threshold and critical == 0,
        "weights": {s: float(weights.get(s, 0.0)) for s in SEVERITIES},
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
        "by_category": dict(sorted(by_category.items())),
    }
