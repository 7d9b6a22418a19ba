"""One name spelled two ways: ``Zhang Wei`` beside ``Zhang Wai``,
``Antonio Costa`` beside ``António Costa``.

Two-word names that share one word and differ in the other by accents or
by one letter (changed, swapped, or added inside the word: ``Jinping``/
``Jingping``). A letter added at the end is another word (``Korea``/
``Korean``), and two forms each used more than once are two people.
"""

from __future__ import annotations

import re

from ...glossary.match import fold
from ...rule import bad, custom, good
from .._prose import FUNCTION_WORDS
from ._vote import Occurrence, minority


def similar(x: str, y: str) -> bool:
    if x == y:
        return False
    if fold(x) == fold(y):
        return True
    if min(len(x), len(y)) < 3:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    if abs(len(x) - len(y)) != 1:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return i < len(short) and long_[:i] + long_[i + 1:] == short


_NAME = r"[A-Z][a-z\u00df-\u024f]+(?:[-'’][A-Za-z\u00c0-\u024f][a-z\u00df-\u024f]+)?"
#: two capitalised words; the look-ahead lets the second start the next pair
NAME_PAIR = re.compile(rf"(?<![\w'’.-])({_NAME})(?= ({_NAME})(?![\w'’-]))")


def _occurrences(unit):
    text = unit.target.text
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in NAME_PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if a.lower() in FUNCTION_WORDS or b.lower() in FUNCTION_WORDS:
            continue
        pairs.setdefault((a, b), []).append((m.start(1), m.end(1) + 1 + len(b)))
    by_first: dict[str, list[tuple[str, str]]] = {}
    by_second: dict[str, list[tuple[str, str]]] = {}
    for form in pairs:
        by_first.setdefault(form[0], []).append(form)
        by_second.setdefault(form[1], []).append(form)
    parent = {form: form for form in pairs}

    def root(f):
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    for index, pos in ((by_first, 1), (by_second, 0)):
        for forms in index.values():
            for j, f in enumerate(forms):
                for g in forms[j + 1:]:
                    if similar(f[pos], g[pos]) and not (len(pairs[f]) > 1 and len(pairs[g]) > 1):
                        parent[root(f)] = root(g)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for form in pairs:
        groups.setdefault(root(form), []).append(form)
    for members in groups.values():
        if len(members) < 2:
            continue
        for form in members:
            for start, end in pairs[form]:
                yield Occurrence(start, end, root(form), " ".join(form))


def _check(unit, options):
    # On a tie, the spelling whose words the text uses more often elsewhere
    # ("National" in other names) is the likelier one.
    text = unit.target.text
    return minority(unit, _occurrences(unit), weight=lambda form: sum(text.count(t) for t in form.split()))


NAMES = custom(
    "consistency.names",
    _check,
    category="fluency/inconsistency",
    severity="major",
    message="“{found}” here, “{majority}” elsewhere ({times}); one name should be spelled one way.",
    description="A two-word name spelled two ways in one document (Zhang Wei/Zhang Wai, Antonio/António Costa).",
    examples=[
        bad("Zhang Wei arrived. Zhang Wei spoke. Later ⟦Zhang Wai⟧ left.", "Zhang Wei"),
        bad("António Costa met Kallas; ⟦Antonio Costa⟧ agreed.", "António Costa"),
        bad("President Xi Jinping spoke; ⟦Xi Jingping⟧ left.", "Xi Jinping"),
        bad("The ⟦Natioanl Day⟧ holiday began. National Museum and National Stadium opened for National Day.",
            "National Day"),
        good("North Korea and North Korean troops; South Korea too."),
        good("Li Wei and Li Wen spoke; Li Wei and Li Wen left."),
    ],
)

RULES = (NAMES,)
