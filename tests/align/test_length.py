from __future__ import annotations

import math

from tqcheck.align.length import ZH_EN, chars, model_for


def test_chars_ignore_whitespace_and_weigh_scripts():
    assert chars("a b\tc\n") == 3
    assert chars("GDP增长", ascii_weight=0.5) == 3.5
    assert chars("the 新质", cjk_weight=3.0) == 9


def test_a_faithful_translation_scores_near_zero_and_half_of_one_far_below():
    src = "部长们周一在布鲁塞尔举行会晤，讨论了贸易、安全和气候变化等一系列问题。"
    full = "On Monday the ministers met in Brussels and discussed a range of issues including trade, security and climate change."
    ls = ZH_EN.source_length(src)
    assert abs(ZH_EN.z(ls, ZH_EN.target_length(full))) < 1.5
    assert ZH_EN.z(ls, ZH_EN.target_length(full[: len(full) // 2])) < ZH_EN.low_z


def test_empty_sides_and_unknown_pairs():
    assert ZH_EN.z(10, 0) == -math.inf
    assert model_for("zh-Hans", "en-GB") is ZH_EN
    assert model_for("de", "en") is None
