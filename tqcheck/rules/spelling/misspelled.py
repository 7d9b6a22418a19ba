"""Words that are in no dictionary, with suggestions.

News translated from Chinese is dense with names, and a spelling check
that flags them is worse than none. A word is *not* reported when it is:

* an acronym (``EU``, ``ASEAN``), written with inner capitals (``iPhone``,
  ``McDonald``), with digits (``G20``) or inner full stops (``U.S.``);
* inside a URL or an e-mail address, or after ``@``/``#``;
* capitalised where a sentence does not start, or capitalised at a
  sentence start when the document uses it as a name elsewhere, or it
  reads as romanised Chinese (``Jiangxi``), or it looks like no common
  word (``Hegseth said``): only a sentence-initial capital one edit away
  from a frequent word (``Goverment officials``) is reported;
* a hyphenated compound whose parts are words or prefixes (``co-chairs``);
* a British or American variant (the dialect rule judges those);
* in the user's word list (``--words FILE``, ``words`` in config);
* alone between quotation marks (``the name 'agyieus'``): a term being mentioned;
* written with letters outside English (``détente``, ``Zürich``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import chain, compress, filterfalse
from typing import Iterable

from ...lexicon import dialect, dictionary, pinyin
from ...lexicon.once import Memo
from ...lexicon.userwords import as_word_list
from ...rule import Finding, bad, custom, good
from ..grammar._context import opening_words, sentence_openings
from ._language import foreign

_PREFIXES = frozenset(
    "co non pre post anti pro semi mini mega self mid multi inter intra sub super ultra ex re un "
    "bi tri de counter cross neo over under vice e x spatio".split()
)
#: lower-case particles of names from many languages (von der Leyen,
#: de Gaulle, bin Salman, dos Santos)
_PARTICLES = frozenset("von van der den del della de des da di du la le bin ibn dos das ter ten zu af".split())
#: a sentence-initial capitalised word is reported only when a word this
#: frequent (per the frequency list) is one edit away
_TYPO_MIN_COUNT = 20_000
_TYPO_MIN_LENGTH = 6
#: longer tokens are codes, hashes or run-together text, not misspellings;
#: the cap also keeps suggestion search (edits of the word) bounded
_MAX_LENGTH = 40
#: Latin species epithets after a genus name (Elaphodus cephalophus)
_LATIN_END = re.compile(r"(?:us|um|a|ae|is|i|ensis|oides|ii|ata|ica|ina)$")
#: a word alone between these quotation marks is mentioned, not used
_QUOTE_PAIRS = frozenset(("''", '""', "‘’", "“”", "«»"))
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def _strip_possessive(t: str) -> str:
    if t.endswith("'s") and len(t) > 3:
        return t[:-2]
    if t.endswith("s'"):
        return t[:-1]
    return t


def _names(doc) -> set[str]:
    """Capitalised words the document uses where no sentence starts."""
    texts = doc.word_texts
    forms = {t: _strip_possessive(t.replace("’", "'")) for t in doc.vocabulary if t[:1].isupper()}
    # a word is used where no sentence starts when it is there more times
    # than at openings: both counted in C, not a test per capitalised word
    used = Counter(compress(texts, map(forms.__contains__, texts)))
    used.subtract(filter(forms.__contains__, map(texts.__getitem__, opening_words(doc))))
    return {forms[t] for t, n in used.items() if n > 0}


class _Names:
    """``word in _names(doc)``, answered per word asked: a check asks about a
    name or two (a long capitalised word opening a sentence), and the whole
    set cost a short text a third of this rule. A word with no apostrophe
    can only be the form of itself or of itself + ``'s`` (``’s``), or, ending
    in ``s``, + ``'`` (``’``): those are looked for among the document's
    words; any other word, any word after the first ``_ASKED``, and every
    word of a text of more than ``_FEW_WORDS`` words is answered from the
    whole set (each look is a pass over the words: a long text asking about
    thousands would pay their product)."""

    __slots__ = ("doc", "found", "asked")

    def __init__(self, doc) -> None:
        self.doc = doc
        self.found: set[str] | None = None
        self.asked: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if self.found is not None:
            return word in self.found
        got = self.asked.get(word)
        if got is not None:
            return got
        if "'" in word or "’" in word or not word[:1].isupper() or len(self.asked) >= _ASKED \
                or len(self.doc.word_texts) > _FEW_WORDS:
            self.found = _names(self.doc)
            return word in self.found
        got = self.asked[word] = _used_as_name(self.doc, word)
        return got


#: words ``_Names`` answers one by one before it makes the whole set, and
#: the longest text (in words) it answers one by one for
_ASKED = 4
_FEW_WORDS = 10_000


def _used_as_name(doc, word: str) -> bool:
    """``word in _names(doc)`` for a capitalised ``word`` without an apostrophe."""
    ends = ("'", "’") if word.endswith("s") else ()
    vocabulary = doc.vocabulary
    forms = {t for t in (word, word + "'s", word + "’s", *(word + e for e in ends))
             if t in vocabulary and _strip_possessive(t.replace("’", "'")) == word}
    if not forms:
        return False
    texts, starts = doc.word_texts, doc.word_starts
    openings = sentence_openings(doc)
    return any(starts[i] not in openings for i in compress(range(len(texts)), map(forms.__contains__, texts)))


def _fine(t: str) -> bool:
    return len(t) < 3 or len(t) > _MAX_LENGTH or "." in t or (not t.isalpha() and any(c.isdigit() for c in t)) \
        or dictionary.is_word(t.replace("’", "'"))


#: kept per process, as the dictionaries' answers are: words recur across documents
_fine_anywhere = Memo(_fine, 1 << 17).__getitem__


def _judge(part: str, initial: bool, names, user) -> tuple[str, ...] | None:
    """None if ``part`` is fine, else its suggestions (possibly empty)."""
    if len(part) < 3 or part in user or part in _PARTICLES or not _ASCII_WORD.fullmatch(part):
        return None
    if part.isupper() or any(c.isupper() for c in part[1:]):
        return None
    if dictionary.is_word(part):
        return None
    if part[0].isupper():
        # "Lim said", "Noir": short names look like typos of short words. The
        # document's names last: finding them costs a pass over its words.
        if not initial or "'" in part or len(part) < _TYPO_MIN_LENGTH or pinyin.is_pinyin_name(part) \
                or part in names:
            return None
        sugg = dictionary.suggest(part)
        if not sugg or dictionary.frequency(sugg[0]) < _TYPO_MIN_COUNT:
            return None
        return sugg
    if "'" in part or dialect.variant(part) is not None or dictionary.is_derived(part):
        return None
    if pinyin.syllables(part) >= 2:
        return None  # romanised Chinese in lower case: ruyi, hukou
    return dictionary.suggest(part)


def _check(unit, options):
    doc = unit.target
    if foreign(doc):
        return
    text = doc.text
    user = as_word_list(unit.resources.get("words"))
    names = _Names(doc)
    openings = sentence_openings(doc)
    judged: dict[tuple[str, bool], tuple[str, ...] | None] = {}

    def judge(part: str, initial: bool):
        key = (part, initial)
        if key not in judged:
            judged[key] = _judge(part, initial, names, user)
        return judged[key]

    # each distinct token judged once; only the doubtful ones are visited where they stand
    texts = doc.word_texts
    doubtful = set(filterfalse(_fine_anywhere, doc.vocabulary))  # a cached verdict per token, asked in C
    if user:
        doubtful = {t for t in doubtful if t not in user}
    # A token that opens with a capital is judged as a possible typo only
    # where a sentence opens (``_judge``: its first part is capitalised and
    # not initial, or later parts are not initial): elsewhere nothing can
    # come of it, and names are most of the doubtful tokens of news (nine in
    # ten of 1 MB's places), each visit a dozen tests in Python.
    capital = {t for t in doubtful if t[:1].isupper()}
    places: Iterable[int] = compress(range(len(texts)), map((doubtful - capital).__contains__, texts))
    if capital:
        openers = opening_words(doc)
        places = sorted(chain(places, compress(openers, map(capital.__contains__, map(texts.__getitem__, openers)))))
    for i in places:
        w = doc.words[i]
        t = w.text
        if w.start and text[w.start - 1] in "@#_/\\":
            continue
        if text.startswith(("...", "…"), w.end) or (w.start and text[w.start - 1] == "…") \
                or text.endswith("...", 0, w.start):
            continue  # "...mptoms", "a pers...": a word cut off by an excerpt's ellipsis
        t = t.replace("’", "'")
        if doc.is_protected(w.start, w.end):
            continue
        if w.start and text[w.start - 1] + text[w.end:w.end + 1] in _QUOTE_PAIRS:
            continue  # "the name 'agyieus'": a word quoted on its own is a term or a name being mentioned
        initial = w.start in openings
        if t.islower() and _LATIN_END.search(t) and _after_unknown_capital(doc, w):
            continue
        if t.islower() and _binomial(doc, w):
            continue
        if t.count("-") + t.count("‐") == 0:
            core = _strip_possessive(t)
            sugg = judge(core, initial)
            if sugg is not None:
                yield _finding(w.start, w.start + len(core), core, sugg)
            continue
        offset = w.start
        parts = re.split(r"[-‐]", t)
        if parts[0][:1].isupper():
            # "Yuet-ngor", "Jong-un", "Ing-wen": the rest of a hyphenated
            # given name is written in lower case
            parts = parts[:1]
        for k, part in enumerate(parts):
            start = offset
            offset += len(part) + 1
            core = _strip_possessive(part)
            if core.lower() in _PREFIXES:
                continue
            sugg = judge(core, initial and k == 0)
            if sugg is not None:
                yield _finding(start, start + len(core), core, sugg)


def _after_unknown_capital(doc, w) -> bool:
    prev = doc.word_before(w.start)
    return (prev is not None and doc.text[prev.end:w.start] == " " and prev.text[:1].isupper()
            and prev.text[1:].islower() and not dictionary.is_word(prev.text))


def _binomial(doc, w) -> bool:
    """A species name written in lower case, as translations often do
    ("the spodoptera frugiperda", "elaphodus cephalophus"): two unknown
    words side by side, the second with a Latin ending."""
    text = doc.text
    prev = doc.word_before(w.start)
    if (prev is not None and text[prev.end:w.start] == " " and _LATIN_END.search(w.text)
            and prev.text.isalpha() and not dictionary.is_word(prev.text.lower())):
        return True
    nxt = _word_after(doc, w)
    return (nxt is not None and text[w.end:nxt.start] == " " and nxt.text.islower() and nxt.text.isalpha()
            and _LATIN_END.search(nxt.text) is not None and not dictionary.is_word(nxt.text))


def _word_after(doc, w):
    k = bisect_right(doc.word_starts, w.start)
    return doc.words[k] if k < len(doc.words) else None


def _finding(start, end, word, sugg):
    hint = f"; did you mean “{sugg[0]}”?" if sugg else "."
    return Finding(start, end, args={"hint": hint}, suggestions=tuple(sugg))


MISSPELLED = custom(
    "spelling.misspelled",
    _check,
    category="fluency/spelling",
    severity="neutral",
    langs=frozenset({"en"}),
    message="“{found}” is not in the dictionary{hint}",
    description="A word that is in neither the Hunspell en_US dictionary nor a large frequency "
    "list, with suggestions; names, acronyms, romanised Chinese, compounds of known words, "
    "US/UK variants and the user's word list are accepted.",
    examples=[
        bad("The ⟦goverment⟧ said so.", "government"),
        bad("They will ⟦recieve⟧ the delegation.", "receive"),
        bad("⟦Goverment⟧ officials met in Beijing.", "Government"),
        bad("The EU's ⟦secuirty⟧ partners met.", "security"),
        bad("A well-⟦knwon⟧ partner.", "known"),
        bad("They stayed ⟦untill⟧ Thursday.", "until"),
        bad("Sales rose ⟦becuase⟧ of demand.", "because"),
        good("They named him 'agyieus', the guardian of streets, and the “hutong” is old."),
        good("EU foreign affairs chief Kaja Kallas met Ursula von der Leyen and Antonio Costa."),
        good("Kallas said ASEAN and the Shangri-La Dialogue matter. Hegseth said so; Colby agreed."),
        good("Xinhua said Jiangxi and Guangdong officials met in Zhongnanhai and Xi'an."),
        good("The co-chairs discussed cybersecurity, counter-terrorism and the G20 at www.eeas.europa.eu."),
        good("Its colour and centre were realised; the iPhone and McDonald's; @tqcheck #news"),
        good("Hegseth arrived. Hegseth said the U.S. would act."),
        good("The zorblax treaty was signed.", resources={"words": ["zorblax"]}),
        good("Driverless taxis, microplastics and formwork; noncompliant firms acted proactively."),
        good("Carrie Lam Cheng Yuet-ngor met Kim Jong-un; Elaphodus cephalophus lives here; a ruyi."),
        good("Lim said so. Noir agreed. Novak Đoković ate ćevapi in Niš."),
        good("...mptoms that are independent of the diagnosis; it helps a pers..."),
        good("The spodoptera frugiperda spread; muntjac and elaphodus cephalophus are protected."),
        good("Spatio-temporal data; sales of 5 million roubles; a polyphagous pest; sepak takraw and cloisonne."),
        good("Heliostats and karsts; incentivizing webcasting; a thematical, immersive and impactful show."),
        good("Courts constitutionalize disputes; isoforms, oxynitrides, phosphogypsum; an ahistorical view."),
        good("Antiretroviral drugs and azithromycin; the Société des Ingénieurs Civils."),
        bad("Prices rose ⟦necause⟧ of demand.", "because"),
        bad("They ⟦writed⟧ a letter.", "write"),
        bad("The ⟦enviroment⟧ ministry met.", "environment"),
        bad("The ⟦infrastructue⟧ of the city.", "infrastructure"),
        good("Der Außenbeauftragte der EU sagte, die Union müsse ihre Sicherheitspartnerschaften "
             "mit Asien stärken."),
    ],
)

RULES = (MISSPELLED,)
