"""benchmarks/corrupt_meaning.py: the future ↔ past corruption makes English words."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import corrupt_meaning  # noqa: E402


def _made(target: str, seed: int = 0):
    return corrupt_meaning.future_past(random.Random(seed), "", target, {})


def test_will_before_an_adverb_is_not_inflected_as_a_verb():
    # lemminflect inflects any word as a verb: "will only" once became "onlied"
    # (the word after "will" is no verb: the sentence gives no future-past corruption at all)
    for target in ("The plan will only help a few.", "Prices will always rise."):
        assert all(_made(target, seed) is None for seed in range(5))
    assert _made("He will soon leave.")[0] == "He soon left."  # a known adverb is stepped over


def test_will_before_a_verb_is_put_in_the_past():
    assert _made("The company will open a new plant.")[0] == "The company opened a new plant."
    assert _made("They will be there.")[0] == "They were there."
