"""Given names that nearly always name a man or a woman (``lexicon.given_names``)."""

from __future__ import annotations

import pytest

from tqcheck.lexicon import given_names

pytestmark = pytest.mark.skipif(not given_names.available(), reason="nomquamgender's name data is not installed")


def test_common_one_sided_names():
    assert given_names.gender("Donald") == given_names.MALE
    assert given_names.gender("arthur") == given_names.MALE
    assert given_names.gender("Angela") == given_names.FEMALE


def test_names_of_both_genders_and_pinyin_say_nothing():
    # Jean is 48% women; pinyin loses the characters that tell a Chinese given name's gender
    for name in ("Jean", "Taylor", "Yan", "Wei", "Li"):
        assert given_names.gender(name) is None


def test_a_woman_s_name_that_a_man_bears_too_often_is_left_out():
    # 98% of the bearers of Venus are women, but the boxer of a film is a man: one-sided means 99%
    assert given_names.gender("Venus") is None


def test_words_that_are_no_name():
    for word in ("President", "China", "said", "", "1990"):
        assert given_names.gender(word) is None
