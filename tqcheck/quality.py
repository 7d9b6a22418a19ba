"""MQM-style quality: the penalty, a bounded score, and one verdict.

**Penalty** (what MQM users know, reported as is): the sum of the issues'
severity weights (``neutral`` 0, ``minor`` 1, ``major`` 5, ``critical`` 25,
configurable), and that sum per 1,000 words.

**Score**, for a segment and for a document alike::

    n     = max(words, LENGTH_FLOOR)                  # LENGTH_FLOOR = 200
    score = 100 * n / (n + PENALTY_WORDS * penalty)   # PENALTY_WORDS = 10

Read it as the share of the text that is clean when every penalty point
counts as ten words of faulty text: a minor issue spoils 10 words' worth, a
major one 50, a critical one 250. Why this form:

* **Range.** The score lies in (0, 100]; it is 100 exactly when the penalty
  is 0 and only approaches 0. The old ``100 - penalty * 1000 / words`` gave
  -1150 for one major issue in a 4-word segment.
* **Monotone.** It strictly falls as the penalty grows (fixed words) and
  never falls as clean words are added (fixed penalty).
* **Close to MQM where it matters.** Written with the penalty per 1,000
  words ``P``, ``score = 100 / (1 + P / 100)``: its slope at ``P = 0`` is
  -1, so near the top it reads like MQM's ``100 - P`` (``P = 5`` gives 95.2,
  ``P = 10`` gives 90.9); it bends instead of going negative further down
  (``P = 100`` gives 50).
* **Stable for short segments.** Below ``LENGTH_FLOOR`` words the score
  depends on the penalty alone, as the MQM raters' per-segment penalty does
  (one major error costs 5 in a 4-word and in a 40-word segment): any text
  of up to 200 words scores 95.2 with one minor issue, 90.9 with two, 80.0
  with one major one, 44.4 with one critical one. From 200 words (a few
  news paragraphs) up it is the density of errors that counts, as in MQM's
  per-1,000-words scoring. A document and a list of segments are scored
  over their total penalty and words.

**Verdict.** A text passes when its score is at least the threshold
(default 90: about 11 penalty points per 1,000 words; a short segment
passes with two minor issues, fails with three or with one major one) *and* no error is at or above
``fail_on`` (default ``major``; ``never`` leaves only the critical veto of
MQM). ``pass`` is that one verdict, and ``failed_by`` says which condition
failed it, so a verdict and an exit status built on it cannot disagree.

**Errors and advice.** Issues of severity ``neutral`` (weight 0) are
*advice* (house-style suggestions); the others are *errors*. Advice costs
nothing and fails nothing unless configuration raises it: a ``[severity]``
entry gives a rule a penalised severity, ``fail_on = "neutral"`` fails on
any issue.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, TypedDict

from .taxonomy import SEVERITIES, SEVERITY_RANK

#: ``Report.quality``: the score and the verdict (``pass`` is a keyword, hence the call form)
Quality = TypedDict("Quality", {
    "words": int,
    "penalty": float,
    "penalty_per_1000_words": float,
    "score": float,
    "threshold": float,
    "fail_on": str,
    "pass": bool,
    "failed_by": list[str],
    "errors": int,
    "advice": int,
    "blocking": int,
    "weights": dict[str, float],
    "by_severity": dict[str, int],
    "by_category": dict[str, int],
})

#: texts shorter than this many words are scored as if they had this many
LENGTH_FLOOR = 200
#: words of faulty text one penalty point stands for
PENALTY_WORDS = 10
#: severities whose issues are advice, not errors
ADVICE = frozenset({"neutral"})


def kind(severity: str) -> str:
    """``"advice"`` for a ``neutral`` issue, ``"error"`` for any other."""
    return "advice" if severity in ADVICE else "error"


def score(penalty: float, words: int) -> float:
    """The 0-100 score of a text of ``words`` words with this penalty."""
    if penalty < 0:
        raise ValueError("a penalty cannot be negative")
    n = max(words, LENGTH_FLOOR)
    return 100.0 * n / (n + PENALTY_WORDS * penalty)


def gate(fail_on: str) -> str:
    """The lowest severity that fails a text by itself (``never``: critical, MQM's veto)."""
    return "critical" if fail_on == "never" else fail_on


def assess(issues: Iterable, words: int, weights: Mapping[str, float], threshold: float,
           fail_on: str = "major") -> Quality:
    """The ``quality`` section of a report; ``issues`` need ``severity`` and ``category``."""
    issues = list(issues)
    # most segments have no issue: two empty Counters cost more than the rest
    by_severity: Mapping[str, int] = Counter(i.severity for i in issues) if issues else {}
    by_category: Mapping[str, int] = Counter(i.category for i in issues) if issues else {}
    penalty = float(sum(weights.get(i.severity, 0.0) for i in issues))
    shown = round(score(penalty, words), 2)  # the verdict is taken on the score as reported
    lowest = SEVERITY_RANK[gate(fail_on)]
    blocking = sum(n for sev, n in by_severity.items() if SEVERITY_RANK[sev] >= lowest)
    failed_by = [reason for reason, failed in (("score", shown < threshold), ("severity", blocking > 0)) if failed]
    advice = sum(n for sev, n in by_severity.items() if sev in ADVICE)
    return {
        "words": words,
        "penalty": round(penalty, 4),
        "penalty_per_1000_words": round(penalty * 1000.0 / max(words, 1), 2),
        "score": shown,
        "threshold": threshold,
        "fail_on": fail_on,
        "pass": not failed_by,
        "failed_by": failed_by,
        "errors": len(issues) - advice,
        "advice": advice,
        "blocking": blocking,
        "weights": {s: float(weights.get(s, 0.0)) for s in SEVERITIES},
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
        "by_category": dict(sorted(by_category.items())),
    }
