"""A question translated as a statement, or a statement as a question.

The source asks (a clause ending in ？ or ?) and the aligned target sentence
asks nothing: no ``?`` and no reported question (``asked whether``, ``wondered
how``). Or the target asks (``?``) where the source has no question mark and
no question particle (吗, 呢, 吧, 么). 是否 alone makes no question: ``问他是否
同意`` is reported speech, "asked whether he agreed", and so it is neither
required nor enough.

Where a question lost only its final mark, ``translation.ending.mark`` says
so at the mark; this rule reports the sentence that no longer asks.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._meaning import meaning_pairs, usable

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

_ZH_Q = re.compile(r"[？?]")
_ZH_PARTICLE = re.compile(r"[吗呢吧么嘛][”’\"'）)]*[，。！…]")
#: reported questions: the question is rendered, as indirect speech
_INDIRECT = re.compile(r"\b(?:ask\w*|wonder\w*|question\w*|inquir\w*|enquir\w*|whether|query|queries|queried)\b",
                       re.IGNORECASE)
_LEAD = re.compile(r"^[\s\"'“‘(（\[]*")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    a = start + _LEAD.match(seg).end()
    b = end
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!。！\"'”’)）"):
        b -= 1
    return a, b


def _lost(unit, options):
    if not usable(unit):
        return
    tgt = unit.target.text
    for p in meaning_pairs(unit):
        if not _ZH_Q.search(p.src_text):
            continue
        if "?" in p.tgt_text or "？" in p.tgt_text or _INDIRECT.search(p.tgt_text):
            continue
        a, b = _sentence_span(tgt, p.tgt_start, p.tgt_end)
        if b > a:
            yield Finding(a, b)


def _made(unit, options):
    if not usable(unit):
        return
    for p in meaning_pairs(unit):
        if _ZH_Q.search(p.src_text) or _ZH_PARTICLE.search(p.src_text + "。"):
            continue
        for m in re.finditer(r"\?", p.tgt_text):
            yield Finding(p.tgt_start + m.start(), p.tgt_start + m.end())
            break


LOST = custom(
    "accuracy.questions.lost",
    _lost,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    langs=EN,
    message="The source asks a question here; the translation makes it a statement.",
    description="A source question (？) whose aligned target sentence neither asks (?) nor reports a question "
    "(asked whether…).",
    examples=[
        bad("⟦The economy is recovering⟧.", source="经济正在复苏吗？"),
        bad("⟦An ordinary farmer built a cultural courtyard⟧.", source="一个普通农民为什么要建文化大院？"),
        good("Is the economy recovering?", source="经济正在复苏吗？"),
        good("Reporters asked whether the economy was recovering.", source="记者问：经济正在复苏吗？"),
        good("He asked whether they agreed.", source="他问他们是否同意。"),
        good("Whether they agree is unclear.", source="他们是否同意尚不清楚。"),
    ],
)

MADE = custom(
    "accuracy.questions.added",
    _made,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    langs=EN,
    message="The translation asks a question that the source does not ask.",
    description="A target question mark where the aligned source has no question mark and no question particle.",
    examples=[
        bad("Is the economy recovering⟦?⟧", source="经济正在复苏。"),
        good("Is the economy recovering?", source="经济正在复苏吗？"),
        good("Is the economy recovering?", source="经济正在复苏吗"),
        good("The economy is recovering.", source="经济正在复苏。"),
    ],
)

RULES = (MADE, LOST)
