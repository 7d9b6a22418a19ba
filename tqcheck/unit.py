"""What a rule looks at: a target document and whatever came with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .text import Document


@dataclass
class Unit:
    """One checkable thing: a whole document or one aligned segment.

    ``source`` and ``references`` are optional; rules that need them declare
    it in ``Rule.requires`` and are skipped when the unit lacks them.
    ``segment`` is the segment id when the unit is one segment of many.
    ``resources`` carries run-wide inputs such as a glossary or a user word
    list, keyed by name, so a new input type needs no change here.
    """

    target: Document
    source: Document | None = None
    references: tuple[Document, ...] = ()
    segment: str | None = None
    profile: str = "news"
    resources: dict[str, Any] = field(default_factory=dict)

    @property
    def alignment(self):
        """The bilingual lexical alignment (``tqcheck.bilingual``), computed
        once and shared by every rule; None without a (Chinese) source."""
        from .bilingual import alignment

        return alignment(self)

    def has(self, need: str) -> bool:
        if need == "source":
            return self.source is not None
        if need == "references":
            return bool(self.references)
        return self.resources.get(need) is not None
