"""Checking a Dask DataFrame on a ``dask.distributed`` cluster.

    import dask.dataframe as dd
    from tqcheck.dask import check_frame

    frame = dd.read_parquet("s3://bucket/corpus/")           # read on the workers
    segments, issues = check_frame(frame, id="seg_id", source="src", target="mt", references=["ref"])
    segments.to_parquet("out/segments/"); issues.to_parquet("out/issues/")

The two frames have the columns of ``--format parquet``'s two tables
(``docs/tables.md``), Arrow-backed, and join back to the input by ``id``
(``row`` is the 1-based row number in the frame). Each partition is checked
by one task; the rules, lexicons and settings are built once per worker
process and kept for every partition after (``tqcheck.batch.dask_pool``).
A row is checked on its own, so the tables do not depend on the
partitioning, and equal those of ``tqcheck check --jobs N``.

Needs ``pip install 'tqcheck[dask]'``.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .batch import dask_pool
from .batch.tables import ISSUES_SCHEMA, SEGMENTS_SCHEMA, arrow_schema, arrow_table, issue_rows, segment_row
from .batch.work import make_work
from .formats.columns import Columns, row_record

__all__ = ["check_frame", "check_partition"]


def _dask():
    dask_pool.distributed()  # the install hint when Dask is missing
    try:
        import dask
        import dask.dataframe as dd
        import pandas  # noqa: F401
    except ImportError:
        raise dask_pool.DaskMissing(dask_pool.INSTALL.replace("--engine dask", "tqcheck.dask")) from None
    return dask, dd


def _empty(kind: str):
    import pandas as pd

    return arrow_schema(kind).empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def check_partition(frame, cols: Columns, checker_args: Mapping[str, Any], key: str,
                    name: str, offset: int) -> tuple[Any, Any]:
    """One partition (a pandas DataFrame) -> (segments, issues) pandas frames."""
    import pandas as pd

    work = dask_pool._checker(key, make_work, (dict(checker_args), False))
    names = cols.names()
    segments, issues = [], []
    records = frame[names].to_dict("records") if len(frame) else []
    for i, row in enumerate(records):
        row = {k: (None if _is_null(v) else v) for k, v in row.items()}
        result = work(row_record(row, cols, name, offset + i + 1)).to_dict()
        segments.append(segment_row(result))
        issues.extend(issue_rows(result))
    return (arrow_table(segments, SEGMENTS_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype),
            arrow_table(issues, ISSUES_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype))


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return value is pd.NA or (isinstance(value, float) and value != value)
    except ImportError:  # pragma: no cover
        return False


def check_frame(
    frame,
    *,
    target: str = "target",
    id: str | None = None,
    source: str | None = None,
    references: Sequence[str] | str = (),
    config=None,
    name: str = "frame",
    **checker_args: Any,
):
    """Check every row of a Dask DataFrame; returns lazy ``(segments, issues)``
    Dask DataFrames. Both come from the same tasks: compute them together
    (``dask.compute(segments, issues)``, or ``dask.persist`` before two
    ``to_parquet`` calls) so each partition is checked once.

    ``target``/``id``/``source``/``references`` name the columns; without an
    ``id`` column the id is the row number. ``config`` (a ``tqcheck.Config``)
    and the other keyword arguments are those of ``tqcheck.Checker``.
    ``name`` fills the tables' ``file`` column."""
    dask, dd = _dask()
    if isinstance(references, str):
        references = (references,)
    cols = Columns(target=target, id=id, source=source, references=tuple(references))
    missing = cols.missing(list(frame.columns))
    if missing:
        raise ValueError(f"no column {missing[0]!r} in the frame (it has: {', '.join(map(str, frame.columns))})")
    if config is not None:
        checker_args["config"] = config
    key = dask_pool.fingerprint(make_work, (dict(checker_args), False))
    # 1-based row numbers that do not depend on the partitioning: the
    # lengths of the partitions first (reading only one column)
    lengths = frame[[cols.target]].map_partitions(len).compute()
    offsets, total = [], 0
    for n in lengths:
        offsets.append(total)
        total += int(n)
    parts = frame[cols.names()].to_delayed()
    checked = [dask.delayed(check_partition, nout=2, pure=True)(p, cols, dict(checker_args), key, name, off)
               for p, off in zip(parts, offsets)]
    segments = dd.from_delayed([c[0] for c in checked], meta=_empty(SEGMENTS_SCHEMA), verify_meta=False)
    issues = dd.from_delayed([c[1] for c in checked], meta=_empty(ISSUES_SCHEMA), verify_meta=False)
    return segments, issues
