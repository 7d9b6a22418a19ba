"""What the metrics score: segments of the hypothesis paired with segments
of each reference.

Inputs come in two shapes. *Line-aligned* files (one segment per line, as
MT systems and sacrebleu use them) are paired line by line, as given.
*Documents* (a translation with paragraphs) are cut into sentences and
aligned (``align.py``), because a translator may merge or split sentences.
``auto`` treats inputs as line-aligned when they all have the same number
of lines, two or more, and none has a blank line (a blank line separates
paragraphs). One-line texts are aligned by sentence: a single sentence
still makes a single pair, and a paragraph on one line is not scored as
one long segment. A list of strings is a list of segments, used as given.

With one hypothesis and one reference the alignment's beads are the pairs.
With more inputs (several references, or several systems compared on the
same segments) every input is aligned to the first reference, and a
boundary is kept only where all alignments have one, so that every input
is cut at the same places; a sentence left unmatched joins the segment
before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Sequence, Union, cast

from ..errors import InputError
from ..text import Document
from .align import align
from .options import MODES

Text = Union[str, Document, Sequence[str]]


class Unit(NamedTuple):
    """A line or sentence: code-point offsets into its text, 1-based line."""

    start: int
    end: int
    line: int
    text: str


@dataclass(frozen=True)
class Side:
    """One input (a hypothesis or a reference) cut into units. For a list of
    segments, offsets are into each segment and ``line`` is its number."""

    units: tuple[Unit, ...]

    def part(self, lo: int, hi: int) -> "Part":
        units = self.units[lo:hi]
        if units:
            text = units[0].text if len(units) == 1 else " ".join(u.text for u in units)
            return Part(units[0].start, units[-1].end, units[0].line, len(units), text)
        # nothing corresponds: an insertion point where the text would be
        if lo < len(self.units):
            at = self.units[lo]
            return Part(at.start, at.start, at.line, 0, "")
        if self.units:
            at = self.units[-1]
            return Part(at.end, at.end, at.line, 0, "")
        return Part(0, 0, 1, 0, "")


class Part(NamedTuple):
    """Consecutive units of one input that form one side of a pair."""

    start: int
    end: int
    line: int
    units: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "line": self.line, "units": self.units, "text": self.text}


def _content_lines(doc: Document) -> list[Unit]:
    units = []
    for k in range(1, len(doc.line_starts) + 1):
        s, e = doc.line_span(k)
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        units.append(Unit(s, e, k, doc.text[s:e]))
    while units and not units[-1].text.strip():  # trailing blank lines and the final line break
        units.pop()
    return units


def _sentences(doc: Document) -> list[Unit]:
    return [Unit(s.start, s.end, doc.position(s.start)[0], doc.text[s.start:s.end]) for s in doc.sentences]


def as_document(value: str | Document, lang: str) -> Document:
    return value if isinstance(value, Document) else Document(value, lang)


def is_given(value: Text) -> bool:
    return not isinstance(value, (str, Document))


def decide(values: Sequence[Text], mode: str, lang: str) -> str:
    """``lines``, ``sentences`` or ``given`` for these inputs."""
    if mode not in MODES:
        raise InputError(f"unknown segmentation {mode!r}; choose from {', '.join(MODES)}")
    given = [is_given(v) for v in values]
    if any(given):
        if not all(given):
            raise InputError("give every input as a list of segments, or every input as a text, not a mix")
        if mode == "sentences":
            raise InputError("lists of segments are used as given; join them into texts to align sentences")
        return "given"
    if mode != "auto":
        return mode
    lines = [_content_lines(as_document(cast("str | Document", v), lang)) for v in values]  # none is given
    same = len({len(u) for u in lines}) == 1 and len(lines[0]) > 1
    blank = any(not u.text.strip() for units in lines for u in units)
    return "lines" if same and not blank else "sentences"


def side(value: Text, mode: str, lang: str) -> Side:
    if mode == "given":
        return Side(tuple(Unit(0, len(s), k + 1, s) for k, s in enumerate(cast("Sequence[str]", value))))
    doc = as_document(cast("str | Document", value), lang)
    return Side(tuple(_content_lines(doc) if mode == "lines" else _sentences(doc)))


def pair_up(hyps: Sequence[Side], refs: Sequence[Side], mode: str, names: Sequence[str],
            budget=None) -> list[tuple[tuple[int, int], ...]]:
    """Segments as unit ranges, one ``(lo, hi)`` per input (hypotheses first,
    then references, in the order given). ``names`` label inputs in errors.
    ``budget`` (a ``work.WorkBudget``) bounds the alignment's search."""
    sides = [*hyps, *refs]
    if mode in ("lines", "given"):
        counts = [len(s.units) for s in sides]
        if len(set(counts)) != 1:
            what = "lines" if mode == "lines" else "segments"
            listing = ", ".join(f"{n} has {c}" for n, c in zip(names, counts))
            hint = "; score them as documents (segmentation 'sentences') to align them" if mode == "lines" else ""
            raise InputError(f"inputs must have the same number of {what}: {listing}{hint}")
        return [tuple((k, k + 1) for _ in sides) for k in range(counts[0])]
    pivot = refs[0]
    others = [*hyps, *refs[1:]]
    texts = [u.text for u in pivot.units]
    if len(others) == 1:
        beads = align([u.text for u in others[0].units], texts, budget=budget)
        return [((b.a0, b.a1), (b.b0, b.b1)) for b in beads]
    # several inputs: cut the pivot only where every alignment has a boundary
    last: list[dict[int, int]] = []
    for other in others:
        cut = {0: 0}
        for b in align([u.text for u in other.units], texts, budget=budget):
            cut[b.b1] = max(cut.get(b.b1, 0), b.a1)
        last.append(cut)
    keep = sorted(set.intersection(*(set(c) for c in last)))
    segments = []
    for lo, hi in zip(keep, keep[1:]):
        ranges = [(0 if lo == 0 else c[lo], c[hi]) for c in last]
        n_h = len(hyps)
        segments.append((*ranges[:n_h], (lo, hi), *ranges[n_h:]))
    if not segments:  # the pivot is empty
        segments.append((*[(0, len(o.units)) for o in hyps], (0, 0), *[(0, len(o.units)) for o in refs[1:]]))
    return segments
