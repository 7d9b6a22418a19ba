"""Wiki markup copied with a text is protected like a URL: rules leave it alone."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def _interlanguage_lines(text):
    """The interlanguage-link spans as ``_wiki`` found them before: every
    line with two or more colons scanned for language codes."""
    from tqcheck.text.protected import _LANG_PREFIX, Span

    out = []
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        if text.count(":", line_start, line_end) >= 2:
            found = list(_LANG_PREFIX.finditer(text, line_start, line_end))
            if len(found) >= 2:
                out.append(Span(found[0].start(), line_end, "markup"))
        line_start = line_end + 1
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["fr:", "de:", "zh-yue:", "en:", "ab", "X", ":", "::", ": ", ":1", ":/", ":é", ":\u0661",
                                 "[", "|", " ", "\n", "\r\n", "\t", "\u00a0", "Angola", "12:30", "said:"]),
                max_size=40).map("".join))
@example("fr:Démographie de l'Angola de:Demografie Angolas\nsaid: no\nen:A fr:B")
@example("fr:a\nde:b")
def test_language_links_found_on_lines_with_two_glued_colons_only(text):
    from tqcheck.text.protected import _WIKI_LINK, Span, _wiki

    links = [Span(m.start(), m.end(), "markup") for m in _WIKI_LINK.finditer(text)] if "[[" in text else []
    assert list(_wiki(text)) == links + _interlanguage_lines(text)
