"""TSV and CSV: ``source, target[, reference...]`` per row, header optional.

A first row made only of known column names (``id``, ``source``,
``target``, ``reference``/``references`` with an optional number) is a
header; then columns may come in any order and ``source`` may be absent.
Without one, columns are positional: source, target, then references.
TSV rows are physical lines split on tabs, with no quoting, so quotation
marks in news text are kept as written; CSV follows RFC 4180 (quoted fields
may contain commas and line breaks).
"""

from __future__ import annotations

import csv
import re
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from .encoding import decode_line, numbered_lines, sniff
from .files import open_binary
from .records import Input, Problem, Record

HEADER_NAME = re.compile(r"(id|source|target|references?\d*)")
#: a document in one cell can be long; the csv module's default cap is 128 KiB
FIELD_LIMIT = 64 * 1024 * 1024


def header_columns(fields: Sequence[str]) -> list[str] | None:
    names = [f.strip().lower() for f in fields]
    if "target" not in names or not all(HEADER_NAME.fullmatch(n) for n in names):
        return None
    return names


def row_record(name: str, fields: Sequence[str], header: list[str] | None, lineno: int, sep: str) -> Record | Problem:
    source: str | None
    if header is None:
        if len(fields) < 2:
            return Problem(name, f"expected source{sep}target[{sep}reference...], found {len(fields)} column", line=lineno)
        source, target, refs, seg_id = fields[0], fields[1], list(fields[2:]), str(lineno)
    else:
        if len(fields) != len(header):
            return Problem(name, f"expected {len(header)} columns as in the header, found {len(fields)}", line=lineno)
        row = dict(zip(header, fields))
        source, target = row.get("source"), row["target"]
        refs = [v for k, v in zip(header, fields) if k.startswith("reference")]
        seg_id = row.get("id") or str(lineno)
    return Record(
        name,
        target,
        source=source if source and source.strip() else None,
        references=tuple(r for r in refs if r.strip()),
        id=seg_id,
        line=lineno,
    )


def read_tsv(inp: Input, **_options) -> Iterator[Record | Problem]:
    header, first = None, True
    with open_binary(inp) as fh:
        sniff(fh)
        for lineno, offset, raw in numbered_lines(fh):
            try:
                line = decode_line(raw, offset, lineno)
            except InputError as exc:
                first = False
                yield Problem(inp.name, exc.message, line=lineno)
                continue
            if not line.strip():
                continue
            fields = line.split("\t")
            if first:
                first = False
                header = header_columns(fields)
                if header:
                    continue
            yield row_record(inp.name, fields, header, lineno, "<TAB>")


def read_csv(inp: Input, **_options) -> Iterator[Record | Problem]:
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    bad_lines: list[Problem] = []

    def lines(fh) -> Iterable[str]:
        for lineno, offset, raw in numbered_lines(fh):
            try:
                yield decode_line(raw, offset, lineno) + "\n"
            except InputError as exc:
                bad_lines.append(Problem(inp.name, exc.message, line=lineno))
                yield "\n"  # keeps the reader's line count in step with the file

    header, first = None, True
    with open_binary(inp) as fh:
        sniff(fh)
        reader = csv.reader(lines(fh), strict=True)
        start = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Problem(inp.name, f"not valid CSV: {exc}", line=start)
                start = reader.line_num + 1
                continue
            yield from bad_lines
            bad_lines.clear()
            lineno, start = start, reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue
            if first:
                first = False
                header = header_columns(fields)
                if header:
                    continue
            yield row_record(inp.name, fields, header, lineno, ",")
    yield from bad_lines
