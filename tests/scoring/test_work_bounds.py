"""Issue 16, finding 2: scoring work is bounded, not only scoring bytes.

TER's shift search on a long sentence pair that repeats a few words costs
~25 M edit-distance cells (16 s) for 2.5 kB. With a work budget, TER stops
when the budget is spent and is reported incomplete; every other metric
stands. Budgets are counted in deterministic units, so these tests assert
outcomes (what is reported, how many units were spent), never time.
"""

from __future__ import annotations

import random

import pytest
from sacrebleu.metrics import TER

from tqcheck.errors import InputError
from tqcheck.resources import validation_errors
from tqcheck.scoring import compare, score
from tqcheck.scoring import options
from tqcheck.scoring.work import BudgetedTER, WorkBudget, WorkExhausted


def _hostile(words: int = 499, vocab: int = 5, seed: int = 0) -> tuple[str, str]:
    """One low-entropy sentence pair just under the 500-word cap (2 kB)."""
    rng = random.Random(seed)
    voc = "a b c d e f g h".split()[:vocab]
    return (" ".join(rng.choice(voc) for _ in range(words)) + ".",
            " ".join(rng.choice(voc) for _ in range(words)) + ".")


def _ter(hyps, refs, budget=None):
    m = TER() if budget is None else BudgetedTER(budget)
    return m, m.corpus_score(hyps, [refs])


def test_budgeted_ter_equals_sacrebleu(hyp, ref):
    """Same numbers and signature as sacrebleu's TER, on news and on a small repetitive pair."""
    h, r = _hostile(words=25, vocab=3)
    for hyps, refs in ((hyp, ref), ([h], [r])):
        plain, expected = _ter(hyps, refs)
        budget = WorkBudget(10**12)
        counted, got = _ter(hyps, refs, budget)
        assert got.score == expected.score
        assert counted.get_signature().format() == plain.get_signature().format()
        assert budget.spent > 0


def test_units_are_deterministic_and_grow_with_repetition(hyp, ref):
    def units(hyps, refs):
        b = WorkBudget(10**12)
        _ter(hyps, refs, b)
        return b.spent

    assert units(hyp, ref) == units(hyp, ref)
    varied = " ".join(f"w{k}" for k in range(30))
    repetitive = _hostile(words=30, vocab=2)
    # the same length, far more work when few distinct words repeat
    assert units([repetitive[0]], [repetitive[1]]) > 20 * units([varied], [varied[::-1]])


def test_budget_never_overspent():
    h, r = _hostile()
    budget = WorkBudget(50_000)
    with pytest.raises(WorkExhausted):
        _ter([h], [r], budget)
    assert 0 < budget.spent <= budget.limit


def test_score_with_budget_reports_ter_incomplete():
    h, r = _hostile()
    s = score(h, [r], budget=100_000, confidence=0)
    assert "ter" not in s.metrics
    assert set(s.metrics) == {"bleu", "chrf", "chrf++"}
    assert s.incomplete["metrics"] == ["ter"]
    assert s.incomplete["budget"] == 100_000 and s.incomplete["spent"] <= 100_000
    assert all("ter" not in p.scores for p in s.pairs)
    d = s.to_dict()
    assert d["incomplete"]["metrics"] == ["ter"] and "ter" not in d["sentence_signatures"]
    # the finished metrics are the ones an unbounded run gives
    full = score(h, [r], metric_keys="bleu,chrf,chrf++", confidence=0)
    for k in ("bleu", "chrf", "chrf++"):
        assert s[k].score == full[k].score


def test_budget_large_enough_changes_nothing(hyp, ref):
    free = score(hyp, [ref], confidence=0)
    bounded = score(hyp, [ref], confidence=0, budget=options.SERVICE_WORK_MIN)
    assert bounded.incomplete is None
    assert bounded.to_dict() == free.to_dict()


def test_no_budget_by_default():
    """The CLI and plain library calls keep no limit."""
    h, r = _hostile(words=30, vocab=2)
    s = score(h, [r], confidence=0)
    assert "ter" in s.metrics and s.incomplete is None


def test_compare_drops_the_metric_from_every_system():
    h1, r = _hostile(words=80, vocab=3, seed=1)
    h2 = " ".join(f"w{k}" for k in range(10)) + "."  # cheap: scored both before and after the budget runs out
    c = compare({"cheap": h2, "hostile": h1, "again": h2}, [r], budget=60_000, confidence=0, tests="bs",
                samples={"bs": 10})
    for s in c.systems.values():
        assert "ter" not in s.metrics and s.incomplete["metrics"] == ["ter"]
    assert "ter" not in c.significance["bs"]["results"]


@pytest.mark.parametrize("bad", [0, -5, True, 1.5, "10"])
def test_bad_budget(bad):
    with pytest.raises(InputError):
        score("A text.", ["A text."], budget=bad)


def test_service_budget_scales_with_bytes():
    assert options.service_work_budget(10) == options.SERVICE_WORK_MIN
    assert options.service_work_budget(10**9) == options.SERVICE_WORK_MAX
    mid = (options.SERVICE_WORK_MIN // options.SERVICE_WORK_PER_BYTE) + 1000
    assert options.service_work_budget(mid) == mid * options.SERVICE_WORK_PER_BYTE


# -- the service: /api/v1/score, /api/v1/check with references, the form ------


@pytest.fixture(scope="module")
def client():
    from tqcheck.web import create_app

    return create_app({}, warm=False).test_client()


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(options, "SERVICE_WORK_MIN", 100_000)
    monkeypatch.setattr(options, "SERVICE_WORK_MAX", 100_000)


def test_api_score_returns_ter_incomplete(client, small_budget):
    h, r = _hostile()
    resp = client.post("/api/v1/score", json={"text": h, "references": [r]})
    assert resp.status_code == 200
    body = resp.get_json()
    assert validation_errors("score", body) == []
    scores = body["systems"][0]["scores"]
    assert "ter" not in scores and {"bleu", "chrf", "chrf++"} <= set(scores)
    assert scores["incomplete"]["metrics"] == ["ter"] and scores["incomplete"]["budget"] == 100_000


def test_api_check_with_references_returns_ter_incomplete(client, small_budget):
    h, r = _hostile()
    resp = client.post("/api/v1/check", json={"text": h, "references": [r]})
    assert resp.status_code == 200
    body = resp.get_json()
    assert validation_errors("report", body) == []
    assert body["scores"]["incomplete"]["metrics"] == ["ter"] and "ter" not in body["scores"]


def test_form_with_reference_answers(client, small_budget):
    h, r = _hostile()
    resp = client.post("/", data={"text": h, "reference": r})
    assert resp.status_code == 200
    assert b"BLEU" in resp.data and b"work budget" in resp.data  # the incomplete note, under "More scores"


def test_service_scores_the_sample_in_full(client, hyp, ref):
    resp = client.post("/api/v1/score", json={"text": "\n".join(hyp), "references": ["\n".join(ref)]})
    assert resp.status_code == 200
    scores = resp.get_json()["systems"][0]["scores"]
    assert "incomplete" not in scores and "ter" in scores


# -- the sentence alignment: n x m cells when every sentence looks alike ------


def _old_attach(beads, a, b):
    """``align._attach`` before issue 16 (restarting from the first bead after each join)."""
    from tqcheck.scoring.align import Bead, chrf, profile

    def sim(x):
        return chrf(profile(" ".join(a[x.a0:x.a1])), profile(" ".join(b[x.b0:x.b1])))

    beads = list(beads)
    changed = True
    while changed:
        changed = False
        for k, lone in enumerate(beads):
            if (lone.a0 < lone.a1) == (lone.b0 < lone.b1):
                continue
            best, where = None, None
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
                changed = True
                break
    return beads


@pytest.mark.parametrize("seed", range(25))
def test_attach_resumes_beside_the_join_with_the_same_result(seed):
    from tqcheck.scoring import align as A

    rng = random.Random(seed)
    pool = ["The talks went well.", "The minister said so.", "Talks went well, he said.", "Prices rose.",
            "It rained in Paris on Monday.", "Nobody came.", "The minister", "said so.", "Prices", "rose sharply."]
    a = [rng.choice(pool) for _ in range(rng.randrange(1, 14))]
    b = [rng.choice(pool) for _ in range(rng.randrange(1, 14))]
    scorer = A._Scorer(a, b)
    beads, _ = A._search(len(a), len(b), max(len(a), len(b)), scorer.gain)
    assert A._attach(beads, a, b) == _old_attach(beads, a, b)


def test_alignment_of_lookalike_sentences_is_bounded():
    from tqcheck.scoring.align import UNITS_PER_CELL, _cells, align

    a, b = ["A b."] * 300, ["B a."] * 300
    budget = WorkBudget(300_000)
    beads = align(a, b, budget=budget)
    assert budget.narrowed
    # the first search always runs; no wider one was started past the budget
    assert budget.spent <= max(budget.limit, _cells(300, 300, 4) * UNITS_PER_CELL)
    assert beads[0].a0 == 0 and beads[0].b0 == 0 and beads[-1].a1 == 300 and beads[-1].b1 == 300
    assert all(x.a1 == y.a0 and x.b1 == y.b0 for x, y in zip(beads, beads[1:]))


def test_alignment_without_budget_is_unchanged(hyp, ref):
    from tqcheck.scoring.align import align

    budget = WorkBudget(10**12)
    assert align(hyp, ref, budget=budget) == align(hyp, ref)
    assert not budget.narrowed


def test_api_score_of_lookalike_sentences_says_alignment_narrowed(client, small_budget):
    h, r = " ".join(["A b."] * 1000), " ".join(["B a."] * 1000)
    resp = client.post("/api/v1/score", json={"text": h, "references": [r]})
    assert resp.status_code == 200
    body = resp.get_json()
    assert validation_errors("score", body) == []
    inc = body["systems"][0]["scores"]["incomplete"]
    assert inc["alignment_narrowed"] is True


def test_the_hostile_request_of_the_issue_is_bounded_by_the_real_budget(client):
    """2 kB on /api/v1/score took 16 s of TER before; with the service's own
    budget (no monkeypatching) TER stops within 1 M units."""
    h, r = _hostile()
    resp = client.post("/api/v1/score", json={"text": h, "references": [r]})
    assert resp.status_code == 200
    inc = resp.get_json()["systems"][0]["scores"]["incomplete"]
    assert inc["metrics"] == ["ter"]
    assert inc["budget"] == options.SERVICE_WORK_MIN and inc["spent"] <= inc["budget"]
