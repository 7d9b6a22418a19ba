"""Chinese full-width punctuation left in English text.

Marks that sit next to Han characters are left to the untranslated-text
check: there the whole run is the problem, not its punctuation. ``“”`` are
not flagged: Chinese and English typography share those code points.
"""

from __future__ import annotations

import re

from ...rule import bad, good, pattern
from ...text.chars import CJK

_MAP = {
    "，": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")",
    "、": ",", "《": '"', "》": '"', "【": "[", "】": "]", "「": '"', "」": '"', "『": "'",
    "』": "'", "〔": "[", "〕": "]", "〈": "<", "〉": ">", "～": "~", "｜": "|", "\u3000": " ",
}
# the rest of the full-width ASCII punctuation block maps by a fixed offset
for _cp in [*range(0xFF01, 0xFF10), *range(0xFF1A, 0xFF21), *range(0xFF3B, 0xFF41), *range(0xFF5B, 0xFF5F)]:
    _MAP.setdefault(chr(_cp), chr(_cp - 0xFEE0))

_CHARS = re.escape("".join(_MAP))
_SPACE_AFTER = set(",.;:!?")


def _suggest(m: re.Match) -> tuple[str, ...]:
    ch = m.group(0)
    repl = _MAP[ch]
    text = m.string
    nxt = text[m.end()] if m.end() < len(text) else ""
    prev = text[m.start() - 1] if m.start() else ""
    if repl in _SPACE_AFTER and nxt.isalnum():
        repl += " "
    if repl == "(" and prev.isalnum():
        repl = " " + repl
    return (repl,)


MARK = pattern(
    "punctuation.fullwidth.mark",
    rf"[{_CHARS}](?<![{CJK}][{_CHARS}])(?![{CJK}])",
    category="fluency/punctuation",
    severity="neutral",
    langs=frozenset({"en"}),
    message="Full-width “{found}” in English text; use “{fix}”.",
    description="Chinese full-width punctuation or the ideographic space in English text.",
    suggest=_suggest,
    examples=[
        bad("Kallas arrived in Beijing⟦，⟧and the summit began.", ", "),
        bad("The summit began⟦。⟧", "."),
        bad("The EU⟦（⟧European Union) met.", " ("),
        bad("They met on⟦\u3000⟧Thursday.", " "),
        good("The sign read 欧盟，中国。 and nothing else."),
        good("“We are reliable partners,” she said."),
    ],
)

RULES = (MARK,)
