"""Scoring against reference translations with sacrebleu: corpus BLEU,
chrF, chrF++ and TER with their signatures, sentence pairs (aligned when
the texts do not correspond line by line), bootstrap confidence intervals,
and paired significance tests between systems.

    from tqcheck.scoring import score
    s = score(translation, [reference])
    s["bleu"].score, s["bleu"].signature, s.worst(5)
"""

from typing import TYPE_CHECKING, Any

from .options import METRICS, TOKENIZERS

if TYPE_CHECKING:  # loaded lazily at run time (__getattr__ below); type checkers see them here
    from .evaluate import compare, score
    from .metrics import tokenizer_for
    from .result import Comparison, MetricScore, Pair, Scores

__all__ = ["compare", "score", "Comparison", "MetricScore", "Pair", "Scores", "METRICS", "TOKENIZERS", "tokenizer_for"]

# sacrebleu and numpy take ~0.25 s to import: load them when scoring is
# first used, not whenever tqcheck (or its CLI) starts
_LAZY = {"compare": "evaluate", "score": "evaluate", "Comparison": "result", "MetricScore": "result",
         "Pair": "result", "Scores": "result", "tokenizer_for": "metrics"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
