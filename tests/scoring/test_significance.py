"""Paired tests are sacrebleu's PairedTest, fed the statistics scoring kept."""

from __future__ import annotations

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.significance import PairedTest

from tqcheck.errors import InputError
from tqcheck.scoring import compare
from tqcheck.scoring.significance import paired


@pytest.mark.parametrize("test, n", [("bs", 200), ("ar", 400)])
def test_p_values_equal_sacrebleu_paired_test(test, n, hyp, hyp2, ref):
    ours = compare({"a": hyp, "b": hyp2, "c": hyp[:10] + hyp2[10:]}, [ref], confidence=0,
                   tests=[test], samples={test: n})
    public = {"BLEU": BLEU(), "chrF2": CHRF(), "chrF2++": CHRF(word_order=2), "TER": TER()}
    sigs, table = PairedTest([("a", hyp), ("b", hyp2), ("c", hyp[:10] + hyp2[10:])], public, [ref],
                             test_type=test, n_samples=n)()
    block = ours.significance[test]
    assert block["samples"] == n and block["seed"] == "12345"
    for key, name in (("bleu", "BLEU"), ("chrf", "chrF2"), ("chrf++", "chrF2++"), ("ter", "TER")):
        rows = block["results"][key]
        assert [r["system"] for r in rows] == ["a", "b", "c"]
        assert rows[0]["p"] is None and rows[0]["significant"] is None
        for row, expected in zip(rows, table[name]):
            assert row["score"] == pytest.approx(expected.score, abs=1e-9)
            if expected.p_value is not None:
                assert row["p"] == pytest.approx(expected.p_value, abs=1e-12)
                assert row["significant"] == (expected.p_value < 0.05)
        assert rows[0]["signature"] == sigs[name].format()


def test_systems_made_of_the_same_sentences_are_not_significantly_different(hyp, hyp2, ref):
    # each takes alternate lines from the two translations: equally good by construction
    a = [x if i % 2 else y for i, (x, y) in enumerate(zip(hyp, hyp2))]
    b = [y if i % 2 else x for i, (x, y) in enumerate(zip(hyp, hyp2))]
    c = compare({"a": a, "b": b}, [ref], confidence=0, metric_keys="bleu,chrf", samples={"bs": 200, "ar": 200})
    for test in ("bs", "ar"):
        for key in ("bleu", "chrf"):
            row = c.significance[test]["results"][key][1]
            assert row["p"] >= 0.05 and row["significant"] is False


def test_a_much_better_system_is_significant(hyp, ref):
    # the reference itself, scored as a system, against the sample translation
    c = compare({"a": hyp, "reference": list(ref)}, [ref], confidence=0, metric_keys="bleu,chrf",
                samples={"bs": 200, "ar": 200})
    for test in ("bs", "ar"):
        for key in ("bleu", "chrf"):
            assert c.significance[test]["results"][key][1]["significant"] is True


def test_one_system_has_no_tests_and_tests_need_two(hyp, ref):
    assert compare({"a": hyp}, [ref], confidence=0).significance == {}
    with pytest.raises(InputError, match="at least two"):
        paired({"a": {}}, ["bs"])


def test_unknown_test_is_refused(hyp, hyp2, ref):
    with pytest.raises(InputError, match="unknown paired test 'wilcoxon'"):
        compare({"a": hyp, "b": hyp2}, [ref], tests=["wilcoxon"])
