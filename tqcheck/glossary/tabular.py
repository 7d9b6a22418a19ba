"""Glossaries as TSV or CSV: one entry per row.

Columns, in this order unless a header row names them: source term, target
term, forbidden variants (separated by ``|`` or ``;``), case sensitivity
(``yes``/``no``; empty is no) and a note. Lines starting with ``#`` and
blank lines are skipped. Only the target term is required.
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import InputError
from .model import Entry

COLUMNS = ("source", "target", "forbidden", "case", "note")
_HEADER_NAMES = {
    "source": "source", "source term": "source", "src": "source",
    "target": "target", "target term": "target", "tgt": "target", "term": "target", "approved": "target",
    "forbidden": "forbidden", "forbidden variants": "forbidden", "variants": "forbidden", "do not use": "forbidden",
    "case": "case", "case sensitive": "case", "case_sensitive": "case", "case-sensitive": "case",
    "note": "note", "notes": "note", "comment": "note",
}
_TRUE = {"yes", "y", "true", "1", "cs", "case-sensitive", "sensitive"}
_FALSE = {"", "no", "n", "false", "0", "ci", "case-insensitive", "insensitive"}
_SPLIT = re.compile(r"\s*[|;]\s*")


def read(text: str, delimiter: str, where: str = "glossary") -> list[Entry]:
    rows = _rows(text, delimiter, where)
    columns = list(COLUMNS)
    entries: list[Entry] = []
    first = True
    for lineno, cells in rows:
        if first:
            first = False
            header = [_HEADER_NAMES.get(c.strip().lower()) for c in cells]
            if "target" in header:
                unknown = [c for c, h in zip(cells, header) if h is None and c.strip()]
                if unknown:
                    raise InputError(f"unknown column {unknown[0]!r} (known: {', '.join(COLUMNS)})",
                                     where=f"{where}:{lineno}")
                columns = [h or "" for h in header]
                continue
        if len(cells) > len(columns):
            raise InputError(f"{len(cells)} columns, expected at most {len(columns)} ({', '.join(columns)})",
                             where=f"{where}:{lineno}")
        row = {name: cells[i].strip() for i, name in enumerate(columns) if i < len(cells) and name}
        entries.append(_entry(row, f"{where}:{lineno}"))
    return entries


def _rows(text: str, delimiter: str, where: str):
    if delimiter == "\t":
        # Plain split: notes may hold quotation marks that csv would eat.
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield lineno, line.split("\t")
        return
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for cells in reader:
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            yield reader.line_num, cells
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", where=f"{where}:{reader.line_num}") from exc


def _entry(row: dict[str, str], where: str) -> Entry:
    target = row.get("target", "")
    if not target:
        raise InputError("no target term", where=where)
    case = row.get("case", "").lower()
    if case not in _TRUE | _FALSE:
        raise InputError(f"case sensitivity must be yes or no, not {row['case']!r}", where=where)
    forbidden = tuple(v for v in _SPLIT.split(row.get("forbidden", "")) if v)
    return Entry(
        target=target,
        source=row.get("source") or None,
        forbidden=forbidden,
        case_sensitive=case in _TRUE,
        note=row.get("note", ""),
    )
