"""JSON Lines: one segment per line, ``{"id", "source", "target", "references"}``.

Streams: a line is read, decoded and parsed on its own, so memory stays
flat however long the file is, and a bad line costs only itself.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..errors import InputError
from .encoding import decode_line, numbered_lines, sniff
from .files import open_binary
from .records import Input, Problem, Record


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    with open_binary(inp) as fh:
        sniff(fh)
        for lineno, offset, raw in numbered_lines(fh):
            if not raw.strip():
                continue
            try:
                line = decode_line(raw, offset, lineno)
            except InputError as exc:
                yield Problem(inp.name, exc.message, line=lineno)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(inp.name, f"not valid JSON: {exc.msg} (column {exc.colno})", line=lineno)
                continue
            yield record(obj, inp.name, lineno)


def record(obj: Any, name: str, lineno: int) -> Record | Problem:
    """A record from one parsed line, or a problem saying which field is wrong."""
    if not isinstance(obj, dict):
        return Problem(name, f"expected a JSON object, found {type(obj).__name__}", line=lineno)
    seg_id = obj.get("id", lineno)
    if isinstance(seg_id, bool) or not isinstance(seg_id, (str, int)):
        return Problem(name, "\"id\" must be a string or an integer", line=lineno)
    seg_id = str(seg_id)
    if "target" not in obj:
        return Problem(name, "missing \"target\"", line=lineno, id=seg_id)
    target, source, refs = obj["target"], obj.get("source"), obj.get("references")
    for key, value in (("target", target), ("source", source)):
        if value is not None and not isinstance(value, str):
            return Problem(name, f"\"{key}\" must be a string, not {type(value).__name__}", line=lineno, id=seg_id)
    if refs is None:
        refs = []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        return Problem(name, "\"references\" must be a list of strings", line=lineno, id=seg_id)
    return Record(
        name,
        target or "",
        source=source if source and source.strip() else None,
        references=tuple(r for r in refs if r.strip()),
        id=seg_id,
        line=lineno,
    )
