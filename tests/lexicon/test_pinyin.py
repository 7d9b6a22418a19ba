import pytest

from tqcheck.lexicon.pinyin import is_pinyin_name, syllables


@pytest.mark.parametrize("word,n", [("Jiangxi", 2), ("Xinhua", 2), ("Zhongnanhai", 3), ("Xi'an", 2),
                                    ("Xi’an", 2), ("Li", 1), ("Shuang", 1)])
def test_syllables(word, n):
    assert syllables(word) == n


@pytest.mark.parametrize("word", ["Kallas", "Hegseth", "Government", "Colby", "Strength"])
def test_not_pinyin(word):
    assert syllables(word) == 0
    assert not is_pinyin_name(word)


def test_names_are_capitalised_and_short():
    assert is_pinyin_name("Guangdong")
    assert not is_pinyin_name("guangdong")
    assert not is_pinyin_name("Anananananan")  # ten syllables is no name
