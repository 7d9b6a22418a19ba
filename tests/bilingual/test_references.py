"""What a reference holds for the reference-aware rules: keys and lemmas,
the bases of capitalised words, acronyms, and the bound on references read."""

from __future__ import annotations

from tqcheck.bilingual.references import MAX_REFERENCES, bases, reference_words
from tqcheck.text import Document


def _read(text: str):
    return reference_words([Document(text, "en")])[0]


def test_words_lemmas_and_bases():
    r = _read("Vietnamese investors met officials of Malaysia.")
    assert "investor" in r.words and "investors" in r.words
    assert "vietnam" in r.bases and "malaysia" in r.bases
    assert "official" not in r.bases  # lower-case words make no bases


def test_acronyms_from_runs_and_capitals():
    r = _read("The Communist Party of China and the UN met. Barisan Nasional (BN) won.")
    assert "cpc" in r.initials  # "of" inside a name does not break the run
    assert "un" in r.capitals and "bn" in r.capitals
    assert "cpcu" not in r.initials  # "and the" ends the run


def test_bases_keep_three_letters():
    assert "chin" in bases("chinese") and "chin" in bases("china")
    assert bases("lao") == ("lao",)


def test_memoised_per_document_and_bounded():
    docs = [Document(f"Reference {i}.", "en") for i in range(MAX_REFERENCES + 2)]
    first = reference_words(docs)
    assert len(first) == MAX_REFERENCES
    assert all(a is b for a, b in zip(first, reference_words(docs)))
