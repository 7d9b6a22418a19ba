"""Opening inputs, with errors a user can act on instead of tracebacks."""

from __future__ import annotations

import os
import stat
import sys
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from ..errors import InputError
from .records import Input

STDIN_NAME = "<stdin>"


KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind(mode: int) -> str:
    """What a file that is not a regular file is, for messages."""
    for test, name in KINDS:
        if test(mode):
            return name
    return "a directory" if stat.S_ISDIR(mode) else "not a regular file"


@contextmanager
def open_binary(inp: Input | str | None, *, regular_only: bool | None = None) -> Iterator[BinaryIO]:
    """A binary stream for an input, its path, or ``None`` (standard input,
    which is never closed here).

    With ``regular_only`` (the default for an input found in a folder, not
    named on the command line) only a regular file is read: the file is
    opened without blocking (so a FIFO cannot hang the run) and anything
    else is an error that says what it is."""
    path = inp.path if isinstance(inp, Input) else inp
    if regular_only is None:
        regular_only = isinstance(inp, Input) and not inp.named
    if path is None:
        yield sys.stdin.buffer
        return
    try:
        if regular_only:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                os.close(fd)
                raise InputError(f"not a regular file but {kind(mode)}; name it on the command line to read it",
                                 where=path)
            os.set_blocking(fd, True)
            fh = os.fdopen(fd, "rb")
        else:
            fh = open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", where=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=path) from None
    with fh:
        yield fh


def read_bytes(inp: Input | str | None, *, regular_only: bool | None = None) -> bytes:
    with open_binary(inp, regular_only=regular_only) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None
