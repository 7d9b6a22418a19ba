from __future__ import annotations

import random

import pytest
from sacrebleu.metrics import CHRF

from tqcheck.scoring.align import Bead, align, chrf, profile


def ones(n: int, offset_b: int = 0) -> list[Bead]:
    return [Bead(i, i + 1, i + offset_b, i + 1 + offset_b) for i in range(n)]


def test_chrf_is_sacrebleus_chrf_with_beta_one(hyp, ref):
    public = CHRF(beta=1)
    for h, r in zip(hyp, ref):
        assert chrf(profile(h), profile(r)) * 100 == pytest.approx(public.sentence_score(h, [r]).score, abs=1e-9)


def test_corresponding_texts_align_one_to_one(hyp, ref):
    assert align(hyp, ref) == ones(len(hyp))


def test_merges_and_splits_are_found(hyp, ref):
    # the reference joins sentences 3 and 4 and cuts sentence 9 at its comma
    cut = ref[9].index(", ") + 2
    b = ref[:3] + [ref[3] + " " + ref[4]] + ref[5:9] + [ref[9][:cut], ref[9][cut:]] + ref[10:]
    beads = align(hyp, b)
    assert Bead(3, 5, 3, 4) in beads
    assert Bead(9, 10, 8, 10) in beads
    assert sum(bd.kind == "1-1" for bd in beads) == len(hyp) - 3


def test_a_long_omission_widens_the_band(hyp, ref):
    # eight consecutive sentences missing: twice the starting band
    b = ref[:6] + ref[14:]
    beads = align(hyp, b)
    assert beads == align(hyp, b, band=len(hyp))
    assert [bd for bd in beads if bd.kind == "1-0"] == [Bead(i, i + 1, 6, 6) for i in range(6, 14)]
    assert sum(bd.kind == "1-1" for bd in beads) == len(b)


def test_boilerplate_stays_unmatched(hyp, ref):
    extra = hyp + ["Statement: The article represents the personal views of the author."]
    assert align(extra, ref)[-1] == Bead(len(hyp), len(hyp) + 1, len(ref), len(ref))


def test_a_sentence_cut_in_three_joins_one_pair(hyp, ref):
    # 1-3 is not a bead kind; the lone third piece joins its pair afterwards
    s = "The EU has formal security and defense partnerships with Australia, Japan, and South Korea, and in 2020 it signed a broad strategic partnership with ASEAN that covers counterterrorism, maritime security, and cybersecurity."
    h = ["Kallas said that the EU is not a traditional security actor.", s, "Macron called for an alliance of action."]
    parts = ["The EU has formal security and defense partnerships with Australia, Japan, and South Korea.",
             "In 2020 it signed a broad strategic partnership with ASEAN.",
             "It covers counterterrorism, maritime security, and cybersecurity."]
    r = ["Kallas said the EU is not a traditional security actor.", *parts, "Macron called for an alliance of action."]
    assert align(h, r) == [Bead(0, 1, 0, 1), Bead(1, 2, 1, 4), Bead(2, 3, 4, 5)]


def test_empty_sides():
    assert align([], []) == []
    assert align(["One sentence."], []) == [Bead(0, 1, 0, 0)]
    assert align([], ["One.", "Two."]) == [Bead(0, 0, 0, 2)]


def _perturb(ref: list[str], rng: random.Random) -> tuple[list[str], list[Bead]]:
    out, truth, i = [], [], 0
    while i < len(ref):
        r = rng.random()
        if r < 0.2 and i + 1 < len(ref):
            truth.append(Bead(i, i + 2, len(out), len(out) + 1))
            out.append(ref[i] + " " + ref[i + 1])
            i += 2
            continue
        words = ref[i].split()
        if r < 0.4 and len(words) >= 8:
            k = len(words) // 2
            truth.append(Bead(i, i + 1, len(out), len(out) + 2))
            out += [" ".join(words[:k]), " ".join(words[k:])]
        else:
            truth.append(Bead(i, i + 1, len(out), len(out) + 1))
            out.append(ref[i])
        i += 1
    return out, truth


def test_random_merges_and_splits_are_recovered(hyp, ref):
    found = total = 0
    for seed in range(10):
        b, truth = _perturb(ref, random.Random(seed))
        got = set(align(hyp, b))
        found += sum(t in got for t in truth)
        total += len(truth)
    assert found / total >= 0.95, f"{found}/{total}"
