"""Wiki markup copied with a text is protected like a URL: rules leave it alone."""

from tqcheck.text.protected import find_protected


def kinds(text):
    return [(s.kind, text[s.start:s.end]) for s in find_protected(text)]


def test_a_wiki_link_is_markup_even_when_cut_off():
    assert kinds('See [[:wikisource:fr:De Buonaparte|"De..."]] now.') == [
        ("markup", '[[:wikisource:fr:De Buonaparte|"De..."]]')]
    assert kinds("See [[:wikisource:fr:De Buonaparte") == [("markup", "[[:wikisource:fr:De Buonaparte")]


def test_a_line_of_interlanguage_links_is_markup_to_its_end():
    text = "Angola.\nes:Demografía de Angola fr:Démographie de l'Angola lt:Angolos demografija\nNext line."
    assert kinds(text) == [("markup", "es:Demografía de Angola fr:Démographie de l'Angola lt:Angolos demografija")]


def test_times_ratios_and_labels_are_not_markup():
    assert kinds("At 10:30 he said: no. Re: the plan; the ratio is 3:2; Note:x and see:also.") == []
    assert kinds("Ada fi:Ada") == []


def test_www_places_are_the_places_of_every_way_of_writing_it():
    import random

    from tqcheck.scan import places
    from tqcheck.text.protected import _WWW, _www_places

    rng = random.Random(2)
    pieces = ["w", "W", ".", "ww", "www.", "WwW.", "wW.", "w.", "a", " ", "é", "\n", "W.W."]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _www_places(text) == places(text, *_WWW), text
