"""score() and compare() end to end, on the sample article and its reference."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.errors import InputError
from tqcheck.scoring import compare, score
from tqcheck.text import Document

from ..conftest import ROOT, assert_valid_report

REFERENCE = (ROOT / "references" / "article.en.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article_scores(sample_text_module):
    return score(sample_text_module, [REFERENCE], confidence=200)


@pytest.fixture(scope="module")
def sample_text_module():
    return (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


def test_documents_are_aligned_by_sentence(article_scores, sample_text_module):
    s = article_scores
    assert s.segmentation == "sentences"
    hyp_doc, ref_doc = Document(sample_text_module), Document(REFERENCE)
    # every sentence of both texts is in exactly one pair, in order
    assert sum(p.hypothesis.units for p in s.pairs) == len(hyp_doc.sentences)
    assert sum(p.references[0].units for p in s.pairs) == len(ref_doc.sentences)
    for p in s.pairs:
        h = p.hypothesis
        assert sample_text_module[h.start:h.end].startswith(h.text.split(" ")[0])
        r = p.references[0]
        assert REFERENCE[r.start:r.end].endswith(r.text.split(" ")[-1])
    kinds = [p.kind for p in s.pairs]
    assert "2-1" in kinds and "1-2" in kinds  # the reference merges and splits sentences
    # the link and the disclaimer are not in the reference
    assert [p.hypothesis.text.split(":")[0] for p in s.pairs if p.kind == "1-0"] == ["Original", "Statement"]
    assert "0-1" not in kinds


def test_pairs_are_listed_worst_first(article_scores):
    listed = article_scores.to_dict()["sentences"]
    keys = [(p["chrf"], p["bleu"], p["index"]) for p in listed]
    assert keys == sorted(keys)
    assert sorted(p["index"] for p in listed) == list(range(len(listed)))
    assert listed[0]["chrf"] == 0.0 and listed[0]["references"][0]["units"] == 0


def test_scores_are_in_range_with_intervals(article_scores):
    for key in ("bleu", "chrf", "chrf++", "ter"):
        m = article_scores[key]
        assert 0 < m.score < 100
        assert m.interval.low <= m.score <= m.interval.high


def test_check_report_carries_scores_and_validates(sample_text_module):
    report = tqcheck.check(sample_text_module, references=[REFERENCE]).to_dict(include_text=True)
    assert_valid_report(report)
    keys = list(report)
    assert keys.index("scores") == keys.index("issues") + 1 == keys.index("quality") - 1
    assert report["scores"]["segments"] == 24
    assert report["scores"]["bleu"]["signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    without = tqcheck.check(sample_text_module).to_dict()
    assert "scores" not in without
    assert_valid_report(without)


def test_check_scores_a_segment_against_its_reference():
    report = tqcheck.check("Kallas will begin her Asia trip in Japan.",
                           references=["Kallas will begin her Asian tour in Japan."]).to_dict()
    assert_valid_report(report)
    assert report["scores"]["segmentation"] == "sentences" and report["scores"]["segments"] == 1
    assert report["scores"]["sentences"][0]["kind"] == "1-1"


def test_a_paragraph_on_one_line_is_aligned_by_sentence(hyp, ref):
    s = score(" ".join(hyp[:6]), [" ".join(ref[:6])], confidence=0)
    assert s.segmentation == "sentences" and len(s.pairs) > 1


@pytest.mark.parametrize("segmentation, where", [("lines", "the line 2 has 600 words"),
                                                 ("sentences", "the sentence at line 2 has 600 words")])
def test_overlong_segments_are_refused_before_scoring(segmentation, where):
    wall = " ".join(["word"] * 600)  # no full stop: one sentence
    hyp = "A short first line.\n" + wall
    with pytest.raises(InputError, match=f"hypothesis: {where}, more than the 500"):
        score(hyp, ["A short first line.\nShort."], segmentation=segmentation)
    with pytest.raises(InputError, match="reference 1: the segment 1 has 600 words"):
        score(["Short."], [[wall]])
    assert len(score(["Short."], [[wall]], max_segment_words=0, confidence=0).pairs) == 1
    with pytest.raises(InputError, match="max_segment_words"):
        score(["Short."], [["Short."]], max_segment_words=-1)


def test_chinese_check_uses_zh_tokenizer():
    report = tqcheck.check("许多亚洲伙伴确实受到了伤害。", references=["很多亚洲伙伴确实受到了伤害。"], lang="zh").to_dict()
    assert "tok:zh" in report["scores"]["bleu"]["signature"]


def test_documents_and_strings_score_alike(sample_text_module):
    a = score(sample_text_module, [REFERENCE], confidence=0)
    b = score(Document(sample_text_module), [Document(REFERENCE)], confidence=0)
    assert a.to_dict() == b.to_dict()


def test_line_aligned_texts_use_lines_as_given(hyp, ref):
    s = score("\n".join(hyp) + "\n", ["\n".join(ref) + "\n"], confidence=0)
    assert s.segmentation == "lines" and len(s.pairs) == len(hyp)
    assert [p.hypothesis.line for p in s.pairs] == list(range(1, len(hyp) + 1))
    assert s["bleu"].score == score(hyp, [ref], confidence=0)["bleu"].score


def test_forcing_lines_on_documents_explains_the_mismatch(sample_text_module):
    with pytest.raises(InputError, match="same number of lines"):
        score(sample_text_module, [REFERENCE + "\nOne more line."], segmentation="lines")


@pytest.mark.parametrize("refs, message", [
    ("one text", "not one text"),
    ([], "at least one reference"),
    (["   "], "reference 1 is empty"),
    ([["a", 3]], r"reference 1\[1\] must be a string"),
    ([[]], "no segments"),
    ([b"bytes"], "must be a text or a list"),
])
def test_bad_references_are_clear_errors(refs, message):
    with pytest.raises(InputError, match=message):
        score("A sentence.", refs)


@pytest.mark.parametrize("confidence", [-1, 1, 2.5, True])
def test_bad_confidence_is_refused(confidence):
    with pytest.raises(InputError, match="confidence"):
        score("A sentence.", ["A sentence."], confidence=confidence)


def test_compare_needs_a_hypothesis_and_names_inputs_in_errors(hyp, ref):
    with pytest.raises(InputError, match="no hypothesis"):
        compare({}, [ref])
    with pytest.raises(InputError, match="map a name"):
        compare(hyp, [ref])
    with pytest.raises(InputError, match="b.txt is empty"):
        compare({"a.txt": hyp, "b.txt": ""}, {"ref.txt": ref})


def test_compare_to_dict_lists_systems_in_order(hyp, hyp2, ref):
    d = compare({"a": hyp, "b": hyp2}, {"ref.txt": ref}, confidence=0, tests="bs",
                samples={"bs": 50}, metric_keys="bleu").to_dict()
    assert d["baseline"] == "a" and [s["name"] for s in d["systems"]] == ["a", "b"]
    assert list(d["significance"]) == ["bs"]
