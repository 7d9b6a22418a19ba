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


def _suggest_every_candidate(lower: str, n: int) -> tuple[str, ...]:
    """The suggestions as they were first computed: Hunspell asked about every rare candidate."""
    freq = dictionary.frequencies()
    found = {w for w in dictionary._edits1(lower)
             if freq.get(w, 0) >= dictionary.MIN_COUNT or (w != lower and dictionary._spells(w))}
    found.discard(lower)
    if not found:
        import difflib

        buckets = dictionary._buckets()
        bucket = [w for size in range(len(lower) - 2, len(lower) + 3)
                  for w in buckets.get((lower[0], size), "").split("\n") if w]
        found = set(difflib.get_close_matches(lower, bucket, n=n, cutoff=0.75))
    return tuple(sorted(found, key=lambda w: (-freq.get(w, 0), w))[:n])


# many frequent neighbours, one, rare ones Hunspell knows (karst, behind "kartst"), only two edits
# away (the word list's buckets), none at all, and a real word; then words the table of Hunspell's
# forms does not answer for (an apostrophe, a hyphen, a letter outside a-z, one letter), rare
# neighbours only Hunspell's affix rules make (unreassessed, behind "unreassesed"), and words of the
# two-edit fallback whose bucket is mostly filtered out before difflib
@pytest.mark.parametrize("word", ["teh", "thier", "goverment", "kartst", "recieve", "enviromnent", "zzqxj",
                                  "beijng", "hte", "definately", "accomodate", "sme", "government",
                                  "dont'", "co-opp", "naïvte", "x", "q", "unreassesed", "overcomplicatd",
                                  "moistruizer", "professionality", "toearn", "supercar", "hyaluronic",
                                  "tremella", "xxx", "aaaaaaaa"])
@pytest.mark.parametrize("n", [1, 3, 5])
def test_suggestions_ask_hunspell_less_but_are_the_same(word, n):
    assert dictionary._suggest_lower(word, n) == _suggest_every_candidate(word, n)


def test_a_word_with_enough_frequent_neighbours_asks_hunspell_nothing(monkeypatch):
    asked = []
    monkeypatch.setattr(dictionary, "_spells", lambda w: asked.append(w) or False)
    assert dictionary._suggest_lower("sme", 3)
    assert asked == []


def test_verdicts_and_suggestions_kept_between_runs_are_hunspells(tmp_path, monkeypatch):
    import atexit

    from tqcheck.cache import Kept

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    words = ["government", "goverment", "Beijing", "beijing", "colour", "color", "Kallas", "Zürich", "teh"]

    def run(calls):
        spells = Kept(lambda w: calls.append(w) or dictionary._spells(w), "hunspell", dictionary._hunspell_parts,
                      size=100, keep=100, min_new=1)
        sugg = Kept(lambda k: calls.append(k) or dictionary._suggest_lower(*k), "suggestions",
                    dictionary._suggestion_parts, size=100, keep=100, min_new=1)
        got = [spells[w] for w in words], [sugg[w.lower(), 3] for w in ("goverment", "teh")]
        for k in (spells, sugg):
            atexit.unregister(k.save)
            k.save()
        return got

    first_calls: list = []
    first = run(first_calls)
    assert first == ([dictionary._spells(w) for w in words],
                     [dictionary._suggest_lower("goverment", 3), dictionary._suggest_lower("teh", 3)])
    assert len(first_calls) == len(words) + 2
    again_calls: list = []
    assert run(again_calls) == first and again_calls == []


def test_verdicts_are_keyed_by_hunspells_dictionary_files():
    parts = dictionary._hunspell_parts()
    assert parts is not None
    assert any("en_US.dic:" in p for p in parts) and any("en_US.aff:" in p for p in parts)


@pytest.fixture
def table(monkeypatch):
    """The candidate table, built if no run has built it yet."""
    built = dictionary._open_candidates(build=True)
    assert isinstance(built, dictionary.packed.Packed)
    monkeypatch.setattr(dictionary, "_candidates", lambda: built)
    return built


@pytest.mark.parametrize("word", ["teh", "kartst", "goverment", "zzqxj", "unreassesed", "moistruizer", "x",
                                  "dont'", "hyaluronic", "tremella", "professionality"])
def test_suggestions_from_the_table_are_the_same(table, word):
    assert dictionary._suggest_lower(word, 3) == _suggest_every_candidate(word, 3)


def test_a_candidate_no_hunspell_form_can_be_is_never_asked_of_hunspell(monkeypatch, table):
    from tqcheck.lexicon import affixes

    dic = dictionary.package_file("hunspell", "dictionaries", "en_US.dic")
    forms = affixes.forms(dic, dic.with_suffix(".aff"))
    expected = _suggest_every_candidate("kartst", 3)
    asked: list[str] = []
    spells = dictionary._spells
    monkeypatch.setattr(dictionary, "_spells", lambda w: asked.append(w) or spells(w))
    assert dictionary._suggest_lower("kartst", 3) == expected
    # only the candidates the dictionary could make, and they are few of the ~300
    assert asked and set(asked) <= forms and len(asked) < 20


def test_without_a_table_every_candidate_is_asked_as_before(monkeypatch):
    monkeypatch.setattr(dictionary, "_candidates", lambda: None)
    for word in ("kartst", "goverment", "zzqxj", "moistruizer"):
        assert dictionary._suggest_lower(word, 3) == _suggest_every_candidate(word, 3)


def test_the_candidate_table_is_kept_and_holds_counts_and_hunspell_forms(monkeypatch, tmp_path):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    assert dictionary._open_candidates(build=False) == dictionary._NOT_YET
    table = dictionary._open_candidates(build=True)
    assert isinstance(table, dictionary.packed.Packed)
    assert [p.name[:16] for p in tmp_path.glob("spellcandidates-*")] == ["spellcandidates-"]
    freq = dictionary.frequencies()
    assert table.raw("government") == str(freq.get("government")).encode() + b"h"
    assert 0 < freq.get("abaft") < dictionary.MIN_COUNT
    assert table.raw("abaft") == str(freq.get("abaft")).encode() + b"h"  # rare: its count still ranks it
    assert table.raw("karst") is None  # accepted by the list's count (50), too rare to suggest, not Hunspell's
    assert table.raw("reassessments") is not None and table.raw("reassessments").endswith(b"h")
    assert table.raw("zzqxj") is None
    monkeypatch.setattr(dictionary, "_pack_candidates", lambda d: pytest.fail("built again"))
    for build in (False, True):
        again = dictionary._open_candidates(build=build)
        assert isinstance(again, dictionary.packed.Packed) and again.raw("abaft") == table.raw("abaft")


def test_dictionary_files_the_expansion_cannot_read_give_no_table(monkeypatch, tmp_path):
    from tqcheck.lexicon import affixes

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(affixes, "forms", lambda dic, aff: None)
    assert dictionary._open_candidates(build=True) == dictionary._NONE
    assert dictionary._open_candidates(build=False) == dictionary._NONE  # and none is built again


def test_a_process_builds_the_table_only_after_some_slow_suggestions(monkeypatch, tmp_path):
    from tqcheck.lexicon.once import Once

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(dictionary, "_LOADED", Once())
    monkeypatch.setattr(dictionary, "_slow", [0])
    monkeypatch.setattr(dictionary, "BUILD_AFTER", 3)
    assert [dictionary._candidates() for _ in range(3)] == [None] * 3
    assert not list(tmp_path.glob("spellcandidates-*"))  # a short text's first run builds nothing
    assert isinstance(dictionary._candidates(), dictionary.packed.Packed)
    assert list(tmp_path.glob("spellcandidates-*"))
    # the next process finds it at its first suggestion
    monkeypatch.setattr(dictionary, "_LOADED", Once())
    monkeypatch.setattr(dictionary, "_slow", [0])
    assert isinstance(dictionary._candidates(), dictionary.packed.Packed)


def test_no_table_is_looked_for_once_a_process(monkeypatch):
    from tqcheck.lexicon.once import Once

    calls: list[bool] = []
    monkeypatch.setattr(dictionary, "_LOADED", Once())
    monkeypatch.setattr(dictionary, "_open_candidates", lambda build: calls.append(build) or dictionary._NONE)
    assert dictionary._candidates() is None and dictionary._candidates() is None
    assert calls == [False]
