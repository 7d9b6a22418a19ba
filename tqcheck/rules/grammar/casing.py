"""Capital letters grammar requires: at the start of a sentence, and the
pronoun ``I``.

A lower-case word after a full stop is a new sentence only when the
full stop follows an ordinary lower-case word: ``approx. three``, ``et al.
said``, ``a.m. on`` and ``e.g. the`` are abbreviations. Name particles
(``von der Leyen``, ``de Gaulle``) and brand spellings (``iPhone``) may
open a paragraph.
"""

from __future__ import annotations

from ...rule import Finding, bad, custom, good, triggered
from ...text.abbreviations import MAY_END, NEVER_END
from ._context import CATEGORY, EN, previous

_PARTICLES = frozenset("von van de da di du del della der den le la al el bin ibn dos das ter ten".split())
_ABBREVIATIONS = NEVER_END | MAY_END | frozenset("approx vs cf etc esp incl excl ca est".split())


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _ordinary(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _PARTICLES


def _check(unit, options):
    doc = unit.target
    text = doc.text
    words = doc.words
    paras = doc.paragraphs
    # a paragraph opens a sentence when the one before it closed one; hard-
    # wrapped lines and segments cut mid-sentence continue the previous line
    starts = {p.start for k, p in enumerate(paras)
              if k == 0 or text[paras[k - 1].start:paras[k - 1].end].rstrip("\"'”’)]»").endswith((".", "!", "?", "…"))}
    for i, w in enumerate(words):
        if not w.text[:1].islower():
            continue
        if w.start in starts:
            if _ordinary(w.text) and not doc.is_protected(w.start, w.end):
                yield Finding(w.start, w.end, suggestions=(_capitalise(w.text),))
            continue
        if i == 0 or text[w.start - 1] not in " \u00a0":
            continue
        prev = words[i - 1]
        between = text[prev.end:w.start]
        if between.rstrip(" \u00a0") != ".":
            continue
        if not (prev.text.isalpha() and prev.text.islower() and len(prev.text) >= 2):
            continue
        if prev.text in _ABBREVIATIONS or not _ordinary(w.text):
            continue
        if doc.is_protected(prev.start, w.end):
            continue
        yield Finding(w.start, w.end, suggestions=(_capitalise(w.text),))


SENTENCE_START = custom(
    "grammar.casing.sentence-start",
    _check,
    category=CATEGORY,
    severity="minor",
    langs=EN,
    message="Start the sentence with a capital letter: “{fix}”.",
    description="A sentence or paragraph that begins with a lower-case letter (abbreviations, "
    "name particles such as von der Leyen and brand names such as iPhone excepted).",
    examples=[
        bad("The summit ended. ⟦she⟧ left for Tokyo.", "She"),
        bad("⟦the⟧ EU must strengthen ties.", "The"),
        bad("Kallas arrived.\n\n⟦kallas⟧ spoke.", "Kallas"),
        good("It costs approx. three euros; Li et al. said so at 10 a.m. on Monday."),
        good("von der Leyen spoke.\n\niPhone sales rose, e.g. in China."),
        good("See toutiao.com for more. The U.S. officials agreed."),
        good("He said... then left. Yes!"),
        good("The text was wrapped by hand\nat seventy characters, so lines\nstart in lower case."),
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
    severity="minor",
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
