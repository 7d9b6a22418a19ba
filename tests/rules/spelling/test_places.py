"""The spelling rules' shared places: each rule's tokens found where one pass per rule found them."""

from itertools import compress, filterfalse

from tqcheck.rules.spelling._places import fine_anywhere, places, variant_of
from tqcheck.text import Document


def test_places_are_those_a_pass_of_each_rule_finds():
    doc = Document("The colour of the centre, the color of the center. Teh goverment’s defence; "
                   "the defense ministry realised it. Colour! xqzt xqzt, colour’s. Jiangxi and Teh.")
    texts = doc.word_texts
    vocabulary = list(doc.vocabulary)
    doubtful = set(filterfalse(fine_anywhere, vocabulary))
    variants = {t: variant_of(t) for t in compress(vocabulary, map(variant_of, vocabulary))}
    assert doubtful and variants
    for tokens in (doubtful, variants, {t for t in doubtful if t != "xqzt"}, set()):
        assert places(doc, tokens) == [i for i in range(len(texts)) if texts[i] in tokens]
