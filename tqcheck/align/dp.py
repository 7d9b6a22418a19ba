"""Monotonic sentence alignment by dynamic programming.

Beads join 1-1, 1-2, 2-1, 1-3, 3-1 source/target sentences, or leave one
sentence unmatched (1-0, 0-1). A bead's cost is its prior (-log of how
often such beads occur) plus how unlikely its length ratio is under the
language pair's ``LengthModel`` plus an anchor term: shared numbers,
Latin-script tokens and question marks pull sentences together, anchors
on one side only push them apart. This is Gale and Church (1993) with the
log-ratio length model of ``length.py`` and anchors in the spirit of
Moore (2002) and hunalign's dictionary bonus.

Long documents are aligned inside a band around the diagonal, so the cost
is O((n + m) * band) rather than O(n * m).
"""

from __future__ import annotations

import math
from typing import NamedTuple, Sequence

from .length import LengthModel

#: bead shape -> cost of choosing it (-ln of its prior probability)
BEADS = {
    (1, 1): -math.log(0.85),
    (1, 2): -math.log(0.05),
    (2, 1): -math.log(0.05),
    (1, 3): -math.log(0.01),
    (3, 1): -math.log(0.01),
    (1, 0): -math.log(0.01),
    (0, 1): -math.log(0.01),
}
#: a sentence left unmatched also pays this, as if its ratio were this far off
SKIP_COST = 2.0
SHARED_BONUS = 1.5
ONE_SIDED_COST = 0.75
BAND = 20
FULL_CELLS = 40_000


class Item(NamedTuple):
    """A sentence as the aligner sees it: length and anchors."""

    chars: float
    anchors: frozenset


class Bead(NamedTuple):
    source: tuple[int, int]  # sentence index range [i, j)
    target: tuple[int, int]
    cost: float


def align(source: Sequence[Item], target: Sequence[Item], model: LengthModel) -> list[Bead]:
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [Bead((0, n), (0, m), 0.0)]
    if n == 1 and m == 1:
        return [Bead((0, 1), (0, 1), _bead_cost(source, target, model))]
    # the band follows the rectangle's diagonal, so it need not widen when
    # one side has more sentences; a path that strays further is given up
    band = BAND if n * m > FULL_CELLS else max(n, m)
    inf = math.inf
    # prefix sums of lengths, so a bead's length costs O(1)
    s_len = [0.0]
    for x in source:
        s_len.append(s_len[-1] + x.chars)
    t_len = [0.0]
    for x in target:
        t_len.append(t_len[-1] + x.chars)
    # prefix counts of anchors, so "does a bead hold any" and a skipped
    # bead's anchor count cost O(1), not a slice and a sum per cell
    s_anch = [0]
    for x in source:
        s_anch.append(s_anch[-1] + len(x.anchors))
    t_anch = [0]
    for x in target:
        t_anch.append(t_anch[-1] + len(x.anchors))
    # a range of one to three sentences recurs in every cell of its row or
    # column: its anchors are joined once
    s_union: dict[tuple[int, int], frozenset] = {}
    t_union: dict[tuple[int, int], frozenset] = {}
    mean, sd, short = model.mean, model.sd, model.short
    log = math.log
    sqrt = math.sqrt
    skip_base = SKIP_COST
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]  # cost[i][j], only inside the band
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    cost[0][0] = 0.0
    beads = list(BEADS.items())
    for i in range(n + 1):
        center = i * m / n
        lo, hi = max(0, int(center - band)), min(m, int(center + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for (a, b), prior in beads:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi].get(pj)
                if prev is None:
                    continue
                n_s = s_anch[i] - s_anch[pi]
                n_t = t_anch[j] - t_anch[pj]
                if a and b:
                    ls = s_len[i] - s_len[pi] or 1.0
                    lt = t_len[j] - t_len[pj] or 1.0
                    z = (log(lt / ls) - mean) / (sd * sqrt(1 + short / ls))
                    c = z * z / 2
                    if n_s or n_t:
                        a_s = s_union.get((pi, i))
                        if a_s is None:
                            a_s = s_union[pi, i] = frozenset().union(*(x.anchors for x in source[pi:i]))
                        a_t = t_union.get((pj, j))
                        if a_t is None:
                            a_t = t_union[pj, j] = frozenset().union(*(x.anchors for x in target[pj:j]))
                        c += _union_cost(a_s, a_t)
                else:
                    c = skip_base
                    if n_s or n_t:
                        c += ONE_SIDED_COST * (n_s + n_t)
                c += prev + prior
                if c < best:
                    best, arg = c, (a, b)
            if arg is not None:
                cost[i][j] = best
                back[i][j] = arg
    if m not in cost[n]:  # the band missed the corner: fall back to one bead
        return [Bead((0, n), (0, m), inf)]
    out: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = back[i][j]
        out.append(Bead((i - a, i), (j - b, j), cost[i][j] - cost[i - a][j - b]))
        i, j = i - a, j - b
    out.reverse()
    return out


def _anchor_cost(src: Sequence[Item], tgt: Sequence[Item]) -> float:
    return _union_cost(frozenset().union(*(x.anchors for x in src)), frozenset().union(*(x.anchors for x in tgt)))


def _union_cost(a_s: frozenset, a_t: frozenset) -> float:
    shared = len(a_s & a_t)
    return -SHARED_BONUS * shared + ONE_SIDED_COST * (len(a_s) + len(a_t) - 2 * shared)


def _bead_cost(src: Sequence[Item], tgt: Sequence[Item], model: LengthModel) -> float:
    if not src or not tgt:
        return SKIP_COST + ONE_SIDED_COST * sum(len(x.anchors) for x in (*src, *tgt))
    ls = sum(x.chars for x in src)
    lt = sum(x.chars for x in tgt)
    z = model.z(max(ls, 1), max(lt, 1))
    return z * z / 2 + _anchor_cost(src, tgt)
