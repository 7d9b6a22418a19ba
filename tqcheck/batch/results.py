"""What flows out of a batch run, in input order: file boundaries and one
result per record read (checked, skipped, or an error naming where)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHECKED, SKIPPED, ERROR = "checked", "skipped", "error"


@dataclass(slots=True)
class FileStart:
    name: str
    format: str


@dataclass(slots=True)
class FileEnd:
    name: str
    format: str


@dataclass(slots=True)
class Result:
    """The outcome for one record. ``id`` is None for a whole document (or a
    whole file that could not be read); ``message`` is the error, or the
    reason a record was skipped."""

    file: str
    status: str
    id: str | None = None
    line: int | None = None
    report: dict[str, Any] | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines form (``schemas/batch-record.schema.json``)."""
        out: dict[str, Any] = {"type": self.status, "file": self.file, "line": self.line, "segment": self.id}
        if self.status == CHECKED:
            out["report"] = self.report
        elif self.status == SKIPPED:
            out["reason"] = self.message
        else:
            out["error"] = self.message
        return out
