"""The title tests of consistency.capitals read a near window first and the far one only when a run of
capitals goes on past it: their answers must be those of the far window alone."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.consistency import capitals
from tqcheck.rules.consistency.titles import TITLE_WORDS


def _far_run(tokens) -> int:
    return capitals._run_length(tokens, True) or 0


def _long_title_far(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - capitals._FAR):start].split()
    right = text[end:end + capitals._FAR].split()
    return _far_run(reversed(left)) + _far_run(right) + 2 >= 5


def _title_before_name_far(text: str, start: int) -> bool:
    return bool(capitals._title_word_ahead(text[start:start + capitals._FAR].split()))


def test_a_title_run_longer_than_the_near_window():
    head = "They read the Notice on Further Strengthening the Administration of the National "
    text = head + "Day Holiday Arrangements for Schools."
    start = text.index("Day")
    assert start > capitals._NEAR
    assert capitals._in_long_title(text, start, start + len("Day Holiday"))
    assert not capitals._in_long_title("the day after the holiday ended", 4, 7)


def test_a_title_word_beyond_the_near_window():
    text = "EU Foreign Affairs and Security Policy Directorate General Chief Kaja Kallas said so."
    assert "chief" in TITLE_WORDS and text.index("Chief") > capitals._NEAR
    assert capitals._in_title_before_name(text, 0)
    assert not capitals._in_title_before_name("EU Foreign ministers met on Monday in Brussels.", 0)


_WORDS = st.sampled_from(["The", "Notice", "on", "of", "and", "the", "Chief", "Minister", "said", "x.", "Kaja",
                          "National", "for", "Policy", "Strengthening", "Holiday", "ended,", "Day", "a"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=80), st.data())
def test_near_then_far_answers_as_the_far_window(words, data):
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert capitals._in_long_title(text, start, end) == _long_title_far(text, start, end)
    assert capitals._in_title_before_name(text, start) == _title_before_name_far(text, start)
