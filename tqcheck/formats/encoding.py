"""Strict UTF-8 with errors that say which byte, at which offset, on which line.

Text has no NUL bytes: a file with one is binary, or text in UTF-16 or
UTF-32 (which, without a byte-order mark, is mostly valid UTF-8: every
other byte of ASCII text in UTF-16 is a NUL). Such a file is refused with
an error that names it, rather than checked as text that happens to pass.
"""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError

BOM = "\ufeff"
#: how much of a line-based file is looked at before reading it line by line
SNIFF_BYTES = 4096
_WIDE_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32BE"), (b"\xff\xfe\x00\x00", "UTF-32LE"),
    (b"\xfe\xff", "UTF-16BE"), (b"\xff\xfe", "UTF-16LE"),
)


def _wide(data: bytes) -> str | None:
    """UTF-16/32 by its byte-order mark, or by where NUL bytes fall in a
    stretch of mostly-ASCII text without one."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return f"{name} (it starts with a {name[:6]} byte-order mark)"
    head = data[:SNIFF_BYTES]
    if len(head) < 4 or b"\x00" not in head:
        return None
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        units = len(head) // width
        for pos, order in ((0, "LE"), (width - 1, "BE")):
            ascii_units = sum(1 for i in range(units)
                              if head[i * width + pos] != 0
                              and all(head[i * width + j] == 0 for j in range(width) if j != pos))
            if ascii_units >= 0.6 * units:
                return f"{name}{order} without a byte-order mark"
    return None


def not_text(data: bytes, base_offset: int = 0, base_line: int = 1) -> str | None:
    """Why ``data`` (starting at byte ``base_offset``, line ``base_line``
    of its file) is not UTF-8 text, if it has NUL bytes or a UTF-16/32
    byte-order mark; else None."""
    if base_offset == 0:
        wide = _wide(data)
        if wide:
            return f"not UTF-8 text: looks like {wide}; convert the file to UTF-8 first"
    nul = data.find(b"\x00")
    if nul < 0:
        return None
    line = base_line + data.count(b"\n", 0, nul)
    return (f"not text: a NUL byte at byte offset {base_offset + nul} (line {line}); "
            "a binary file, or text in another encoding than UTF-8")


def sniff(stream, name: str | None = None) -> None:
    """Refuse a line-based input whose start shows it is not UTF-8 text
    (one error for the file, not one per line). ``stream`` is a buffered
    binary stream; nothing is consumed."""
    peek = getattr(stream, "peek", None)
    if peek is None:
        return
    why = not_text(peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if why:
        raise InputError(why, where=name)


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
    why = not_text(data)
    if why:
        raise InputError(why, where=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(describe(data, exc), where=name) from None
    return text[1:] if text.startswith(BOM) else text


def decode_line(data: bytes, offset: int, lineno: int) -> str:
    """One line of a line-based file that starts at byte ``offset``; raises
    ``InputError`` (without ``where``: the caller knows the file)."""
    why = not_text(data, offset, lineno)
    if why:
        raise InputError(why)
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
