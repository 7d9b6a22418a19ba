"""The pair table keeps only common words and the listed pairs between them,
and is built once into the user's cache."""

from tqcheck.lexicon import bigrams


def test_common_words_and_their_listed_pairs():
    table = bigrams.pairs()
    assert "the" in table and table.count("the") > table.count("time") >= bigrams.MIN_COUNT
    assert table.pair("a", "bit") > 0 and table.pair("a", "but") == 0
    assert "tome" not in table and table.count("tome") == 0  # rare: its missing pairs prove nothing
    assert table.pair("of", "tome") == 0


def test_built_table_round_trips_through_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    first = bigrams._load()
    assert list(tmp_path.glob("bigrams-*.marshal"))
    again = bigrams._load()
    assert again.pair("of", "the") == first.pair("of", "the") > 0
