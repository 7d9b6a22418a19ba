from __future__ import annotations

from tqcheck.dates import mentions
from tqcheck.dates.compare import Span, compare
from tqcheck.text import Document


def outcome(src, tgt, numbers=frozenset()):
    s, t = Document(src, "zh"), Document(tgt, "en")
    return compare([Span(0, len(src), 0, len(tgt))], mentions(s), mentions(t), tgt, numbers)


def test_same_date_either_order():
    assert outcome("7月21日开幕", "opened on 21 July") == ([], [])
    assert outcome("7月21日开幕", "opened on July 21") == ([], [])


def test_shifted_day_is_changed():
    changed, missing = outcome("7月21日开幕", "opened on July 12")
    assert [(s.day, t.day) for s, t in changed] == [(21, 12)] and missing == []


def test_dateline_repeated_in_the_text():
    changed, _ = outcome("新华社北京7月26日电 26日，会议开幕。", "BEIJING, July 14 (Xinhua) -- On July 26, the meeting opened.")
    assert [(s.day, t.day) for s, t in changed] == [(26, 14)]


def test_day_only_as_weekday_or_duration():
    assert outcome("21日发表讲话", "spoke on Tuesday") == ([], [])
    assert outcome("隔离14日", "quarantined for 14 days", frozenset({14})) == ([], [])
    _, missing = outcome("21日发表讲话", "gave a speech")
    assert [m.day for m in missing] == [21]


def test_times_with_and_without_am_pm():
    assert outcome("下午3点", "at 3 pm") == ([], [])
    assert outcome("15时", "at 3 p.m.") == ([], [])
    changed, _ = outcome("上午10时30分", "at 11:30 a.m.")
    assert len(changed) == 1


def test_whole_day_hours_are_not_reported():
    assert outcome("7月25日0—24时", "on July 25") == ([], [])


def test_a_source_without_dates_has_nothing_changed_or_missing_whatever_the_target_says():
    assert outcome("会谈开幕。", "The talks opened on July 12 at 10:30 a.m.") == ([], [])
