from __future__ import annotations

from decimal import Decimal

from tqcheck.numbers import quantities, rounds_to
from tqcheck.numbers.compare import Span, compare, describe
from tqcheck.numbers.quantity import Quantity
from tqcheck.text import Document


def outcome(src, tgt):
    s, t = Document(src, "zh"), Document(tgt, "en")
    return compare([Span(0, len(src), 0, len(tgt))], quantities(s), quantities(t))


def test_rounding_goes_one_way():
    assert rounds_to(Decimal("309100000000"), Decimal("309000000000"))
    assert rounds_to(Decimal("1960000"), Decimal("1900000"))
    assert not rounds_to(Decimal(2000), Decimal(2500))
    assert not rounds_to(Decimal(2020), Decimal(2021))


def test_equal_values_match():
    assert outcome("营收3091亿美元，增长百分之五。", "Revenue was $309.1 billion, up 5 percent.") == ([], [], [])


def test_changed_missing_extra():
    changed, missing, extra = outcome("2020年有三千五百万人。", "In 2020 there were 3.5 million people.")
    assert [(s.value, t.value) for s, t in changed] == [(Decimal(35000000), Decimal("3500000.0"))]
    _, missing, _ = outcome("12人死亡。", "Several people died.")
    assert [m.value for m in missing] == [12]
    _, _, extra = outcome("很多人死亡。", "12 people died.")
    assert [e.value for e in extra] == [12]


def test_value_said_twice_in_source_once_in_target():
    assert outcome("增长5%，利润也增长5%。", "Both grew 5%.") == ([], [], [])


def test_a_changed_value_is_found_even_when_said_right_elsewhere():
    changed, _, _ = outcome("2020年营收增长5%，2020年利润增长5%。", "In 2020 revenue grew 5% and in 2021 profits grew 5%.")
    assert [(s.value, t.value) for s, t in changed] == [(2020, 2021)]


def test_describe():
    assert describe(Quantity(0, 0, Decimal("309100000000"))) == "309.1 billion"
    assert describe(Quantity(0, 0, Decimal(12345))) == "12,345"
    assert describe(Quantity(0, 0, Decimal(5), "percent")) == "5%"


def test_no_number_on_either_side_is_an_empty_outcome():
    assert outcome("会谈开幕。", "The talks opened.") == ([], [], [])
    assert outcome("会谈开幕。", "The talks opened with 300 people.").extra  # a target number is still read
