"""WordNet's data files read as pointer pairs (the reader antonyms and derivations share)."""

from tqcheck.lexicon import wordnet

_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00001000 03 n 01 society 0 002 + 00002000 a 0101 ! 00001100 n 0101 | a community
00001100 03 n 01 solitude 0 001 ! 00001000 n 0101 | being alone
00001200 38 n 01 arrival 0 001 ! 00001300 n 0101 | coming
00001300 38 n 01 departure 0 000 | going
"""
_ADJ = """\
00002000 00 s 01 social(a) 0 001 + 00001000 n 0101 | of society
"""


def _folder(tmp_path):
    (tmp_path / "data.noun").write_text(_NOUN)
    (tmp_path / "data.adj").write_text(_ADJ)
    (tmp_path / "data.verb").write_text("")
    (tmp_path / "data.adv").write_text("")
    return tmp_path


def test_only_the_asked_pointers_both_ways_with_markers_stripped(tmp_path):
    got = wordnet.related(_folder(tmp_path), "+")
    assert got == {"society": ["social"], "social": ["society"]}


def test_pointers_out_of_a_skipped_file_are_left_but_it_stays_a_target(tmp_path):
    folder = _folder(tmp_path)
    assert wordnet.related(folder, "!")["arrival"] == ["departure"]
    got = wordnet.related(folder, "!", skip_lexfiles={38})
    assert "arrival" not in got and got["society"] == ["solitude"]


def test_the_bundled_data_is_found():
    d = wordnet.data_dir()
    assert d is not None and (d / "data.noun").is_file()
