"""Issue 16, finding 4: glossary matching costs text plus hits, not entries
x occurrences, and the service caps the glossary a request may carry.

The hits must be exactly those of the previous implementation, which read
each hit by a pass over every entry sharing its key; that pass is kept here
as the oracle (``_old_classify``)."""

from __future__ import annotations

import random

import pytest

from tqcheck.glossary import Entry, Glossary
from tqcheck.glossary.limits import MAX_ENTRIES, MAX_TERM_CHARS, MAX_TERMS, check_limits
from tqcheck.glossary.match import ACCENT, APPROVED, CASE, EXACT, FORBIDDEN, Hit, Matcher, _key
from tqcheck.text.patterns import fold
from tqcheck.errors import LimitError


def _old_classify(found, candidates):
    """The reading before issue 16 (a pass over every candidate), verbatim."""
    ranked = []
    for entry, kind, term in candidates:
        if found == term:
            form, rank = EXACT, 0
        elif found.casefold() == term.casefold():
            form, rank = CASE, 1
        else:
            form, rank = ACCENT, 2
        if kind == FORBIDDEN and entry.case_sensitive and form != EXACT:
            continue
        ranked.append((rank, kind == FORBIDDEN, (entry, kind, term, form)))
    if not ranked:
        return None
    return min(ranked, key=lambda r: (r[0], r[1]))[2]


def _old_find(m: Matcher, text: str) -> list[Hit]:
    hits = []
    for mt in m.target_rx.finditer(fold(text)):
        found = " ".join(text[mt.start():mt.end()].split())
        best = _old_classify(found, m.by_key.get(_key(found), ()))
        if best is not None:
            hits.append(Hit(mt.start(), mt.end(), *best))
    return hits


_BASES = ["António Costa", "Antonio Costa", "EU", "eu", "Eu", "the", "The", "THE", "Kraków", "Krakow",
          "summit", "Summit", "EU-China summit", "José", "Jose", "JOSÉ", "straße", "data set", "Data Set"]


def _variant(rng: random.Random, term: str) -> str:
    pick = rng.randrange(4)
    if pick == 0:
        return term.upper()
    if pick == 1:
        return term.lower()
    if pick == 2:
        return fold(term)
    return term.replace(" ", "  ")


def _random_case(seed: int) -> tuple[Glossary, str]:
    rng = random.Random(seed)
    entries = []
    for _ in range(rng.randrange(1, 40)):
        target = rng.choice(_BASES)
        forbidden = tuple(rng.sample(_BASES, rng.randrange(0, 4)))
        entries.append(Entry(target, rng.choice([None, "术语", "峰会"]), forbidden, rng.random() < 0.4))
    words = [_variant(rng, rng.choice(_BASES)) if rng.random() < 0.5 else rng.choice(_BASES) for _ in range(80)]
    filler = ["and", "met", "in", "at", "the", ",", "."]
    text = " ".join(w if rng.random() < 0.6 else rng.choice(filler) for w in words)
    return Glossary(tuple(entries)), text


@pytest.mark.parametrize("seed", range(60))
def test_hits_equal_the_previous_implementation(seed):
    glossary, text = _random_case(seed)
    m = Matcher(glossary)
    assert m.find(text) == _old_find(m, text)


def test_hits_equal_on_the_sample_glossary():
    from pathlib import Path

    from tqcheck.glossary import load

    root = Path(__file__).resolve().parents[2]
    g = load(root / "references" / "article.glossary.tsv")
    text = (root / "examples" / "article.txt").read_text(encoding="utf-8")
    m = Matcher(g)
    assert m.find(text) == _old_find(m, text)
    assert m.find(text)  # the sample does use its glossary


def test_many_entries_sharing_common_words():
    """16,000 entries forbidding the same common words: every occurrence is
    one hit, read as the first entry listing it (the old pass took 17.8 s)."""
    common = ["the", "of", "and", "to", "in"]
    entries = tuple(Entry(f"approved term {i}", None, (common[i % 5],)) for i in range(16_000))
    m = Matcher(Glossary(entries))
    text = "The rest of the talks and the minister's visit to Kyiv in June. " * 400  # 25 kB
    found = m.find(text)
    assert len(found) == 400 * 7  # The, of, the, and, the, to, in
    firsts = {w: entries[i] for i, w in enumerate(common)}
    for h in found:
        word = text[h.start:h.end]
        assert h.kind == FORBIDDEN and h.entry is firsts[word.lower()]
        assert h.form == (EXACT if word.islower() else CASE)
    # and the same as the old reading, on a slice it can afford
    small = Matcher(Glossary(entries[:500]))
    assert small.find(text[:2000]) == _old_find(small, text[:2000])


def test_approved_wins_over_forbidden_for_the_same_spelling():
    g = Glossary((Entry("Summit", None, ("summit",)), Entry("summit")))
    m = Matcher(g)
    hits = m.find("the summit and the SUMMIT")
    assert [(h.kind, h.form, h.entry.target) for h in hits] == [
        (APPROVED, EXACT, "summit"), (APPROVED, CASE, "Summit")]
    assert hits == _old_find(m, "the summit and the SUMMIT")


def test_missing_rule_with_many_entries_sharing_a_source_term():
    from tqcheck import check

    entries = tuple(Entry(f"term {i}", "峰会") for i in range(3000))
    report = check("The talks went well.", source="峰会" * 2000 + "。", glossary=Glossary(entries),
                   enable=["terminology"])
    missing = [i for i in report.issues if i.rule == "terminology.missing"]
    # each entry once, at the first occurrence of its source term
    assert len(missing) == min(3000, report.to_dict().get("truncated", {}).get("max_issues", 3000))
    assert {i.start for i in missing} == {0}


# -- the service's caps ---------------------------------------------------------


def test_check_limits_names_the_cap():
    ok = Glossary(tuple(Entry(f"t{i}") for i in range(MAX_ENTRIES)))
    check_limits(ok)
    with pytest.raises(LimitError) as exc:
        check_limits(Glossary(tuple(Entry(f"t{i}") for i in range(MAX_ENTRIES + 1))))
    assert exc.value.status == 413
    assert exc.value.details[0]["pointer"] == "/glossary"
    assert f"at most {MAX_ENTRIES:,}" in exc.value.message
    many_terms = Glossary(tuple(Entry(f"t{i}", f"s{i}", (f"a{i}", f"b{i}", f"c{i}")) for i in range(MAX_TERMS // 5 + 1)))
    with pytest.raises(LimitError, match="terms"):
        check_limits(many_terms)
    long_terms = Glossary(tuple(Entry("x" * 1000 + str(i)) for i in range(MAX_TERM_CHARS // 1000 + 1)))
    with pytest.raises(LimitError, match="characters"):
        check_limits(long_terms)


@pytest.fixture(scope="module")
def client():
    from tqcheck.web import create_app

    return create_app({}, warm=False).test_client()


def _tsv(n: int) -> str:
    return "".join(f"术语{i}\tterm number {i}\tthe\n" for i in range(n))


def test_api_refuses_too_many_entries_with_413(client):
    resp = client.post("/api/v1/check", json={"text": "The talks went well.", "glossary": _tsv(MAX_ENTRIES + 1)})
    assert resp.status_code == 413
    body = resp.get_json()
    assert resp.mimetype == "application/problem+json"
    assert body["errors"][0]["pointer"] == "/glossary"
    assert f"{MAX_ENTRIES + 1:,} glossary entries" in body["detail"] and f"{MAX_ENTRIES:,}" in body["detail"]


def test_api_accepts_a_glossary_at_the_cap(client):
    text = "The talks went well. " * 50
    resp = client.post("/api/v1/check", json={"text": text, "glossary": _tsv(MAX_ENTRIES)})
    assert resp.status_code == 200
    forbidden = [i for i in resp.get_json()["issues"] if i["rule"] == "terminology.forbidden"]
    assert len(forbidden) == 50


def test_form_refuses_too_many_entries_with_413(client):
    resp = client.post("/", data={"text": "The talks went well.", "glossary_file": _tsv(MAX_ENTRIES + 1)})
    assert resp.status_code == 413
    assert b"glossary entries" in resp.data
