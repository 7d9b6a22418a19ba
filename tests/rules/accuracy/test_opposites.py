"""Contrasting pairs taken from CC-CEDICT's two-character words."""

from __future__ import annotations

from tqcheck.rules.accuracy import _opposites
from tqcheck.rules.accuracy._opposites import opposite, pairs


def test_lexicalised_pairs_both_ways():
    assert opposite("buy", "sell") and opposite("sell", "buy")  # 买卖 "buying and selling": lemmas of inflections
    assert opposite("good", "bad")


def test_only_the_main_senses_of_the_characters():
    assert not opposite("date", "time")  # 日期: 日 is first "sun", 期 "a period of time"


def test_no_pair_from_an_irregular_form_or_a_prefix():
    assert "leave" not in pairs()  # 左右 "left and right": left is not leave here
    assert not opposite("veil", "unveil")  # prefixes are the negation rules' business
    assert not opposite("buy", "buy")


def test_compiled_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_opposites, "_pairs", None)
    first = pairs()
    assert [p.name for p in tmp_path.iterdir()][0].startswith(_opposites.FORMAT)
    monkeypatch.setattr(_opposites, "_pairs", None)
    assert pairs() == first
