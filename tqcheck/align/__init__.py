"""Which part of the source each part of the target translates.

For a whole document the source and target sentences are aligned
(``dp.align``); for one segment of many the segment is one pair. Rules
that compare values (numbers, dates, names) compare inside each pair, so
that a number is looked for where its translation should be; the report's
``alignment`` section shows the pairs so users see what was compared.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, NamedTuple, Protocol

from .. import anchors as anchors_mod
from ..numbers import quantities
from ..text import Document
from .dp import Bead, Item, align
from .length import LengthModel, ZH_EN, chars, model_for

__all__ = ["Pair", "pairs", "sentence_pairs", "alignment_method", "alignment_section", "MAX_SENTENCES", "align", "Item", "Bead", "LengthModel", "chars", "model_for"]

_KEY = "_tqcheck_alignment"

#: Sentence-by-sentence alignment costs about 0.45 ms per sentence (the DP
#: tries seven bead shapes in a band of 41 cells). Beyond this many
#: sentences on either side, a text made of thousands of tiny sentences
#: would hold a server worker for a minute, so each paragraph is paired
#: with its counterpart instead (or the whole texts, when their paragraphs
#: do not correspond); real articles stay far below it.
MAX_SENTENCES = 10_000

METHOD = "length+anchors"
METHOD_PARAGRAPHS = "paragraphs"
METHOD_WHOLE = "whole"


class Texts(Protocol):
    """What the aligner reads from a ``tqcheck.unit.Unit``. A protocol, so
    that ``align`` need not import ``unit`` (whose ``alignment`` property
    imports ``bilingual``, which imports the aligner)."""

    target: Document
    source: Document | None
    segment: str | None


class Pair(NamedTuple):
    """Aligned spans: ``source[src_start:src_end]`` is translated by
    ``target[tgt_start:tgt_end]``; an empty span means nothing on that side."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    kind: str  # "1-1", "2-1", "1-0"...
    cost: float = 0.0

    @property
    def has_source(self) -> bool:
        return self.src_end > self.src_start

    @property
    def has_target(self) -> bool:
        return self.tgt_end > self.tgt_start


def pairs(unit: Texts) -> list[Pair]:
    """What rules compare: one pair per aligned bead for a whole document,
    the whole texts for one segment of many."""
    src, tgt = unit.source, unit.target
    if src is None:
        return []
    if unit.segment is not None or not tgt.text.strip():
        return [Pair(0, len(src.text), 0, len(tgt.text), "1-1" if tgt.text.strip() else "1-0")]
    return sentence_pairs(unit)


def sentence_pairs(unit: Texts) -> list[Pair]:
    """Source and target sentences aligned (cached on the source document);
    a text of one sentence on each side is one pair."""
    return _aligned(unit)[1]


def alignment_method(unit: Texts) -> str:
    """How ``pairs`` paired the texts (``METHOD`` unless the texts were too
    long to align sentence by sentence)."""
    if unit.segment is not None or not unit.target.text.strip():
        return METHOD  # one pair, as ``pairs`` gives it
    return _aligned(unit)[0]


def _aligned(unit: Texts) -> tuple[str, list[Pair]]:
    src, tgt = unit.source, unit.target
    if src is None:
        return METHOD, []
    return src.memo_with(_KEY, tgt, lambda: _align_texts(src, tgt))


def _align_texts(src: Document, tgt: Document) -> tuple[str, list[Pair]]:
    method, result = _align_documents(src, tgt) if tgt.text.strip() else (METHOD, [])
    if not result:
        result = [Pair(0, len(src.text), 0, len(tgt.text), "1-1" if tgt.text.strip() else "1-0")]
    return method, result


def _align_documents(src: Document, tgt: Document) -> tuple[str, list[Pair]]:
    """Sentences aligned by DP; when both texts have the same number of
    paragraphs (the usual case for a translated article) each paragraph is
    aligned with its counterpart, so no pair crosses a paragraph break."""
    s_sents, t_sents = src.sentences, tgt.sentences
    if len(s_sents) <= 1 and len(t_sents) <= 1:
        return METHOD, []
    same_paragraphs = len(src.paragraphs) == len(tgt.paragraphs) > 1
    if same_paragraphs:
        blocks = list(zip(_by_paragraph(s_sents), _by_paragraph(t_sents)))
    else:
        blocks = [((0, len(s_sents)), (0, len(t_sents)))]
    if max(len(s_sents), len(t_sents)) > MAX_SENTENCES:
        return (METHOD_PARAGRAPHS if same_paragraphs else METHOD_WHOLE), [
            Pair(s_sents[si].start, s_sents[sj - 1].end, t_sents[ti].start, t_sents[tj - 1].end, f"{sj - si}-{tj - ti}")
            for (si, sj), (ti, tj) in blocks
        ]
    model = model_for(src.lang, tgt.lang) or ZH_EN
    s_items, vocab = _source_items(src, model)
    t_items = _target_items(tgt, vocab, model)
    out = []
    for (si, sj), (ti, tj) in blocks:
        for bead in align(s_items[si:sj], t_items[ti:tj], model):
            (i0, i1), (j0, j1) = bead.source, bead.target
            i0, i1, j0, j1 = i0 + si, i1 + si, j0 + ti, j1 + ti
            ss = (s_sents[i0].start, s_sents[i1 - 1].end) if i1 > i0 else _gap(s_sents, i0, len(src.text))
            ts = (t_sents[j0].start, t_sents[j1 - 1].end) if j1 > j0 else _gap(t_sents, j0, len(tgt.text))
            out.append(Pair(ss[0], ss[1], ts[0], ts[1], f"{i1 - i0}-{j1 - j0}", round(bead.cost, 3)))
    return METHOD, out


def _by_paragraph(sents) -> list[tuple[int, int]]:
    """[start, end) sentence index ranges, one per paragraph, in order."""
    out: list[tuple[int, int]] = []
    for k, s in enumerate(sents):
        if out and sents[out[-1][0]].paragraph == s.paragraph:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((k, k + 1))
    return out


def _gap(sents, index: int, length: int) -> tuple[int, int]:
    """An empty span where a missing sentence would go."""
    pos = sents[index].start if index < len(sents) else length
    return pos, pos


def _within(starts: list[int], s_start: int, s_end: int) -> range:
    """Indexes of the sorted ``starts`` inside [s_start, s_end): a sentence's
    share of a document's anchors by binary search, not a scan of them all
    per sentence (which made a 1 MB document cost seconds)."""
    return range(bisect_left(starts, s_start), bisect_left(starts, s_end))


def _source_items(doc: Document, model: LengthModel) -> tuple[list[Item], set[str]]:
    qs = sorted((q for q in quantities(doc) if q.firm), key=lambda q: q.start)
    q_starts = [q.start for q in qs]
    q_keys = [("n", str(q.value.normalize())) for q in qs]
    toks = sorted((a for a in anchors_mod.find(doc) if a.kind != "latin" or anchors_mod.is_checkable_latin(a.text)),
                  key=lambda a: a.start)
    a_starts = [a.start for a in toks]
    a_keys = [("w", anchors_mod.normalise(a.text)) for a in toks]
    vocab = {k for _, k in a_keys}
    text = doc.text
    items = []
    for s in doc.sentences:
        anchors: set[tuple[str, ...]] = {q_keys[k] for k in _within(q_starts, s.start, s.end)}
        anchors.update(a_keys[k] for k in _within(a_starts, s.start, s.end))
        if text.find("？", s.start, s.end) >= 0 or text.find("?", s.start, s.end) >= 0:
            anchors.add(("?",))
        items.append(Item(model.source_length(text, s.start, s.end), frozenset(anchors)))
    return items, vocab


def _target_items(doc: Document, vocab: set[str], model: LengthModel) -> list[Item]:
    qs = sorted((q for q in quantities(doc) if q.firm), key=lambda q: q.start)
    q_starts = [q.start for q in qs]
    q_keys = [("n", str(q.value.normalize())) for q in qs]
    text = doc.text
    words = _anchor_words(doc, vocab)
    items = []
    for s in doc.sentences:
        anchors: set[tuple[str, ...]] = {q_keys[k] for k in _within(q_starts, s.start, s.end)}
        if words is not None:
            w_starts, w_keys = words
            anchors.update(("w", w_keys[k]) for k in _within(w_starts, s.start, s.end))
        elif vocab:
            for w in doc.iter_words(s.start, s.end):
                key = anchors_mod.normalise(w.text)
                if key in vocab:
                    anchors.add(("w", key))
        if text.find("?", s.start, s.end) >= 0:
            anchors.add(("?",))
        items.append(Item(model.target_length(text, s.start, s.end), frozenset(anchors)))
    return items


def _anchor_words(doc: Document, vocab: set[str]) -> tuple[list[int], list[str]] | None:
    """Starts and keys of the target words whose key is among the source's
    anchors, from the document's word table, each distinct word normalised
    once. None when a sentence boundary cuts a word of the table: its
    sentences' own word scan could then split differently, so the caller
    scans sentence by sentence as before."""
    if not vocab:
        return [], []
    texts, starts, ends = doc.word_texts, doc.word_starts, doc.word_ends
    for s in doc.sentences:
        for edge in (s.start, s.end):
            k = bisect_right(starts, edge) - 1
            if k >= 0 and starts[k] < edge < ends[k]:
                return None
    hits = {}
    for w in set(texts):
        key = anchors_mod.normalise(w)
        if key in vocab:
            hits[w] = key
    if not hits:
        return [], []
    found = [k for k, w in enumerate(texts) if w in hits]
    return [starts[k] for k in found], [hits[texts[k]] for k in found]


def alignment_section(unit: Texts) -> dict[str, Any]:
    """The report's view of the alignment: one entry per pair."""
    out = []
    for p in pairs(unit):
        out.append({
            "kind": p.kind,
            "source": {"start": p.src_start, "end": p.src_end},
            "target": {"start": p.tgt_start, "end": p.tgt_end},
        })
    return {"method": alignment_method(unit), "pairs": out}
