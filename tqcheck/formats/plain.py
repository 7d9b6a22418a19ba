"""Plain text: one document per file, with its source and references when
files named by the pairing convention sit beside it."""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from .encoding import decode
from .files import STDIN_NAME, read_bytes
from .records import Input, Problem, Record


STDIN = "-"


def _text(path: str | None, name: str) -> str:
    return decode(read_bytes(path), name)


def _paired(path: str, what: str) -> str:
    """A source or reference file's text ("-": standard input)."""
    name = STDIN_NAME if path == STDIN else path
    text = _text(None if path == STDIN else path, name)
    if not text.strip():
        raise InputError(f"{what} is empty", where=name)
    return text


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    target = _text(inp.path, inp.name)
    try:
        source = _paired(inp.source, "source") if inp.source else None
        references = tuple(_paired(r, "reference") for r in inp.references)
    except InputError as exc:
        # the target is fine but cannot be checked as asked without its pair
        yield Problem(inp.name, f"paired file {exc}")
        return
    yield Record(inp.name, target, source=source, references=references)
