"""Aligned segment pairs as input: ``[{id, source, target[, references]}, ...]``.

Translation tools (CAT tools, MT pipelines, XLIFF/TMX/PO files) hand over
text already cut into segments; each is checked on its own and every issue
carries the segment id, with offsets into that segment's target (or source,
for ``side: "source"``).

An empty target is a finding, not an input error: a segment the translator
has not done yet is exactly what a check should report (``translation.empty``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .errors import InputError
from .inputs import validate_text

KEYS = frozenset({"id", "source", "target", "references"})


@dataclass(frozen=True)
class Segment:
    id: str
    target: str
    source: str | None = None
    references: tuple[str, ...] = ()


def _text(value: Any, where: str, what: str, *, allow_empty: bool) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be a string, not {type(value).__name__}", where=where)
    if allow_empty and not value.strip():
        return value
    try:
        return validate_text(value, what)
    except InputError as exc:
        exc.where = where
        raise


def read_segment(item: Any, index: int) -> Segment:
    where = f"segments[{index}]"
    if isinstance(item, Segment):
        item = {"id": item.id, "target": item.target, "source": item.source, "references": list(item.references)}
    if not isinstance(item, Mapping):
        raise InputError(f"a segment must be a mapping with id and target, not {type(item).__name__}", where=where)
    unknown = sorted(set(item) - KEYS)
    if unknown:
        raise InputError(f"unknown key(s) {', '.join(map(repr, unknown))}; a segment has {', '.join(sorted(KEYS))}", where=where)
    if "id" not in item or "target" not in item:
        raise InputError("a segment needs an id and a target", where=where)
    sid = item["id"]
    if isinstance(sid, bool) or not isinstance(sid, (str, int)) or (isinstance(sid, str) and not sid.strip()):
        raise InputError("id must be a non-empty string or an integer", where=where)
    source = item.get("source")
    references = item.get("references") or ()
    if isinstance(references, str) or not isinstance(references, (list, tuple)):
        raise InputError("references must be a list of strings", where=where)
    return Segment(
        id=str(sid),
        # an empty target is reported by a rule when there is a source to compare with
        target=_text(item["target"], where, "target", allow_empty=source is not None),
        source=None if source is None else _text(source, where, "source", allow_empty=False),
        references=tuple(_text(r, where, f"references[{i}]", allow_empty=False) for i, r in enumerate(references)),
    )


def read_segments(items: Iterable[Any]) -> list[Segment]:
    if isinstance(items, (str, bytes, Mapping)):
        raise InputError("segments must be a list of {id, source, target} mappings")
    out: list[Segment] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        seg = read_segment(item, i)
        if seg.id in seen:
            raise InputError(f"duplicate segment id {seg.id!r} (also segments[{seen[seg.id]}])", where=f"segments[{i}]")
        seen[seg.id] = i
        out.append(seg)
    if not out:
        raise InputError("no segments to check")
    return out
