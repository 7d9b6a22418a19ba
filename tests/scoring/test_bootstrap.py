"""Confidence intervals are sacrebleu's own (corpus_score with n_bootstrap)."""

from __future__ import annotations

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER

from tqcheck.scoring import bootstrap, metrics, score

PUBLIC = {"bleu": BLEU, "chrf": CHRF, "chrf++": lambda: CHRF(word_order=2), "ter": TER}


@pytest.mark.parametrize("key", metrics.METRICS)
def test_interval_equals_sacrebleu_confidence(key, hyp, ref):
    ours = score(hyp, [ref], metric_keys=[key], confidence=300)[key].interval
    public = PUBLIC[key]()
    expected = public.corpus_score(hyp, [ref], n_bootstrap=300)
    assert ours.mean == float(expected._mean)
    assert ours.radius == float(expected._ci)
    assert ours.low <= ours.mean <= ours.high
    assert (ours.resamples, ours.seed) == (300, "12345")


def test_summing_in_slices_changes_nothing(hyp, ref, monkeypatch):
    c = metrics.compute("chrf++", metrics.build("chrf++"), hyp, [ref])
    whole = bootstrap.interval(c.metric, c.stats, 200)
    monkeypatch.setattr(bootstrap, "_SLICE_FLOATS", 1)  # one resample at a time
    assert bootstrap.interval(c.metric, c.stats, 200) == whole


def test_seed_follows_sacrebleu_environment_variable(hyp, ref, monkeypatch):
    c = metrics.compute("bleu", metrics.build("bleu"), hyp, [ref])
    default = bootstrap.interval(c.metric, c.stats, 200)
    monkeypatch.setenv("SACREBLEU_SEED", "7")
    seven = bootstrap.interval(c.metric, c.stats, 200)
    assert seven.seed == "7" and seven != default
    expected = BLEU().corpus_score(hyp, [ref], n_bootstrap=200)
    assert seven.radius == float(expected._ci)


def test_no_interval_when_confidence_is_zero(hyp, ref):
    s = score(hyp, [ref], confidence=0)
    assert all(m.interval is None for m in s.metrics.values())
    assert s.to_dict()["bleu"]["ci"] is None


def test_no_interval_for_a_single_pair():
    # every resample of one pair is that pair: the "interval" would be a point
    s = score("Kallas will begin her trip in Japan.", ["Kallas will begin her Asian tour in Japan."])
    assert len(s.pairs) == 1
    assert all(m.interval is None for m in s.metrics.values())


@pytest.mark.parametrize("key", metrics.METRICS)
def test_resamples_with_no_match_at_all_are_averaged(key):
    # a quarter of the resamples hold only the pair with no character in common and score exactly 0
    hyp = ["Kallas will begin her Asia trip in Japan.", "QQQ"]
    ref = [["Kallas will begin her Asian tour in Japan."], ["xxx"]]
    ci = score(hyp, [[r[0] for r in ref]], metric_keys=[key], confidence=200)[key].interval
    assert ci.low <= ci.mean <= ci.high
