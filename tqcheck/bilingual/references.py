"""What the references a user passed say, read the way the alignment reads a
target, so a rule can ask whether a target word has any counterpart in some
human translation: each reference's word keys and lemmas, the bases of its
capitalised words (Vietnam for Vietnamese, Maca for Macau and Macao), and
the acronyms its capitalised runs make (UN for United Nations, CPC for
Communist Party of China).

Made once per reference document (``Document.memo``) and bounded: at most
``MAX_REFERENCES`` references are read, each in one pass over its words
(an acronym run is cut at ``MAX_RUN`` words), so the work is linear in the
references' length whatever the target.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

#: references read per unit; the web service accepts more for scoring, but a
#: word that none of the first four has is not made likelier by a fifth
MAX_REFERENCES = 4
MAX_RUN = 8  # capitalised words of one run that acronyms are made from
_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})
# demonyms and variant spellings end differently from their base: Chin-a/Chin-ese, Iran/Iran-ian
_SUFFIXES = ("ese", "ian", "ans", "an", "is", "n", "i", "s", "a", "e", "o", "u")
_KEY = "_tqcheck_reference_words"


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    words: frozenset[str]  # keys and lemmas of every word
    bases: frozenset[str]  # ``bases`` of its capitalised words
    initials: frozenset[str]  # initials of its runs of capitalised words
    capitals: frozenset[str]  # its all-capital words (BN, CPC), lower case


def bases(key: str) -> tuple[str, ...]:
    """The word and what is left of it without a demonym or variant ending
    (at least three letters)."""
    out = [key]
    for suf in _SUFFIXES:
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            out.append(key[: -len(suf)])
    return tuple(out)


def reference_words(references: Sequence) -> list[ReferenceWords]:
    """What each of the first ``MAX_REFERENCES`` reference documents holds."""
    return [ref.memo(_KEY, _read) for ref in references[:MAX_REFERENCES]]


def _read(ref) -> ReferenceWords:
    from ..align import Pair  # here: a check without references never aligns
    from .align import _target_words
    from .lexicon import load

    text = ref.text
    words, _ = _target_words(text, [Pair(0, 0, 0, len(text), "1-1")], load())
    keys: set[str] = set()
    base: set[str] = set()
    initials: set[str] = set()
    capitals: set[str] = set()
    run: list[str] = []  # initials of the current capitalised run
    joined = 0  # connectors since the run's last word: one (of, and) may sit inside a name
    end = 0
    for w in words:
        keys.add(w.key)
        keys.update(w.lemmas)
        if text[end:w.start].strip(" -"):  # punctuation between them ends a run
            run, joined = [], 0
        end = w.end
        if w.text[:1].isupper():
            base.update(bases(w.key))
            if w.text.isupper() and len(w.text) >= 2:
                capitals.add(w.key)
            run.append(w.key[:1])
            joined = 0
            if len(run) > MAX_RUN:
                del run[0]
            for k in range(2, len(run) + 1):  # every run that ends here
                initials.add("".join(run[-k:]))
        elif w.key in _CONNECTORS and run and not joined:
            joined = 1
        else:
            run, joined = [], 0
    return ReferenceWords(frozenset(keys), frozenset(base), frozenset(initials), frozenset(capitals))
