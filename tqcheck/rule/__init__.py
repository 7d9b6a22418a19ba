"""Rules: declarative values built from a few kinds, each carrying examples.

A rule is data (id, category, severity, message, description, examples)
plus a ``check`` function ``(unit, options) -> Iterable[Finding]`` (``model``).
The kinds (``kinds``) build that function from a description:

* ``pattern``  – a regular expression, optionally guarded by a predicate;
* ``phrases``  – a table of phrases and their replacements (data, not code);
* ``triggered`` – a pattern tried only where its trigger words occur;
* ``custom``   – any function, for checks that need structure (pairing,
  document-wide consistency, source comparison).

Examples are part of the rule. ``bad`` examples mark the expected span with
``⟦`` and ``⟧`` and may give the expected first suggestion; ``good``
examples are look-alikes the rule must leave alone. One test runs them all.
"""

from .kinds import custom, match_case, match_tokens, parse_token_pattern, pattern, phrases, tagged, triggered
from .model import (CLOSE_MARK, ID_RE, OPEN_MARK, CheckFn, Example, Finding, Option, Rule, bad, good)

__all__ = ["CLOSE_MARK", "ID_RE", "OPEN_MARK", "CheckFn", "Example", "Finding", "Option", "Rule", "bad", "custom", "good",
           "match_case", "match_tokens", "parse_token_pattern", "pattern", "phrases", "tagged", "triggered"]
