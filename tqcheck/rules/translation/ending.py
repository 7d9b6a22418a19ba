"""End punctuation of a translation that does not answer the source's.

A source that ends a sentence (。！？ or . ! ?, before any closing quote or
bracket) wants a target that ends one too; a question wants a question.
。 and . correspond, as do ！ and ! or . (English news rarely exclaims).
A quotation closed with a comma (the attribution follows) and a closing
colon are accepted; headlines without end punctuation are left alone.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._shared import EN, REQUIRES, source_blank, target_blank

_CLOSERS = "\"'”’」』》）)]】\u201c"  # a stray “ at the end is a mistyped closer
_CLASS = re.escape(_CLOSERS)
_SRC_END = re.compile(rf"([。！？.!?…]+)[\s{_CLASS}]*$")
_TGT_END = re.compile(rf"([.!?…。！？]+)[\s{_CLASS}]*$")
_OPEN_END = re.compile(rf"(?:,[\s{_CLASS}]*[{_CLASS}]|:)[\s{_CLASS}]*$")


def _check(unit, options):
    if target_blank(unit) or source_blank(unit):
        return
    src, tgt = unit.source.text, unit.target.text
    sm = _SRC_END.search(src)
    if not sm:
        return
    question = "？" in sm.group(1) or "?" in sm.group(1)
    tm = _TGT_END.search(tgt)
    if tm is None and _OPEN_END.search(tgt):
        return  # "…ends soon,” (the attribution follows) or "Consider this example:"
    if tm is None:
        # point at the last character; the fix appends the missing mark
        last = len(tgt.rstrip()) - 1
        while last > 0 and (tgt[last] in _CLOSERS or tgt[last].isspace()):
            last -= 1
        mark = "?" if question else "."
        yield Finding(last, last + 1, args={"expected": mark}, suggestions=(tgt[last] + mark,))
    elif question and not set(tm.group(1)) & set("?？…"):
        yield Finding(tm.start(1), tm.end(1), args={"expected": "?"}, suggestions=("?",))


ENDING = custom(
    "translation.ending.mark",
    _check,
    category="fluency/punctuation",
    severity="neutral",
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
        good("“We hope the flood recedes soon,” ", source="“希望水早点退吧。”"),
        good("Consider this example:", source="举例来说。"),
    ],
)

#: words an English text never ends on: a translation cut short
_DANGLING = re.compile(r"(?<![\w'’-])(the|a|an|and|or|nor|but|of|than|whose|its|their|our|your|his|my)[\s\"'”’)]*$", re.IGNORECASE)
_DANGLING_TAIL = "\"'”’)"
_DANGLING_LONGEST = 5


def _dangling(unit, options):
    if target_blank(unit):
        return
    text = unit.target.text
    # the word must end where the closing marks and spaces at the end begin,
    # so the search starts just before it, not at the top of a long text
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _DANGLING_TAIL):
        end -= 1
    m = _DANGLING.search(text, max(0, end - _DANGLING_LONGEST))
    if m and m.group(1) != "A":  # Vitamin A, Group A
        yield Finding(m.start(1), m.end(1))


DANGLING = custom(
    "translation.ending.dangling",
    _dangling,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    langs=EN,
    message="The translation ends on “{found}”: it looks cut short.",
    description="The translation ends on an article, a conjunction or “of”, as a truncated text does.",
    examples=[
        bad("Zhang Jike and Lin Xiaozhai form a team to support ⟦the⟧", source="张继科林小宅组队力挺有肌少年"),
        bad("Ecological water restoration of 1.75 billion cubic meters to rivers ⟦and⟧",
            source="河北今年以来河湖生态补水17.5亿立方米"),
        good("Zhang Jike and Lin Xiaozhai form a team to support fit youngsters", source="张继科林小宅组队力挺有肌少年"),
        good("Vitamin A", source="维生素A"),
        good("What are the savings for?", source="攒钱为了什么？"),
    ],
)

RULES = (DANGLING, ENDING)
