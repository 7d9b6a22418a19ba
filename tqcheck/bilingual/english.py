"""English side: words, which of them carry content, and their lemmas.

Lemmas come from lemminflect's lookup table, compiled into the lexicon
cache (``lexicon.load().lemmas``), so ``increased``, ``increases`` and
``increase`` meet on one key. Words the table lacks lose a regular ending.
"""

from __future__ import annotations

import re

#: a word of the translation: letters with inner apostrophes, hyphens and dots (U.S., Xi'an, COVID-19)
WORD = re.compile(r"[A-Za-z0-9À-ɏ]+(?:[.'’\-][A-Za-z0-9À-ɏ]+)*\.?")
#: the same, captured, for ``re.split``: gap, word, gap, word, ..., gap
WORD_SPLIT = re.compile(f"({WORD.pattern})")

#: function words: they render grammar, not a source word worth aligning
FUNCTION = frozenset("""
a an the this that these those there here it its it's they them their theirs we us our ours you your yours
he him his she her hers i me my mine one ones oneself itself themselves ourselves himself herself myself yourself
who whom whose which what whatever whichever whoever when where why how whether if then than so such as
and or but nor yet also too either neither both each every all any some no not none n't never
of in on at to for from by with without within into onto upon over under about above below between among
through during before after since until till against toward towards across along around behind beside besides
off out up down via per amid despite except including
be is am are was were been being do does did done doing have has had having
will would shall should can could may might must ought
s 's ’s very just only even still already ever again more most much many less least few lot lots
other another same own else rather quite well however therefore thus hence meanwhile moreover furthermore
said says say saying told tell tells stated state stating noted note added add adding pointed according
mr mrs ms dr also etc i.e e.g
""".split())

#: a contraction's clitics, and the bases English spells differently before n't (can't, won't, shan't)
_CLITICS = ("n't", "'ll", "'re", "'ve", "'d", "'m")
_NT_BASES = {"ca": "can", "wo": "will", "sha": "shall"}


def is_function(key: str) -> bool:
    """A function word, or a function word with its clitic (``wasn't``,
    ``I'll``, ``they've``): a contraction renders grammar too, so it must not
    count as an unsupported content word of the translation."""
    if key in FUNCTION:
        return True
    if "'" not in key:
        return False
    for clitic in _CLITICS:
        if key.endswith(clitic):
            base = key[:-len(clitic)]
            return _NT_BASES.get(base, base) in FUNCTION if clitic == "n't" else base in FUNCTION
    return False


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def words(text: str, start: int = 0, end: int | None = None):
    """(start, end, text) of each word in ``text[start:end]``; a final dot
    belongs to the word only in abbreviations (``U.S.``), not at a sentence end."""
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        w = m.group(0)
        if w.endswith(".") and w.count(".") == 1:
            e -= 1
            w = w[:-1]
        yield s, e, w


def norm(word: str) -> str:
    """Lower case, curly apostrophes straight, dots of abbreviations out (U.S. -> us)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if "." in w:
        w = w.replace(".", "")
    return w


def fallback_lemma(w: str) -> str:
    for suf, rep in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: len(w) - len(suf)] + rep
    return w


def stem(lemma: str) -> str:
    """A looser key: the first five letters of a longer lemma (development ~
    develop, ecological ~ ecology, environmental ~ environment); short
    lemmas are their own key."""
    return lemma if len(lemma) <= 5 else lemma[:5]


#: endings that make a word from a shorter one it opens with (power -> powerful, teach -> teacher), not
#: the rest of an unrelated longer word (count -> country)
_DERIVING = frozenset("""ful less er or ers ors ing ings ment ments al ial ity ly ive ion ions ation ations ness
ist ists ism ize ise able ible ic ical ally ship hood ance ence ant ants ent ents""".split())


def stems_agree(a: str, b: str) -> bool | None:
    """Whether two lemmas with the same ``stem`` are one word's forms by
    their letters: True when they share more than the five letters of the
    stem, one is the other with a deriving ending (power ~ powerful), or
    they differ in their last two letters at most (theater ~ theatre);
    None when only the five letters meet (complete ~ complacency, but also
    medicine ~ medical): the letters cannot tell."""
    a, b = a.replace("-", ""), b.replace("-", "")  # inter-provincial ~ interprovincial
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n > 5 or a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if n == len(short) and long[n:] in _DERIVING:
        return True
    if len(short) >= 6 and 0 < len(short) - n <= 2 and len(long) - n <= 2:
        # one word spelt two ways: whiskey ~ whisky, theater ~ theatre (not count ~ country)
        return True
    return None
