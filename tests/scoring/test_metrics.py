"""Every number must be sacrebleu's own: corpus scores, signatures and
sentence scores, against its public API called directly."""

from __future__ import annotations

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER

from tqcheck.errors import InputError
from tqcheck.scoring import metrics, score

from .conftest import lines

PUBLIC = {
    "bleu": lambda tok="13a": BLEU(tokenize=tok),
    "chrf": lambda tok=None: CHRF(),
    "chrf++": lambda tok=None: CHRF(word_order=2),
    "ter": lambda tok=None: TER(),
}


@pytest.mark.parametrize("key", metrics.METRICS)
@pytest.mark.parametrize("nrefs", [1, 2])
def test_corpus_scores_and_signatures_equal_sacrebleu(key, nrefs, hyp, ref, ref2):
    refs = [ref, ref2][:nrefs]
    ours = score(hyp, refs, confidence=0)[key]
    public = PUBLIC[key]()
    expected = public.corpus_score(hyp, refs)
    assert abs(ours.score - expected.score) <= 1e-9
    assert ours.signature == public.get_signature().format()
    assert ours.name == expected.name


def test_sentence_scores_equal_sacrebleu_sentence_level(hyp, ref, ref2):
    s = score(hyp, [ref, ref2], confidence=0)
    bleu, chrf, ter = BLEU(effective_order=True), CHRF(), TER()
    for pair, h, r1, r2 in zip(s.pairs, hyp, ref, ref2):
        assert pair.scores["bleu"] == pytest.approx(bleu.sentence_score(h, [r1, r2]).score, abs=1e-9)
        assert pair.scores["chrf"] == pytest.approx(chrf.sentence_score(h, [r1, r2]).score, abs=1e-9)
        assert pair.scores["ter"] == pytest.approx(ter.sentence_score(h, [r1, r2]).score, abs=1e-9)
    assert "eff:yes" in s.sentence_signatures["bleu"]
    assert s.sentence_signatures["bleu"] == bleu.get_signature().format()


def test_short_sentence_bleu_uses_effective_order():
    # no 4-gram can match a three-word sentence; without effective order it would score near 0
    s = score(["Kallas said so."], [["Kallas said so."]], confidence=0)
    assert s.pairs[0].scores["bleu"] == pytest.approx(100.0)


def test_chinese_target_uses_the_zh_tokenizer():
    h, r = lines("zh.hyp.txt"), lines("zh.ref.txt")
    s = score(h, [r], lang="zh-Hans", confidence=0)
    public = BLEU(tokenize="zh")
    assert abs(s["bleu"].score - public.corpus_score(h, [r]).score) <= 1e-9
    assert s["bleu"].signature == public.get_signature().format()
    assert "tok:zh" in s["bleu"].signature
    # 13a leaves a run of Han characters as one token: the score differs
    assert s["bleu"].score != pytest.approx(BLEU(tokenize="13a").corpus_score(h, [r]).score)
    assert "asian:yes" in s["ter"].signature


def test_tokenizer_can_be_overridden(hyp, ref):
    s = score(hyp, [ref], tokenize="intl", metric_keys=["bleu"], confidence=0)
    assert "tok:intl" in s["bleu"].signature
    assert abs(s["bleu"].score - BLEU(tokenize="intl").corpus_score(hyp, [ref]).score) <= 1e-9


@pytest.mark.parametrize("lang, tok", [("en", "13a"), ("en-GB", "13a"), ("zh", "zh"), ("zh_TW", "zh"), ("de", "13a")])
def test_tokenizer_follows_the_target_language(lang, tok):
    assert metrics.tokenizer_for(lang) == tok


@pytest.mark.parametrize("tok", ["spm", "flores200", "nonsense"])
def test_tokenizers_that_download_or_do_not_exist_are_refused(tok):
    with pytest.raises(InputError, match="tokenizer"):
        metrics.build("bleu", "en", tok)


def test_metric_objects_are_not_shared_between_calls(hyp, ref, ref2):
    # sacrebleu metrics cache references and counts; scoring twice with
    # different references must not leak the first call's state
    one = score(hyp, [ref], confidence=0)
    two = score(hyp, [ref, ref2], confidence=0)
    again = score(hyp, [ref], confidence=0)
    assert one["bleu"].signature.startswith("nrefs:1|") and two["bleu"].signature.startswith("nrefs:2|")
    assert again["bleu"].score == one["bleu"].score and again["ter"].score == one["ter"].score


def test_metric_selection_and_unknown_metrics(hyp, ref):
    s = score(hyp, [ref], metric_keys="ter,bleu", confidence=0)
    assert list(s.metrics) == ["bleu", "ter"]
    assert set(s.pairs[0].scores) == {"bleu", "chrf", "ter"}  # pairs always carry chrF and BLEU
    s = score(hyp, [ref], metric_keys=["chrf++"], confidence=0)
    assert set(s.pairs[0].scores) == {"bleu", "chrf"}
    with pytest.raises(InputError, match="unknown metric 'meteor'"):
        score(hyp, [ref], metric_keys=["meteor"])
    with pytest.raises(InputError, match="unknown metric"):
        score(hyp, [ref], metric_keys="")


def test_bleu_details_are_reported(hyp, ref):
    d = score(hyp, [ref], confidence=0).to_dict()["bleu"]
    expected = BLEU().corpus_score(hyp, [ref])
    assert d["precisions"] == pytest.approx(expected.precisions)
    assert (d["bp"], d["sys_len"], d["ref_len"]) == (pytest.approx(expected.bp), expected.sys_len, expected.ref_len)
