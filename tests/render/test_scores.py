from __future__ import annotations

from tqcheck.render.scores import render_comparison, section, table
from tqcheck.scoring import compare, score

from ..scoring.conftest import lines


def test_table_has_one_row_per_metric_in_order():
    d = score(["Kallas will begin her trip in Japan."], [["Kallas will begin her Asian tour in Japan."]],
              metric_keys="ter,chrf", confidence=0).to_dict()
    rows = table(d)
    assert [r.split()[0] for r in rows] == ["chrF2", "TER"]
    assert rows[0].split()[1] == f"{d['chrf']['score']:.2f}"
    assert rows[0].endswith(d["chrf"]["signature"])


def test_section_shows_intervals_and_the_worst_pairs():
    d = score("The first line is fine.\nThe second is not the same at all.",
              ["The first line is fine.\nA completely different second sentence."], confidence=50).to_dict()
    text = section(d, worst_n=1)
    assert text.startswith("scores: 2 pairs of lines against 1 reference; 95% intervals from 50 bootstrap resamples\n")
    assert "worst 1 of 2 pairs" in text and "#2 line 2 (1-1)" in text
    assert "hyp: The second is not the same at all." in text


def test_comparison_marks_significant_differences():
    hyp, ref = lines("article.hyp.txt"), lines("article.ref.txt")
    c = compare({"sample": hyp, "reference": list(ref)}, [ref], confidence=0, metric_keys="bleu",
                tests="bs", samples={"bs": 100})
    payload = {"references": ["ref.txt"], **c.to_dict()}
    text = render_comparison(payload, worst_n=0)
    assert "sample vs ref.txt: 22 segment pairs against 1 reference\n" in text
    assert "baseline sample" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("  reference "))
    assert "100.00 p=" in line and line.endswith("*")
