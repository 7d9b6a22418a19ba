"""The two output tables of a batch run: one row per segment, one per issue.

``segment_row`` and ``issue_rows`` turn a result (its JSON Lines dict,
``schemas/batch-record.schema.json``) into table rows; the Parquet writer
(``--format parquet``) and the Dask engine (``tqcheck.dask``) both use them,
so the tables are the same whichever engine made them. The columns and
their meaning are documented in ``docs/tables.md``; ``SCHEMA_VERSION``
changes whenever a column is renamed, removed or changes meaning (adding
one is backwards compatible and bumps the minor number).
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from .._version import __version__
from ..taxonomy import CATEGORIES, SEVERITIES

SCHEMA_VERSION = "1.0"
SEGMENTS_SCHEMA = "tqcheck.segments"
ISSUES_SCHEMA = "tqcheck.issues"


def category_column(category: str) -> str:
    """``accuracy/mistranslation`` -> ``accuracy_mistranslation``: a column
    name SQL engines take without quoting."""
    return category.replace("/", "_").replace("-", "_")


CATEGORY_COLUMNS = {c: category_column(c) for c in CATEGORIES}
METRICS = ("bleu", "chrf", "ter")

#: (name, arrow type name) in table order; "list" is a list of strings
SEGMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "string"), ("row", "int64"), ("id", "string"), ("status", "string"), ("message", "string"),
    ("words", "int32"), ("penalty", "float64"), ("score", "float64"), ("verdict", "string"),
    ("failed_by", "list"), ("issues", "int32"), ("errors", "int32"), ("advice", "int32"),
    *((s, "int32") for s in SEVERITIES),
    *((col, "int32") for col in CATEGORY_COLUMNS.values()),
    *((m, "float64") for m in METRICS),
)
ISSUE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "string"), ("row", "int64"), ("id", "string"), ("rule", "string"), ("category", "string"),
    ("severity", "string"), ("kind", "string"), ("side", "string"), ("start", "int32"), ("end", "int32"),
    ("message", "string"), ("suggestion", "string"), ("suggestions", "list"),
)


def segment_row(record: dict[str, Any]) -> dict[str, Any]:
    """One segment-table row for a result (checked, skipped or error)."""
    row: dict[str, Any] = dict.fromkeys(name for name, _ in SEGMENT_COLUMNS)
    row.update(file=record["file"], row=record["line"], id=record["segment"], status=record["type"])
    report = record.get("report")
    if report is None:
        row["message"] = record.get("error") or record.get("reason")
        return row
    q = report["quality"]
    row.update(
        words=q["words"], penalty=q["penalty"], score=q["score"], verdict="pass" if q["pass"] else "fail",
        failed_by=list(q.get("failed_by", [])), issues=len(report["issues"]),
        errors=q.get("errors", 0), advice=q.get("advice", 0),
    )
    for s in SEVERITIES:
        row[s] = q["by_severity"].get(s, 0)
    by_cat = q.get("by_category", {})
    for cat, col in CATEGORY_COLUMNS.items():
        row[col] = by_cat.get(cat, 0)
    scores = report.get("scores") or {}
    for m in METRICS:
        value = scores.get(m)
        row[m] = value.get("score") if isinstance(value, dict) else None
    return row


def issue_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One issue-table row per issue of a checked result."""
    report = record.get("report")
    if report is None:
        return []
    out = []
    for issue in report["issues"]:
        suggestions = list(issue.get("suggestions") or [])
        out.append({
            "file": record["file"], "row": record["line"],
            "id": issue.get("segment") if issue.get("segment") is not None else record["segment"],
            "rule": issue["rule"], "category": issue["category"], "severity": issue["severity"],
            "kind": issue.get("kind"), "side": issue.get("side"),
            "start": issue.get("start"), "end": issue.get("end"),
            "message": issue.get("message"),
            "suggestion": suggestions[0] if suggestions else None, "suggestions": suggestions,
        })
    return out


# --- pyarrow (optional: the ``parquet`` extra) -----------------------------

def _arrow_type(pa, name: str):
    return pa.list_(pa.string()) if name == "list" else getattr(pa, name)()


def metadata(kind: str, info: dict[str, Any] | None = None) -> dict[bytes, bytes]:
    """Key-value metadata stored in the Parquet footer: which table, which
    schema version, and the settings that made the verdicts."""
    meta = {"schema": kind, "schema_version": SCHEMA_VERSION, "version": __version__}
    if info:
        tool = info.get("tool") or {}
        meta.update(ruleset=tool.get("ruleset", ""), threshold=json.dumps(info.get("threshold")),
                    fail_on=str(info.get("fail_on")), weights=json.dumps(info.get("weights")),
                    lang=str(info.get("lang")))
    return {f"tqcheck.{k}".encode(): str(v).encode() for k, v in meta.items()}


def arrow_schema(kind: str, info: dict[str, Any] | None = None):
    import pyarrow as pa

    cols = SEGMENT_COLUMNS if kind == SEGMENTS_SCHEMA else ISSUE_COLUMNS
    return pa.schema([pa.field(n, _arrow_type(pa, t)) for n, t in cols], metadata=metadata(kind, info))


def arrow_table(rows: list[dict[str, Any]], kind: str, info: dict[str, Any] | None = None):
    """A pyarrow Table of ``rows`` in the given table's schema."""
    import pyarrow as pa

    schema = arrow_schema(kind, info)
    return pa.Table.from_pylist(rows, schema=schema)


def output_paths(base: str) -> tuple[str, str]:
    """``-o results`` (or ``results.parquet``) -> the two files written."""
    for suffix in (".parquet", ".pq"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    return f"{base}.segments.parquet", f"{base}.issues.parquet"


class TableFiles:
    """The two binary files ``--format parquet`` writes, for ``run()``'s
    ``out``: it flushes now and then and asks whether it is a terminal."""

    def __init__(self, segments: BinaryIO, issues: BinaryIO):
        self.segments, self.issues = segments, issues

    def flush(self) -> None:
        pass  # Parquet is readable only once its footer is written, at the end

    def isatty(self) -> bool:
        return False


class ParquetWriter:
    """``--format parquet``: the segment and issue tables, streamed in row
    groups of ``ROW_GROUP`` rows, so memory stays flat."""

    ROW_GROUP = 10_000

    def __init__(self, out: TableFiles, info: dict[str, Any]):
        import pyarrow.parquet as pq

        self.info = info
        self.files = out
        self.schemas = {SEGMENTS_SCHEMA: arrow_schema(SEGMENTS_SCHEMA, info),
                        ISSUES_SCHEMA: arrow_schema(ISSUES_SCHEMA, info)}
        self.writers = {
            SEGMENTS_SCHEMA: pq.ParquetWriter(out.segments, self.schemas[SEGMENTS_SCHEMA]),
            ISSUES_SCHEMA: pq.ParquetWriter(out.issues, self.schemas[ISSUES_SCHEMA]),
        }
        self.rows: dict[str, list[dict[str, Any]]] = {SEGMENTS_SCHEMA: [], ISSUES_SCHEMA: []}

    def file_start(self, name: str, fmt: str) -> None:
        pass

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def result(self, record: dict[str, Any]) -> None:
        self.rows[SEGMENTS_SCHEMA].append(segment_row(record))
        self.rows[ISSUES_SCHEMA].extend(issue_rows(record))
        for kind, rows in self.rows.items():
            if len(rows) >= self.ROW_GROUP:
                self._flush(kind)

    def _flush(self, kind: str) -> None:
        import pyarrow as pa

        rows = self.rows[kind]
        if rows:
            self.writers[kind].write_table(pa.Table.from_pylist(rows, schema=self.schemas[kind]))
            self.rows[kind] = []

    def finish(self, summary: dict[str, Any]) -> None:
        for kind in self.writers:
            self._flush(kind)
            self.writers[kind].close()
