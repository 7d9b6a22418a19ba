"""What every reader yields: a record to check, or a problem that says where.

Readers never raise once a file is open: a malformed line or unit becomes a
``Problem`` naming the file and the line (or unit id), and reading goes on,
so every segment in the input comes out of a run as exactly one result.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(slots=True)
class Record:
    """One thing to check: a whole document, or one segment of a bilingual file.

    ``id`` is the segment id as the file names it (XLIFF unit id, PO
    msgctxt/msgid, JSONL ``id``, or the line number); it is ``None`` for a
    whole document. ``line`` is the 1-based line in the file where the
    segment's target starts, when the format has lines. ``skip`` says why
    a well-formed record is not to be checked (``translate="no"``). An
    untranslated segment has an empty ``target``.
    """

    file: str
    target: str
    source: str | None = None
    references: tuple[str, ...] = ()
    id: str | None = None
    line: int | None = None
    skip: str | None = None

    @property
    def size(self) -> int:
        return len(self.target or "") + len(self.source or "") + sum(map(len, self.references))


@dataclass(slots=True)
class Problem:
    """Input that could not be read: a whole file (``line`` is None) or one record."""

    file: str
    message: str
    line: int | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: a file (or ``-``) in a known format.

    ``source``/``references`` are the files paired with a plain-text target
    by the naming convention (see ``tqcheck.batch.pairing``).

    ``named``: the path was named on the command line, so it is read
    whatever it is (a FIFO, ``/dev/stdin``); a file found in a folder is
    read only if it is a regular file (a FIFO there would hang the run).
    ``pairs_named``: the same for ``source``/``references``.
    """

    name: str
    path: str | None  # None: standard input
    format: str
    source: str | None = None
    references: tuple[str, ...] = ()
    named: bool = True
    pairs_named: bool = False


class ReadError(InputError):
    """An input that cannot be read at all, with the line where that showed."""

    def __init__(self, message: str, *, line: int | None = None):
        super().__init__(message)
        self.line = line
