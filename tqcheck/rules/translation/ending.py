"""End punctuation of a translation that does not answer the source's.

A source that ends a sentence (。！？ or . ! ?, before any closing quote or
bracket) wants a target that ends one too; a question wants a question.
。 and . correspond, as do ！ and ! or . (English news rarely exclaims).
Headlines without end punctuation are left alone on both sides.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._shared import EN, REQUIRES, source_blank, target_blank

_CLOSERS = "\"'”’」』》）)]】\u201c"  # a stray “ at the end is a mistyped closer
_CLASS = re.escape(_CLOSERS)
_SRC_END = re.compile(rf"([。！？.!?…]+)[\s{_CLASS}]*$")
_TGT_END = re.compile(rf"([.!?…]+)[\s{_CLASS}]*$")


def _check(unit, options):
    if target_blank(unit) or source_blank(unit):
        return
    src, tgt = unit.source.text, unit.target.text
    sm = _SRC_END.search(src)
    if not sm:
        return
    question = "？" in sm.group(1) or "?" in sm.group(1)
    tm = _TGT_END.search(tgt)
    end = len(tgt.rstrip())
    if tm is None:
        # point at the last character; the fix appends the missing mark
        last = end - 1
        while last > 0 and tgt[last] in _CLOSERS:
            last -= 1
        mark = "?" if question else "."
        yield Finding(last, last + 1, args={"expected": mark}, suggestions=(tgt[last] + mark,))
    elif question and "?" not in tm.group(1) and "…" not in tm.group(1):
        yield Finding(tm.start(1), tm.end(1), args={"expected": "?"}, suggestions=("?",))


ENDING = custom(
    "translation.ending",
    _check,
    category="fluency/punctuation",
    severity="minor",
    requires=REQUIRES,
    langs=EN,
    message="The source ends a sentence here but the translation does not end with “{expected}”.",
    description="The source ends with a full stop or question mark and the translation does not "
    "(a sign of a truncated translation or a lost question).",
    examples=[
        bad("The meeting was held in Beijin⟦g⟧", "g.", source="会议在北京举行。"),
        bad("Where can talent be found⟦.⟧", "?", source="人才哪里找？"),
        bad("He said: “We will wi⟦n⟧”", "n.", source="他说：“我们会赢的。”"),
        good("The meeting was held in Beijing.", source="会议在北京举行。"),
        good("He said: “We will win.”", source="他说：“我们会赢的。”"),
        good("Xinhua Commentary: talent is key", source="新华时评：人才是关键"),
        good("Where is talent found?", source="人才哪里找？"),
        good("The meeting was held in Beijing.", source="会议在北京举行！"),
    ],
)

RULES = (ENDING,)
