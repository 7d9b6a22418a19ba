"""Named columns: which column of a table holds the id, the source, the
target and the references (``--columns id=seg_id,source=src,target=mt,
references=ref1|ref2``), and one table row turned into a record.

Shared by the Parquet reader and the Dask engine (``tqcheck.dask``), so a
row becomes the same record, or the same error, whichever reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..errors import ConfigError
from .records import Problem, Record

ROLES = ("id", "source", "target", "references")


@dataclass(frozen=True, slots=True)
class Columns:
    """Column names per role; ``references`` may name several columns, each
    holding a string or a list of strings. ``None``: the role is absent."""

    target: str = "target"
    id: str | None = "id"
    source: str | None = "source"
    references: tuple[str, ...] = ("references",)

    def names(self) -> list[str]:
        out = [c for c in (self.id, self.source, self.target) if c]
        return out + [c for c in self.references if c not in out]

    def present(self, available: Sequence[str]) -> "Columns":
        """These columns, keeping the default optional ones only where the
        table has them; a column named explicitly must exist (``missing``)."""
        have = set(available)
        return Columns(
            target=self.target,
            id=self.id if self.id in have else None,
            source=self.source if self.source in have else None,
            references=tuple(c for c in self.references if c in have),
        )

    def missing(self, available: Sequence[str]) -> list[str]:
        have = set(available)
        return [c for c in self.names() if c not in have]


DEFAULT = Columns()


def parse(spec: str | Mapping[str, Any] | None) -> tuple[Columns, bool]:
    """``Columns`` from ``id=seg_id,source=src,target=mt,references=r1|r2``
    (or a dict of the same). Returns it and whether it was given, since
    default names are optional in a table and given ones are not."""
    if spec is None:
        return DEFAULT, False
    if isinstance(spec, str):
        pairs = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            role, sep, name = part.partition("=")
            if not sep or not name.strip():
                raise ConfigError(f"--columns: expected ROLE=COLUMN, found {part!r}")
            pairs[role.strip()] = name.strip()
        spec = {k: (v.split("|") if k == "references" else v) for k, v in pairs.items()}
    unknown = sorted(set(spec) - set(ROLES))
    if unknown:
        raise ConfigError(f"--columns: unknown role {unknown[0]!r}; the roles are {', '.join(ROLES)}")
    refs = spec.get("references", ())
    if isinstance(refs, str):
        refs = (refs,)
    cols = Columns(
        target=spec.get("target") or "target",
        id=spec.get("id") or None,
        source=spec.get("source") or None,
        references=tuple(r.strip() for r in refs if r and r.strip()),
    )
    return cols, True


def _text(value: Any, role: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise ValueError(f"{role!r} must be a string, not {type(value).__name__}")


def row_record(row: Mapping[str, Any], cols: Columns, name: str, rowno: int) -> Record | Problem:
    """A record from one row (a dict column -> value), or a problem saying
    what is wrong with it. ``rowno`` is 1-based; it is the record's ``line``
    and its id when the table has no id column (or the id is null)."""
    seg_id: Any = row.get(cols.id) if cols.id else None
    if seg_id is None:
        seg_id = rowno
    if isinstance(seg_id, bool) or not isinstance(seg_id, (str, int)):
        return Problem(name, f"the id column {cols.id!r} must hold strings or integers", line=rowno)
    seg_id = str(seg_id)
    try:
        target = _text(row.get(cols.target), "target")
        if target is None:
            return Problem(name, f"no target: column {cols.target!r} is null", line=rowno, id=seg_id)
        source = _text(row.get(cols.source), "source") if cols.source else None
        refs: list[str] = []
        for col in cols.references:
            value = row.get(col)
            if value is None:
                continue
            if isinstance(value, str):
                refs.append(value)
            elif isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
                values = list(value.tolist() if hasattr(value, "tolist") else value)
                if not all(isinstance(v, str) or v is None for v in values):
                    raise ValueError(f"reference column {col!r} must hold strings or lists of strings")
                refs.extend(v for v in values if v is not None)
            else:
                raise ValueError(f"reference column {col!r} must hold strings or lists of strings")
    except ValueError as exc:
        return Problem(name, str(exc), line=rowno, id=seg_id)
    return Record(
        name,
        target,
        source=source if source and source.strip() else None,
        references=tuple(r for r in refs if r.strip()),
        id=seg_id,
        line=rowno,
    )
