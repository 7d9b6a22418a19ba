"""Strict UTF-8 with errors that say which byte, at which offset, on which line."""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError

BOM = "\ufeff"


def describe(data: bytes, exc: UnicodeDecodeError, base_offset: int = 0, base_line: int = 1) -> str:
    """The message for a decode error in ``data``, which starts at byte
    ``base_offset`` and line ``base_line`` of its file."""
    bad = data[exc.start:exc.start + 1].hex()
    line = base_line + data.count(b"\n", 0, exc.start)
    return (
        f"not valid UTF-8: byte 0x{bad} at byte offset {base_offset + exc.start} (line {line}); "
        "convert the file to UTF-8 first"
    )


def decode(data: bytes, name: str) -> str:
    """A whole file's text. A leading BOM is dropped, as editors do, so that
    columns count from the first visible character."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(describe(data, exc), where=name) from None
    return text[1:] if text.startswith(BOM) else text


def decode_line(data: bytes, offset: int, lineno: int) -> str:
    """One line of a line-based file that starts at byte ``offset``; raises
    ``InputError`` (without ``where``: the caller knows the file)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(describe(data, exc, offset, lineno)) from None
    if offset == 0 and text.startswith(BOM):
        text = text[1:]
    return text


def numbered_lines(stream) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, line without its line break) for a binary
    stream, read lazily so that a file of any size streams in flat memory."""
    offset = 0
    for lineno, raw in enumerate(stream, start=1):
        yield lineno, offset, raw.rstrip(b"\r\n")
        offset += len(raw)
