"""How much glossary one service request may carry (issue 16, finding 4).

Matching is linear in the text plus the hits (``match.py``), but building
the matcher costs time in proportion to the terms: one prefix-tree regex
over all of them, compiled per request because each request brings its own
glossary. Measured here: 5,000 entries of news words (~150,000 term
characters) build in ~0.4 s; 16,000 entries of random letters in ~4.4 s.
The service therefore refuses a glossary past these caps with 413, naming
the field and the cap. The library and the CLI (a local user) have none.
"""

from __future__ import annotations

from ..errors import LimitError
from .model import Glossary

#: entries (glossary lines, TBX concepts per source term)
MAX_ENTRIES = 5_000
#: terms: approved, forbidden and source terms together
MAX_TERMS = 20_000
#: characters of all those terms together
MAX_TERM_CHARS = 200_000


def check_limits(glossary: Glossary, *, where: str = "/glossary", max_entries: int = MAX_ENTRIES,
                 max_terms: int = MAX_TERMS, max_term_chars: int = MAX_TERM_CHARS) -> None:
    """Raise ``LimitError`` (413) when ``glossary`` is past a cap; ``where``
    is the request field it came from, as a JSON pointer."""
    terms = chars = 0
    for e in glossary:
        for t in (e.target, e.source or "", *e.forbidden):
            if t:
                terms += 1
                chars += len(t)
    problems = []
    if len(glossary) > max_entries:
        problems.append(f"{len(glossary):,} glossary entries; this server accepts at most {max_entries:,} per request")
    if terms > max_terms:
        problems.append(f"{terms:,} glossary terms (approved, forbidden and source); this server accepts at most "
                        f"{max_terms:,} per request")
    if chars > max_term_chars:
        problems.append(f"{chars:,} characters of glossary terms; this server accepts at most {max_term_chars:,} "
                        f"per request")
    if problems:
        raise LimitError(f"The glossary is too large: {problems[0]}.", where=where,
                         details=[{"pointer": where, "message": p} for p in problems])
