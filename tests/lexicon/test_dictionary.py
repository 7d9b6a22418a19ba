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


def test_suggestion_buckets_are_kept_in_the_cache_and_read_back_unchanged(monkeypatch, tmp_path):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    built = dictionary._buckets()
    assert [p.name.startswith("spellbuckets-") for p in tmp_path.glob("spellbuckets-*")] == [True]
    monkeypatch.setattr(dictionary, "_make_buckets", lambda: pytest.fail("built again"))
    assert dictionary._buckets() == built
    assert "recommend" in built[("r", 9)].split("\n")


def test_a_damaged_bucket_file_is_built_again(monkeypatch, tmp_path):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    built = dictionary._buckets()
    for p in tmp_path.glob("spellbuckets-*"):
        p.write_bytes(b"\xff garbage")
    assert dictionary._buckets() == built
