"""Parentheses inside a direct quotation: news marks an editor's insertion
with square brackets, since a speaker cannot say a parenthesis."""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good

#: ``(?<![\w(])\(([^()\n]{1,200})\)`` opening on the "(", which re skips to
#: in C; the look-behind after it tests the character before it
_PAREN = re.compile(r"\((?<![\w(]\()([^()\n]{1,200})\)")
_SENTENCE_END = re.compile(r"[.?!…,][\"'”’]*\Z")


def _direct(doc, q) -> bool:
    """A quoted sentence or clause (speech), not a quoted title or term:
    at least five words, and introduced by a comma or colon, or ending
    in punctuation inside the marks, or left open (a multi-paragraph quote)."""
    body = doc.text[q.start + 1:q.end - (1 if q.closed else 0)]
    if len(body.split()) < 5:
        return False
    before = doc.text[max(0, q.start - 3):q.start].rstrip()
    return not q.closed or before.endswith((",", ":")) or bool(_SENTENCE_END.search(body.rstrip()))


def _check(unit, options):
    doc = unit.target
    seen = set()
    for q in doc.quotes.quotations:
        if not _direct(doc, q):
            continue
        for m in _PAREN.finditer(doc.text, q.start, q.end):
            if m.start() in seen or doc.is_protected(m.start(), m.end()):
                continue
            seen.add(m.start())
            yield Finding(m.start(), m.end(), suggestions=(f"[{m.group(1)}]",))


PARENTHESES = custom(
    "style.quotation.parentheses",
    _check,
    category="style/awkward",
    severity="neutral",
    message="An insertion inside a direct quotation goes in square brackets: “{fix}”.",
    description="Parentheses inside a direct quotation, where news style uses square brackets for an "
    "editor's insertion.",
    examples=[
        bad('She said, "They maintained good relations with Americans ⟦(only to be hit by tariffs)⟧."',
            "[only to be hit by tariffs]"),
        bad('"They ⟦(the ministers)⟧ asked us to stay in the region," she said.', "[the ministers]"),
        good('She said, "They maintained good relations with Americans [only to be hit by tariffs]."'),
        good('The rules, titled "Measures for Data Export (Trial)", took effect (in May).'),
        good('The "action alliance" (proposed in May) was discussed.'),
        good('"It breached section 772(f) of the act, the court found," she said.'),
    ],
)

RULES = (PARENTHESES,)
