import pytest

from tqcheck.lexicon.dialect import variant


@pytest.mark.parametrize("word,expected", [
    ("colour", ("uk", "color")),
    ("neighbourhoods", ("uk", "neighborhoods")),
    ("color", ("us", "colour")),
    ("centre", ("uk", "center")),
    ("centred", ("uk", "centered")),
    ("center", ("us", "centre")),
    ("defence", ("uk", "defense")),
    ("defense", ("us", "defence")),
    ("travelled", ("uk", "traveled")),
    ("traveled", ("us", "travelled")),
    ("catalogue", ("uk", "catalog")),
    ("grey", ("uk", "gray")),
    ("paediatric", ("uk", "pediatric")),
    ("organise", ("ise", "organize")),
    ("organisation", ("ise", "organization")),
    ("recognize", ("ize", "recognise")),
])
def test_variants(word, expected):
    assert variant(word) == expected


@pytest.mark.parametrize("word", [
    "humorous", "honorary", "vigorous", "motor", "doctor", "tour", "four", "acre", "genre",
    "massacre", "advise", "exercise", "compromise", "enterprise", "capsize", "size", "seize",
    "license", "level", "program", "practice", "the",
])
def test_words_spelled_alike_in_both_dialects(word):
    assert variant(word) is None


@pytest.mark.parametrize("word,expected", [
    ("colors", ("us", "colours")),
    ("honored", ("us", "honoured")),
    ("neighborhood", ("us", "neighbourhood")),
    ("theaters", ("us", "theatres")),
    ("kilometers", ("us", "kilometres")),
    ("labeled", ("us", "labelled")),
    ("centered", ("us", "centred")),
    ("centering", ("us", "centring")),
    ("maneuvered", ("us", "manoeuvred")),
])
def test_american_forms_name_their_british_spelling(word, expected):
    assert variant(word) == expected


@pytest.mark.parametrize("word", ["colorado", "honorary", "humorous", "centerpiece", "theatergoer", "fibers",
                                  "meager", "literal", "saviors"])
def test_american_stems_inside_other_words(word):
    from tqcheck.lexicon.dialect import _american

    assert _american(word) == _american_by_loop(word)


def _american_by_loop(word):
    """The stem lists read one by one: what the patterns must agree with."""
    from tqcheck.lexicon import dialect as dl

    for stem in dl._US_OR_STEMS:
        if word.startswith(stem):
            rest = word[len(stem):]
            return None if dl._BOTH_OR.match("or" + rest) else ("us", stem[:-2] + "our" + rest)
    for us, uk in dl._US_ER.items():
        if word.startswith(us) and word[len(us):] in ("", "s", "ed", "ing"):
            return "us", uk + word[len(us):]
    return None
