"""``tqcheck filter``: corpus cleaning. Every row of the input goes, as it
was, to the kept output when its segment passes, or to the rejected output
with the reasons when it does not (it fails the verdict, cannot be read, or
has nothing to check).

A writer like the others: it gets the results in input order, each with
the line (JSON Lines, TSV) or row (Parquet) it came from, and copies that
line or row from the input, read a second time alongside. So the kept rows
are byte for byte (JSON Lines, TSV) or value for value (Parquet, same
schema) those of the input, and memory holds one batch of rows.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO, Generator

from ..formats.delimited import header_columns
from ..formats.files import open_binary
from ..formats.records import Input
from .results import CHECKED, ERROR, SKIPPED

FORMATS = ("jsonl", "tsv", "parquet")
#: the columns a rejected Parquet row gets, after the input's own
REJECT_COLUMNS = ("tqcheck_status", "tqcheck_score", "tqcheck_reasons")


def kept(record: dict[str, Any]) -> bool:
    return record["type"] == CHECKED and bool(record["report"]["quality"]["pass"])


def reasons(record: dict[str, Any]) -> list[str]:
    """Why a segment is rejected: the failed tests of the verdict, then each
    penalised error (severity, rule, message)."""
    if record["type"] == ERROR:
        return [f"error: {record.get('error')}"]
    if record["type"] == SKIPPED:
        return [f"skipped: {record.get('reason')}"]
    q = record["report"]["quality"]
    out = []
    if "score" in q.get("failed_by", []):
        out.append(f"score {q['score']} < {q['threshold']}")
    for issue in record["report"]["issues"]:
        if issue.get("kind", "error") == "error" and issue["severity"] != "neutral":
            out.append(f"{issue['severity']} {issue['rule']}: {issue['message']}")
    if not out:
        out.append("fails: " + ", ".join(q.get("failed_by", [])))
    return out


def verdict(record: dict[str, Any]) -> dict[str, Any]:
    report = record.get("report")
    return {"status": record["type"], "score": report["quality"]["score"] if report else None,
            "reasons": reasons(record)}


class _Counts:
    def __init__(self):
        self.kept = self.rejected = 0


class LinesFilter:
    """JSON Lines and TSV: lines copied as they are."""

    def __init__(self, inp: Input, kept_out: BinaryIO, rejected_out: BinaryIO | None, fmt: str):
        self.inp, self.fmt = inp, fmt
        self.out_kept, self.out_rejected = kept_out, rejected_out
        self.counts = _Counts()
        self._fh = open_binary(inp)
        self._lines = self._source()
        self.first = True

    def _source(self) -> Generator[tuple[int, bytes], None, None]:
        from ..formats.encoding import numbered_lines

        with self._fh as fh:
            for lineno, _offset, raw in numbered_lines(fh):
                yield lineno, raw

    def _line(self, lineno: int) -> bytes | None:
        for n, raw in self._lines:
            if n == lineno:
                self.first = False
                return raw
            if self.first and raw.strip():  # a header, which no record came from
                self.first = False
                if self.fmt == "tsv" and header_columns(raw.decode("utf-8", "replace").split("\t")):
                    self.out_kept.write(raw + b"\n")
                    if self.out_rejected is not None:
                        self.out_rejected.write(raw + b"\treasons\n")
        return None

    def result(self, record: dict[str, Any]) -> None:
        if record["line"] is None:
            return  # a whole file that could not be read: no line to copy
        raw = self._line(record["line"])
        if raw is None:
            return
        if kept(record):
            self.counts.kept += 1
            self.out_kept.write(raw + b"\n")
            return
        self.counts.rejected += 1
        if self.out_rejected is None:
            return
        why = verdict(record)
        if self.fmt == "tsv":
            text = "; ".join(why["reasons"]).replace("\t", " ").replace("\r", " ").replace("\n", " ")
            self.out_rejected.write(raw + b"\t" + text.encode("utf-8") + b"\n")
            return
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            obj = None
        if not isinstance(obj, dict):
            obj = {"line": record["line"], "raw": raw.decode("utf-8", "replace")}
        obj["tqcheck"] = why
        self.out_rejected.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")

    def finish(self, complete: bool = True) -> None:
        self._lines.close()


class ParquetFilter:
    """Parquet: rows copied in batches with the input's schema; rejected
    rows get ``tqcheck_status``, ``tqcheck_score`` and ``tqcheck_reasons``."""

    BATCH_ROWS = 4096

    def __init__(self, inp: Input, kept_out: BinaryIO, rejected_out: BinaryIO | None):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.counts = _Counts()
        self._fh_cm = open_binary(inp)
        fh = self._fh_cm.__enter__()
        self.file = pq.ParquetFile(fh)
        schema = self.file.schema_arrow
        self.batches = self.file.iter_batches(batch_size=self.BATCH_ROWS)
        self.kept_writer = pq.ParquetWriter(kept_out, schema)
        self.rejected_schema = schema.append(pa.field(REJECT_COLUMNS[0], pa.string())) \
            .append(pa.field(REJECT_COLUMNS[1], pa.float64())) \
            .append(pa.field(REJECT_COLUMNS[2], pa.list_(pa.string())))
        self.rejected_writer = pq.ParquetWriter(rejected_out, self.rejected_schema) if rejected_out else None
        self.batch = None
        self.start = 1  # row number of the batch's first row
        self.decisions: dict[int, dict[str, Any] | None] = {}  # row -> None (kept) or the verdict

    def _flush(self) -> None:
        if self.batch is None:
            return
        pa = self.pa
        n = self.batch.num_rows
        verdicts = [self.decisions.get(self.start + i, {"status": "error", "score": None,
                                                        "reasons": ["error: this row was not read"]})
                    for i in range(n)]
        keep = pa.array([v is None for v in verdicts])
        kept_rows = self.batch.filter(keep)
        if kept_rows.num_rows:
            self.kept_writer.write_batch(kept_rows)
        rejected = [v for v in verdicts if v is not None]
        self.counts.kept += kept_rows.num_rows
        self.counts.rejected += len(rejected)
        if self.rejected_writer is not None and rejected:
            rows = self.batch.filter(pa.compute.invert(keep))
            arrays = list(rows.columns) + [pa.array([v["status"] for v in rejected], pa.string()),
                                           pa.array([v["score"] for v in rejected], pa.float64()),
                                           pa.array([v["reasons"] for v in rejected], pa.list_(pa.string()))]
            self.rejected_writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self.rejected_schema))
        self.start += n
        self.decisions = {}
        self.batch = None

    def _advance(self, row: int) -> bool:
        while self.batch is None or row >= self.start + self.batch.num_rows:
            self._flush()
            self.batch = next(self.batches, None)
            if self.batch is None:
                return False
        return True

    def result(self, record: dict[str, Any]) -> None:
        row = record["line"]
        if row is None or not self._advance(row):
            return
        self.decisions[row] = None if kept(record) else verdict(record)

    def finish(self, complete: bool = True) -> None:
        # rows no result came back for (the file stopped being readable
        # part way) are rejected as not read; an interrupted run is dropped
        # anyway, so it reads no further
        self._flush()
        while complete:
            self.batch = next(self.batches, None)
            if self.batch is None:
                break
            self._flush()
        self.kept_writer.close()
        if self.rejected_writer is not None:
            self.rejected_writer.close()
        self._fh_cm.__exit__(None, None, None)


class FilterWriter:
    """The batch writer for ``tqcheck filter``."""

    def __init__(self, inp: Input, kept_out: BinaryIO, rejected_out: BinaryIO | None):
        if inp.format == "parquet":
            import pyarrow.compute  # noqa: F401

            self.impl: LinesFilter | ParquetFilter = ParquetFilter(inp, kept_out, rejected_out)
        else:
            self.impl = LinesFilter(inp, kept_out, rejected_out, inp.format)

    @property
    def counts(self) -> _Counts:
        return self.impl.counts

    def file_start(self, name: str, fmt: str) -> None:
        pass

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def result(self, record: dict[str, Any]) -> None:
        self.impl.result(record)

    def finish(self, summary: dict[str, Any]) -> None:
        self.impl.finish(complete=not summary.get("interrupted"))
