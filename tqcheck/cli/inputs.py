"""Reading the texts named on the command line, with errors that say where."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError
from ..formats.encoding import decode  # one strict UTF-8 decoder for every input

__all__ = ["STDIN", "decode", "read"]

STDIN = "-"


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
