"""``anchored``: a ``tagged`` rule whose trigger may be any item of its
pattern, not only the first.

A pattern such as ``"was|wasn't not? @been"`` hangs on its rarest word
(``been``), not on its first (``was``): the document's word index then
hands over a few places per megabyte instead of thousands. The pattern is
matched from ``at`` words before each occurrence of a trigger (or from
each shorter start where optional items come before the anchor), and the
match must put the trigger at item ``at``.
"""

from __future__ import annotations

from typing import Any

from ...rule import Rule, tagged


def anchored(id: str, spec: str, *, at: int, **kw: Any) -> Rule:
    """``tagged`` (``tqcheck.rule.kinds``) with the trigger at item ``at``."""
    return tagged(id, spec, at=at, **kw)
