from types import SimpleNamespace

from tqcheck.quality import assess
from tqcheck.taxonomy import DEFAULT_WEIGHTS


def issue(sev, cat="fluency/punctuation"):
    return SimpleNamespace(severity=sev, category=cat)


def test_score_per_thousand_words_and_critical_veto():
    q = assess([issue("major"), issue("minor")], 600, DEFAULT_WEIGHTS, 90)
    assert q["penalty"] == 6 and q["score"] == 90.0 and q["pass"] is True
    q = assess([issue("critical", "accuracy/untranslated")], 100_000, DEFAULT_WEIGHTS, 90)
    assert q["score"] > 99 and q["pass"] is False
    assert q["by_category"] == {"accuracy/untranslated": 1}
    assert q["by_severity"] == {"neutral": 0, "minor": 0, "major": 0, "critical": 1}


def test_neutral_costs_nothing_and_score_is_not_clamped():
    q = assess([issue("neutral")] * 5, 10, DEFAULT_WEIGHTS, 90)
    assert q["penalty"] == 0 and q["pass"] is True
    q = assess([issue("major")] * 3, 10, DEFAULT_WEIGHTS, 90)
    assert q["score"] == 100 - 15 * 100
