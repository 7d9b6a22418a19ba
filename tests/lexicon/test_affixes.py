import pytest

from tqcheck.lexicon import affixes, dictionary

_AFF = """SET ISO8859-1
TRY esianrt
WORDCHARS 0123456789'

PFX A Y 1
PFX A   0     re         .

PFX U N 1
PFX U   0     un         .

SFX D Y 3
SFX D   0     d          e
SFX D   y     ied        [^aeiou]y
SFX D   0     ed         [^ey]

SFX M Y 1
SFX M   0     's         .
"""


def _forms(tmp_path, dic: str, aff: str = _AFF):
    (tmp_path / "x.aff").write_text(aff, encoding="latin-1")
    (tmp_path / "x.dic").write_text(dic, encoding="latin-1")
    return affixes.forms(tmp_path / "x.dic", tmp_path / "x.aff")


def test_stems_are_expanded_by_their_flags_with_conditions_strips_and_cross_products(tmp_path):
    got = _forms(tmp_path, "5\ncreate/ADU\ncarry/AD\nplay/D\nwalk/D\nParis/M\n")
    assert got == {"create", "created", "recreate", "recreated", "uncreate",  # U does not cross: no "uncreated"
                   "carry", "carried", "recarry", "recarried", "play", "walk", "walked", "paris"}  # no "played": [^ey]


def test_a_layout_it_cannot_expand_gives_none(tmp_path):
    assert _forms(tmp_path, "1\nplay/D\n", _AFF.replace("SFX D   0     ed         [^ey]",
                                                         "SFX D   0     ed/M       [^ey]")) is None
    assert _forms(tmp_path, "1\nplay/Dx\n", "FLAG long\n" + _AFF) is None


def test_every_word_of_the_frequency_list_hunspell_accepts_is_a_form():
    # the superset the suggestions rely on: a candidate outside it is never asked of Hunspell
    dic = dictionary.package_file("hunspell", "dictionaries", "en_US.dic")
    forms = affixes.forms(dic, dic.with_suffix(".aff"))
    assert forms is not None and len(forms) > 100_000
    words = [w for w, _ in dictionary.frequencies().items() if w.isascii() and w.isalpha()][::5]
    assert len(words) > 20_000
    assert [w for w in words if w not in forms and dictionary._spells(w)] == []


@pytest.mark.parametrize("word", ["reassessments", "co", "unhappiness", "colour", "realizes", "zucchini"])
def test_inflections_and_derivations_hunspell_accepts_are_forms(word):
    dic = dictionary.package_file("hunspell", "dictionaries", "en_US.dic")
    forms = affixes.forms(dic, dic.with_suffix(".aff"))
    if dictionary._spells(word):
        assert word in forms
