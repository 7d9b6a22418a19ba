from __future__ import annotations

from tqcheck.dates.en import extract


def parts(text):
    return [(text[m.start:m.end], m.month, m.day, m.hour, m.minute) for m in extract(text)]


def test_day_month_in_either_order():
    assert parts("July 21") == [("July 21", 7, 21, None, None)]
    assert parts("21 July") == [("21 July", 7, 21, None, None)]
    assert parts("the 21st of July") == [("the 21st of July", 7, 21, None, None)]
    assert parts("Jul. 21, 2020") == [("Jul. 21", 7, 21, None, None)]


def test_ranges_and_lists_of_days():
    assert parts("On July 17 and 22, it") == [("July 17", 7, 17, None, None), ("22", 7, 22, None, None)]
    assert parts("on the 14th and 21st, both") == [("14th", None, 14, None, None), ("21st", None, 21, None, None)]


def test_may_is_a_month_only_beside_a_date():
    assert parts("May I ask?") == []
    assert parts("in May") == [("May", 5, None, None, None)]
    assert parts("May 4") == [("May 4", 5, 4, None, None)]


def test_day_only_needs_a_date_context():
    assert parts("on the 27th floor") == []
    assert parts("of the 26th Shanghai TV Festival") == []
    assert parts("On the 26th (CET), prosecutors") == [("26th", None, 26, None, None)]


def test_times():
    assert parts("10:30 a.m.") == [("10:30 a.m.", None, None, 10, 30)]
    assert parts("at 3 pm") == [("3 pm", None, None, 3, 0)]
    assert parts("at noon") == [("noon", None, None, 12, 0)]
