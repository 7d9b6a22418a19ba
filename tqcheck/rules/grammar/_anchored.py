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

from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ...rule import Example, Finding, Rule, custom, match_tokens, parse_token_pattern
from ...text import index_words
from ...unit import Unit


def anchored(
    id: str,
    spec: str,
    *,
    triggers: Iterable[str],
    at: int,
    message: str,
    description: str,
    examples: Sequence[Example],
    when: Callable[[Any, list[int | None], Unit], bool] | None = None,
    suggest: Callable[[Any, list[int | None]], Sequence[str]] | None = None,
    args: Callable[[Any, list[int | None]], Mapping[str, Any]] | None = None,
    pre: Callable[[Any, int], bool] | None = None,
    **kw: Any,
) -> Rule:
    """``tagged`` (``tqcheck.rule.kinds``) with the trigger at item ``at``;
    ``pre(document, i)`` is asked at the trigger's index ``i``."""
    tests = parse_token_pattern(spec)
    keys = tuple(sorted({t.lower().replace("’", "'") for t in triggers}))
    index_words(keys)
    marked = [k for k, t in enumerate(tests) if t.marked] or list(range(len(tests)))
    # how many words can come before the anchor: optional items shorten it
    fewest = sum(1 for t in tests[:at] if not t.optional)

    def check(unit: Unit, options: Mapping[str, Any]) -> Iterator[Finding]:
        doc = unit.target
        positions = [i for key in keys for i in doc.word_positions(key)]
        if not positions:
            return
        if pre is not None:
            positions = [i for i in positions if pre(doc, i)]
            if not positions:
                return
        tg = doc.tagged
        seen: set[tuple[int, int]] = set()
        for i in sorted(positions):
            got = None
            for start in range(i - at, i - fewest + 1):
                if start < 0:
                    continue
                m = match_tokens(tg, tests, start)
                if m is not None and m[at] == i:
                    got = m
                    break
            if got is None:
                continue
            span = [j for k in marked if (j := got[k]) is not None]
            s, e = doc.word_starts[span[0]], doc.word_ends[span[-1]]
            if (s, e) in seen or doc.is_protected(s, e):
                continue
            if when is not None and not when(tg, got, unit):
                continue
            seen.add((s, e))
            sugg = tuple(suggest(tg, got)) if suggest is not None else ()
            yield Finding(s, e, args=dict(args(tg, got)) if args is not None else {}, suggestions=sugg)

    return custom(id, check, message=message, description=description, examples=examples, **kw)
