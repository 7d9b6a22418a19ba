"""Reading the texts named on the command line, with errors that say where."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

STDIN = "-"


def decode(data: bytes, name: str) -> str:
    """Strict UTF-8. A leading BOM is dropped, as editors do, so that
    columns count from the first visible character."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not valid UTF-8: byte 0x{bad} at byte offset {exc.start} (line {line}); "
            "convert the file to UTF-8 first", where=name
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read(path: str) -> tuple[str, str]:
    """(display name, text) for a path or ``-`` (standard input)."""
    if path == STDIN:
        return "<stdin>", decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory; name the files to check", where=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=path) from None
    return path, decode(data, path)
