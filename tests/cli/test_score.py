"""``tqcheck score`` and ``tqcheck check --reference``."""

from __future__ import annotations

import json
import shutil

import pytest

from tqcheck.cli import main
from tqcheck.resources import validation_errors

from ..conftest import ROOT, assert_valid_report

FIX = ROOT / "tests" / "fixtures" / "scoring"
ARTICLE = str(ROOT / "examples" / "article.txt")
REFERENCE = str(ROOT / "references" / "article.en.txt")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_score_text_output(capsys):
    code, out, err = run(capsys, "score", ARTICLE, "--reference", REFERENCE, "--confidence", "100", "--worst", "2")
    assert code == 0, err
    assert "24 aligned sentence pairs against 1 reference; 95% intervals from 100 bootstrap resamples" in out
    for name in ("BLEU", "chrF2", "chrF2++", "TER"):
        assert f"\n  {name} " in out
    assert "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" in out
    assert "worst 2 of 24 pairs" in out and "hyp: Original: https://www.toutiao.com" in out


def test_score_json_validates_and_lists_every_pair(capsys):
    code, out, err = run(capsys, "score", ARTICLE, "-r", REFERENCE, "--format", "json", "--confidence", "0")
    assert code == 0, err
    payload = json.loads(out)
    assert validation_errors("score", payload) == []
    scores = payload["systems"][0]["scores"]
    assert payload["references"] == [REFERENCE] and payload["significance"] == {}
    assert len(scores["sentences"]) == scores["segments"] == 24
    assert scores["bleu"]["ci"] is None


def test_two_systems_two_references_with_paired_tests(capsys):
    code, out, err = run(capsys, "score", str(FIX / "article.hyp.txt"), str(FIX / "article.hyp2.txt"),
                         "-r", str(FIX / "article.ref.txt"), "-r", str(FIX / "article.ref2.txt"),
                         "--metrics", "bleu,chrf", "--confidence", "0", "--format", "json")
    assert code == 0, err
    payload = json.loads(out)
    assert validation_errors("score", payload) == []
    assert payload["systems"][0]["scores"]["segmentation"] == "lines"
    assert payload["systems"][0]["scores"]["bleu"]["signature"].startswith("nrefs:2|")
    assert set(payload["significance"]) == {"bs", "ar"}
    code, out, err = run(capsys, "score", str(FIX / "article.hyp.txt"), str(FIX / "article.hyp2.txt"),
                         "-r", str(FIX / "article.ref.txt"), "--metrics", "bleu", "--confidence", "0", "--paired", "bs")
    assert code == 0, err
    assert "paired bootstrap resampling (1000 samples, seed 12345); baseline" in out
    assert "approximate randomisation" not in out
    assert "(baseline)" in out and "p=" in out


@pytest.mark.parametrize("argv, message", [
    (["score", ARTICLE], "required: -r/--reference"),
    (["score", "missing.txt", "-r", REFERENCE], "missing.txt: no such file"),
    (["score", ARTICLE, "-r", REFERENCE, "--segmentation", "lines"], "same number of lines"),
    (["score", ARTICLE, "-r", REFERENCE, "--metrics", "meteor"], "unknown metric 'meteor'"),
    (["score", ARTICLE, "-r", REFERENCE, "--confidence", "1"], "--confidence"),
    (["score", ARTICLE, "-r", REFERENCE, "--tokenize", "spm"], "unknown or unsupported BLEU tokenizer 'spm'"),
    (["score", ARTICLE, ARTICLE, "-r", REFERENCE], "named twice"),
    (["score", "-", "-r", "-"], "standard input"),
    (["score", ARTICLE, "-r", REFERENCE, "--max-segment-words", "10"], "more than the 10 scoring accepts"),
])
def test_score_errors_exit_2_with_a_message(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_empty_reference_file_is_named(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, out, err = run(capsys, "score", ARTICLE, "-r", str(empty))
    assert code == 2 and "empty.txt: is empty" in err
    code, out, err = run(capsys, "check", ARTICLE, "-r", str(empty))
    assert code == 2 and "empty.txt: reference is empty" in err


def test_check_with_reference_adds_scores(capsys, tmp_path):
    code, out, err = run(capsys, "check", ARTICLE, "--reference", REFERENCE, "--format", "json")
    report = json.loads(out)
    assert_valid_report(report)
    assert report["scores"]["segments"] == 24
    code, out, err = run(capsys, "check", ARTICLE, "--reference", REFERENCE)
    assert "scores: 24 aligned sentence pairs against 1 reference" in out
    assert "worst 3 of 24 pairs" in out


def test_check_without_reference_has_no_scores(capsys, tmp_path):
    clean = tmp_path / "clean.txt"
    shutil.copy(REFERENCE, clean)
    code, out, err = run(capsys, "check", str(clean), "--format", "json")
    assert code == 0 and "scores" not in json.loads(out)


def test_translations_may_come_before_between_and_after_the_options(capsys):
    second = str(FIX / "article.hyp2.txt")
    outs = []
    for argv in (["score", ARTICLE, second, "-r", REFERENCE], ["score", ARTICLE, "-r", REFERENCE, second],
                 ["score", "-r", REFERENCE, ARTICLE, second]):
        code, out, err = run(capsys, *argv, "--confidence", "0", "--paired", "none", "--format", "json")
        assert code == 0, err
        outs.append(json.loads(out))
    assert outs[0] == outs[1] == outs[2]
    assert [s["name"] for s in outs[0]["systems"]] == [ARTICLE, second]
    code, out, err = run(capsys, "score", ARTICLE, "-r", REFERENCE, "--no-such-option")
    assert code == 2 and "unrecognized arguments: --no-such-option" in err


def test_scoring_systems_together_says_the_alignment_is_shared(capsys):
    code, alone, err = run(capsys, "score", ARTICLE, "-r", REFERENCE, "--confidence", "0")
    assert code == 0 and "note:" not in alone
    code, together, err = run(capsys, "score", ARTICLE, "-r", REFERENCE, str(FIX / "article.hyp2.txt"),
                              "--confidence", "0", "--paired", "none")
    assert code == 0, err
    first = together.splitlines()[0]
    assert first.startswith("note: the 2 translations are aligned to the reference together")
    assert "Scored alone, a translation aligns on its own" in first


def test_only_installed_tokenizers_are_offered(capsys, monkeypatch):
    from tqcheck.scoring import options

    assert {"13a", "zh"} <= set(options.TOKENIZERS)
    for tok, (modules, _) in options.TOKENIZER_NEEDS.items():
        assert (tok in options.TOKENIZERS) == options._imports(modules)
    monkeypatch.setattr(options, "_imports", lambda modules: False)
    assert "ja-mecab" not in options.installed_tokenizers()
    if "ja-mecab" not in options.TOKENIZERS:
        code, out, err = run(capsys, "score", ARTICLE, "-r", REFERENCE, "--tokenize", "ja-mecab")
        assert code == 2 and "pip install 'sacrebleu[ja]'" in err
        code, out, err = run(capsys, "score", "--help")
        assert "{13a," in out and "ja-mecab," not in out
