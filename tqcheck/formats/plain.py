"""Plain text: one document per file, with its source and references when
files named by the pairing convention sit beside it."""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from .encoding import decode
from .files import read_bytes
from .records import Input, Problem, Record


def _text(path: str | None, name: str) -> str:
    return decode(read_bytes(path), name)


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    target = _text(inp.path, inp.name)
    try:
        source = _text(inp.source, inp.source) if inp.source else None
        references = tuple(_text(r, r) for r in inp.references)
    except InputError as exc:
        # the target is fine but cannot be checked as asked without its pair
        yield Problem(inp.name, f"paired file {exc}")
        return
    yield Record(inp.name, target, source=source, references=references)
