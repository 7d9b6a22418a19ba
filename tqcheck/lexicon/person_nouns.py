"""English nouns that name a person (``nurse``, ``volunteer``, ``driver``).

Read from Princeton WordNet 3.0's noun file (``lexicon.wordnet``): every
one-word lemma of a synset in the lexicographer file ``noun.person`` (any
of its senses: ``host`` and ``judge`` count). Built once into the user's
cache; nothing is downloaded. The pronoun-gender rule reads it as a
second person whom a pronoun may stand for (``Trump praised the nurse for
her work``), so a broad list costs catches, never false alarms.
"""

from __future__ import annotations

from functools import lru_cache

from ..cache import file_key, source_key, stored
from .wordnet import data_dir, synsets, words_of

#: WordNet's lexicographer file number of noun.person
_PERSON_LEXFILE = 18


def _build() -> list[str]:
    folder = data_dir()
    if folder is None:
        return []
    # one word, no proper name (Lincoln)
    return sorted({word for fields in synsets(folder / "data.noun") if int(fields[1]) == _PERSON_LEXFILE
                   for word in words_of(fields) if word.isalpha() and word.islower()})


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    folder = data_dir()
    parts = (source_key(__file__), file_key(folder / "data.noun") if folder is not None else "none")
    return frozenset(stored("person-nouns", parts, _build))


def is_person(word: str) -> bool:
    """Whether ``word`` (lower case; a plural in -s or -es too) names a person."""
    nouns = _nouns()
    if word in nouns:
        return True
    return (word.endswith("s") and word[:-1] in nouns) or (word.endswith("es") and word[:-2] in nouns)
