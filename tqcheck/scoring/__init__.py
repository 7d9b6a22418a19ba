"""Scoring against reference translations with sacrebleu: corpus BLEU,
chrF, chrF++ and TER with their signatures, sentence pairs (aligned when
the texts do not correspond line by line), bootstrap confidence intervals,
and paired significance tests between systems.

    from tqcheck.scoring import score
    s = score(translation, [reference])
    s["bleu"].score, s["bleu"].signature, s.worst(5)
"""

from .evaluate import compare, score
from .metrics import METRICS, TOKENIZERS, tokenizer_for
from .result import Comparison, MetricScore, Pair, Scores

__all__ = ["compare", "score", "Comparison", "MetricScore", "Pair", "Scores", "METRICS", "TOKENIZERS", "tokenizer_for"]
