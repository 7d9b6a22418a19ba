from __future__ import annotations

from tqcheck.align import pairs, sentence_pairs
from tqcheck.align.dp import Item, align
from tqcheck.align.length import ZH_EN
from tqcheck.text import Document
from tqcheck.unit import Unit


def items(lengths, anchors=None):
    anchors = anchors or [()] * len(lengths)
    return [Item(n, frozenset(a)) for n, a in zip(lengths, anchors)]


def shapes(beads):
    return [(b.source[1] - b.source[0], b.target[1] - b.target[0]) for b in beads]


def test_one_to_one():
    assert shapes(align(items([10, 20, 30]), items([35, 70, 105]), ZH_EN)) == [(1, 1), (1, 1), (1, 1)]


def test_one_to_two_and_a_skipped_sentence():
    assert shapes(align(items([20, 20]), items([70, 35, 35]), ZH_EN)) == [(1, 1), (1, 2)]
    assert shapes(align(items([20, 30, 20]), items([70, 70]), ZH_EN)) == [(1, 1), (1, 0), (1, 1)]


def test_anchors_pull_sentences_together():
    src = items([20, 20], [{("n", "5")}, {("w", "wto")}])
    tgt = items([70, 70], [{("w", "wto")}, {("n", "5")}])
    # crossing is impossible; the anchors make the 1-1 beads cost more than usual
    beads = align(src, tgt, ZH_EN)
    assert shapes(beads) == [(1, 1), (1, 1)]
    assert sum(b.cost for b in beads) > sum(b.cost for b in align(items([20, 20]), items([70, 70]), ZH_EN))


def test_long_documents_use_a_band_and_stay_linear():
    n = 600
    beads = align(items([20] * n), items([70] * n), ZH_EN)
    assert shapes(beads) == [(1, 1)] * n


def test_segments_are_one_pair_and_documents_are_aligned():
    src, tgt = Document("会议在北京举行。代表们讨论了贸易问题。", "zh"), Document("The meeting was held in Beijing. Delegates discussed trade.", "en")
    assert len(pairs(Unit(tgt, src, segment="1"))) == 1
    assert [p.kind for p in pairs(Unit(tgt, src))] == ["1-1", "1-1"]
    assert [p.kind for p in sentence_pairs(Unit(tgt, src, segment="1"))] == ["1-1", "1-1"]


def test_texts_past_the_sentence_limit_are_paired_by_paragraph_or_whole(monkeypatch):
    import tqcheck
    import tqcheck.align as align_mod
    from tqcheck.align import alignment_method

    monkeypatch.setattr(align_mod, "MAX_SENTENCES", 5)
    src_text = "好。好。好。\n\n是。是。是。是。"
    tgt_text = "Good. Good. Good.\n\nYes. Yes. Yes. Yes."
    unit = Unit(Document(tgt_text, "en"), Document(src_text, "zh"))
    got = [(p.kind, src_text[p.src_start:p.src_end], tgt_text[p.tgt_start:p.tgt_end]) for p in pairs(unit)]
    assert got == [("3-3", "好。好。好。", "Good. Good. Good."), ("4-4", "是。是。是。是。", "Yes. Yes. Yes. Yes.")]
    assert alignment_method(unit) == "paragraphs"
    # paragraphs that do not correspond: one pair for the whole texts
    unit = Unit(Document("Good. Good. Good. Yes. Yes. Yes. Yes.", "en"), Document(src_text, "zh"))
    assert [p.kind for p in pairs(unit)] == ["7-7"] and alignment_method(unit) == "whole"
    # the report says how the texts were paired, and validates
    report = tqcheck.check(tgt_text, source=src_text).to_dict()
    assert report["alignment"]["method"] == "paragraphs"
    from tests.conftest import assert_valid_report
    assert_valid_report(report)


def test_texts_under_the_limit_are_aligned_sentence_by_sentence():
    from tqcheck.align import MAX_SENTENCES, alignment_method

    assert MAX_SENTENCES >= 5_000  # a long article (1 MB is about 6,000 sentences) is aligned in full
    unit = Unit(Document("Good. Yes.", "en"), Document("好。是。", "zh"))
    assert alignment_method(unit) == "length+anchors"


def _reference_align(source, target, model):
    """The aligner as first written (a slice and a set union per bead), kept
    to check that the faster one finds the same beads at the same costs."""
    import math

    from tqcheck.align.dp import BEADS, BAND, FULL_CELLS, ONE_SIDED_COST, SKIP_COST, Bead, _anchor_cost

    n, m = len(source), len(target)
    band = BAND if n * m > FULL_CELLS else max(n, m)
    s_len, t_len = [0.0], [0.0]
    for x in source:
        s_len.append(s_len[-1] + x.chars)
    for x in target:
        t_len.append(t_len[-1] + x.chars)
    s_any = [bool(x.anchors) for x in source]
    t_any = [bool(x.anchors) for x in target]
    cost = [{} for _ in range(n + 1)]
    back = [{} for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        center = i * m / n
        lo, hi = max(0, int(center - band)), min(m, int(center + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = math.inf, None
            for (a, b), prior in BEADS.items():
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or cost[pi].get(pj) is None:
                    continue
                anchored = any(s_any[pi:i]) or any(t_any[pj:j])
                if a and b:
                    ls = s_len[i] - s_len[pi] or 1.0
                    lt = t_len[j] - t_len[pj] or 1.0
                    z = (math.log(lt / ls) - model.mean) / (model.sd * math.sqrt(1 + model.short / ls))
                    c = z * z / 2
                    if anchored:
                        c += _anchor_cost(source[pi:i], target[pj:j])
                else:
                    c = SKIP_COST
                    if anchored:
                        c += ONE_SIDED_COST * sum(len(x.anchors) for x in (*source[pi:i], *target[pj:j]))
                c += cost[pi][pj] + prior
                if c < best:
                    best, arg = c, (a, b)
            if arg is not None:
                cost[i][j], back[i][j] = best, arg
    if m not in cost[n]:
        return [Bead((0, n), (0, m), math.inf)]
    out, i, j = [], n, m
    while i > 0 or j > 0:
        a, b = back[i][j]
        out.append(Bead((i - a, i), (j - b, j), cost[i][j] - cost[i - a][j - b]))
        i, j = i - a, j - b
    return out[::-1]


def test_the_same_beads_and_costs_as_the_first_aligner():
    import random

    rnd = random.Random(7)
    pool = [f"a{k}" for k in range(12)]

    def items(k):
        return [Item(float(rnd.randint(1, 120)), frozenset(rnd.sample(pool, rnd.choice((0, 0, 1, 2, 3)))))
                for _ in range(k)]

    for _ in range(300):
        src, tgt = items(rnd.randint(2, 14)), items(rnd.randint(2, 14))
        assert align(src, tgt, ZH_EN) == _reference_align(src, tgt, ZH_EN)
    src, tgt = items(230), items(240)  # past FULL_CELLS: the band
    assert align(src, tgt, ZH_EN) == _reference_align(src, tgt, ZH_EN)
