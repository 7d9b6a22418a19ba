"""The English lemmas CC-CEDICT glosses hundreds of headwords with."""

from __future__ import annotations

from tqcheck.bilingual.lexicon import load
from tqcheck.rules.accuracy._common_glosses import common, compile_common


def test_generic_words_are_common_and_topic_words_are_not():
    got = common()
    assert {"make", "give", "people", "time"} <= got
    assert not {"investor", "ceremony", "statement", "police"} & got


def test_the_threshold_is_a_count_of_headwords():
    assert set(compile_common(load(), 2000)) < set(compile_common(load(), 300))
