"""Paired significance tests between systems, run by sacrebleu itself.

sacrebleu's ``PairedTest`` (paired bootstrap resampling, after Koehn 2004
and Moses; approximate randomisation, after Riezler and Maxwell 2005 and
MultEval) extracts each system's statistics again before testing. Those are
the statistics scoring has just computed (TER's cost ~100 s for 2,000 news
segments), so each metric goes in behind a thin wrapper that hands them
back instead of recomputing; everything else (generators, seeds, p-values,
signatures) is sacrebleu's code, unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence, cast

from sacrebleu.significance import PairedTest

if TYPE_CHECKING:
    from sacrebleu.significance import Result

from ..errors import InputError
from .bootstrap import seed
from .metrics import Computed
from .options import TESTS
#: sacrebleu's defaults: 1,000 bootstrap resamples, 10,000 randomisation trials
SAMPLES = {"bs": 1000, "ar": 10000}
ALPHA = 0.05


class _System(Sequence):
    """Stands in for a system's hypotheses: the right length, and the
    statistics each metric already computed for them."""

    def __init__(self, stats: Mapping[str, list], n: int) -> None:
        self.stats = stats
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # pragma: no cover - sacrebleu only takes len()
        raise TypeError("precomputed system: segments are not available")


class _Cached:
    """A metric whose ``_extract_corpus_statistics`` returns the statistics
    carried by a ``_System``; every other attribute is the metric's own."""

    def __init__(self, key: str, metric: Any) -> None:
        self._key = key
        self._metric = metric

    def _extract_corpus_statistics(self, hyps: _System, refs: Any) -> list:
        return hyps.stats[self._key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._metric, name)


def check_tests(tests: Sequence[str] | str) -> tuple[str, ...]:
    if isinstance(tests, str):
        tests = [t.strip() for t in tests.split(",") if t.strip()]
    unknown = [t for t in tests if t not in TESTS]
    if unknown:
        raise InputError(f"unknown paired test {', '.join(map(repr, unknown))}; choose from {', '.join(TESTS)}")
    return tuple(t for t in TESTS if t in tests)


def paired(systems: Mapping[str, Mapping[str, Computed]], tests: Sequence[str] = TESTS,
           samples: Mapping[str, int] | None = None) -> dict[str, Any]:
    """Each system against the first, per metric and test.

    ``systems`` maps a system name to its computed metrics (same keys,
    same segments). Returns ``{test: {"samples", "seed", "results"}}`` with
    ``results[metric]`` a list of ``{"system", "score", "p", "significant",
    "signature"}`` rows, baseline first (its ``p`` is null).
    """
    names = list(systems)
    if len(names) < 2:
        raise InputError("paired tests need at least two systems")
    samples = {**SAMPLES, **(samples or {})}
    first = systems[names[0]]
    n = len(next(iter(first.values())).stats)
    keys = list(first)
    named = [(name, _System({k: systems[name][k].stats for k in keys}, n)) for name in names]
    out: dict[str, Any] = {}
    for test in tests:
        metrics = {k: _Cached(k, first[k].metric) for k in keys}
        # duck-typed stand-ins: sacrebleu only calls the methods they define
        runner = PairedTest(cast(Any, named), cast(Any, metrics), references=None, test_type=test,
                            n_samples=samples[test], n_ar_confidence=-1)
        signatures, table = runner()
        by_name = {first[k].name: k for k in keys}
        results: dict[str, list[dict[str, Any]]] = {}
        for metric_name, rows in table.items():
            if metric_name == "System":
                continue
            key = by_name[metric_name]
            sig = signatures[metric_name].format()
            results[key] = [
                {
                    "system": system,
                    "score": float(r.score),
                    "p": None if r.p_value is None else float(r.p_value),
                    "significant": None if r.p_value is None else bool(r.p_value < ALPHA),
                    "signature": sig,
                }
                for system, r in zip(table["System"], cast("list[Result]", rows))
            ]
        out[test] = {"samples": runner.n_samples, "seed": seed()[0], "alpha": ALPHA,
                     "results": results}
    return out
