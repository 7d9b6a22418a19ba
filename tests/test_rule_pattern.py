"""The pattern rule kind with ``starts``: tried only where str.find says a
match may start, it finds what a scan of the whole text finds."""

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rule import good, pattern
from tqcheck.scan import matches_at, places
from tqcheck.text import Document
from tqcheck.unit import Unit

REGEX = r"ab(?:ab)*+c?|ba"


def _rule(**kw):
    return pattern("demo.pattern.scan", REGEX, category="style/awkward", severity="minor", message="{found}",
                   description="demo", examples=[good("nothing here")], **kw)


SCAN = _rule()
FOUND = _rule(starts=lambda doc: places(doc.text, "ab", "ba"))


def _spans(rule, text):
    return [(i.start, i.end) for i in run(Unit(Document(text)), [Active(rule, "minor", {})])]


def test_places_lists_overlapping_occurrences_in_order():
    assert places("abab ba", "ab", "ba") == [0, 1, 2, 5]
    assert places("xyz", "ab") == []


def test_matches_at_candidates_equal_a_scan():
    for text in ["ababc ba abba", "aabab cbabab", "", "bababab", "abcabcab"]:
        assert _spans(FOUND, text) == _spans(SCAN, text)
    assert _spans(FOUND, "ababc ba") == [(0, 5), (6, 8)]


def test_matches_at_skips_candidates_inside_a_match():
    import re

    rx = re.compile(REGEX)
    assert [m.span() for m in matches_at(rx, "ababab", [0, 1, 2, 4])] == [(0, 6)]


def test_run_starts_gives_one_place_per_run():
    import re

    from tqcheck.scan import run_starts

    assert run_starts("a,,,,b ,, c,", ",,", re.compile(",+")) == [1, 7]
    assert run_starts("." * 100_000, "..", re.compile(r"\.+")) == [0]
    assert run_starts("none here", "..", re.compile(r"\.+")) == []
