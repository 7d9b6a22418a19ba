from __future__ import annotations

from tqcheck.dates.zh import extract


def parts(text):
    return [(text[m.start:m.end], m.kind, m.month, m.day, m.hour, m.minute) for m in extract(text)]


def test_dates():
    assert parts("2020年7月21日") == [("2020年7月21日", "date", 7, 21, None, None)]
    assert parts("十月一日") == [("十月一日", "date", 10, 1, None, None)]
    assert parts("7月17和7月22日") == [("7月17", "date", 7, 17, None, None), ("7月22日", "date", 7, 22, None, None)]
    assert parts("27日，他说") == [("27日", "date", None, 27, None, None)]
    assert parts("本月7日") == [("7日", "date", None, 7, None, None)]
    assert parts("2020-07-26") == [("2020-07-26", "date", 7, 26, None, None)]


def test_times():
    assert parts("上午10时30分") == [("上午10时30分", "time", None, None, 10, 30)]
    assert parts("下午3点") == [("下午3点", "time", None, None, 3, 0)]
    assert parts("05:03:17") == [("05:03:17", "time", None, None, 5, 3)]


def test_look_alikes():
    for text in ("3点建议", "1号线", "三日游", "同时", "24小时", "3个月", "一二月份", "《十月围城》"):
        assert parts(text) == [], text


def test_years_are_not_claimed():
    (m,) = extract("2020年7月21日")
    assert all("2020" not in "2020年7月21日"[a:b] for a, b in m.claimed)


def test_spaces_between_number_and_unit():
    # issue 15: "1989 年11 月13 日" left 11 and 13 to the number check, as missing numbers
    (m,) = extract("柏林墙于1989 年11 月13 日倒塌。")
    assert (m.month, m.day) == (11, 13)
    assert [(m.month, m.day) for m in extract("会议于 7 月 21 日举行")] == [(7, 21)]
