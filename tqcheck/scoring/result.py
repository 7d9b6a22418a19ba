"""What scoring returns, and its dict form (the report's ``scores`` section)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .bootstrap import Interval
from .scored_pairs import Part

#: the sentence-level metric pairs are ranked by (worst first); chrF is the
#: steadier of the two at sentence level
RANK_BY = "chrf"


@dataclass
class MetricScore:
    key: str  # bleu, chrf, chrf++, ter
    name: str  # sacrebleu's display name: BLEU, chrF2, chrF2++, TER
    score: float
    signature: str
    interval: Interval | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "score": self.score, "signature": self.signature,
                               "ci": self.interval.to_dict() if self.interval else None}
        out.update(self.details)
        return out


@dataclass
class Pair:
    """One aligned pair: hypothesis part, reference parts, sentence scores."""

    index: int
    hypothesis: Part
    references: list[Part]
    scores: dict[str, float]

    @property
    def kind(self) -> str:
        return f"{self.hypothesis.units}-{self.references[0].units}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"index": self.index, "kind": self.kind,
                               "hypothesis": self.hypothesis.to_dict(),
                               "references": [r.to_dict() for r in self.references]}
        out.update(self.scores)
        return out


def worst_first(pairs: list[Pair]) -> list[Pair]:
    return sorted(pairs, key=lambda p: (p.scores[RANK_BY], p.scores["bleu"], p.index))


@dataclass
class Scores:
    """One hypothesis scored against its references."""

    segmentation: str  # lines, sentences or given
    lang: str
    references: int
    metrics: dict[str, MetricScore]
    pairs: list[Pair]  # in document order
    sentence_signatures: dict[str, str]
    #: metrics left out because the work budget ran out (see ``work.py``)
    incomplete: dict[str, Any] | None = None

    def __getitem__(self, key: str) -> MetricScore:
        return self.metrics[key]

    def worst(self, n: int | None = None) -> list[Pair]:
        ranked = worst_first(self.pairs)
        return ranked if n is None else ranked[:n]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "segmentation": self.segmentation,
            "lang": self.lang,
            "references": self.references,
            "segments": len(self.pairs),
        }
        for key, m in self.metrics.items():
            out[key] = m.to_dict()
        out["sentence_signatures"] = dict(self.sentence_signatures)
        out["sentences"] = [p.to_dict() for p in self.worst()]
        if self.incomplete:
            out["incomplete"] = dict(self.incomplete)
        return out


@dataclass
class Comparison:
    """Several hypotheses scored on the same segments, with paired tests
    of each against the first (the baseline)."""

    systems: dict[str, Scores]
    significance: dict[str, Any]

    @property
    def baseline(self) -> str:
        return next(iter(self.systems))

    def to_dict(self) -> dict[str, Any]:
        return {
            "baseline": self.baseline,
            "systems": [{"name": n, "scores": s.to_dict()} for n, s in self.systems.items()],
            "significance": self.significance,
        }

    def to_document(self, reference_names: Sequence[str]) -> dict[str, Any]:
        """The ``schemas/score.schema.json`` document: what ``tqcheck score
        --format json`` prints and ``POST /api/v1/score`` returns."""
        from .._version import __version__

        return {"tqcheck": {"name": "tqcheck", "version": __version__}, "references": list(reference_names),
                **self.to_dict()}
