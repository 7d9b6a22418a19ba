"""sacrebleu's four metrics, one fresh object per call, with the
per-segment statistics kept.

Why not only ``corpus_score``: sacrebleu computes each segment's sufficient
statistics inside ``corpus_score`` and throws them away, yet sentence
scores, bootstrap intervals and paired tests all start from them. Calling
``corpus_score`` and then ``sentence_score`` per pair would tokenise and
count everything twice (TER alone dominates the cost). So this module runs
the same two steps ``corpus_score`` runs (``_extract_corpus_statistics``
then ``_aggregate_and_compute``) and keeps the statistics. Those are
sacrebleu internals: ``tests/scoring/test_metrics.py`` pins every number
here to sacrebleu's public API, so an upgrade that changes them fails loudly.

Metric objects keep state (reference caches, reference counts), hence one
per call and never shared between threads.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Sequence, cast

from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric

from ..errors import InputError
from .options import METRICS, TOKENIZER_NEEDS, TOKENIZERS

_ASIAN = {"zh", "ja", "ko"}


def primary(lang: str) -> str:
    """``zh-Hans-CN`` -> ``zh``."""
    return lang.replace("_", "-").split("-")[0].lower()


def tokenizer_for(lang: str) -> str:
    """BLEU's tokenizer for a target language: ``zh`` for Chinese, ``13a``
    (sacrebleu's default, the one published English results use) otherwise."""
    return "zh" if primary(lang) == "zh" else "13a"


def check_metrics(names: Sequence[str]) -> tuple[str, ...]:
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in names if n not in METRICS]
    if unknown or not names:
        raise InputError(f"unknown metric {', '.join(map(repr, unknown)) or '(none given)'}; "
                         f"choose from {', '.join(METRICS)}")
    return tuple(m for m in METRICS if m in names)  # canonical order, no repeats


def tokenizer_error(tok: str) -> str:
    """Why ``tok`` cannot be used, and what to do."""
    if tok in TOKENIZER_NEEDS:
        return (f"BLEU tokenizer {tok!r} needs packages that are not installed ({TOKENIZER_NEEDS[tok][1]}); "
                f"installed tokenizers: {', '.join(TOKENIZERS)}")
    return f"unknown or unsupported BLEU tokenizer {tok!r}; choose from {', '.join(TOKENIZERS)}"


def build(name: str, lang: str = "en", tokenize: str | None = None, budget: Any = None) -> Metric:
    """A new sacrebleu metric object with tqcheck's defaults. With a
    ``work.WorkBudget``, TER charges it and stops when it is spent (the
    other metrics cost time linear in the text, which its size bounds)."""
    if name == "bleu":
        tok = tokenize or tokenizer_for(lang)
        if tok not in TOKENIZERS:
            raise InputError(tokenizer_error(tok))
        try:
            return BLEU(tokenize=tok)
        except (ImportError, RuntimeError) as exc:  # ja-mecab / ko-mecab without their packages
            raise InputError(f"BLEU tokenizer {tok!r} is not available: {exc}") from None
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "ter":
        # TER's own tokenizer splits CJK characters only when asked to
        if budget is not None:
            from .work import BudgetedTER

            return BudgetedTER(budget, asian_support=primary(lang) in _ASIAN)
        return TER(asian_support=primary(lang) in _ASIAN)
    raise InputError(f"unknown metric {name!r}; choose from {', '.join(METRICS)}")


@dataclass
class Computed:
    """One metric over one system: the corpus score and what it came from."""

    key: str
    name: str  # sacrebleu's display name: BLEU, chrF2, chrF2++, TER
    metric: Metric
    stats: list[list[Any]]
    score: float
    signature: str
    details: dict[str, Any]

    def segment_scores(self) -> list[float]:
        """Each segment's own score, equal to sacrebleu's sentence-level
        score for that segment (sentence BLEU with effective order)."""
        m = sentence_metric(self)
        return [float(m._compute_score_from_stats(st).score) for st in self.stats]


def sentence_metric(c: Computed) -> Metric:
    """The metric as sacrebleu's sentence-level scoring configures it: for
    BLEU a copy with effective order on (so a short sentence with no 4-gram
    match is not scored 0); chrF and TER are the same at both levels."""
    if c.key != "bleu":
        return c.metric
    sent = copy.copy(cast(BLEU, c.metric))  # shares the tokenizer; only the flag differs
    sent.effective_order = True
    return sent


def sentence_signature(c: Computed) -> str:
    return sentence_metric(c).get_signature().format()


def compute(key: str, metric: Metric, hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> Computed:
    """Score ``hyps`` (one string per segment) against ``refs`` (one list of
    segment strings per reference) exactly as ``metric.corpus_score`` does."""
    stats = metric._extract_corpus_statistics(hyps, refs)
    result = metric._aggregate_and_compute(stats)
    return Computed(key, result.name, metric, stats, float(result.score), metric.get_signature().format(), _details(key, result))


def _details(key: str, result: Any) -> dict[str, Any]:
    if key == "bleu":
        return {
            "precisions": [float(p) for p in result.precisions],
            "bp": float(result.bp),
            "sys_len": int(result.sys_len),
            "ref_len": int(result.ref_len),
        }
    if key == "ter":
        return {"edits": float(result.num_edits), "ref_len": float(result.ref_length)}
    return {}
