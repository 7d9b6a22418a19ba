"""Readers for the input formats: each turns one input into records to check.

Every reader yields ``Record``s and ``Problem``s and never raises once
started; ``read`` below also turns a file that cannot be opened or parsed
at all into one ``Problem``, so a batch run accounts for every input.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath
from typing import Iterator

from ..errors import TqcheckError
from .records import Input, Problem, Record

#: format name -> "module:function"
READERS = {
    "text": "plain:read",
    "tsv": "delimited:read_tsv",
    "csv": "delimited:read_csv",
    "jsonl": "jsonl:read",
    "xliff": "xliff:read",
    "tmx": "tmx:read",
    "po": "po:read",
    "parquet": "parquet:read",
}
FORMATS = tuple(READERS)

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".tsv": "tsv", ".tab": "tsv",
    ".csv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xlf": "xliff", ".xliff": "xliff", ".xlf2": "xliff",
    ".tmx": "tmx",
    ".po": "po", ".pot": "po",
    ".parquet": "parquet", ".pq": "parquet",
}


def format_for(path: str) -> str | None:
    """The format a file name implies, or None for an unknown extension."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def reader(fmt: str):
    module_name, func = READERS[fmt].split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, func)


def read(inp: Input, **options) -> Iterator[Record | Problem]:
    """Every record of one input, in file order; never raises."""
    try:
        yield from reader(inp.format)(inp, **options)
    except TqcheckError as exc:
        yield Problem(inp.name, exc.message, line=getattr(exc, "line", None))
    except Exception as exc:  # a reader bug must not end the run or lose the file
        yield Problem(inp.name, f"cannot read as {inp.format}: {type(exc).__name__}: {exc}")


__all__ = ["EXTENSIONS", "FORMATS", "Input", "Problem", "Record", "format_for", "read", "reader"]
