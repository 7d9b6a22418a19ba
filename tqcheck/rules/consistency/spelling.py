"""American and British spellings mixed in one document: ``-ize``/``-ise``,
and other pairs (``defense``/``defence``, ``color``/``colour``) from
``data/us_uk.tsv``. Capitalised words are names (``Ministry of Defence``,
``Pearl Harbor``) and are left alone."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ...rule import bad, custom, good, match_case, trie_pattern
from ._vote import Occurrence, minority

_DATA = Path(__file__).resolve().parent / "data" / "us_uk.tsv"
_IZE = re.compile(r"(?<![\w'’-])([a-z]{3,})i([sz])(e|es|ed|ing|er|ers|ation|ations|ational)(?![\w'’-])")
#: -ise words with no -ize spelling, by their ending or whole
_ISE_ONLY_ENDINGS = ("raise", "rise", "wise", "excise", "incise", "circumcise", "concise", "precise", "exercise",
                     "vise", "mise", "prise", "guise", "noise", "poise", "ruise", "chise", "dise", "rtise", "tortoise",
                     "porpoise", "turquoise", "valise", "anise")
_IZE_ONLY_ENDINGS = ("size",)


@cache
def _pairs() -> dict[str, tuple[str, str]]:
    """word -> (variety it marks, the other variety's spelling)."""
    out: dict[str, tuple[str, str]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        us, uk = line.split("\t")
        if not us.startswith("!"):
            out[us] = ("American", uk.lstrip("!"))
        if not uk.startswith("!"):
            out[uk] = ("British", us.lstrip("!"))
    return out


@cache
def _variety_rx() -> re.Pattern[str]:
    # lower case only: a capitalised word is a name (Ministry of Defence)
    return re.compile(rf"(?<![\w'’-])(?:{trie_pattern(_pairs())})(?![\w'’-])")


def _variety(unit):
    pairs = _pairs()
    for m in _variety_rx().finditer(unit.target.text):
        hit = pairs[m.group(0)]
        yield Occurrence(m.start(), m.end(), "variety", hit[0], hit[1])


def _ize(unit):
    for m in _IZE.finditer(unit.target.text):
        stem, letter, suffix = m.groups()
        base = stem + "i" + letter + "e"
        if letter == "s" and base.endswith(_ISE_ONLY_ENDINGS):
            continue
        if letter == "z" and base.endswith(_IZE_ONLY_ENDINGS):
            continue
        other = stem + "i" + ("s" if letter == "z" else "z") + suffix
        yield Occurrence(m.start(), m.end(), "ize", "-ize" if letter == "z" else "-ise", other)


def _check(occurrences):
    def check(unit, options):
        text = unit.target.text
        occs = list(occurrences(unit))
        # the suggestion is this word in the other spelling, not the majority's word
        yield from minority(unit, occs, fix=lambda o, choice: match_case(o.shown, text[o.start:o.end]))

    return check


IZE = custom(
    "consistency.spelling.ize",
    _check(_ize),
    category="fluency/inconsistency",
    severity="minor",
    message="“{found}” ends in {form}, but the text uses {choice} {times}; write “{fix}”.",
    description="Words ending in -ize and in -ise (organize/organise) in one document.",
    examples=[
        bad("They organized talks and realized the risk, then ⟦criticised⟧ it.", "criticized"),
        good("They organised talks, realised the risk and criticised it; advertise, exercise, surprise, otherwise."),
        good("They organized talks, realized the risk, and the size of the prize."),
    ],
)

VARIETY = custom(
    "consistency.spelling.variety",
    _check(_variety),
    category="fluency/inconsistency",
    severity="minor",
    message="“{found}” is {form} spelling, but the text uses {choice} spelling {times}; write “{fix}”.",
    description="American and British spellings mixed in one document (defense/defence, color/colour).",
    examples=[
        bad("Its defense budget and labor costs rose; the ⟦centre⟧ said so.", "center"),
        bad("Its defence budget and labour costs rose; the ⟦center⟧ said so.", "centre"),
        good("Its defense budget rose, said the British Ministry of Defence and the Labour Party."),
        good("The program for the licence: a practice run."),
    ],
)

RULES = (IZE, VARIETY)
