"""Glossaries: approved terms, forbidden variants and source terms.

Read from TSV/CSV (columns: source term, target term, forbidden variants,
case sensitivity, note), TBX (TermBase Exchange, v2 and v3) or the JSON form
described by ``schemas/glossary.schema.json``. The terminology rules find
the entries in a document with ``tqcheck.glossary.match``.
"""

from typing import TYPE_CHECKING, Any

from .model import Entry, Glossary

if TYPE_CHECKING:
    from .read import from_mapping, load, loads


def __getattr__(name: str) -> Any:
    # the readers (TBX's XML parser among them) load when a glossary is read,
    # not when the terminology rules import the matcher
    if name in ("from_mapping", "load", "loads"):
        from . import read

        return getattr(read, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Entry", "Glossary", "from_mapping", "load", "loads"]
