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
    # the lexicon may be compiled there too, when this process had not loaded it yet
    assert any(p.name.startswith(_opposites.FORMAT) for p in tmp_path.iterdir())
    monkeypatch.setattr(_opposites, "_pairs", None)
    assert pairs() == first


def test_degree_words_from_cc_cedicts_own_senses():
    table = _opposites.graded_senses()
    main, opp, said, _, positives = table["更"]  # gèng "more", a reading the lexicon's glosses leave out
    assert main == ("more",) and {"fewer", "less"} <= opp and "much" in positives
    assert {"least", "fewest"} <= table["最"][1]
    assert "much" in table["多"][3]  # 多 "many; much": 更多 says "more" together
    assert "至" not in table or not table["至"][1]  # 至 is first "to arrive": "most" is a later sense


def test_only_comparatives_and_superlatives_are_degrees():
    assert _opposites.graded("fewer") and _opposites.graded("least") and _opposites.graded("more")
    assert not _opposites.graded("last") and not _opposites.graded("front") and not _opposites.graded("up")


def test_sense_antonyms_from_one_word_senses_only():
    table = _opposites.sense_antonyms()
    assert "illegal" in table["合法"][1]  # "lawful; legitimate; legal"
    assert "weak" in table["强大"][1]  # "large; formidable; powerful; strong": senses split at semicolons
    assert "low" in table["最高"][1]  # "highest", read as its lemma
    assert "散热" not in table  # "to dissipate heat": heat/cool is no opposite of what it says
