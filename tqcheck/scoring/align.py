"""Monotonic sentence alignment of two versions of one text, scored with chrF.

A translator may merge two sentences into one or split one into two, so a
hypothesis and its reference need not correspond sentence by sentence.
This finds the best chain of *beads* from start to end: 1-1, 2-1, 1-2,
and 1-0 / 0-1 for a sentence with no counterpart (an addition or an
omission). It is the Gale-Church dynamic programme with chrF in place of
sentence length: both sides are English here, so character n-gram overlap
says far more than length does.

Scoring: a bead that pairs text earns ``(chrF - FLOOR) * chars``, where
``chars`` is the number of characters it covers on both sides; a 1-0 or
0-1 bead earns nothing. Weighting by characters makes the objective the
length-weighted similarity of the whole text, independent of how many
beads it is cut into, so merging two sentences wins exactly when the
merged pair matches better than the parts. ``FLOOR`` is what unrelated
sentences of the same language score: below it, leaving a sentence
unmatched beats forcing it into a pair. Merges pay a small ``MERGE_COST``
so that, at equal similarity, 1-1 wins.

chrF here is sacrebleu's definition (character 1- to 6-grams, whitespace
ignored, precision and recall averaged over the orders that occur) with
beta = 1: alignment is symmetric, whereas chrF2 weights recall, which would
let a long sentence pair with a short fragment of it too cheaply.

The search keeps to a band around the diagonal (``BAND`` sentences either
side of the line from start to end, widened only when the best path runs
along its edge), so it costs O(n * BAND) similarity computations rather
than O(n * m).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple, Sequence

ORDER = 6
FLOOR = 0.2
MERGE_COST = 0.02
BAND = 4

_KINDS = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


class Bead(NamedTuple):
    """Sentences ``a[a0:a1]`` correspond to ``b[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int

    @property
    def kind(self) -> str:
        return f"{self.a1 - self.a0}-{self.b1 - self.b0}"


class _Profile(NamedTuple):
    grams: tuple[frozenset[str], ...]  # per order, each n-gram occurrence made unique
    totals: tuple[int, ...]  # n-grams per order
    chars: int


def profile(text: str) -> _Profile:
    """Character n-grams of ``text`` with whitespace removed (as chrF does).

    A multiset is stored as a set by numbering repeats (``ab``, ``ab\x001``,
    ...), so that ``len(x & y)`` is the clipped match count sum(min(c, d))
    and runs as one C-level set intersection.
    """
    s = "".join(text.split())
    grams = []
    totals = []
    for n in range(1, ORDER + 1):
        items = [s[i:i + n] for i in range(len(s) - n + 1)]
        unique = set(items)
        if len(unique) < len(items):
            unique.update(f"{g}\x00{k}" for g, c in Counter(items).items() if c > 1 for k in range(1, c))
        grams.append(frozenset(unique))
        totals.append(len(items))
    return _Profile(tuple(grams), tuple(totals), len(s))


def chrf(p: _Profile, q: _Profile, beta: float = 1.0) -> float:
    """chrF between two profiles, 0..1 (sacrebleu's effective-order average)."""
    prec = rec = 0.0
    used = 0
    for gp, gq, tp, tq in zip(p.grams, q.grams, p.totals, q.totals):
        if tp and tq:
            match = len(gp & gq)
            prec += match / tp
            rec += match / tq
            used += 1
    if not used:
        return 0.0
    prec /= used
    rec /= used
    if prec + rec == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * prec * rec / (b2 * prec + rec)


#: work units (see ``work.py``) charged per cell of a band search: five bead
#: gains, each a chrF of two short sentence profiles or a memo lookup, ~4 us
#: of CPU here (3.6 us per cell on 300 sentences, 7.6 on 10,000)
UNITS_PER_CELL = 10


def align(a: Sequence[str], b: Sequence[str], band: int = BAND, budget: Any = None) -> list[Bead]:
    """The best monotonic alignment of sentence lists ``a`` and ``b``.

    The search starts in a band ``band`` sentences either side of the
    diagonal; when the best path touches the band's edge (a long omission
    or addition), it is searched again in a band twice as wide.

    Texts whose sentences all look alike (``A b. A b. ...``) keep touching
    the edge until the band covers everything: n x m cells, 50 s for 600
    sentences. With a ``work.WorkBudget`` each search is charged
    ``UNITS_PER_CELL`` per cell before it runs; the first (linear in the
    sentences) always runs, and a wider one the budget cannot cover is not
    tried: the alignment found so far stands and ``budget.narrowed`` is set.
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return [Bead(0, n, 0, m)] if n or m else []
    scorer = _Scorer(a, b)
    width = max(1, band)
    beads: list[Bead] = []
    while True:
        if budget is not None:
            cost = _cells(n, m, width) * UNITS_PER_CELL
            if beads and cost > budget.left:
                budget.narrowed = True
                return _attach(beads, a, b)
            budget.spend(cost)
        beads, touched = _search(n, m, width, scorer.gain)
        if not touched or width >= max(n, m):
            return _attach(beads, a, b)
        width *= 2


def _bounds(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Each row's band of cells, ``lo..hi`` inclusive."""
    ratio = m / n
    span = width * max(1.0, ratio)
    return [(max(0, int(i * ratio - span)), min(m, int(i * ratio + span) + 1)) for i in range(n + 1)]


def _cells(n: int, m: int, width: int) -> int:
    return sum(hi - lo + 1 for lo, hi in _bounds(n, m, width))


def _attach(beads: list[Bead], a: Sequence[str], b: Sequence[str]) -> list[Bead]:
    """Join each unmatched sentence to an adjacent pair when that raises the
    pair's chrF: the sentence is then part of the pair's translation (a
    1-3 or 3-1 split, which the search itself does not try), not an
    addition or an omission. Unmatched sentences that lower it (boilerplate,
    a dropped sentence) stay on their own."""

    def sim(x: Bead) -> float:
        return chrf(profile(" ".join(a[x.a0:x.a1])), profile(" ".join(b[x.b0:x.b1])))

    beads = list(beads)
    changed = True
    resume = 0
    while changed:
        changed = False
        # beads before the last join's left neighbour kept their neighbours
        # and found no gain: resume beside the join, not from the start
        for k in range(resume, len(beads)):
            lone = beads[k]
            if (lone.a0 < lone.a1) == (lone.b0 < lone.b1):
                continue  # a pair, not a lone sentence
            best: tuple[float, Bead] | None = None
            where = k
            for nb in (k - 1, k + 1):
                if not 0 <= nb < len(beads):
                    continue
                pair = beads[nb]
                if pair.a0 == pair.a1 or pair.b0 == pair.b1:
                    continue
                joined = Bead(min(pair.a0, lone.a0), max(pair.a1, lone.a1), min(pair.b0, lone.b0), max(pair.b1, lone.b1))
                gain = sim(joined) - sim(pair)
                if gain > 0 and (best is None or gain > best[0]):
                    best, where = (gain, joined), nb
            if best is not None:
                beads[min(k, where)] = best[1]
                del beads[max(k, where)]
                resume = max(0, min(k, where) - 1)
                changed = True
                break
    return beads


class _Scorer:
    """Bead gains, each computed once however often the band is widened."""

    def __init__(self, a: Sequence[str], b: Sequence[str]) -> None:
        self.a, self.b = a, b
        self.pa = [profile(s) for s in a]
        self.pb = [profile(s) for s in b]
        self.ma: dict[int, _Profile] = {}
        self.mb: dict[int, _Profile] = {}
        self.memo: dict[tuple[int, int, int, int], float] = {}

    def _joined(self, side: dict[int, _Profile], texts: Sequence[str], i: int) -> _Profile:
        p = side.get(i)
        if p is None:
            p = side[i] = profile(texts[i] + " " + texts[i + 1])
        return p

    def gain(self, i: int, j: int, di: int, dj: int) -> float:
        """What the bead ending at (i, j) covering di sentences of a and dj of b earns."""
        if di == 0 or dj == 0:
            return 0.0
        key = (i, j, di, dj)
        g = self.memo.get(key)
        if g is None:
            x = self.pa[i - 1] if di == 1 else self._joined(self.ma, self.a, i - 2)
            y = self.pb[j - 1] if dj == 1 else self._joined(self.mb, self.b, j - 2)
            sim = chrf(x, y) - FLOOR - (MERGE_COST if di + dj > 2 else 0.0)
            g = self.memo[key] = sim * (x.chars + y.chars)
        return g


def _search(n: int, m: int, width: int, gain) -> tuple[list[Bead], bool]:
    """Dynamic programme over cells (i, j) within ``width`` (scaled to the
    length ratio) of the diagonal; also says whether the path touched the
    band's edge."""
    bounds = _bounds(n, m, width)
    neg = float("-inf")
    best: list[dict[int, float]] = []
    back: list[dict[int, tuple[int, int]]] = []
    for i in range(n + 1):
        lo, hi = bounds[i]
        row: dict[int, float] = {}
        brow: dict[int, tuple[int, int]] = {}
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            top, arg = neg, (0, 0)
            for di, dj in _KINDS:
                pj = j - dj
                if i < di or pj < 0:
                    continue
                prev = (best[i - di] if di else row).get(pj)
                if prev is None:
                    continue
                v = prev + gain(i, j, di, dj)
                if v > top:
                    top, arg = v, (di, dj)
            if top > neg:
                row[j] = top
                brow[j] = arg
        best.append(row)
        back.append(brow)
    beads = []
    touched = False
    i, j = n, m
    while i or j:
        lo, hi = bounds[i]
        if (j <= lo and lo > 0) or (j >= hi and hi < m):
            touched = True
        di, dj = back[i][j]
        beads.append(Bead(i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads, touched
