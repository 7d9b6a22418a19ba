"""The glossary model: approved target terms, their sources and forbidden variants."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One glossary line.

    ``target`` is the approved term; ``forbidden`` are variants a translation
    must not use; ``source`` is the source-language term (optional: a
    monolingual style list has none). ``case_sensitive`` makes the approved
    term's capitalisation part of it (``EU-China summit``, not ``Summit``).
    """

    target: str
    source: str | None = None
    forbidden: tuple[str, ...] = ()
    case_sensitive: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if not self.target.strip():
            raise ValueError("a glossary entry needs a target term")


@dataclass(frozen=True, eq=False)
class Glossary:
    """An ordered list of entries; compared by identity so that per-document
    match results can be cached against it."""

    entries: tuple[Entry, ...] = field(default_factory=tuple)
    name: str | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)
