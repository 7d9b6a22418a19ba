"""JSON Lines: one record per segment or document, written as it is produced,
then one summary record (``schemas/batch-record.schema.json``).

Each line stands alone: ``{"type": "checked", "file", "line", "segment",
"report": {...}}``, or ``"skipped"`` with a ``reason``, or ``"error"`` with
the ``error``; the last line is ``{"type": "summary", "summary": {...}}``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO


def line(record: dict[str, Any]) -> str:
    # U+2028/U+2029 are legal in JSON strings, but str.splitlines and some
    # JavaScript readers break lines there: escape them so a record is a line.
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


class Writer:
    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.out = out

    def file_start(self, name: str, fmt: str) -> None:
        pass

    def result(self, record: dict[str, Any]) -> None:
        self.out.write(line(record))

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def finish(self, summary: dict[str, Any]) -> None:
        self.out.write(line({"type": "summary", "summary": summary}))
