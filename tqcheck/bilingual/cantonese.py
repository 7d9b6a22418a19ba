"""How a Chinese name is spelled in Hong Kong and Macau (Cantonese).

Readings are Jyutping from the ``ToJyutping`` package (CanCLID, BSD-2),
read once when the lexicon is compiled (``lexicon.compile_data``) and kept
in its cache, so nothing of the package is imported at check time.

A Jyutping syllable is spelled as the Hong Kong Government Cantonese
Romanisation spells it (the scheme of the Immigration Department and the
Government's *Gazetteer of Place Names*), with the variants name holders
commonly use. Correspondences after the tables of
https://en.wikipedia.org/wiki/Hong_Kong_Government_Cantonese_Romanisation
(initials: b p, d t, g k, gw kw, z/c ch or ts, j y, s s or sh; finals:
aa a, oeng eung, eoi ui, eon un, yu u or ue, yun un or uen, ou o, …):
余鹏春 jyu paang ceon -> ``Yu Pang-chun``, 张建宗 -> ``Cheung Kin-chung``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

#: Jyutping initial -> Hong Kong spellings
_INITIALS = {
    "b": ("p",), "p": ("p",), "m": ("m",), "f": ("f",), "d": ("t",), "t": ("t",), "n": ("n", "l"),
    "l": ("l",), "g": ("k",), "k": ("k",), "ng": ("ng", ""), "h": ("h",), "gw": ("kw",), "kw": ("kw",),
    "w": ("w",), "z": ("ch", "ts", "tz"), "c": ("ch", "ts", "tz"), "s": ("s", "sh"), "j": ("y",), "": ("",),
}
#: Jyutping final -> Hong Kong spellings
_FINALS = {
    "aa": ("a", "ah"), "aai": ("ai",), "aau": ("au",), "aam": ("am",), "aan": ("an",), "aang": ("ang",),
    "aap": ("ap",), "aat": ("at",), "aak": ("ak",),
    "a": ("a",), "ai": ("ai",), "au": ("au", "ow"), "am": ("am", "um"), "an": ("an",), "ang": ("ang",),
    "ap": ("ap", "up"), "at": ("at",), "ak": ("ak",),
    "e": ("e", "eh"), "ei": ("ei", "ee", "i"), "eng": ("eng",), "ek": ("ek",),
    "i": ("i", "ee"), "iu": ("iu",), "im": ("im",), "in": ("in",), "ing": ("ing",), "ip": ("ip",),
    "it": ("it",), "ik": ("ik",),
    "o": ("o", "oh"), "oi": ("oi", "oy"), "ou": ("o", "ou"), "on": ("on",), "ong": ("ong",), "ot": ("ot",),
    "ok": ("ok",),
    "u": ("u", "oo"), "ui": ("ui", "ooi"), "un": ("un", "oon"), "ung": ("ung", "oong"), "ut": ("ut", "oot"),
    "uk": ("uk",),
    "oe": ("oe",), "oeng": ("eung",), "oek": ("euk",),
    "eoi": ("ui", "eui", "oi"), "eon": ("un", "eun"), "eot": ("ut", "eut"),
    "yu": ("u", "ue"), "yun": ("un", "uen"), "yut": ("ut", "uet"),
    "m": ("m",), "ng": ("ng",),
}
#: whole syllables the tables above do not spell as name holders do (思 si: Sze, 余 jyu: Yu)
_WHOLE = {"zi": ("chi", "tsz", "tze"), "ci": ("chi", "tsz", "tsze"), "si": ("sze", "see", "si", "shi"),
          "jyu": ("yu", "yue"), "jyun": ("yuen", "yun"), "jyut": ("yuet", "yut"), "ji": ("yi", "ye", "yee"),
          "syu": ("shu", "sue", "su"), "m": ("m",), "ng": ("ng",)}

_INITIAL_ORDER = ("gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j")


@lru_cache(maxsize=8192)
def spell(jyutping: str) -> tuple[str, ...]:
    """Hong Kong spellings of one tone-less Jyutping syllable (``paang`` ->
    ``pang``; ``zoeng`` -> ``cheung``, ``tseung``, ``tzeung``); () when it is not one."""
    if jyutping in _WHOLE:
        return _WHOLE[jyutping]
    ini = next((i for i in _INITIAL_ORDER if jyutping.startswith(i) and jyutping[len(i):] in _FINALS), "")
    fin = jyutping[len(ini):]
    if fin not in _FINALS:
        return ()
    return tuple(dict.fromkeys(a + b for a in _INITIALS[ini] for b in _FINALS[fin]))


def spellings(readings: tuple[tuple[str, ...], ...], limit: int = 1024) -> set[str]:
    """Keys of a run of characters written as one word in Hong Kong spelling;
    ``readings`` holds each character's tone-less Jyutping readings. At most
    ``limit`` combinations are tried (a name has few characters)."""
    if not readings or not all(readings):
        return set()
    options = [tuple(dict.fromkeys(s for r in rs for s in spell(r))) for rs in readings]
    if not all(options):
        return set()
    return {"".join(p) for p in islice(product(*options), limit)}
