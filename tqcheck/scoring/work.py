"""A work budget for scoring: TER counted as it runs, stopped when spent.

TER's cost is not a function of bytes. sacrebleu's shift search tries up to
1,000 candidate shifts per sentence pair, and each candidate is a beam edit
distance over the hypothesis (up to 50 cells per word), so a pair's cost is
about *candidates x words x 50*. The number of candidates depends on how
often the same words recur within 50 positions of each other: varied news
prose has few (a 25-word sentence costs ~10^4 cells), while 500 words drawn
from a handful of distinct words reach the 1,000-candidate cap at full length
(~2.5 x 10^7 cells, 16 s of CPU). That cannot be told from the size or the
length of a request, so rather than guess it in advance, the cost is counted
exactly while TER runs:

* one **unit** is one cell of the beam edit-distance matrix (about 0.6 us of
  CPU here); a shift search's scan for matching word runs is charged at one
  unit per ten (hypothesis word, reference word) pairs it visits;
* the sentence alignment (``align.py``) is charged per cell of each band
  search before it runs; a widening the budget cannot cover is skipped and
  the narrower alignment stands (``narrowed``);
* the count is deterministic: the same texts always cost the same units, on
  any machine, so a budget gives the same answer every time;
* a ``WorkBudget`` is charged before each piece of work starts, and raises
  ``WorkExhausted`` when the next piece would overspend it; the metric in
  progress is then abandoned (``evaluate.compare`` reports it *incomplete*,
  as LanguageTool marks ``incompleteResults``), and the metrics already
  finished stand.

The arithmetic is sacrebleu's own: ``translation_edit_rate`` below is
sacrebleu's loop, calling sacrebleu's ``_shift`` with a subclass of its
``BeamEditDistance`` that only counts. ``tests/scoring/test_work_bounds.py``
pins the scores to ``sacrebleu.metrics.TER`` so an upgrade that changes
these internals fails loudly.
"""

from __future__ import annotations

import math
from typing import Dict, List, Sequence, Tuple

from sacrebleu.metrics import TER
from sacrebleu.metrics import lib_ter

#: a scan for shifted word runs visits this many (hyp, ref) word pairs per unit
PAIRS_PER_UNIT = 10


class WorkExhausted(Exception):
    """The budget would be overspent by the next piece of work."""

    def __init__(self, budget: "WorkBudget", metric: str) -> None:
        super().__init__(f"{metric}: work budget of {budget.limit:,} units spent")
        self.budget = budget
        self.metric = metric


class WorkBudget:
    """Units of work one request (or one library call) may spend scoring."""

    def __init__(self, limit: int) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError("a work budget is a positive number of units")
        self.limit = limit
        self.spent = 0
        self.metric = "ter"
        #: the sentence alignment stopped widening its search (``align.py``)
        self.narrowed = False

    def charge(self, units: int) -> None:
        """Spend ``units``, or raise ``WorkExhausted`` if that would overspend."""
        if self.spent + units > self.limit:
            raise WorkExhausted(self, self.metric)
        self.spent += units

    def spend(self, units: int) -> None:
        """Spend ``units`` that must be spent (work linear in the input)."""
        self.spent += units

    @property
    def left(self) -> int:
        return max(0, self.limit - self.spent)


class _Counted(lib_ter.BeamEditDistance):
    """sacrebleu's beam edit distance, charging its cells before computing them."""

    def __init__(self, words_ref: List[str], budget: WorkBudget) -> None:
        super().__init__(words_ref)
        self._budget = budget

    def _edit_distance(self, words_h, start_h, cache):
        n_h = len(words_h)
        ratio = self._n_words_ref / n_h if words_h else 1
        beam = math.ceil(ratio / 2 + lib_ter._BEAM_WIDTH) if lib_ter._BEAM_WIDTH < ratio / 2 else lib_ter._BEAM_WIDTH
        width = min(self._n_words_ref + 1, 2 * beam)
        # the rows computed, plus the walk back for the trace and the cache lookup
        self._budget.charge((n_h - start_h) * width + n_h + self._n_words_ref)
        return super()._edit_distance(words_h, start_h, cache)


def translation_edit_rate(words_hyp: List[str], words_ref: List[str], budget: WorkBudget) -> Tuple[int, int]:
    """``sacrebleu.metrics.lib_ter.translation_edit_rate``, charging ``budget``."""
    n_words_ref = len(words_ref)
    n_words_hyp = len(words_hyp)
    if n_words_ref == 0:
        return n_words_hyp, 0
    cached_ed = _Counted(words_ref, budget)
    shifts = 0
    input_words = words_hyp
    checked_candidates = 0
    while True:
        budget.charge(len(input_words) * n_words_ref // PAIRS_PER_UNIT + 1)
        delta, new_input_words, checked_candidates = lib_ter._shift(
            input_words, words_ref, cached_ed, checked_candidates)
        if checked_candidates >= lib_ter._MAX_SHIFT_CANDIDATES:
            break
        if delta <= 0:
            break
        shifts += 1
        input_words = new_input_words
    edit_distance, _trace = cached_ed(input_words)
    return shifts + edit_distance, n_words_ref


class BudgetedTER(TER):
    """sacrebleu's TER (same options, signature and numbers) that charges a
    ``WorkBudget`` for its edit-distance and shift-search work."""

    def __init__(self, budget: WorkBudget, **kwargs) -> None:
        super().__init__(**kwargs)
        self.budget = budget

    def _compute_segment_statistics(self, hypothesis: str, ref_kwargs: Dict) -> List[float]:
        ref_lengths = 0
        best_num_edits = int(1e16)
        words_hyp = hypothesis.split()
        ref_words: Sequence[List[str]] = ref_kwargs["ref_words"]
        for words_ref in ref_words:
            num_edits, ref_len = translation_edit_rate(words_hyp, words_ref, self.budget)
            ref_lengths += ref_len
            if num_edits < best_num_edits:
                best_num_edits = num_edits
        avg_ref_len = ref_lengths / len(ref_words)
        return [best_num_edits, avg_ref_len]
