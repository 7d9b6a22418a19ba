from __future__ import annotations

import random
import unicodedata
from decimal import Decimal

import cn2an
import pytest

from tqcheck.numbers.zh import extract, read_numeral


def values(text):
    return [(text[q.start:q.end], q.value, q.kind, q.firm) for q in extract(text)]


@pytest.mark.parametrize("text,value", [
    ("3091亿美元", Decimal("309100000000")),
    ("三千五百万", Decimal("35000000")),
    ("两千", Decimal("2000")),
    ("3.5亿", Decimal("350000000")),
    ("1.2万亿元", Decimal("1200000000000")),
    ("三点五亿", Decimal("350000000")),
    ("一亿三千万", Decimal("130000000")),
    ("二十万零五百", Decimal("200500")),
    ("一万五", Decimal("15000")),
    ("9000多万", Decimal("90000000")),
    ("一千多万", Decimal("10000000")),
    ("１２３４", Decimal("1234")),
    ("一九九八年", Decimal("1998")),
    ("7万8千", Decimal("78000")),
    ("1亿2000万", Decimal("120000000")),
])
def test_values(text, value):
    (q,) = extract(text)
    assert q.value == value and q.firm


@pytest.mark.parametrize("text,kind,value", [
    ("百分之五", "percent", Decimal(5)),
    ("百分之三点五", "percent", Decimal("3.5")),
    ("增长5%", "percent", Decimal(5)),
    ("下降0.2个百分点", "percent", Decimal("0.2")),
    ("6成是男性", "percent", Decimal(60)),
    ("第50届", "ordinal", Decimal(50)),
    ("50周年", "ordinal", Decimal(50)),
])
def test_kinds(text, kind, value):
    (q,) = extract(text)
    assert (q.kind, q.value) == (kind, value)


def test_two_bare_digits_end_a_numeral():
    assert [(t, v) for t, v, _, _ in values("十三五规划")] == [("十三", 13), ("五", 5)]


def test_words_that_contain_numeral_characters_are_soft():
    for text in ("统一", "一起", "十分重要", "两国", "十几亿国人", "数十万人", "90后", "24小时", "0例", "增长1倍"):
        assert all(not firm for _, _, _, firm in values(text)), text


def test_characters_that_are_not_numerals():
    assert values("千万不要") == []
    assert values("百姓") == []


def test_digits_glued_to_latin_letters_are_names():
    assert values("5G网络和G20峰会") == [("5G", 5, "number", False), ("20", 20, "number", False)]


def test_clock_times_and_scores_are_not_numbers():
    assert values("10:30开始") == []


def test_unit_prefixes_are_not_scales():
    assert values("100千瓦") == [("100", 100, "number", True)]


def test_ranges_share_the_scale():
    assert [v for _, v, _, _ in values("3至5万")] == [30000, 50000]
    assert [k for _, _, k, _ in values("3-5%")] == ["percent", "percent"]


def test_offsets_are_into_the_text():
    text = "去年营收3091亿美元，增长百分之五。"
    assert [t for t, _, _, _ in values(text)] == ["3091亿", "百分之五"]


def test_reader_agrees_with_cn2an():
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.choice([rng.randint(0, 10**4), rng.randint(0, 10**8), rng.randint(0, 10**12),
                        rng.randint(1, 99) * 10 ** rng.randint(0, 10)])
        numeral = cn2an.an2cn(n)
        assert read_numeral(numeral) == n, numeral
        if n > 10:
            (q,) = extract(numeral)
            assert (q.start, q.end, q.value) == (0, len(numeral), n), numeral


def test_a_ratio_written_with_the_ratio_sign_is_not_two_quantities():
    # 1∶1 (U+2236) like 1:1, which the English side writes as a ratio too
    assert values("配资比例由1∶1调整为2∶1，比分3:2。") == []


@pytest.mark.parametrize("text,soft", [
    ("25至27日在杭州举行", "25"),  # the first day of a range of days
    ("26、27日一连两天", "26"),
    ("将从28号开始", "28"),  # 号: a day of the month
    ("三五年后", "三五"),  # "three to five years"
    ("今年“十一”黄金周", "十一"),  # National Day, a name
    ("十一长假", "十一"),
    ("包括1名助理主任", "1"),  # English writes "a" or "one"
])
def test_days_ranges_and_names_are_soft(text, soft):
    got = {t: firm for t, _, _, firm in values(text)}
    assert got[soft] is False


def test_firm_look_alikes_stay_firm():
    assert values("十一个人")[0][3] is True
    assert values("有7万人，8千人") == [("7万", Decimal(70000), "number", True), ("8千", Decimal(8000), "number", True)]
    assert values("增长15%")[0][3] is True


def test_skipped_runs_hold_no_number_start():
    # extract jumps over these characters: none may begin a number
    from tqcheck.numbers.zh import _NO_NUMBER, APPROX_DIGIT, DIGITS

    starts = set(DIGITS) | set("十拾百") | {APPROX_DIGIT}
    skipped = [c for c in map(chr, range(0x30000)) if _NO_NUMBER.fullmatch(c)]
    assert len(skipped) > 20000
    assert not [c for c in skipped if c.isdigit() or c in starts]


def test_ascii_digits_take_the_short_way_to_the_same_string():
    from tqcheck.numbers.zh import _ascii_digits

    for s in ("1,234.5", "2020", "3.14", "1,000,000", "１２３", "1,２3．5", "٣٤"):
        slow = "".join(str(unicodedata.digit(c)) if c.isdigit() else ("." if c in ".．" else c) for c in s if c != ",")
        assert _ascii_digits(s) == slow
