from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tqcheck.quality import LENGTH_FLOOR, assess, kind, score
from tqcheck.taxonomy import DEFAULT_WEIGHTS, SEVERITIES


def issue(sev, cat="fluency/punctuation"):
    return SimpleNamespace(severity=sev, category=cat)


#: real penalties are sums of weights: 0, or at least WMT's 0.1 for minor punctuation
penalties = st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=1e6))
word_counts = st.integers(min_value=0, max_value=10**7)


@given(penalties, word_counts)
def test_score_stays_between_0_and_100(penalty, words):
    s = score(penalty, words)
    assert 0 < s <= 100
    assert (s == 100) == (penalty == 0)


@given(penalties, penalties, word_counts)
def test_score_falls_as_the_penalty_grows(p1, p2, words):
    lo, hi = sorted((p1, p2))
    assert score(hi, words) <= score(lo, words)
    if hi - lo >= 0.01:
        assert score(hi, words) < score(lo, words)


@given(penalties, word_counts, word_counts)
def test_score_never_falls_as_clean_words_are_added(penalty, w1, w2):
    lo, hi = sorted((w1, w2))
    assert score(penalty, hi) >= score(penalty, lo)


@given(st.sampled_from(("minor", "major", "critical")), st.integers(min_value=0, max_value=LENGTH_FLOOR))
def test_short_segments_score_by_their_penalty_alone(severity, words):
    # MQM raters penalise a segment per error, whatever its length: one
    # major error in 4 words scores as in 40, not -1150 as 100 - 5000/4 did
    one = assess([issue(severity)], words, DEFAULT_WEIGHTS, 90)
    assert one["score"] == assess([issue(severity)], LENGTH_FLOOR, DEFAULT_WEIGHTS, 90)["score"]
    assert one["score"] == {"minor": 95.24, "major": 80.0, "critical": 44.44}[severity]


@given(st.integers(min_value=1, max_value=5000), st.integers(min_value=0, max_value=40))
def test_one_more_word_moves_a_score_by_little(words, minors):
    a, b = score(minors, words), score(minors, words + 1)
    assert 0 <= b - a <= 100 / max(words, LENGTH_FLOOR)


def test_near_the_top_the_score_reads_like_mqm():
    # score = 100 / (1 + P/100) for P penalty points per 1,000 words: slope -1 at P = 0
    assert score(5, 1000) == pytest.approx(100 / 1.05) and 95 < score(5, 1000) < 95.3
    assert score(10, 1000) == pytest.approx(90.909, abs=1e-3)
    assert score(100, 1000) == pytest.approx(50)


def test_penalty_is_reported_as_mqm_does():
    q = assess([issue("major"), issue("minor")], 600, DEFAULT_WEIGHTS, 90)
    assert q["penalty"] == 6 and q["penalty_per_1000_words"] == 10.0
    assert q["score"] == 90.91
    q = assess([issue("major")] * 3, 4, DEFAULT_WEIGHTS, 90)
    assert q["penalty_per_1000_words"] == 3750.0 and q["score"] == 57.14


def test_one_verdict_from_score_and_fail_on():
    minor_ok = assess([issue("minor")] * 5, 600, DEFAULT_WEIGHTS, 90)
    assert minor_ok["pass"] and minor_ok["failed_by"] == [] and minor_ok["blocking"] == 0
    # a good score does not pass a text with an error at or above fail_on ...
    major = assess([issue("major")], 5000, DEFAULT_WEIGHTS, 90)
    assert major["score"] > 99 and major["pass"] is False and major["failed_by"] == ["severity"]
    assert assess([issue("major")], 5000, DEFAULT_WEIGHTS, 90, "critical")["pass"] is True
    # ... and a bad score fails whatever fail_on says
    many = assess([issue("minor")] * 40, 600, DEFAULT_WEIGHTS, 90, "critical")
    assert many["pass"] is False and many["failed_by"] == ["score"]
    both = assess([issue("major")] * 40, 600, DEFAULT_WEIGHTS, 90)
    assert both["failed_by"] == ["score", "severity"] and both["blocking"] == 40


def test_critical_vetoes_even_with_fail_on_never():
    q = assess([issue("critical", "accuracy/untranslated")], 100_000, DEFAULT_WEIGHTS, 90, "never")
    assert q["score"] > 99 and q["pass"] is False and q["failed_by"] == ["severity"]
    assert q["by_category"] == {"accuracy/untranslated": 1}
    assert q["by_severity"] == {"neutral": 0, "minor": 0, "major": 0, "critical": 1}
    assert assess([issue("major")] * 2, 5000, DEFAULT_WEIGHTS, 90, "never")["pass"] is True


def test_advice_costs_nothing_and_fails_nothing_unless_raised():
    q = assess([issue("neutral")] * 5, 10, DEFAULT_WEIGHTS, 90)
    assert q["penalty"] == 0 and q["score"] == 100 and q["pass"] is True
    assert (q["errors"], q["advice"], q["blocking"]) == (0, 5, 0)
    q = assess([issue("neutral")] * 5 + [issue("minor")], 10, DEFAULT_WEIGHTS, 90)
    assert (q["errors"], q["advice"]) == (1, 5)
    # configuration can raise advice: fail_on = "neutral" fails on any issue
    raised = assess([issue("neutral")], 10, DEFAULT_WEIGHTS, 90, "neutral")
    assert raised["pass"] is False and raised["blocking"] == 1


def test_kind_splits_neutral_from_the_rest():
    assert [kind(s) for s in SEVERITIES] == ["advice", "error", "error", "error"]


def test_the_verdict_is_taken_on_the_score_as_reported():
    # penalty 11.1123 in 1000 words scores 89.9994, reported as 90.0: it passes at 90
    q = assess([issue("minor")], 1000, {**DEFAULT_WEIGHTS, "minor": 11.1123}, 90)
    assert q["score"] == 90.0 and q["pass"] is True


def test_a_negative_penalty_is_refused():
    with pytest.raises(ValueError):
        score(-1, 100)


def test_config_raises_advice_to_a_penalised_error():
    import tqcheck

    text = "But she said it is over. The summit ended on Thursday."
    by_default = tqcheck.check(text).to_dict()
    (advice,) = by_default["issues"]
    assert (advice["rule"], advice["severity"], advice["kind"]) == ("style.conjunction.start", "neutral", "advice")
    assert by_default["quality"]["penalty"] == 0 and by_default["quality"]["advice"] == 1
    for raise_it in ({"style": "minor"}, {"style.conjunction.start": "minor"}, {"category:style": "minor"}):
        raised = tqcheck.check(text, config={"severity": raise_it}).to_dict()
        (error,) = raised["issues"]
        assert (error["severity"], error["kind"]) == ("minor", "error"), raise_it
        assert (raised["quality"]["penalty"], raised["quality"]["errors"], raised["quality"]["advice"]) == (1, 1, 0)
    # or keep it advice and fail on any issue
    assert tqcheck.check(text, config={"fail_on": "neutral"}).quality["pass"] is False
