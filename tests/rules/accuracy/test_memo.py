from tqcheck.rules.accuracy._memo import LexiconMemo


def test_an_answer_is_made_once_per_key_and_lexicon():
    calls = []

    def make(lex, key):
        calls.append((lex, key))
        return f"{lex}:{key}"

    memo = LexiconMemo(make, limit=10)
    assert memo("a", "x") == "a:x"
    assert memo("a", "x") == "a:x"
    assert calls == [("a", "x")]
    # another lexicon starts afresh: the first one's answers are not reused
    assert memo("b", "x") == "b:x"
    assert memo("a", "x") == "a:x"
    assert calls == [("a", "x"), ("b", "x"), ("a", "x")]


def test_memory_stays_bounded():
    memo = LexiconMemo(lambda lex, key: key.upper(), limit=3)
    for k in "abcdefgh":
        assert memo("lex", k) == k.upper()
    assert len(memo._memo) <= 4
