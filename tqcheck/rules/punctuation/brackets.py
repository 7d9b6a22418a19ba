"""Brackets without partners: ( ) [ ] { } and their full-width forms."""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good

PAIRS = {"(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "｛": "｝", "【": "】",
         "〔": "〕", "《": "》", "〈": "〉", "「": "」", "『": "』"}
CLOSERS = {v: k for k, v in PAIRS.items()}
_BRACKET_RE = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
MAX_DEPTH = 32  # deeper nesting is not prose; the cap keeps stack searches O(1)
_SMILEY_RE = re.compile(r"[:;=][-'^o]?$")
# "1)", "1a)", "b)", "iv)" after a space or a line start: list enumerators
_ENUM_RE = re.compile(r"(?:^|[\s(])(?:\d{1,3}[a-z]?|[A-Za-z]|[ivxlcdm]{1,6})$")


def _is_smiley(text: str, i: int) -> bool:
    return bool(_SMILEY_RE.search(text, max(0, i - 2), i))


def _is_enumerator(text: str, i: int) -> bool:
    return bool(_ENUM_RE.search(text, max(0, i - 8), i))


def _check(unit, options):
    doc = unit.target
    text = doc.text
    stack: list[tuple[int, str, int]] = []  # (pos, char, paragraph)
    for para in doc.paragraphs:
        for m in _BRACKET_RE.finditer(text, para.start, para.end):
            i, ch = m.start(), m.group(0)
            if doc.is_protected(i) or _is_smiley(text, i):
                continue
            if ch in PAIRS:
                stack.append((i, ch, para.index))
                if len(stack) > MAX_DEPTH:
                    pos, och, _ = stack.pop(0)
                    yield Finding(pos, pos + 1, args={"what": f"This opening bracket {och} is never closed"})
                continue
            opener = CLOSERS[ch]
            j = len(stack) - 1
            while j >= 0 and stack[j][1] != opener:
                j -= 1
            if j < 0:
                if not (ch == ")" and _is_enumerator(text, i)):
                    yield Finding(i, i + 1, args={"what": f"This closing bracket {ch} has no opening bracket"})
                continue
            for pos, och, _ in stack[j + 1:]:
                yield Finding(pos, pos + 1, args={"what": f"This opening bracket {och} is never closed"})
            del stack[j:]
        # A bracket may run into the next paragraph (a parenthesis spanning
        # a break), but not further: otherwise one stray "(" would swallow
        # a stray ")" pages later and both errors would vanish.
        keep = []
        for pos, och, pidx in stack:
            if pidx < para.index:
                yield Finding(pos, pos + 1, args={"what": f"This opening bracket {och} is never closed"})
            else:
                keep.append((pos, och, pidx))
        stack = keep
    for pos, och, _ in stack:
        yield Finding(pos, pos + 1, args={"what": f"This opening bracket {och} is never closed"})


UNBALANCED = custom(
    "punctuation.brackets.unbalanced",
    _check,
    category="fluency/punctuation",
    severity="neutral",
    message="{what}.",
    description="An opening bracket that is never closed or a closing one that was never "
    "opened; smileys and list enumerators such as 1) are recognised.",
    examples=[
        bad("They met in Beijing ⟦(⟧on Thursday and left."),
        bad("They met in Beijing on Thursday⟦)⟧ and left."),
        bad("This ⟦[⟧is (a test) sentence."),
        bad("They met ⟦（⟧in Beijing on Thursday."),
        good("The plight caused a surge of support from the parties.[90]"),
        good("The jury recommended that: (1) Four deputies be employed."),
        good("We discussed this in section iv) and in Chapter 1)."),
        good("a) item one\nb) item two\nc) item three"),
        good("This is a sentence with a smiley :-) and so on."),
        good("See https://en.wikipedia.org/wiki/Kaja_Kallas_(politician) today."),
        good("(This is a bracket. \n\n With some text.) and this continues."),
        good("(([20] [20] [20]))"),
    ],
)

RULES = (UNBALANCED,)
