"""Plain text: one document per file, with its source and references when
files named by the pairing convention sit beside it."""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from .encoding import decode
from .files import STDIN_NAME, read_bytes
from .records import Input, Problem, Record


STDIN = "-"


def _text(path: str | None, name: str, regular_only: bool = False) -> str:
    return decode(read_bytes(path, regular_only=regular_only), name)


def _paired(path: str, what: str, named: bool) -> str:
    """A source or reference file's text ("-": standard input); one found by
    the naming convention must be a regular file."""
    name = STDIN_NAME if path == STDIN else path
    text = _text(None if path == STDIN else path, name, regular_only=not named)
    if not text.strip():
        raise InputError(f"{what} is empty", where=name)
    return text


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    target = _text(inp.path, inp.name, regular_only=not inp.named)
    try:
        source = _paired(inp.source, "source", inp.pairs_named) if inp.source else None
        references = tuple(_paired(r, "reference", inp.pairs_named) for r in inp.references)
    except InputError as exc:
        # the target is fine but cannot be checked as asked without its pair
        yield Problem(inp.name, f"paired file {exc}")
        return
    yield Record(inp.name, target, source=source, references=references)
