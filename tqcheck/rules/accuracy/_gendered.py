"""Which words name a man or a woman, on both sides of a pair.

Chinese: read from the CC-CEDICT glosses of the lexicon, not from a typed
list. A word is gendered when its glosses hold one of the English gender
words below (a single character by its first gloss only: 子 is "son" first,
but 公 "public" is no "male"); each gloss keys the word by the gloss's
gender, so 两口子 (husband, wife) is both. A *person* word names the
person itself (男子 man, 女士 lady/madam, 女孩 girl, 先生 mister); a
*relation* word names somebody's relative (妻子 wife, 父亲 father), that is
a second person.

English: the same gender words as the target's nouns and titles, plus the
third-person pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

MALE, FEMALE = "m", "f"

#: gloss lemma -> (gender, names the person itself)
_GLOSS = {
    **{w: (MALE, True) for w in "man male mister mr gentleman sir boy lad bridegroom groom king prince".split()},
    **{w: (FEMALE, True) for w in "woman female mrs ms miss madam lady girl lass bride queen princess heroine "
       "actress".split()},
    **{w: (MALE, False) for w in "husband father son brother uncle grandfather dad nephew grandson widower "
       "boyfriend".split()},
    **{w: (FEMALE, False) for w in "wife mother daughter sister aunt grandmother mom mum niece granddaughter "
       "widow girlfriend".split()},
}


class Gendered(NamedTuple):
    genders: frozenset[str]
    person: frozenset[str]  # the genders it has as a word naming the person itself


_NONE = Gendered(frozenset(), frozenset())


@lru_cache(maxsize=4096)
def zh_gender(word: str) -> Gendered:
    """The genders CC-CEDICT's glosses give a Chinese word (none for most).

    A word CC-CEDICT does not list (the segmenter's 李先生, 女主) is read
    by a title at its end (先生, 女士: two characters) or a gendered first
    character (女, 男; not a surname: 王 "king"), as a person word only."""
    from ...bilingual.lexicon import load

    lx = load()
    glosses = lx.gloss(word)
    if not glosses and len(word) > 1:
        # a first character that is a surname opens a name (王帅: 王 is "king" first, but Wang Shuai may be a woman)
        first = lx.gloss(word[0])[:1] if word[0] not in lx.surnames else ()
        backed = (lx.gloss(word[-2:]) if len(word) > 2 else ()) + first
        found = frozenset(_GLOSS[g][0] for g in backed if g in _GLOSS and _GLOSS[g][1])
        return Gendered(found, found) if found else _NONE
    if len(word) == 1:  # by its first gloss, and a person only: 女 "female", but not 孙 "grandson" (a surname)
        glosses = tuple(g for g in glosses[:1] if g in _GLOSS and _GLOSS[g][1])
    genders, person = set(), set()
    for g in glosses:
        got = _GLOSS.get(g)
        if got:
            genders.add(got[0])
            if got[1]:
                person.add(got[0])
    if not genders:
        return _NONE
    return Gendered(frozenset(genders), frozenset(person))


# Any character of a gendered word blocks a pair that has 他/她 (``gender``): CC-CEDICT's glosses were tried in its
# place and lost three dev catches for one (少年 "young man", 外甥 "sister's son" are second people). 子 and 儿 are in
# most words with no gender (孩子, 日子, 靶子, 儿童), so a word around them blocks only when its glosses are male (儿子,
# 小伙子): ``gender._male_word``. ``_people`` reads them as a cheap test before it segments a pair.
FEMALE_ZH = re.compile(r"[女妈母妻姐妹婆娘姑嫂媳妇奶姨婶闺娃]|夫人|太太|小姐|王后|皇后|公主")
MALE_ZH = re.compile(r"[男爸父夫哥弟爷叔伯舅郎]|先生|国王|王子|丈夫")


#: the neutral gloss of a word for relatives of both genders together (兄弟姐妹 "brothers and sisters; siblings",
#: 父母 "father and mother; parents", 子女 "sons and daughters; children"); a couple (夫妻 "husband and wife") is
#: left out: the wife may be the "she" of the sentence
_GROUP_GLOSSES = frozenset({"sibling", "parent", "child"})


@lru_cache(maxsize=1024)
def zh_group(word: str) -> bool:
    """Whether CC-CEDICT glosses ``word`` as relatives of both genders
    together (兄弟姐妹, 父母, 子女): a group, which no singular he or she
    stands for."""
    from ...bilingual.lexicon import load

    glosses = load().gloss(word)
    return bool(_GROUP_GLOSSES.intersection(glosses)) and zh_gender(word).genders == {MALE, FEMALE}


def zh_genders_around(text: str, chars: str) -> frozenset[str]:
    """The genders of the words CC-CEDICT lists that hold one of ``chars``
    with the character before it, the two before it or the one after it
    (儿子 son, 小伙子 young man; 孩子 child, 靶子 target and 日子 day have
    none). Read from the text, not from the segmenter's words, which may
    join the word to a neighbour (他儿子)."""
    from ...bilingual.lexicon import load

    lx = load()
    out: set[str] = set()
    n = len(text)
    for k, ch in enumerate(text):
        if ch not in chars:
            continue
        for a, b in ((k - 1, k + 1), (k - 2, k + 1), (k, k + 2)):
            if a >= 0 and b <= n:
                out.update(_GLOSS[g][0] for g in lx.gloss(text[a:b]) if g in _GLOSS)
    return frozenset(out)


def zh_glosses(word: str) -> tuple[str, ...]:
    """CC-CEDICT's gloss lemmas of a word, or of its first and last two
    characters when it has none (夫妻|俩)."""
    from ...bilingual.lexicon import load

    lx = load()
    got = lx.gloss(word)
    if got or len(word) < 3:
        return got
    return lx.gloss(word[:2]) + lx.gloss(word[-2:])


# Titles only as titles (``Miss Li``, not ``miss the bus``); Mr/Mrs/Ms with or without the full stop.
_EN_PERSON = {
    MALE: re.compile(r"\b(?:man|gentleman|boy|lad|guy|male|king|prince|bridegroom)\b|(?-i:\b(?:Mr|Sir)\b\.?)", re.I),
    # English's own female forms: a translator who writes them chose them (``chairman`` is said of women too, so the
    # masculine compounds are left out)
    FEMALE: re.compile(r"\b(?:woman|lady|girl|lass|female|queen|princess|bride|heroine|actress|"
                       r"(?:spokes|business|chair|congress|police|sports|country)woman)\b"
                       r"|(?-i:\b(?:Mrs|Ms|Madam|Madame)\b\.?|\bMiss(?= [A-Z]))", re.I),
}
_EN_RELATION = {
    MALE: re.compile(r"\b(?:husband|father|son|brother|uncle|grandfather|dad|nephew|grandson|widower|boyfriend)s?\b",
                     re.I),
    FEMALE: re.compile(r"\b(?:wife|wives|mother|daughter|sister|aunt|grandmother|mom|mum|niece|granddaughter|widow|"
                       r"girlfriend)s?\b", re.I),
}
_EN_PLURAL = re.compile(r"\b(?:men|women|gentlemen|ladies|girls|boys|guys|males|females|heroines|actresses)\b", re.I)
#: third-person singular pronouns of both genders in one scan (the lookahead skips most positions cheaply)
PRONOUNS = re.compile(r"\b(?=[SsHh])(?:s?he|hers?|hi[ms]|himself|herself)\b", re.I)
FEMININE = frozenset({"she", "her", "hers", "herself"})
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_QUOTE_MARK = re.compile(r"[“”\"]")


def other(g: str) -> str:
    return FEMALE if g == MALE else MALE


def en_person(text: str, g: str) -> re.Match | None:
    return _EN_PERSON[g].search(text)


def en_gendered(text: str, g: str) -> bool:
    """Any noun or title of gender ``g`` (a person or a relative)."""
    return bool(_EN_PERSON[g].search(text) or _EN_RELATION[g].search(text))


def en_plural(text: str) -> bool:
    return bool(_EN_PLURAL.search(text))


def outside_quotes(text: str, matches: list[re.Match], beside: re.Match | None = None) -> list[re.Match]:
    """The matches not inside a quotation (a quoted speaker's he or she may
    be anybody), or inside the one that holds ``beside``. A quotation mark
    with no partner (a quotation that began in an earlier segment:
    ``…to know the girl," he said``) parts the text: a match counts only on
    the side of every such mark that ``beside`` is on, and none counts when
    there is no ``beside``."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    starts = [a for a, _ in spans]  # the quotations do not overlap: bisect, not a scan per character

    def inside(i: int) -> tuple[int, int] | None:
        k = bisect_right(starts, i) - 1
        return spans[k] if k >= 0 and i < spans[k][1] else None

    def quote(m: re.Match) -> tuple[int, int] | None:
        return inside(m.start())

    loose = [q.start() for q in _QUOTE_MARK.finditer(text) if inside(q.start()) is None]
    if loose and beside is None:
        return []
    home = quote(beside) if beside is not None else None
    side = bisect_left(loose, beside.start()) if beside is not None else 0
    return [m for m in matches if quote(m) in (None, home) and bisect_left(loose, m.start()) == side]
