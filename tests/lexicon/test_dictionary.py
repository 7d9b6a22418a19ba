import pytest

from spellchecker import SpellChecker

from tqcheck.lexicon import dictionary


@pytest.mark.parametrize("word", ["government", "Beijing", "co-chairs", "online", "coronavirus",
                                  "don't", "don’t", "Europe's", "reassessments", "unibody", "hydrogel"])
def test_known_words(word):
    assert dictionary.is_word(word)


@pytest.mark.parametrize("word", ["goverment", "recieve", "teh", "secuirty", "Kallas"])
def test_unknown_words(word):
    assert not dictionary.is_word(word)


@pytest.mark.parametrize("word,first", [("goverment", "government"), ("recieve", "receive"),
                                        ("Goverment", "Government"), ("accomodate", "accommodate"),
                                        ("independance", "independence")])
def test_suggestions_rank_the_intended_word_first(word, first):
    assert dictionary.suggest(word)[0] == first


@pytest.mark.parametrize("word", ["microplastics", "noncompliant", "driverless", "proactively",
                                  "formwork", "armyworm", "remobilize"])
def test_derived_words(word):
    assert dictionary.is_derived(word)


@pytest.mark.parametrize("word", ["untill", "deside", "timetime", "goverment", "becuase"])
def test_typos_are_not_derivations(word):
    assert not dictionary.is_derived(word)


def test_resources_load_once_per_process():
    assert dictionary._hunspell() is dictionary._hunspell()
    assert dictionary.frequencies() is dictionary.frequencies()


def test_words_outside_the_dictionary_encoding_are_unknown_not_errors():
    assert not dictionary.is_word("ćevapi")
    assert not dictionary.is_word("Đorđević")


def test_overlong_tokens_get_no_suggestions_or_compound_analysis():
    word = "ab" * 5000
    assert dictionary.suggest(word) == ()
    assert not dictionary.is_derived(word)


def test_rare_dictionary_words_are_words_but_are_not_suggested():
    from tqcheck.lexicon.dictionary import is_word, suggest

    for word in ("karst", "polder", "muntjac", "neonatology", "heliostat", "replicable"):
        assert is_word(word), word
    for typo in ("teh", "thier", "recieve", "goverment", "enviroment", "definately", "seperate"):
        assert not is_word(typo), typo
    assert "karst" not in suggest("kartst")


def test_frequency_list_read_directly_matches_the_library():
    ours = dictionary._load_frequencies()
    theirs = dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)
    assert len(ours) > 100_000
    assert dict(ours.items()) == theirs
    assert all(ours.get(w) == n for w, n in list(theirs.items())[::97])
