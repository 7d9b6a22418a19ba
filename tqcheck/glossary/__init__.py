"""Glossaries: approved terms, forbidden variants and source terms.

Read from TSV/CSV (columns: source term, target term, forbidden variants,
case sensitivity, note), TBX (TermBase Exchange, v2 and v3) or the JSON form
described by ``schemas/glossary.schema.json``. The terminology rules find
the entries in a document with ``tqcheck.glossary.match``.
"""

from .model import Entry, Glossary
from .read import from_mapping, load, loads

__all__ = ["Entry", "Glossary", "from_mapping", "load", "loads"]
