"""Lookahead guards on the accuracy rules' word patterns.

A pattern such as ``(?=[nwc])(?:\\bnot\\b|\\bnever\\b|...)`` is searched 2-3 times
faster than without its lookahead, which names the characters a match can
begin with: a case-blind ``\\b(?:...)`` tries every alternative at every
position. A guard that misses the first letter of an alternative added
later would silently drop its matches, so these tests derive the letters
from the pattern itself and check that every guard holds them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import tqcheck.rules.accuracy as accuracy

_parser = pytest.importorskip("re._parser")
K = pytest.importorskip("re._constants")


def _firsts_of_seq(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of ``items`` may begin with, or None for
    "any"; whether it may match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _firsts_of_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _firsts_of_item(op, av) -> tuple[set[str] | None, bool]:
    if op is K.LITERAL:
        return {chr(av)}, False
    if op is K.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is K.LITERAL:
                chars.add(chr(a))
            elif o is K.RANGE and a[1] - a[0] < 512:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:  # a negated class, a category (\w): any character
                return None, False
        return chars, False
    if op in (K.AT, K.ASSERT, K.ASSERT_NOT):  # zero-width
        return set(), True
    if op is K.BRANCH:
        chars, empty = set(), False
        for alt in av[1]:
            got, e = _firsts_of_seq(alt)
            if got is None:
                return None, False
            chars |= got
            empty = empty or e
        return chars, empty
    if op is K.SUBPATTERN:
        return _firsts_of_seq(av[3])
    if op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
        lo, _, sub = av
        got, e = _firsts_of_seq(sub)
        return (None, False) if got is None else (got, e or lo == 0)
    if op is K.ATOMIC_GROUP:
        return _firsts_of_seq(av)
    return None, False  # ANY, NOT_LITERAL, a group reference: anything


def _guard(item) -> set[str] | None:
    """The characters of a lookahead that holds one class or one character, else None."""
    op, av = item
    if op is not K.ASSERT or av[0] != 1:
        return None
    inner = list(av[1])
    if len(inner) != 1:
        return None
    chars, empty = _firsts_of_item(*inner[0])
    return None if empty else chars


def _guarded_runs(items, out: list) -> None:
    """Every sequence (the pattern, an alternative, a group) that opens on a guard:
    (the guard's characters, the characters the rest may begin with)."""
    items = list(items)
    k = 0
    while k < len(items) and items[k][0] is K.AT:  # \b(?=[Hh])...: a guard after a word boundary
        k += 1
    if k < len(items):
        g = _guard(items[k])
        if g is not None:
            out.append((g, _firsts_of_seq(items[k + 1:])))
    for op, av in items:
        if op is K.BRANCH:
            for alt in av[1]:
                _guarded_runs(alt, out)
        elif op is K.SUBPATTERN:
            _guarded_runs(av[3], out)


def _patterns():
    for m in pkgutil.iter_modules(accuracy.__path__):
        mod = importlib.import_module(f"{accuracy.__name__}.{m.name}")
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and "(?=" in value.pattern:
                yield f"{m.name}.{name}", value


def _fold(chars: set[str], flags: int) -> set[str]:
    return {c.lower() for c in chars} if flags & re.IGNORECASE else chars


GUARDED = ["negation._EN_STRICT", "negation._EN_STRICT_SKIP", "tense._FUT_EN", "polarity._UP_EN", "polarity._DOWN_EN",
           "omission._IMPERSONAL"]


@pytest.mark.parametrize("name, pattern", [pytest.param(n, p, id=n) for n, p in _patterns()])
def test_every_guard_holds_the_first_characters_of_what_follows_it(name, pattern):
    runs: list = []
    _guarded_runs(_parser.parse(pattern.pattern, pattern.flags).data, runs)
    for guard, (firsts, empty) in runs:
        assert firsts is not None and not empty, f"{name}: a guarded part may begin with any character"
        missing = _fold(firsts, pattern.flags) - _fold(guard, pattern.flags)
        assert not missing, f"{name}: its lookahead lacks {sorted(missing)}, so those matches are lost"


def test_the_guarded_patterns_are_found_and_checked():
    found = dict(_patterns())
    for name in GUARDED:
        assert name in found
        runs: list = []
        _guarded_runs(_parser.parse(found[name].pattern, found[name].flags).data, runs)
        assert runs, name


def test_a_guard_missing_a_letter_is_caught():
    bad = re.compile(r"(?=[nw])(?:\b(?:not|never|without|cannot)\b)", re.IGNORECASE)
    runs: list = []
    _guarded_runs(_parser.parse(bad.pattern, bad.flags).data, runs)
    (guard, (firsts, _)), = runs
    assert _fold(firsts, bad.flags) - _fold(guard, bad.flags) == {"c"}


TEXT = ("Not only did prices not rise, they never fell. NO ONE came; nobody won't say it. "
        "It was said that growth would slow, and exports increased. They can't go. It's done.")


@pytest.mark.parametrize("name", GUARDED)
def test_a_guard_finds_what_the_pattern_without_it_finds(name):
    pattern = dict(_patterns())[name]
    bare = re.compile(re.sub(r"^\(\?=(?:\[[^\]]*\]|\w)\)", "", pattern.pattern), pattern.flags)
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in bare.finditer(TEXT)]
