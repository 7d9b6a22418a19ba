"""Parquet: one segment per row, columns named by ``--columns`` (default
``id``, ``source``, ``target``, ``references``), through pyarrow.

Read one batch of a row group at a time, only the named columns, so memory
holds one batch whatever the file's size. A row that cannot be checked
(a null target, a number where text belongs) is an error record naming its
row, so rows in = results out. ``line`` is the 1-based row number.
"""

from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from . import columns as columns_mod
from .files import open_binary
from .records import Input, Problem, Record

BATCH_ROWS = 1024
INSTALL = "reading and writing Parquet needs pyarrow: pip install 'tqcheck[parquet]'"


def pyarrow_parquet():
    """``pyarrow.parquet``, or an error that says how to install it."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(INSTALL) from None
    return pq


def read(inp: Input, *, columns=None, batch_rows: int = BATCH_ROWS, **_options) -> Iterator[Record | Problem]:
    pq = pyarrow_parquet()
    if inp.path is None:
        raise InputError("Parquet cannot be read from standard input; name the file")
    cols, given = columns if isinstance(columns, tuple) else columns_mod.parse(columns)
    with open_binary(inp) as fh:
        try:
            pf = pq.ParquetFile(fh)
        except Exception as exc:  # pyarrow.ArrowInvalid and kin: not a Parquet file
            raise InputError(f"not a Parquet file: {exc}") from None
        names = pf.schema_arrow.names
        missing = cols.missing(names) if given else ([cols.target] if cols.target not in names else [])
        if missing:
            raise InputError(f"no column {missing[0]!r} in this Parquet file (it has: {', '.join(names)}); "
                             "name the columns with --columns id=...,source=...,target=...,references=...")
        cols = cols.present(names)
        rowno = 0
        for batch in pf.iter_batches(batch_size=batch_rows, columns=cols.names()):
            for row in batch.to_pylist():
                rowno += 1
                yield columns_mod.row_record(row, cols, inp.name, rowno)
