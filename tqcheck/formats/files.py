"""Opening inputs, with errors a user can act on instead of tracebacks."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from ..errors import InputError
from .records import Input

STDIN_NAME = "<stdin>"


@contextmanager
def open_binary(inp: Input | str | None) -> Iterator[BinaryIO]:
    """A binary stream for an input, its path, or ``None`` (standard input,
    which is never closed here)."""
    path = inp.path if isinstance(inp, Input) else inp
    if path is None:
        yield sys.stdin.buffer
        return
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", where=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=path) from None
    with fh:
        yield fh


def read_bytes(inp: Input | str | None) -> bytes:
    with open_binary(inp) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None
