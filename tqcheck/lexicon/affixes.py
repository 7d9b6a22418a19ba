"""Every word a Hunspell dictionary can accept, spelled out from its files.

Spelling suggestions ask Hunspell about hundreds of rare one-edit
candidates per unknown word (~10 µs each, 0.2-0.4 s of a first check of
1 MB). Nearly all are not words. ``forms`` expands the ``.dic`` stems
through the ``.aff`` prefix and suffix rules (what Hunspell's ``unmunch``
does) into the set of lower-case ASCII words the dictionary could accept,
so that a candidate outside it is answered "no" by a lookup; one inside it
is still asked of Hunspell. The set may hold too much (flags such as
``ONLYINCOMPOUND`` and ``FORBIDDENWORD`` are ignored, case is folded) but
must not hold too little, and it is only ever asked about words of the
letters a-z: Hunspell's other ways of accepting a word (number compounds,
hyphenated parts, trailing dots) need other characters.

Only the single-level affixes of SCOWL's en_US files are read: a suffix
with continuation classes (``SFX X 0 s/Y .``) or a two-character ``FLAG``
mode makes ``forms`` return None, and the caller asks Hunspell as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple


class _Rule(NamedTuple):
    strip: str
    add: str
    condition: re.Pattern[str]


class _Affix(NamedTuple):
    cross: bool
    rules: list[_Rule]


_DIRECTIVES_WE_CANNOT_EXPAND = ("FLAG", "COMPLEXPREFIXES", "CIRCUMFIX", "COMPOUNDFLAG", "COMPOUNDBEGIN",
                                "COMPOUNDMIDDLE", "COMPOUNDEND", "ICONV", "IGNORE", "FULLSTRIP", "AF", "AM")


def _encoding(aff: bytes) -> str:
    m = re.search(rb"^SET\s+(\S+)", aff, re.M)
    return m.group(1).decode("ascii", "replace") if m else "latin-1"


def _affixes(text: str) -> tuple[dict[str, _Affix], dict[str, _Affix]] | None:
    prefixes: dict[str, _Affix] = {}
    suffixes: dict[str, _Affix] = {}
    for line in text.splitlines():
        f = line.split()
        if not f or f[0].startswith("#"):
            continue
        if f[0] in _DIRECTIVES_WE_CANNOT_EXPAND:
            return None
        if f[0] not in ("PFX", "SFX") or len(f) < 4:
            continue
        table = prefixes if f[0] == "PFX" else suffixes
        flag = f[1]
        if flag not in table:  # the header: PFX flag cross count
            table[flag] = _Affix(f[2] == "Y", [])
            continue
        strip, add = f[2], f[3]
        if "/" in add:
            return None  # continuation classes: a second level of affixes
        cond = f[4] if len(f) > 4 else "."
        pattern = re.compile(cond + "$" if f[0] == "SFX" else cond)
        table[flag].rules.append(_Rule("" if strip == "0" else strip, "" if add == "0" else add, pattern))
    return prefixes, suffixes


def _suffixed(stem: str, rules: list[_Rule]) -> list[str]:
    return [stem[:len(stem) - len(r.strip)] + r.add for r in rules
            if stem.endswith(r.strip) and r.condition.search(stem)]


def _prefixed(stem: str, rules: list[_Rule]) -> list[str]:
    return [r.add + stem[len(r.strip):] for r in rules
            if stem.startswith(r.strip) and r.condition.match(stem)]


def forms(dic: Path, aff: Path) -> set[str] | None:
    """The lower-case words of the letters a-z that Hunspell could accept
    with these files (a superset), or None for files this cannot expand."""
    raw_aff = aff.read_bytes()
    encoding = _encoding(raw_aff)
    parsed = _affixes(raw_aff.decode(encoding, "replace"))
    if parsed is None:
        return None
    prefixes, suffixes = parsed
    out: set[str] = set()
    lines = dic.read_bytes().decode(encoding, "replace").splitlines()
    for line in lines[1:]:  # the first line is the number of stems
        entry = line.split(None, 1)[0] if line.strip() else ""
        if not entry:
            continue
        word, _, flags = entry.partition("/")
        if "\\" in entry:
            return None  # an escaped slash: a layout this reader does not parse
        made = [word]
        sfx = [(suffixes[f], _suffixed(word, suffixes[f].rules)) for f in flags if f in suffixes]
        for _, words in sfx:
            made += words
        for f in flags:
            pfx = prefixes.get(f)
            if pfx is None:
                continue
            made += _prefixed(word, pfx.rules)
            if pfx.cross:
                for s, words in sfx:
                    if s.cross:
                        for w in words:
                            # the condition is Hunspell's to test on the root or the suffixed word: both, to hold too
                            # much rather than too little
                            made += _prefixed(w, pfx.rules) or [r.add + w[len(r.strip):] for r in pfx.rules
                                                                 if w.startswith(r.strip) and r.condition.match(word)]
        for w in made:
            lw = w.lower()
            if lw.isascii() and lw.isalpha():
                out.add(lw)
    return out
