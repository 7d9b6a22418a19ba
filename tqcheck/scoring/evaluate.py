"""``score()`` and ``compare()``: texts in, corpus and sentence scores out.

Each corpus metric is computed once per system; sentence scores, bootstrap
intervals and paired tests all reuse its per-segment statistics.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence, Union

from ..errors import InputError
from ..text import Document
from . import bootstrap, metrics, scored_pairs, significance
from .result import Comparison, MetricScore, Pair, Scores
from .options import MAX_SEGMENT_WORDS
from .scored_pairs import Part, Text
from .work import WorkBudget, WorkExhausted

#: sentence pairs always carry these, whatever corpus metrics were asked for
SENTENCE_METRICS = ("chrf", "bleu")


def _validate(value: Any, what: str) -> None:
    if isinstance(value, str):
        if not value.strip():
            raise InputError(f"{what} is empty")
        return
    if isinstance(value, Document):
        if not value.text.strip():
            raise InputError(f"{what} is empty")
        return
    if not isinstance(value, Sequence) or isinstance(value, (bytes, bytearray)):
        raise InputError(f"{what} must be a text or a list of segments, not {type(value).__name__}")
    if not value:
        raise InputError(f"{what} has no segments")
    for i, s in enumerate(value):
        if not isinstance(s, str):
            raise InputError(f"{what}[{i}] must be a string, not {type(s).__name__}")


def _references(references: Sequence[Text] | Mapping[str, Text]) -> dict[str, Text]:
    """References by label: given names, else ``reference 1``, ``reference 2``..."""
    if isinstance(references, (str, Document)):
        raise InputError("references must be a list of references (texts or lists of segments), not one text")
    if isinstance(references, Mapping):
        refs = {str(k): v for k, v in references.items()}
    else:
        refs = {f"reference {i + 1}": r for i, r in enumerate(references)}
    if not refs:
        raise InputError("scoring needs at least one reference")
    return refs


def _check_lengths(inputs: list[list[Part]], labels: list[str], mode: str, limit: int) -> None:
    for label, parts in zip(labels, inputs):
        for p in parts:
            n = len(p.text.split())
            if n > limit:
                where = "segment" if mode == "given" else "line" if mode == "lines" else "sentence at line"
                hint = ("; put one sentence or segment per line, or leave segmentation to 'sentences'"
                        if mode == "lines" else "")
                raise InputError(
                    f"{label}: the {where} {p.line} has {n:,} words, more than the {limit:,} scoring "
                    f"accepts (TER's cost grows with the square of a segment's length){hint}"
                )


def _work_budget(budget: Union[int, WorkBudget, None]) -> WorkBudget | None:
    if budget is None or isinstance(budget, WorkBudget):
        return budget
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
        raise InputError("budget must be a positive number of work units (or None: no limit)")
    return WorkBudget(budget)


def _incomplete(keys: Sequence[str], work: WorkBudget) -> dict[str, Any]:
    out: dict[str, Any] = {"metrics": list(keys), "budget": work.limit, "spent": work.spent}
    said = []
    if work.narrowed:
        out["alignment_narrowed"] = True
        said.append("the sentence alignment was not searched as widely as it would have been (the sentences "
                    "look alike), so some pairs may be matched less well")
    if keys:
        said.append(f"{', '.join(k.upper() for k in keys)} was not computed (TER's shift search costs most on "
                    f"long sentences that repeat the same words); the other metrics are complete")
    out["message"] = f"This request's scoring work budget ({work.limit:,} units) ran out: " + "; ".join(said) + "."
    return out


def compare(
    hypotheses: Mapping[str, Text],
    references: Sequence[Text] | Mapping[str, Text],
    *,
    lang: str = "en",
    tokenize: str | None = None,
    segmentation: str = "auto",
    metric_keys: Sequence[str] | str = metrics.METRICS,
    confidence: int = bootstrap.DEFAULT_RESAMPLES,
    tests: Sequence[str] | str = significance.TESTS,
    samples: Mapping[str, int] | None = None,
    max_segment_words: int = MAX_SEGMENT_WORDS,
    budget: Union[int, WorkBudget, None] = None,
) -> Comparison:
    """Score each hypothesis against the same references, on the same
    segments, and test each against the first (the baseline) with sacrebleu's
    paired tests (``bs``: paired bootstrap, ``ar``: approximate
    randomisation) when there are two or more. ``references`` is a list,
    or a mapping from a label (a file name) to the reference, for messages.
    A segment longer than ``max_segment_words`` (0: no limit) is an error.

    ``budget`` bounds the work (``work.py`` units, or a ``WorkBudget``
    shared with other calls): a metric that would overspend it is dropped
    from every system, pairs and tests included, and each ``Scores`` names
    it under ``incomplete``. None (the default) sets no limit."""
    if not isinstance(hypotheses, Mapping):
        raise InputError("hypotheses must map a name to each translation")
    if not hypotheses:
        raise InputError("nothing to score: no hypothesis given")
    by_label = _references(references)
    refs = list(by_label.values())
    names = list(hypotheses)
    for name in names:
        _validate(hypotheses[name], name)
    for label, r in by_label.items():
        _validate(r, label)
    keys = metrics.check_metrics(metric_keys)
    tests = significance.check_tests(tests)
    if isinstance(confidence, bool) or not isinstance(confidence, int) or confidence < 0 or confidence == 1:
        raise InputError("confidence must be 0 (off) or a number of bootstrap resamples >= 2")
    if isinstance(max_segment_words, bool) or not isinstance(max_segment_words, int) or max_segment_words < 0:
        raise InputError("max_segment_words must be 0 (no limit) or a number of words")
    work = _work_budget(budget)

    values = [hypotheses[n] for n in names] + refs
    mode = scored_pairs.decide(values, segmentation, lang)
    hyp_sides = [scored_pairs.side(hypotheses[n], mode, lang) for n in names]
    ref_sides = [scored_pairs.side(r, mode, lang) for r in refs]
    labels = names + list(by_label)
    ranges = scored_pairs.pair_up(hyp_sides, ref_sides, mode, labels, work)
    ref_parts = [[side.part(*seg[len(names) + k]) for seg in ranges] for k, side in enumerate(ref_sides)]
    ref_texts = [[p.text for p in parts] for parts in ref_parts]
    all_parts = [[side.part(*seg[h]) for seg in ranges] for h, side in enumerate(hyp_sides)] + ref_parts
    if max_segment_words:
        _check_lengths(all_parts, labels, mode, max_segment_words)

    systems: dict[str, Scores] = {}
    computed: dict[str, dict[str, metrics.Computed]] = {}
    dropped: list[str] = []  # metrics the budget did not cover, for every system
    for h, name in enumerate(names):
        hyp_parts = all_parts[h]
        hyp_texts = [p.text for p in hyp_parts]
        done = {}
        for k in dict.fromkeys((*keys, *SENTENCE_METRICS)):
            if k in dropped:
                continue
            try:
                done[k] = metrics.compute(k, metrics.build(k, lang, tokenize, work), hyp_texts, ref_texts)
            except WorkExhausted:
                dropped.append(k)
        per_segment = {k: c.segment_scores() for k, c in done.items() if k in SENTENCE_METRICS or k == "ter"}
        pairs = [
            Pair(i, hyp_parts[i], [parts[i] for parts in ref_parts], {k: v[i] for k, v in per_segment.items()})
            for i in range(len(ranges))
        ]
        reported = {}
        # resampling one pair gives that pair every time: no interval to report
        resample = confidence if len(ranges) > 1 else 0
        for k in keys:
            if k in dropped:
                continue
            c = done[k]
            ci = bootstrap.interval(c.metric, c.stats, resample) if resample else None
            reported[k] = MetricScore(k, c.name, c.score, c.signature, ci, c.details)
        systems[name] = Scores(
            segmentation=mode, lang=lang, references=len(refs), metrics=reported, pairs=pairs,
            sentence_signatures={k: metrics.sentence_signature(done[k]) for k in per_segment},
        )
        computed[name] = {k: done[k] for k in keys if k in done}
    if dropped or (work is not None and work.narrowed):
        assert work is not None  # only a work budget runs out (WorkExhausted)
        for name, s in systems.items():  # systems scored before the budget ran out lose it too
            for k in dropped:
                s.metrics.pop(k, None)
                s.sentence_signatures.pop(k, None)
                computed[name].pop(k, None)
                for p in s.pairs:
                    p.scores.pop(k, None)
            s.incomplete = _incomplete(dropped, work)
        if not any(computed.values()):
            computed = {}
    tested = significance.paired(computed, tests, samples) if len(names) > 1 and tests and computed else {}
    return Comparison(systems, tested)


def score(
    hypothesis: Text,
    references: Sequence[Text],
    *,
    lang: str = "en",
    tokenize: str | None = None,
    segmentation: str = "auto",
    metric_keys: Sequence[str] | str = metrics.METRICS,
    confidence: int = bootstrap.DEFAULT_RESAMPLES,
    max_segment_words: int = MAX_SEGMENT_WORDS,
    budget: Union[int, WorkBudget, None] = None,
) -> Scores:
    """Score one hypothesis against one or more references.

    ``hypothesis`` and each reference are a text (``str`` or ``Document``)
    or a list of segments. ``lang`` is the target language: it picks BLEU's
    tokenizer (``zh`` for Chinese, ``13a`` otherwise) unless ``tokenize``
    names one. ``segmentation`` is ``auto``, ``lines`` or ``sentences``
    (see ``scored_pairs.py``). ``confidence`` is the number of bootstrap
    resamples for 95% intervals (0: none; there is none for a single pair).
    A segment longer than
    ``max_segment_words`` (0: no limit) is an error. ``budget`` bounds the
    scoring work (see ``compare``): TER past it is left out and named in
    ``Scores.incomplete``.
    """
    return compare({"hypothesis": hypothesis}, references, lang=lang, tokenize=tokenize,
                   segmentation=segmentation, metric_keys=metric_keys, confidence=confidence,
                   tests=(), max_segment_words=max_segment_words, budget=budget).systems["hypothesis"]
