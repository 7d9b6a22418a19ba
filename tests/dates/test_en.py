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


def test_times_as_machine_translation_spaces_them():
    # "15: 00", "1: 00 a.m.", "19: 44: 50" and military "1400 hours" are the times they say
    assert [(h, mi) for _, _, _, h, mi in parts("from 15: 00 on July 24 to 14: 00 on July 25") if h is not None] == [
        (15, 0), (14, 0)]
    assert [(p[3], p[4]) for p in parts("At 1: 00 a.m. and 12: 20 p.m.")] == [(1, 0), (12, 20)]
    assert [(p[3], p[4]) for p in parts("2020-07-26 19: 44: 50 Source") if p[3] is not None] == [(19, 44)]
    assert [(p[3], p[4]) for p in parts("between 1500 hours and 2400 hours")] == [(15, 0), (24, 0)]
    # a day list is not a time, and a count after a date is not a day
    assert [p[2] for p in parts("July 24 to 14: 00")] == [24, None]
    assert [p[0] for p in parts("As of 24:00 on July 25, 4 cases were found.")] == ["24:00", "July 25"]
    assert [p[2] for p in parts("July 25, 26 and 27; on July 25, 26, 27.")] == [25, 26, 27, 25, 26, 27]
    assert parts("It took 2500 hours, 1990 hours and then 1200 hours.") == []


def test_a_text_without_digits_reads_what_the_full_reading_reads(monkeypatch):
    # ``extract`` skips the scans that need a digit when there is none; forcing the full reading
    # (a digit test that always passes) must find the same mentions, months and noons included
    import re

    from tqcheck.dates import en

    texts = [
        "In May the talks resumed; by noon on Monday the Jul. meeting and the Mar summit were set.",
        "She may come in March, or in May, or at midnight before the January session.",
        "Nothing here names a month or a time of day.",
        "Sept. and Sep talks, the midday break, and December.",
    ]
    quick = [extract(t) for t in texts]
    monkeypatch.setattr(en, "_DIGIT", re.compile(""))
    assert [extract(t) for t in texts] == quick
    assert any(quick)


def _scanned(text):
    """``extract`` as it was before the scans started from runs of digits
    and substring searches: every regex over the whole text."""
    import tqcheck.dates.common as common
    import tqcheck.dates.en as en

    def every(rx, text, starts):
        return rx.finditer(text)

    saved = en.matches_at, common.matches_at
    en.matches_at = common.matches_at = every
    try:
        return en.extract(text)
    finally:
        en.matches_at, common.matches_at = saved


_PIECES = [
    "on", "On", "ON", "since", "ſince", "as of", "before", "between", "at", "AT", "by", "and", "to", "the", "The",
    "July", "Jul.", "Sept.", "May", "Mar", "March", "December", "noon", "Noon", "midnight", "MIDDAY", "mıdnight",
    "mid", "5", "21", "21st", "3rd", "١٢", "٣rd", "1400", "2300", "hours", "HOURS", "2020-07-21", "10:30", "a.m.",
    "pm", "o'clock", "of", "floor", ",", ".", "-", "–", "%", "million", "\n\n", " ", "  ", "\u00a0", "\t", "İ", "K",
]


def test_scans_from_digit_runs_find_what_whole_text_scans_find():
    import random

    rng = random.Random(22)
    for _ in range(4000):
        words = rng.choices(_PIECES, k=rng.randint(1, 14))
        text = "".join(w + rng.choice(["", " ", " ", "\n", "\u00a0"]) for w in words)
        assert extract(text) == _scanned(text), text


def test_look_alikes_around_digit_runs():
    for text in ("the\n\n21st of July", "July\n\n21", "on\u00a0the  21st", "as of  the   3rd, 4th",
                 "5 to 6th", "ſince the 5th", "at 1400 hours", "AT 1400 HOURS", "mıdnight", "MIDNIGHT and noon",
                 "İ met him at midnight on July 4", "the 21st"):
        assert extract(text) == _scanned(text), text
