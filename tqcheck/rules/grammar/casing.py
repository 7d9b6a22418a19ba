"""Capital letters grammar requires: at the start of a sentence, and the
pronoun ``I``.

A lower-case word after a full stop is a new sentence only when the
full stop follows an ordinary lower-case word: ``approx. three``, ``et al.
said``, ``a.m. on`` and ``e.g. the`` are abbreviations. Name particles
(``von der Leyen``, ``de Gaulle``) and brand spellings (``iPhone``) may
open a paragraph.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good, triggered
from ...text.abbreviations import MAY_END, NEVER_END
from ._context import CATEGORY, EN, previous

_PARTICLES = frozenset("von van de da di du del della der den le la al el bin ibn dos das ter ten".split())
#: units written with a full stop mid-sentence ("25 mm. of tissue") are abbreviations too
_ABBREVIATIONS = NEVER_END | MAY_END | frozenset("approx vs cf etc esp incl excl ca est mm cm km kg mg ml "
                                                 "sec min hr hrs lb lbs oz ft yd mi msec".split())


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _ordinary(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _PARTICLES


_AFTER_STOP = re.compile(r"\.[ \u00a0]{1,2}(?=[a-z])")


def _check(unit, options):
    doc = unit.target
    text = doc.text
    paras = doc.paragraphs
    # a paragraph opens a sentence when the one before it closed one; hard-
    # wrapped lines and segments cut mid-sentence continue the previous line
    for k, p in enumerate(paras):
        if not text[p.start:p.start + 1].islower():
            continue
        if k and not text[paras[k - 1].start:paras[k - 1].end].rstrip("\"'”’)]»").endswith((".", "!", "?", "…")):
            continue
        m = _WORD.match(text, p.start)
        if m and not k and m.group() in _CONTINUING:
            continue  # a segment that continues the previous one's quotation: "said Lang Ping."
        if not k and len(paras) == 1 and _snippet(text[p.start:p.end]):
            continue  # a text that is one phrase or an excerpt ("a couple dozen", "although it's more than...")
        if m and len(m.group()) == 1 and text[m.end():m.end() + 1] in (".", ")"):
            continue  # a list label: "a. The first item", "b) the second"
        if m and _ordinary(m.group()) and not doc.is_protected(m.start(), m.end()):
            yield Finding(m.start(), m.end(), suggestions=(_capitalise(m.group()),))
    for stop in _AFTER_STOP.finditer(text):
        m = _WORD.match(text, stop.end())
        if m is None or not _ordinary(m.group()):
            continue
        prev = _PREV.search(text, max(0, stop.start() - 30), stop.start())
        if prev is None or len(prev.group()) < 2 or prev.group() in _ABBREVIATIONS:
            continue
        if doc.is_protected(prev.start(), m.end()):
            continue
        yield Finding(m.start(), m.end(), suggestions=(_capitalise(m.group()),))


def _snippet(para: str) -> bool:
    """An excerpt cut off with an ellipsis, or a noun phrase quoted as
    itself (``a couple dozen``: at most three words, an article first, no
    sentence end): not a sentence that lost its capital. A lower-case
    headline or byline (``reporter Nie Qing``) is still reported: in news
    it is a slip."""
    tail = para.rstrip().rstrip("\"'”’)]»")
    if tail.endswith(("...", "…")):
        return True
    words = tail.split()
    if not words or tail.endswith((".", "!", "?", ":", ";")):
        return False
    return len(words) <= 3 and words[0] in ("a", "an", "the") or len(words) <= 4 and words[0] in _FUNCTION


#: a short phrase with no sentence end that opens with one of these is
#: quoted as itself ("if and only if", "and so on"), not a sentence
_FUNCTION = frozenset("if and or but nor when whether unless than as so of in on at to for with by from "
                      "not because".split())


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: attribution verbs that open a text cut from the sentence before it: a
#: segment "said Lang Ping after the match." finishes the previous segment's quotation
_CONTINUING = frozenset("said says added adds noted notes explained explains stressed stresses told asked "
                        "according".split())
#: the ordinary lower-case word that the full stop closes
_PREV = re.compile(r"(?<![\w.'’-])[a-z]+$")


SENTENCE_START = custom(
    "grammar.casing.sentence-start",
    _check,
    category=CATEGORY,
    severity="minor",
    langs=EN,
    message="Start the sentence with a capital letter: “{fix}”.",
    description="A sentence or paragraph that begins with a lower-case letter (abbreviations, "
    "name particles such as von der Leyen and brand names such as iPhone excepted, and a text that opens with "
    "“said …”, the end of a quotation cut into the segment before it).",
    examples=[
        bad("The summit ended. ⟦she⟧ left for Tokyo.", "She"),
        bad("⟦the⟧ EU must strengthen ties.", "The"),
        bad("Kallas arrived.\n\n⟦kallas⟧ spoke.", "Kallas"),
        good("It costs approx. three euros; Li et al. said so at 10 a.m. on Monday."),
        good("von der Leyen spoke.\n\niPhone sales rose, e.g. in China."),
        good("See toutiao.com for more. The U.S. officials agreed."),
        good("He said... then left. Yes!"),
        good("The text was wrapped by hand\nat seventy characters, so lines\nstart in lower case."),
        good("said Lang Ping in an interview after the match."),
        good("a couple dozen"),
        good("if and only if"),
        good("fi:Ada sv:Ada tr:Ada (anlam)"),
        bad("⟦reporter⟧ Nie Qing", "Reporter"),
        good("although it's more than..."),
        good("a. The first item in the list. It takes 16 msec. to cross 25 mm. of tissue."),
        bad("⟦the⟧ summit ended on Monday.", "The"),
        bad("The match ended.\n\n⟦said⟧ Lang Ping.", "Said"),
    ],
)

PRONOUN_I = triggered(
    "grammar.casing.pronoun-i",
    ["i", "i'm", "i've", "i'll", "i'd"],
    r"(i)(?:(?=['’](?:m|ve|ll|d)(?![\w'’-]))|(?=[ \t\u00a0]++(?:am|was|have|had|think|will|would|can|"
    r"could|do|did|don['’]t|didn['’]t|want|know|believe|feel|hope|said|say|need|see|like|love|just|"
    r"also|really|never|always|guess|mean|got|went|came|agree|must|should|may|might|wish|thought|"
    r"told|asked)(?![\w'’-])))",
    group=1,
    flags=0,
    when=lambda m, unit: previous(unit.target, m.start())[0] not in ("letter", "the", "a", "an", "vowel"),
    suggest="I",
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The pronoun is written “I”.",
    description="The pronoun I written in lower case (i think, i'm).",
    examples=[
        bad("Then ⟦i⟧ think we should go.", "I"),
        bad("She said ⟦i⟧'m right.", "I"),
        good("I think so; see item (i) and i.e. the list; I'm right."),
        good("the letter i was missing"),
    ],
)

RULES = (PRONOUN_I, SENTENCE_START)
