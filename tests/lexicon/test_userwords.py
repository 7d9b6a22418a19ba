import pytest

from tqcheck.errors import ConfigError
from tqcheck.lexicon.userwords import WordList, as_word_list, read_words_file


def test_lower_case_entries_match_any_capitalisation_others_exactly():
    words = WordList(["kallas", "iPhone", " Hegseth ", ""])
    assert "Kallas" in words and "KALLAS" in words and "kallas" in words
    assert "iPhone" in words and "iphone" not in words
    assert "Hegseth" in words and "hegseth" not in words
    assert len(words) == 3


def test_read_file_skips_comments_and_blank_lines(tmp_path):
    f = tmp_path / "names.txt"
    f.write_text("\ufeff# names\nKallas\n\n  Colby  # deputy\n", encoding="utf-8")
    assert read_words_file(f) == ["Kallas", "Colby"]


def test_missing_and_undecodable_files_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="cannot read word list"):
        read_words_file(tmp_path / "nope.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    with pytest.raises(ConfigError, match="not valid UTF-8 at byte 3"):
        read_words_file(bad)


def test_resources_value_must_be_a_list_of_strings():
    assert "x" not in as_word_list(None)
    with pytest.raises(ConfigError):
        as_word_list("Kallas")
    with pytest.raises(ConfigError):
        as_word_list([3])
