"""Names of the source that the translation drops or renders as other names.

A Chinese person name (jieba's ``nr`` with a CC-CEDICT surname) is looked
for in pinyin or Wade–Giles, surname and given name (``Han Zheng``,
``Teng Hsiao-ping``); a place or other proper noun by its CC-CEDICT English
form, its pinyin, or, for a transliterated foreign name, its consonants
(``卡拉斯`` ~ ``Kallas``). See ``tqcheck.bilingual.names``.

* ``changed``: the surname is there but the given name is another
  (``韩正`` -> ``Han Zhen``), or a place is missing and another known place
  name that nothing in the source renders stands in its sentence
  (``上海`` -> ``Beijing``). Reported at the target words.
* ``missing``: the name has no rendering at all. Reported at the source.
  A name whose sentence uses a bare title instead (``the president``) is
  left alone: news English often does that.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Any, Callable

from ...bilingual.names import ROLE_END, SAYING, TRANSLITERATION
from ...lexicon.dictionary import frequency, hunspell_knows
from ...lexicon.pinyin import syllables  # once: _pinyin_word runs for every capitalised word
from ...rule import Finding, bad, custom, good
from ._memo import LexiconMemo
from ._renderings import accepted, initials, opens_on
from ._shared import REQUIRES, get, target_around
from ._shared import lexicon as load

#: English titles that stand in for a name (``the president said``)
TITLES = frozenset("""president premier minister chairman chairwoman chair spokesman spokeswoman spokesperson
secretary leader ambassador governor mayor head chief director envoy commander
general king queen prince emperor pope chancellor counselor councillor""".split())


def _is_place(al, nc) -> bool:
    """A Chinese place CC-CEDICT spells in pinyin (北京 Beijing, 巢湖 Chaohu, 安徽 Anhui
    Province), not a country or a foreign place, which translators fold into adjectives
    (瑞士 -> Swiss)."""
    from ...bilingual.names import key

    w = al.source[nc.word]
    # the segmenter's tag may be a person's (寿光/nr): CC-CEDICT's place is what counts
    if w.pos not in ("ns", "nr") or w.text not in load().proper or key(load().proper[w.text].split()[0]) not in load().places:
        return False
    words = [x for x in nc.expected.split() if x.lower() not in _PLACE_WORDS]
    syl = load().proper_pinyin.get(w.text, "").split()
    # 宁夏 Ningxia (Hui Autonomous Region). Not 大连市 Dalian, whose level English leaves out: human
    # translators drop such names in context (北京市市场监管局 "the administration", a district in a list)
    # as often as MT does, against MQM raters (stop 21, nm14)
    return "".join(syl) in {key(" ".join(words)), key(words[0]) if words else ""}


def _foreign_state(al, nc) -> bool:
    """A state or prefecture named with its level 州 whose CC-CEDICT English form is no place of the pinyin
    lexicon (阿拉巴马州 Alabama, 得克萨斯州 Texas, 玉树藏族自治州 Yushu Tibetan Autonomous Prefecture): not
    folded into an adjective as a country is (瑞士 -> Swiss), and kept by the translators (all 24 in the dev
    parts of newstest2021, generaltest2022 and newstest2020)."""
    from ...bilingual.names import key

    w = al.source[nc.word]
    if w.pos != "ns" or len(w.text) < 3 or w.text[-1] != "州":
        return False
    english = load().proper.get(w.text, "")
    return bool(english) and english[:1].isupper() and key(english.split(",")[0]) not in load().places


def _pinyin_agency(al, nc) -> bool:
    """An organisation the segmenter tagged nt whose CC-CEDICT English form opens on its pinyin (新华社
    Xinhua News Agency, 浙江大学 Zhejiang University, 上海证券交易所): translators keep its name (the clean
    references of the dev parts of newstest2021, generaltest2022 and newstest2020 render 68 of the 69, 49
    of them 新华社), so it is judged like a Chinese place. Not before 记者 or 通讯员, a byline that a
    translator may turn into a credit (新华社记者陈尚营 "Edited by Chen Shangying", the 69th)."""
    w = al.source[nc.word]
    if w.pos != "nt" or not _pinyin_proper(al, nc):
        return False
    nxt = al.source[nc.word + 1] if nc.word + 1 < len(al.source) else None
    return nxt is None or nxt.text not in ("记者", "通讯员")


def _pinyin_proper(al, nc) -> bool:
    """A Chinese place or organisation whose CC-CEDICT English form opens on
    the pinyin of its first characters (合肥市 Hefei, 河北省 Hebei Province,
    宁夏 Ningxia Hui Autonomous Region, 新华社 Xinhua News Agency); not a
    foreign one (瑞士 Switzerland, 汉娜 Hannah), which has no pinyin to
    expect. A wider net than ``_is_place``, for ``changed`` only: a stand-in
    name is needed there as well."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    w = al.source[nc.word]
    # a river the segmenter tagged as a person (嘉陵江/nr) is a place too
    if w.pos not in ("ns", "nt", "nz") and not (w.pos == "nr" and w.text[-1] in _PLACE_END):
        return False
    lex = load()
    english = lex.proper.get(w.text)
    if not english:
        return False
    words = _proper_words(english).split()
    head = key(words[0]) if words else ""
    syl = lex.proper_pinyin.get(w.text, "").split()
    # one syllable before a generic character the English form puts in a word (淮河 Huai River, 汉江 Han River)
    least = 1 if len(syl) == 2 and w.text[-1] in _PLACE_END and len(words) >= 2 else 2
    return len(head) >= 3 and any(head == "".join(syl[:k]) for k in range(least, len(syl) + 1))


def _per_word(compute: Callable[[Any], int]) -> Callable[[Any], int]:
    """``compute(t)`` worked out once per distinct word: it reads only the
    word's text, name key and content flag, and the name rules ask it of every
    capitalised word of every pair (about 11,000 times a megabyte, of 2,000 or
    so distinct words). Dropped whole past a bound, so a worker's memory stays
    bounded."""
    memo: dict[tuple[str, str, bool], int] = {}

    def word(t) -> int:
        key = (t.text, t.name, t.content)
        got = memo.get(key)
        if got is None:
            if len(memo) > 50_000:
                memo.clear()
            got = memo[key] = compute(t)
        return got

    word.__doc__ = compute.__doc__
    return word


@_per_word
def _pinyin_word(t) -> int:
    """Syllables of a capitalised word that reads as pinyin and is no English
    word (``Feixi`` 2, ``Chen`` 1, ``Beijing`` 2; ``Long``, ``Central``, acronyms such as ``ESA`` 0)."""
    from ...bilingual.align import _pinyin_shaped  # here: a check without a source never loads the alignment

    if not t.name or not t.content or len(t.name) < 2 or t.text.isupper() or not _pinyin_shaped(t.name, 4, _bare(t.text)):
        return 0
    return syllables(t.name)


@_per_word
def _proper_noun(t) -> int:
    """Syllables (2) of a capitalised word that reads as pinyin in two and that English
    knows only as a proper noun of middling fame (``Milan``, ``Yemen``,
    ``Sana``): a name too, if no Chinese one. Not a common word (``Bona``
    of bona fide), nor a famous name or a people (``American``, ``Susan``,
    ``Sudanese``), which translators add and the alignment misses."""
    from ...lexicon.pinyin import syllables

    bare = _bare(t.text)
    if not t.name or not t.content or len(t.name) < 4 or t.text.isupper() or not bare.isalpha():
        return 0
    if (t.name.endswith(_PEOPLES) or t.name in _CALENDAR or hunspell_knows(t.name) or not hunspell_knows(bare)
            or frequency(t.name) >= _KNOWN):
        return 0
    # two syllables: English knows longer names that read as pinyin by the hundred (Helena, Asia, Emirati)
    return 2 if syllables(t.name) == 2 else 0


def _in_name(al, j: int) -> bool:
    """Target word ``j`` is a part of a longer foreign name: a capitalised
    word right beside it, no acronym, is no English word or renders a person
    (Yuri Glekhov, Tanya Davies for 戴维斯; not Sana TV)."""
    text = al.target_text
    t = al.target[j]
    for n in (j - 1, j + 1):
        if not 0 <= n < len(al.target) or al.target[n].pair != t.pair:
            continue
        x = al.target[n]
        gap = text[x.end:t.start] if n < j else text[t.end:x.start]
        if x.capitalised and not x.text.isupper() and gap in (" ", "-", "·") and (
                any(al.source[i].pos.startswith("nr") for i in x.links) or not hunspell_knows(x.name)):
            return True
    return False


#: endings of English words for peoples and their languages (Sudanese, Nubian, Chilean)
_PEOPLES = ("ese", "ian", "ean", "can", "ish", "ans")


def _given_name(t, nxt) -> int:
    """Syllables of the word after ``t`` read as a given name: a pinyin
    word, or, after a surname, one that is an English word too (``Wang Bin``,
    ``Li Gang``, ``Zhou Long``)."""
    from ...bilingual.align import _surname_keys
    from ...lexicon.pinyin import syllables

    n = _pinyin_word(nxt)
    if n or t.name not in _surname_keys() or not nxt.capitalised or len(nxt.name) < 2 or nxt.text.isupper():
        return n
    n = syllables(nxt.name)
    return n if n <= 2 else 0


def _pair_pinyin(al, pair: int) -> tuple[str, frozenset[str]]:
    """The pinyin of a pair's source characters, run together, and as a set
    of syllables; kept with the alignment."""
    memo = al.memo.setdefault("_pair_pinyin", {})
    got = memo.get(pair)
    if got is None:
        py = load().pinyin
        pr = al.pairs[pair]
        syl = [py.get(c, "") for c in al.source_text[pr.src_start:pr.src_end]]
        got = memo[pair] = ("".join(syl), frozenset(syl))
    return got


def _spells_source(al, pair: int, name: str, syllables: int, careful: bool = True) -> bool:
    joined, single = _pair_pinyin(al, pair)
    if syllables == 1:
        return name in single  # whole syllables only: Yin is not in 影 ying
    # whole syllables of whole words too: Anjing is not in 南京 nanjing, nor Yiwu in 以|武汉 (``_run_spells``)
    return len(name) >= 4 and name in joined and (not careful or _run_spells(al, pair, name))


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word


def _suspect(al, nc, strict: bool = False, careful: bool = True, people: bool = False) -> tuple[int, ...]:
    """Target words nothing in the source renders, standing where the name
    should: a pinyin-shaped name (``Chen Yu`` for 孔令强, ``Feixi`` for 北京).
    ``strict`` passes over words that something else of the source explains
    (``_explained``) and looks on. ``careful``: see ``_run_spells``.
    ``people``: pass over CC-CEDICT's Chinese places, which spell no person's name
    (Beijing is no rendering of 胡巧立, Chongqing none of 于晓)."""
    w = al.source[nc.word]
    rng = al.pair_target_words(w.pair)
    first = nc.expected.split()[0].lower() if nc.expected else ""
    if _in_title(al, w):
        return ()  # 《西游记之孙悟空三打白骨精》 is "The Monkey King 2": titles are translated freely
    for j in rng:
        t = al.target[j]
        if t.links or not t.capitalised or (people and t.name in _pinyin_places_()):
            continue
        prev = al.target[j - 1] if j - 1 in rng else None
        if prev is not None and prev.links and t.start - prev.end <= 1 and any(
                al.source[i].kind == "name" for i in prev.links):
            continue  # the rest of another name: Chan Mo-po for 陈茂波, a Cantonese given name
        n = _pinyin_word(t)
        if not n or (first and t.name.startswith(first[:4])
                     and not (nc.chinese and t.name != first and t.name in _surname_keys_())):
            # Zhengzhou-Wanzhou for 郑万, Mozi for 莫齐: the name in a longer form; but Lin is another surname than Li
            continue
        if nc.chinese and n <= 2:
            # surname and given name are judged together: Wang of "Wang Bin" may spell 往
            nxt = j + 1 if j + 1 in rng and not al.target[j + 1].links and _given_name(t, al.target[j + 1]) else None
            if nxt is not None and al.target[nxt].start - t.end <= 1:
                both = t.name + al.target[nxt].name
                if not _spells_source(al, w.pair, both, n + _given_name(t, al.target[nxt]), careful):
                    if not (strict and _explained(al, nc, (j, nxt))):
                        return (j, nxt)
                continue
        if _spells_source(al, w.pair, t.name, n, careful) or _misspells_another(al, nc, t.name):
            continue  # it spells other characters of the source (湖南日报网 -> Hunan Daily)
        if nc.chinese:
            if n > 2:
                continue  # Chinese given names have one or two syllables (not Lukaku)
            if n >= 2 and not (strict and _explained(al, nc, (j,))):
                return (j,)
        elif n >= 2 and t.name not in _GENERIC and not (strict and _explained(al, nc, (j,))):
            return (j,)
    return ()


def _misspells_another(al, nc, name: str) -> bool:
    """``name`` is another place of the pair with a letter dropped or added (Shangdong for 山东, beside a
    lost 福建): that place misspelled, no stand-in for this one."""
    from ...bilingual.names import key

    memo = al.memo.setdefault("_place_keys", {})
    pair = al.source[nc.word].pair
    keys = memo.get(pair)
    if keys is None:
        keys = memo[pair] = {(n.word, key(n.expected.split()[0])) for n in al.names
                             if not n.chinese and n.expected and al.source[n.word].pair == pair}
    for word, want in keys:
        if word == nc.word or len(want) < 4 or abs(len(want) - len(name)) != 1:
            continue
        short, long = sorted((name, want), key=len)
        if any(long[:k] + long[k + 1:] == short for k in range(len(long))):
            return True
    return False


def _in_title(al, w) -> bool:
    """Inside 《…》: a title of a book, film or newspaper."""
    text = al.source_text
    return text.rfind("《", 0, w.start) > text.rfind("》", 0, w.start)


#: capitalised pinyin-shaped words that are parts of place names, not names
_GENERIC = frozenset("""sheng shi xian qu zhen cun hu he shan jiang""".split())


def _around(al, nc) -> range:
    """Target words where the name would be: between the rendered words
    around it in its sentence (``Alignment.neighbourhood``)."""
    w = al.source[nc.word]
    lo, hi = al.neighbourhood(nc.word, nc.word + 1, w.pair)
    return range(*_words_between(al, w.pair, lo, hi))


def _words_between(al, pair: int, lo: int, hi: int) -> tuple[int, int]:
    rng = al.pair_target_words(pair)
    first = next((j for j in rng if al.target[j].start >= lo), rng.stop)
    last = next((j for j in reversed(rng) if al.target[j].end <= hi), first - 1)
    return first, max(first, last + 1)


def _titled(al, nc) -> bool:
    """The name's place holds a bare title (``the president said``,
    ``the Chinese premier``): news English often names someone so. The title
    renders nothing, or the name's own title beside it; one that renders
    another word of the sentence (该负责人表示，在周大福施工… "the head said")
    is another person's and excuses nothing."""
    ts = [al.target[j] for j in _around(al, nc)]
    for k, t in enumerate(ts):
        # a title that renders a word elsewhere (该负责人表示，在周大福施工… "the head said") is another person's
        if t.links and all(not 0 < abs(nc.word - i) <= 2 for i in t.links):
            continue
        if t.key in TITLES and any(x.key == "the" for x in ts[max(0, k - 3):k]):
            nxt = ts[k + 1] if k + 1 < len(ts) else None
            if nxt is None or not nxt.capitalised or nxt.links:
                return True
    return _own_title(al, nc)


def _own_title(al, nc) -> bool:
    """The name's own title beside it in the source (习近平|总书记) is rendered as a bare title with "the"
    (``the instructions of the General Secretary``): the title stands for the person, as in ``_titled``,
    but past the name's neighbourhood, which ends where the title's rendering begins."""
    w = al.source[nc.word]
    rng = al.pair_target_words(w.pair)
    for i in (nc.word - 1, nc.word + 1):
        if not 0 <= i < len(al.source) or al.source[i].pair != w.pair:
            continue
        for j in al.source[i].links:
            if al.target[j].key not in TITLES:
                continue
            # "the" right before it, or before capitalised words of the title (the General Secretary); not
            # "The official, director of…", where the title follows another word for the person
            k = j - 1
            while k > max(rng.start, j - 3) and al.target[k].capitalised and al.target[k].key != "the":
                k -= 1
            if k < rng.start or al.target[k].key != "the" or not _plain_gap(al, k, j):
                continue
            nxt = al.target[j + 1] if j + 1 in rng else None
            if nxt is None or not nxt.capitalised or nxt.links:
                return True
    return False


_PRONOUNS = frozenset("he she".split())
#: characters of transliterated foreign names: a "name" next to one is a piece of a longer one (杜特|尔特)
_TRANSLIT = TRANSLITERATION


def _pronoun(al, nc) -> bool:
    """A person named in an earlier sentence is often a pronoun here (杨鸿年 -> He was born…,
    柏丽香说 -> …, she said): he or she where the name would be. One elsewhere in the
    sentence, or after a verb of saying, refers to whoever stands there (the official said
    that he…)."""
    for j in _around(al, nc):
        t = al.target[j]
        if t.key in _PRONOUNS:
            return True
        if _SAYS.intersection(t.lemmas):
            return False
    return _moved_pronoun(al, nc)


def _plain_gap(al, a: int, b: int) -> bool:
    """Only spaces between target words ``a`` and ``b``."""
    text, tgt = al.target_text, al.target
    return all(text[tgt[k].end:tgt[k + 1].start] == " " for k in range(a, b))


def _moved_pronoun(al, nc) -> bool:
    """The sentence names one person and no one else, says no 他 or 她, and its translation has one he or
    she that renders nothing, beside the rendering of a word next to the name (授予刘易斯名誉博士学位 ->
    "he was awarded an honorary doctorate": the object made the subject of a passive): that pronoun can
    be no one but the person named."""
    from ._people import source_pronouns

    w = al.source[nc.word]
    pr = al.pairs[w.pair]
    if source_pronouns(al.source_text[pr.src_start:pr.src_end]):
        return False
    if any(n.chinese and n.word != nc.word and al.source[n.word].pair == w.pair and al.source[n.word].text != w.text
           for n in al.names):
        return False
    rng = al.pair_target_words(w.pair)
    said = [j for j in rng if al.target[j].key in _PRONOUNS]
    if len(said) != 1 or al.target[said[0]].links:
        return False
    # beside the rendering of the name's own neighbour (授予 -> "he was awarded"), where the name would
    # stand in the English sentence: not a pronoun that a later clause says of a name put another way
    # ("The official was in charge…, so he informed…")
    j = said[0]
    near = {nc.word - 1, nc.word + 1}
    return any(near.intersection(al.target[k].links) for k in range(max(rng.start, j - 2), min(rng.stop, j + 3)))


#: English verbs of saying: a pronoun after one is in the reported clause
_SAYS = frozenset("say tell state add note stress explain announce reveal".split())


def _transliteration(al, nc) -> bool:
    """A piece of a longer transliteration (瓦|莱州 for Valais), or a name
    glossed in Latin script right after it (瓦莱州(Wallis)): the Latin anchor
    renders it."""
    w = al.source[nc.word]
    text = al.source_text
    before = text[w.start - 1] if w.start > 0 else ""
    after = text[w.end] if w.end < len(text) else ""
    if after in "(（" and text[w.end + 1:w.end + 2].isascii() and text[w.end + 1:w.end + 2].isalpha():
        return True
    # a name that ends in its level or its kind (阿拉巴马州, 新华社) is whole: a transliteration after it is
    # the next name (阿拉巴马州|特洛伊市 Troy, Alabama; 新华社|拉巴特 Rabat), not the rest of this one
    if w.text[-1] in _WHOLE_END:
        after = ""
    return before in _TRANSLIT or after in _TRANSLIT or before == "·" or after == "·"


#: last characters that end a name whole: its level (州 state, 省, 市) or an agency's 社
_WHOLE_END = frozenset("州省市社")


def _glossed(al, nc) -> bool:
    """A place name that is also a common word, rendered as the word: 大山
    "the mountain", 江山 "the country". Its last character's first glosses
    stand unlinked in the target sentence."""
    lex = load()
    w = al.source[nc.word]
    keys = {g for g in lex.gloss(w.text[-1])[:2] if g not in _PLACE_WORDS}
    return bool(keys) and any(not t.links and t.content and keys & set(t.lemmas)
                              for t in (al.target[j] for j in al.pair_target_words(w.pair)))


#: generic words of places, which a name's stand-in says (the city) whatever the name
_PLACE_WORDS = frozenset("city county province town village district region area capital state country "
                         "municipality prefecture".split())


def _confident(al, nc) -> bool:
    """A two-character "name" of the segmenter is as often a word (洪峰, 南转, 诸如): at that
    length only CC-CEDICT's famous people and names with a common surname count."""
    from ...bilingual.names import COMMON_SURNAMES

    from ...bilingual.align import JOINED_NAME

    w = al.source[nc.word]
    lex = load()
    if w.text in lex.proper or w.pos == JOINED_NAME:
        return True  # a name the alignment joined, in a person's context or from a surname jieba tagged
    if _reads_as_words(w, lex):
        return _person_context(al, nc.word)
    if len(w.text) >= 3:
        # a rare surname before a word of CC-CEDICT's (支|农惠农, 柳云龙: 惠农 and 云龙 are places too)
        # is a name only where a person's context says so
        # and so is one whose first two characters make a word (师德|师风: 师德 "teachers' ethics")
        return (w.text[0] in COMMON_SURNAMES or (w.text[1:] not in lex.glosses and w.text[:2] not in lex.glosses)
                or _person_context(al, nc.word) or _given_name_whole(w, lex))
    if w.text[0] not in COMMON_SURNAMES:
        # a rarer surname of CC-CEDICT's before a character of its people's given names, where a role
        # stands before it (作者：岳川, 记者 聂青): a person's name too. A verb of saying after it or a list is
        # not enough: 斯托尔滕|贝格说 is the end of a transliteration, 巡逻|查堤、 "checking the dykes"
        # A byline or a credit needs no given name's character (记者樊曦, (杨迪), 由殷飞执导)
        return (w.text[0] in lex.surnames and w.text not in lex.glosses
                and (w.text[1] in _given_chars() and (_role_before(al, nc.word) or _speaker(al, nc.word))
                     or _credited(al, nc.word) or _reporter_before(al, nc.word)))
    # a common surname before a character that makes no word with it in CC-CEDICT (杨洋, 李怡, 周燕) reads
    # as nothing but a name; one that does (洪峰, 高发, 马上) needs a person's context
    # (not after a numeral, where the surname is a classifier: 45|张可|载人 "45 manned")
    after_number = nc.word > 0 and al.source[nc.word - 1].pos in ("m", "mq")
    return (w.text not in lex.glosses and w.text not in lex.proper_pinyin and not after_number
            and _given_chars().get(w.text[1], 0) >= _GIVEN_SEEN
            or _person_context(al, nc.word) or _cut_short(al, nc.word))


def _given_name_whole(w, lex) -> bool:
    """Three characters the segmenter read whole as a person's (jieba's ``nr``): a surname of CC-CEDICT's,
    then two characters that each stand in the given names of CC-CEDICT's people, and the first two no
    word (柳云龙: 云 and 龙 are given names' characters, whatever 云龙 the district; not 农惠农, where 农 is
    none, nor 师德师风's 师德; nor 新|康德, whose last two are a name CC-CEDICT spells otherwise, Kant)."""
    return (w.pos == "nr" and len(w.text) == 3 and w.text[0] in lex.surnames and w.text[:2] not in lex.glosses
            and all(_given_chars().get(c, 0) >= _GIVEN_SEEN for c in w.text[1:]) and not _spelled_otherwise(w.text[1:], lex))


#: how many of CC-CEDICT's people must bear a character in their given name before it reads as one
_GIVEN_SEEN = 2


@lru_cache(maxsize=1)
def _given_chars() -> dict[str, int]:
    """Characters of the given names of CC-CEDICT's people (毛泽东 Mao Zedong: 泽, 东), with how many
    bear each: what a given name is made of (雄, 云, 凯), unlike the second character of a word the
    segmenter took for a name (金爵 "Golden Goblet", 孔芯 "core of a hole")."""
    from ...bilingual.names import key

    lex = load()
    out: Counter = Counter()
    for w, english in lex.proper.items():
        if not 2 <= len(w) <= 3 or w[0] not in lex.surnames:
            continue
        py = lex.proper_pinyin.get(w, "").split()
        words = english.split()
        # a person: the English form is the characters' pinyin, surname first (not 黄山 Huangshan, 孔子 Confucius)
        if len(py) == len(w) and len(words) >= 2 and key(words[0]) == py[0] and key("".join(words)) == "".join(py):
            out.update(w[1:])
    return dict(out)


#: the segmenter's tags of characters that are no part of a given name: adverbs, numerals, classifiers
_PLAIN_TAGS = ("p", "c", "d", "u", "r", "y", "m", "q", "f")


@lru_cache(maxsize=4096)
def _plain_char(c: str) -> bool:
    from ...bilingual.segment import tag

    return tag(c)[0].pos.startswith(_PLAIN_TAGS)


def _reads_as_words(w, lex) -> bool:
    """The "name" reads as ordinary words: its surname is a function word by
    the segmenter's tags and what follows is a common word of CC-CEDICT's
    (段|时间 "a period of time"), or most of its
    characters are function words by the segmenter's own tags (都还没 "still
    not yet"; a common surname does not count as one: 张 is also a classifier),
    or one is, after a rare surname (新一波 "a new wave").
    Names the segmenter joined in a person's context are left alone."""
    from ...bilingual.align import JOINED_NAME
    from ...bilingual.names import COMMON_SURNAMES

    text = w.text
    if w.pos == JOINED_NAME:
        return False
    rest = text[1:]
    # a given name is often a word too (陈光明 "bright"): only after a "surname" that reads as a
    # function word itself (段 a classifier)
    if (len(rest) >= 2 and _plain_char(text[0]) and rest in lex.glosses and rest not in lex.proper
            and rest not in lex.proper_pinyin):
        return True
    plain = sum(c not in COMMON_SURNAMES and _plain_char(c) for c in text)
    # after a rare surname one function character is enough (新一波 "a new wave": 一 is a numeral)
    return 2 * plain > len(text) or plain > 0 and len(text) >= 3 and text[0] not in COMMON_SURNAMES


def _cut_short(al, i: int) -> bool:
    """A two-character name the segmenter cut from a three-character one: its
    next character stands alone as a bound morpheme (周星|竹/ng, 马伊|琍/zg).
    (傅昆|宝家 and 王礼|稳给 are cut too, but a word no dictionary has after a
    name is as often a real one: 马华|会否.)"""
    w = al.source[i]
    nxt = al.source[i + 1] if i + 1 < len(al.source) else None
    return (nxt is not None and nxt.start == w.end and len(nxt.text) == 1 and nxt.kind != "punct"
            and nxt.pos in ("ng", "zg", "g"))


#: what stands before a person's name (a role: 记者, 主任, 教授, 作者：) or after it (a verb of saying)
_ROLE_END = ROLE_END
_SAYING = SAYING


def _person_context(al, i: int) -> bool:
    """A two-character "name" is a person's when a role precedes it or a verb of
    saying follows it (记者王昆, 周燕说), or it stands in a list of names."""
    src = al.source
    if _role_before(al, i) or _credited(al, i):
        return True
    if i + 1 < len(src) and (src[i + 1].text in _SAYING or src[i + 1].text in "、，"):
        return True
    return False


def _speaker(al, i: int) -> bool:
    """The name opens its clause and a verb of saying follows it (邬娜称。, ，葛平坦言): the speaker. Not
    the end of a transliteration that follows its first part (斯托尔滕|贝格说)."""
    src = al.source
    if i + 1 >= len(src) or src[i + 1].text not in _SAYING or src[i + 1].pair != src[i].pair:
        return False
    return i == 0 or src[i - 1].pair != src[i].pair or src[i - 1].kind == "punct" and src[i - 1].text in "，,。；;：:！？!?"


def _role_before(al, i: int) -> bool:
    """A role stands before word ``i``, a colon or a bracket between them at most (记者王昆, 作者：岳川,
    导演殷飞, 总裁邬娜)."""
    src = al.source
    k = i - 1
    while k >= 0 and src[k].kind == "punct" and src[k].text in "：:（( ":
        k -= 1
    return k >= 0 and src[k].kind != "punct" and (src[k].text[-1:] in _ROLE_END or src[k].text in _ROLES)


def _byline(al, i: int) -> bool:
    """The name is a reporter's byline: after 记者 or 通讯员, or alone in brackets ((杨迪), （郭倩 ）)."""
    src = al.source
    pair = src[i].pair
    before, after = _next_word(src, i, -1, pair)[0], _next_word(src, i, 1, pair)[0]
    return _reporter_before(al, i) or (before is not None and after is not None and src[before].text in "(（"
                                       and src[after].text in ")）")


def _reporter_before(al, i: int) -> bool:
    """记者 or 通讯员 right before the name, a bracket or a space between at most: a byline."""
    src = al.source
    k = i - 1
    while k >= 0 and src[k].kind == "punct" and src[k].text in "：:（( ":
        k -= 1
    return k >= 0 and src[k].text in ("记者", "通讯员", "摄影", "作者")


#: roles before a name whose last character is no role's (导演 "director", not 表演 "performance"):
#: the film, stage and company credits of the news
_ROLES = frozenset("导演 编剧 主演 总裁 主持人 制片人 演员 歌手 作曲".split())
#: what only a person does after his or her name in a credit (由殷飞执导, 唐飞(柳云龙饰)); and 看来 of
#: 在柳云龙看来 "in Liu Yunlong's view"
_CREDITS = frozenset("执导 监制 饰演 饰 主演 出演 领衔 主持 看来".split())
#: what a person gives, after 的 (在杨洋的指挥下, 在他的带领下)
_LED = frozenset("指挥 带领 率领 陪同 主持 执导".split())
#: words that join the items of a list of people (李立群与柳云龙, 东一龙和楚魂)
_JOINS = frozenset("、 和 与 及 , ，".split())


def _credited(al, i: int) -> bool:
    """A person's own context, strong enough for a rarer surname: a credit verb after the name
    (由殷飞执导, 柳云龙饰, 在柳云龙看来), a byline alone in brackets ((杨迪), （郭倩 ）), or a
    neighbour in a list that the translation renders as a Chinese person's name (海清、马伊琍,
    吴秉泽 牛瑾: reporters parted by spaces)."""
    src = al.source
    pair = src[i].pair
    before, spaced_before = _next_word(src, i, -1, pair)
    after, spaced_after = _next_word(src, i, 1, pair)
    if after is not None and src[after].text in _CREDITS:
        return True
    if after is not None and src[after].text == "的":  # 在杨洋的指挥下 "under Yang Yang's baton"
        led = _next_word(src, after, 1, pair)[0]
        if led is not None and src[led].text in _LED:
            return True
    if before is not None and after is not None and src[before].text in "(（" and src[after].text in ")）":
        return True
    people = al.memo.get("_people_rendered")
    if people is None:
        people = al.memo["_people_rendered"] = frozenset(nc.word for nc in al.names
                                                         if nc.chinese and nc.status == "rendered")
    for k, spaced, step in ((before, spaced_before, -1), (after, spaced_after, 1)):
        if k is None:
            continue
        if k in people and spaced:  # 吴秉泽 牛瑾
            return True
        if src[k].text in _JOINS and _next_word(src, k, step, pair)[0] in people:  # 海清、马伊琍
            return True
    return False


def _next_word(src, i: int, step: int, pair: int) -> tuple[int | None, bool]:
    """The next token of the pair from ``i`` that is not white space, and whether white space was passed."""
    k, spaced = i + step, False
    while 0 <= k < len(src) and src[k].pair == pair and not src[k].text.strip():
        k, spaced = k + step, True
    return (k, spaced) if 0 <= k < len(src) and src[k].pair == pair else (None, spaced)


def _unexplained_capital(al, nc) -> bool:
    """A capitalised word where the name would be that nothing in the source
    explains: it may well be the name in a spelling not predicted."""
    text = al.target_text
    pair = al.source[nc.word].pair
    for j in _around(al, nc):
        t = al.target[j]
        if t.links or not t.capitalised or not t.content:
            continue
        before = text[max(0, t.start - 3):t.start].strip()
        initial = (t.start == al.pairs[pair].tgt_start or before[-1:] in (".", "?", "!", ":")
                   or before[-1:] in ("“", '"', "") and t.start - 3 <= al.pairs[pair].tgt_start)
        if _consonants_of(t.text, al.source[nc.word].text):
            return True  # Concern for 康采恩 (Konzern): the word the loanword transliterates
        if initial and hunspell_knows(t.key):
            continue  # any sentence opens on a capital; an unknown word there is still a name
        if t.key.isalpha() and hunspell_knows(t.key) and frequency(t.key) >= _KNOWN:
            continue  # a common English word in a title or a label (Correspondent, Photo, Deputy) spells no name
        if t.key in _CALENDAR or _renders_other(al, pair, t.name):
            continue  # a month, or another source word (Xinhua, Hohhot, 委内瑞拉 Venezuelan) spells no missing name
        if _no_spelling(t, al.source[nc.word].text):
            continue
        return True
    return False


def _letter_dropped(al, nc) -> bool:
    """The place's name stands in the sentence with a letter left out or written twice (潍坊市 "vice mayor
    of Wefang"): a misspelling, which the spelling rules judge, not a name missing. Not a letter changed:
    Henan for 湖南 is another place. Or it opens a longer word (新华社 "Xinhuanet")."""
    from ...bilingual.names import key

    want = key(nc.expected.split()[0]) if nc.expected else ""
    if len(want) < 4:
        return False
    for j in al.pair_target_words(al.source[nc.word].pair):
        t = al.target[j]
        if t.links or not t.capitalised:
            continue
        if len(want) >= 5 and len(t.name) > len(want) and t.name.startswith(want):
            return True  # the name opens a compound: Xinhuanet, the site of 新华社 Xinhua
        if abs(len(t.name) - len(want)) != 1:
            continue
        short, long = sorted((t.name, want), key=len)
        if any(long[:k] + long[k + 1:] == short for k in range(len(long))):
            return True
    return False


def _no_spelling(t, name: str) -> bool:
    """A capitalised target word that cannot be the source name ``name`` in
    another spelling: an acronym that does not give its characters' initials
    (TV, NCEE; but JD for 京东, CTF for 周大福 Chow Tai Fook), a web address
    that does not open on them (Ecns.cn; but JD.com), an English word that reads
    as no pinyin, whatever its frequency (Exhibitor, Reunions, E-sports), or a
    word the frequency list knows as English (Indian, Taiwanese).
    Pinyin-shaped words and surnames (Long, Fan) still may be the name."""
    from ...bilingual.align import _pinyin_shaped
    from ...bilingual.names import key

    if "." in t.text.strip(".") or "@" in t.text:
        head = t.text.split(".")[0]
        return not (head.isalpha() and (initials(head, name) or opens_on(key(head), name)))
    letters = [x for x in t.text.replace("’", "-").replace("'", "-").split("-") if x.isalpha()]
    if not letters or _consonants_of(t.text, name):
        return False
    if t.text.isupper():
        # an organisation's English acronym opens on the name's first character (MCA for 马华, the
        # Malaysian Chinese Association), and is longer than the name
        if len(t.text) > len(name) and t.text.isalpha() and t.text[0].lower() in _pinyin_initials(name[0]):
            return False
        return not initials(t.text, name) and not all(_pinyin_shaped(x.lower(), 4) for x in letters)
    if frequency(t.key) >= _KNOWN:
        return True
    return all(len(x) == 1 or (hunspell_knows(x.lower()) and not _pinyin_shaped(x.lower(), 4, x)) for x in letters)


def _consonants_of(word: str, name: str) -> bool:
    """``word`` carries the consonants of a name of three or more characters,
    in order, from the first, and at most two per character (Steiner for 史丹纳,
    Concern for 康采恩 Konzern; not Supervisory for 白金海): a transliteration,
    or the English word a loanword transliterates."""
    from ...bilingual.names import skeleton_en, skeleton_match, skeleton_zh

    if len(name) < 3:
        return False
    syl = tuple(load().pinyin.get(c, "") for c in name)
    if not all(syl):
        return False
    zh, en = skeleton_zh(syl), skeleton_en(word)
    # the same first consonant, and at most two per character: a long English word holds most skeletons somewhere
    return en[:1] == zh[:1] and len(en) <= 2 * len(name) and skeleton_match(zh, en)


#: how often (in the frequency list) an English word is seen before it counts as common (as the alignment's)
_COMMON = 5000
#: ... and before a capitalised word counts as English (Vietnamese 5,881, Taiwanese 1,077; Nguyen 50, Mohammad 108)
_KNOWN = 1000
#: months and days, which the date checks answer for
_CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _explained(al, nc, js: tuple[int, ...]) -> bool:
    """A suspect stand-in that is something else of the source after all:
    another mention of a name the pair renders (诸如"塞西" with Sisi linked to
    塞西), a Chinese place added to a person's sentence that misses no place of
    its own (Tianjin for a company named after its founder), or a transliteration of source characters by
    its consonants (拿督斯里 "Datuk Seri": Seri for 斯里; 丹绒比|艾 "Tanjong Piai",
    where the segmenter took 艾 for a surname)."""
    from ...bilingual.align import _pinyin_places

    w = al.source[nc.word]
    pair = w.pair
    ts = [al.target[j] for j in js]
    rendered = {al.target[j].name for i in al.pair_source_words(pair) if i != nc.word and al.source[i].kind == "name"
                for j in al.source[i].links}
    if all(t.name in rendered for t in ts):
        return True
    if (nc.chinese and len(ts) == 1 and ts[0].name in _pinyin_places()
            and not any(n.status == "missing" and al.source[n.word].pair == pair and al.source[n.word].pos == "ns"
                        for n in al.names)):
        return True  # no place of the source is missing: the place is an addition
    if len(ts) == 1 and (_abbreviated(al, pair, ts[0]) or _source_spells(al, pair, ts[0].name)):
        return True  # the source names it after all, cut short (陕北 northern Shaanxi, 郑万 Zhengzhou–Wanzhou)
    return len(ts) == 1 and _skeleton_of_source(al, nc, ts[0])


def _skeleton_of_source(al, nc, t) -> bool:
    """The word's consonants are those of a run of two to four source
    characters (``Seri`` S-L, 斯里 si li), the run holding a character of
    transliterations; or, for a word of one consonant (``Piai``), the
    unrendered one-character word before a name of the pair and the name's
    first character (比|艾: bi ai)."""
    from ...bilingual.names import collapse, skeleton_en, skeleton_zh

    en = collapse(skeleton_en(t.text))
    if not en:
        return False
    w = al.source[nc.word]
    pr = al.pairs[w.pair]
    text, py = al.source_text, load().pinyin
    lo, hi = pr.src_start, pr.src_end
    if len(en) == 1:
        # any name of the pair may be the one cut out of the transliteration (马华 sees Piai too)
        words = al.pair_source_words(w.pair)
        for k in words:
            x = al.source[k]
            if x.kind != "name" or k - 1 not in words or x.start - 1 < lo:
                continue
            before = al.source[k - 1]
            if before.links or len(before.text) != 1 or before.end != x.start:
                continue
            pair_syl = (py.get(before.text, ""), py.get(text[x.start], ""))
            if all(pair_syl) and collapse(skeleton_zh(pair_syl)) == en:
                return True
        return False
    for a in range(lo, hi):
        for n in (2, 3, 4):
            run = text[a:a + n]
            if len(run) < n or a + n > hi or not any(c in TRANSLITERATION for c in run):
                continue
            syl = tuple(py.get(c, "") for c in run)
            if all(syl) and collapse(skeleton_zh(syl)) == en:
                return True
    return False


def _changed(unit, options):
    al = get(unit)
    if al is None:
        return
    src = unit.source.text
    stood: set[tuple[int, int]] = set()
    changed: set[int] = set()  # target words of changed names: the stand-in paths do not report them again
    for nc in al.names:
        w = al.source[nc.word]
        if nc.status == "changed" and nc.links:
            s, e = al.target[min(nc.links)].start, al.target[max(nc.links)].end
            changed.update(nc.links)
            yield Finding(s, e, args={"source": w.text, "expected": nc.expected}, suggestions=(nc.expected,),
                          related=("source", w.start, w.end))
        elif nc.status == "missing" and not _transliteration(al, nc) and not _japanese_given(al, nc.word):
            pinyin = nc.chinese or _is_place(al, nc) or _pinyin_proper(al, nc)
            if not pinyin and not (w.text in load().proper and any(c in TRANSLITERATION for c in w.text)):
                continue  # 人民大会堂 the Great Hall of the People (in Beijing), 中新网 ChinaNews: no foreign names
            js = _suspect(al, nc, strict=True)
            # a transliterated name of CC-CEDICT's (汉娜 Hannah) has no pinyin to expect, but a Chinese place
            # standing in for it (hurricane "Ningxia") is no spelling of it
            if not pinyin and not (len(js) == 1 and al.target[js[0]].name in _pinyin_places_()):
                continue
            if js and (al.target[js[0]].start, al.target[js[-1]].end) not in stood:
                s, e = al.target[js[0]].start, al.target[js[-1]].end
                stood.add((s, e))  # one stand-in for 安徽省 and 合肥市 both is one wrong name
                yield Finding(s, e, args={"source": src[w.start:w.end], "expected": nc.expected},
                              related=("source", w.start, w.end))
    yield from _stand_ins(al, stood, changed)


def _lost_name(al, pair: int, implied: bool = True) -> int | None:
    """A word of the pair's source that reads as a name (the segmenter's name
    tags, or a word ending in a place's generic character: 果园村, 严店乡,
    湖南卫视) that nothing renders and whose pinyin the target spells nowhere,
    in any reading of its characters, nor in the words of its CC-CEDICT English form.
    ``implied``: none where the source implies a place by a deictic or an own
    body (全市, 省总), which a translator names; a stand-in that is no Chinese
    place of CC-CEDICT's is no such naming."""
    from ...bilingual.align import _ordinary, _proper_words
    from ...bilingual.names import key

    memo = al.memo.setdefault("_lost_name", {})
    if (pair, implied) in memo:
        return memo[pair, implied]
    lex = load()
    t0, t1 = al.pair_target(pair)
    target = key(al.target_text[t0:t1])
    pr = al.pairs[pair]
    src = al.source_text[pr.src_start:pr.src_end]
    found = None
    mentions = _mentions(al, pair)
    # 省总 -> the Yunnan Provincial Federation, 全市 -> across Wuhan
    if not implied or not _implied_place(al, pair):
        for i in al.pair_source_words(pair):
            w = al.source[i]
            if len(w.text) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in w.text):
                continue
            nxt = al.source[i + 1] if i + 1 < len(al.source) else None
            # a word before a place's generic character (果园|村, 严店|乡) is that place's name, a common word or not
            suffixed = (nxt is not None and nxt.start == w.end and len(nxt.text) == 1 and nxt.text in _PLACE_END
                        and not w.links and w.kind in ("content", "name") and not nxt.links)
            if _ordinary(w.text, lex) and not suffixed:
                continue  # a common word of CC-CEDICT's that the segmenter took for a name (幼儿园/nr)
            if (w.kind == "name" and len(w.text) >= 3 and _ordinary(w.text[:2], lex) and not suffixed
                    and not _named_in_names(lex.proper.get(w.text, ""))):
                # 普惠性, 特区政府: words of CC-CEDICT's that the segmenter took for a name; not 国际米兰, whose
                # English form (FC Internazionale Milano) is names alone, where 人民大会堂's is words
                continue
            if w.links and w.how == "value" and w.text[0] in _NUMERALS:
                continue  # 四国 "the four countries" (CC-CEDICT's Shikoku): its numeral rendered, it is words
            if w.links and not (w.text[:2] in lex.proper_pinyin or w.text[:2] in lex.proper
                                or (w.kind == "name" and w.how == "name" and _spells_head(al, pair, w.text))
                                or (w.kind == "name" and len(w.text) >= 3 and w.text[-1] in _PLACE_END
                                    and all(al.target[j].name in _PLACE_KEYS for j in w.links))):
                # 新政府 -> new government: a compound of words, rendered; 湖南卫视 -> TV is judged on, and
                # so is 滹沱河 -> River: a place linked by its generic character alone, and a name linked by
                # its pinyin, which may be said twice and spelled once (小文 … 小文; not 帕特南 Putnam)
                continue
            # a name linked by a generic part only (湖南卫视 -> TV) is judged by its spelling too
            named = suffixed or w.kind == "name" or (w.kind == "content" and len(w.text) >= 3
                                                     and w.text[-1] in _PLACE_END and not w.links) or _cut_given(al, i)
            if not named or _in_title(al, w) or _japanese_given(al, i):
                continue
            # its first two characters in any reading (湖南卫视: hunan), or its English form's words
            head = w.text[:2]
            spell = {a + b for a in lex.char_readings(head[0]) for b in lex.char_readings(head[1])}
            english = lex.proper.get(w.text)
            if english:
                own = _proper_words(english).split()
                spell |= {key(x) for x in own if len(x) >= 4}
                # and the name's adjective, WordNet's pertainym (意大利 Italy: "the Italian parliamentarian"); of
                # the name's own word only (云南 Yunnan province: "provincial" says no Yunnan)
                if own:
                    spell.update(_demonyms(key(own[0])))
            if english and w.links and _linked_variant(al, w, english):
                continue  # 中岛 Nakajima linked to "Nakashima": the name in another romanisation
            # spelled at all, and as often as the source says it (银川 ... 银川: one may be the one replaced)
            if not spell or max(target.count(x) for x in spell) >= mentions[_level_off(w.text)]:
                continue
            if _cantonese_surname(al, pair, w):
                continue  # Sean Lau for 刘青云: a Hong Kong name in English style
            if _cut_transliteration(al, i):
                continue  # 图伊奥|内托|阿 "Tu'ionetoa": the segmenter cut it, the target renders it whole
            found = i
            break
    memo[pair, implied] = found
    return found


#: numerals that open a "name" made of a number and a noun (四国 "four countries", 三峡)
_NUMERALS = frozenset("一二两三四五六七八九十百千万")


def _cut_given(al, i: int) -> bool:
    """Source word ``i`` is the given name of a person the segmenter cut after the surname: two
    characters that are no CC-CEDICT word and render nothing, glued to a lone surname of CC-CEDICT's that
    renders nothing either, after a role (外交官仲|跻法 "diplomat Zhong Jifa")."""
    if i == 0:
        return False
    w, sur = al.source[i], al.source[i - 1]
    return (len(w.text) == 2 and not w.links and w.text not in load().glosses and sur.end == w.start
            and sur.pair == w.pair and len(sur.text) == 1 and sur.text in load().surnames and not sur.links
            and _role_before(al, i - 1))


def _cut_transliteration(al, i: int) -> bool:
    """Source word ``i``, alone or with the unrendered words glued after it (six characters at most), carries
    the consonants of a capitalised target word of its pair that renders nothing (图伊奥|内托|阿 ~ Tu'ionetoa):
    one transliterated name the segmenter cut apart, rendered whole. The word must hold a character of
    transliterations, so that a Chinese name and the words after it are not read as one."""
    from ._renderings import consonants_of_run

    w = al.source[i]
    run, end = w.text, w.end
    k = i + 1
    hi = al.source_ranges[w.pair][1]
    if not any(c in TRANSLITERATION for c in w.text):
        return False
    words = [al.target[j] for j in al.pair_target_words(w.pair)]
    caps = [t.text for t in words if t.capitalised and not t.links and len(t.name) >= 4]
    if not caps:
        return False
    if any(consonants_of_run(t, run) for t in caps):
        return True  # whole, and not linked: 萨尔维尼 ~ Salvini
    while k < hi and al.source[k].start == end and not al.source[k].links and len(run) + len(al.source[k].text) <= 6:
        x = al.source[k]
        if not all("\u4e00" <= c <= "\u9fff" for c in x.text):
            break
        run, end, k = run + x.text, x.end, k + 1
        if any(consonants_of_run(t, run) for t in caps):
            return True
    return False


def _linked_variant(al, w, english: str) -> bool:
    """The alignment linked the word to a capitalised target word that opens on the first four letters of
    a word of its CC-CEDICT English form, and is no generic word of places (中岛 Nakajima: "Kazuki
    Nakashima", a Japanese name romanised otherwise)."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    own = {key(x) for x in _proper_words(english).split() if len(key(x)) >= 4}
    heads = {x[:4] for x in own}
    # another spelling, not the name itself: 银川 said twice and spelled once is still judged by its count
    return any(t.capitalised and t.name[:4] in heads and t.name not in own and t.name not in _PLACE_KEYS
               for t in (al.target[j] for j in w.links))


def _demonyms(word: str) -> tuple[str, ...]:
    """WordNet's derivational relatives of a place's English name that open on its first three letters
    (italy: italian; china: chinese; not france: gallic), keys as ``names.key`` makes them."""
    from ...lexicon.derivations import derivations

    return tuple(d for d in derivations().get(word, ()) if d.isalpha() and len(d) >= 4 and d[:3] == word[:3])


def _named_in_names(english: str) -> bool:
    """A CC-CEDICT English form made of words English does not write in lower case (FC Internazionale Milano)."""
    from ...bilingual.align import _proper_words

    words = [x for x in _proper_words(english).split() if x[:1].isupper()] if english else []
    return bool(words) and not any(hunspell_knows(x.lower()) for x in words)


def _mentions(al, pair: int) -> Counter:
    """How often the pair's source names each word, counting the words that
    open on it: 北京 is said twice in 北京市 … 北京, 太湖 in 太湖流域 … 太湖, 新疆 in
    新疆维吾尔自治区 … 新疆; a target that spells it once does not render both."""
    got: Counter = Counter()
    for i in al.pair_source_words(pair):
        t = al.source[i].text
        for k in range(2, min(len(t), _LONGEST) + 1):  # a bound: a long Latin token stays linear
            got[t[:k]] += 1
    return got


def _level_off(text: str) -> str:
    """A place without its level (北京市 -> 北京), which the source adds or leaves off at will."""
    return text[:-1] if len(text) >= 3 and text[-1] in _LEVELS else text


_LEVELS = frozenset("市省县")
#: the longest source word whose openings count as mentions (新疆维吾尔自治区 is 8)
_LONGEST = 12
#: last characters of place and organisation names the segmenter often tags as common nouns
_PLACE_END = frozenset("村乡镇县市省区州河湖江岛港湾峡寺台")


def _stand_ins(al, stood: set[tuple[int, int]], changed: set[int]):
    """Pinyin-shaped names of the target that nothing renders and no reading of
    the source's characters spells (``Ansai TV`` for 湖南卫视), in a pair
    whose source holds a name the target spells nowhere: one name put in for
    another, where the alignment did not know the source word for a name."""
    from ...bilingual.align import _pinyin_places

    places = _pinyin_places()
    for pair in range(len(al.pairs)):
        passed = 0
        for js, foreign in _candidates(al, pair, places):
            s, e = al.target[js[0]].start, al.target[js[-1]].end
            if (s, e) in stood or changed.intersection(js):
                break  # Qilong of Jia Qilong: the pair's wrong name is reported already
            i = _stand_in_for(al, pair, js, foreign, places)
            if i is None:
                # a foreign reading (Teheran) hides no stand-in after it; the first pinyin name explains the
                # pair's lost name as well as any later one would (the source's name in another spelling).
                # A few are passed over at most: each costs a look at the pair, which must stay linear
                passed += 1
                if foreign and passed < _PASSED_OVER:
                    continue
                break
            stood.add((s, e))
            w = al.source[i]
            yield Finding(s, e, args={"source": w.text, "expected": "its reading"}, related=("source", w.start, w.end))
            break


#: foreign readings passed over in one pair before its stand-ins are given up
_PASSED_OVER = 4


def _candidates(al, pair: int, places: frozenset[str]):
    """The pair's target words (or surname and given name) that may stand in
    for a name, in order, lazily: capitalised, rendering nothing, reading as
    pinyin or as a proper noun of English, and spelled by no reading of the
    source. ``foreign``: three syllables or more with no spelling only pinyin
    has (Fupinju, Pakatan, Wataru)."""
    rng = al.pair_target_words(pair)
    rendered: set[str] | None = None  # made when a candidate needs it: most pairs have none
    cand: tuple[int, ...]
    for j in rng:
        t = al.target[j]
        if t.links or not t.capitalised or t.text.isupper():
            continue
        prev = al.target[j - 1] if j - 1 in rng else None
        if prev is not None and prev.links and t.start - prev.end <= 1 and any(
                al.source[i].pos.startswith("nr") for i in prev.links):
            continue  # the rest of a rendered person's name: Chan Mo-po for 陈茂波 (not Yellow River Zhongtai)
        n = _pinyin_word(t)
        # Fukuwara for 福原, Pakatan, Wataru, Sarula read as pinyin too: a longer name is surely one when it has
        # spellings only pinyin has (Shichengzi, Xidayang, Dongwushi)
        foreign = n > 2 and t.name not in places and not _CHINESE_ONLY.search(t.name)
        if not n and not _in_name(al, j):
            n = _proper_noun(t)
        if n > 4 or (n > 2 and "-" in t.text and t.name not in places):
            continue  # Mudanura for 穆丹乌拉, Yi-Shu-Si: foreign readings, or pinyin parted by hyphens
        nxt = al.target[j + 1] if j + 1 in rng else None
        if (n == 1 and nxt is not None and not nxt.links and nxt.start - t.end <= 1
                and _given_name(t, nxt) and t.name in _surname_keys_()):
            name, cand = t.name + nxt.name, (j, j + 1)  # a surname and a given name: Niu Jin
        elif n >= 2 and t.name not in _GENERIC:
            name, cand = t.name, (j,)
        else:
            continue
        if len(cand) == 2 and name in _english_forms():
            continue  # Hong Kong is no surname and given name
        if rendered is None:
            # another mention of a name the pair renders is that name (诸如"塞西" with Sisi linked to 塞西)
            rendered = {al.target[k].name for k in rng if al.target[k].links}
        if all(al.target[k].name in rendered for k in cand):
            continue
        name = name.replace("v", "u")  # Lvzi for 驴子: v writes ü
        if (_spells_source(al, pair, name, 2) or _source_spells(al, pair, name) or _nasal_spells(al, pair, name)
                or _shortened(al, pair, name) or any(_abbreviated(al, pair, al.target[k]) for k in cand)):
            continue
        yield cand, foreign


def _stand_in_for(al, pair: int, js: tuple[int, ...], foreign: bool, places: frozenset[str]) -> int | None:
    """The source word that candidate ``js`` stands in for, or None."""
    # a deictic or an own body implies a place (全市 -> across Wuhan), not a person or a company
    i = _lost_name(al, pair, implied=len(js) == 1 and al.target[js[0]].name in places)
    if i is None and len(js) == 1 and _bare_stand_in(al, js[0]):
        i = _lost_word(al, pair, js[0])
    if i is None:
        return None
    if foreign and (_in_name(al, js[0]) or not _chinese_proper(al.source[i].text)
                    or not (_beside(al, i, js[0]) or not _spells_head(al, pair, al.source[i].text))):
        # Fukuwara for 福原: a Japanese reading of a name CC-CEDICT does not know, and Barisan of Barisan
        # Nasional: part of a longer foreign name; but one of a Chinese name (Fupinju for 峨眉山) that the
        # target spells nowhere or where that name would stand, not one of a name said twice and spelled
        # once far from it (ChinaChina, a slip, for 北京 … 北京市)
        return None
    if (_person(al.source[i]) and len(js) == 1 and al.target[js[0]].name in places
            and (_company(al, pair) or _glued(al, js[0]))):
        # a company's city beside its chairman (许文堂 ... Asia Memory (Shenzhen), the Tianjin CTF Finance
        # Center): an addition; not a place the segmenter tagged as a person (蒋口河/nr, 海勃湾/nr), for
        # which a city stands in, nor a city standing alone for a person where no company is named
        # (林德说 -> Fuyang said)
        return None
    if _transliterates(al, pair, al.target_text[al.target[js[0]].start:al.target[js[-1]].end]):
        return None
    if _beside_dot(al, i):
        return None  # 埃伦·哈岑 Ellen Hazen: a piece of a transliterated name, which its own consonants render
    if len(js) == 1 and _skeleton_of_source(al, _At(i), al.target[js[0]]):
        return None  # 希沙姆·迈希希 Hichem Mechichi: a transliteration the segmenter cut apart
    return i


def _spells_head(al, pair: int, text: str) -> bool:
    """The pair's target spells the first two characters of ``text`` in some reading."""
    from ...bilingual.names import key

    lex = load()
    t0, t1 = al.pair_target(pair)
    target = key(al.target_text[t0:t1])
    return any(a + b in target for a in lex.char_readings(text[0]) for b in lex.char_readings(text[1]))


def _chinese_proper(text: str) -> bool:
    """A Chinese proper noun of CC-CEDICT's that English calls by its pinyin
    (北京 Beijing, 峨眉山 Mt Emei, 贴吧 Baidu Tieba, 潇湘 with no English form):
    a name whose rendering is no foreign reading. Not a transliteration (汉娜),
    nor a name English calls otherwise (中国 China, 中华人民共和国)."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    lex = load()
    text = text if text in lex.proper_pinyin else _level_off(text)
    syl = lex.proper_pinyin.get(text, "").split()
    if len(syl) < 2 or any(c in TRANSLITERATION for c in text):
        return False
    english = lex.proper.get(text)
    if not english:
        return True
    heads = {"".join(syl[:k]) for k in range(2, len(syl) + 1)}
    return any(key(x) in heads for x in _proper_words(english).split())


#: words that name a company, whose English name may carry its city (Asia Memory (Shenzhen))
_COMPANY = ("公司", "集团", "企业", "银行", "厂")


def _company(al, pair: int) -> bool:
    """The pair's source names a company or an organisation (jieba's ``nt``)."""
    return any(al.source[i].pos == "nt" or any(c in al.source[i].text for c in _COMPANY)
               for i in al.pair_source_words(pair))


def _glued(al, j: int, most: int = 2, named: bool = False) -> bool:
    """Target word ``j`` stands beside another capitalised word that nothing
    renders, with at most ``most`` spaces or brackets between: part of a longer
    name. ``named``: or one that renders a name or is no English word (Yoji
    Yamada for 山田洋次, Yuya Ishii for 石井裕也)."""
    text = al.target_text
    t = al.target[j]
    for n in (j - 1, j + 1):
        if not 0 <= n < len(al.target) or al.target[n].pair != t.pair:
            continue
        x = al.target[n]
        gap = text[x.end:t.start] if n < j else text[t.end:x.start]
        if (x.capitalised and len(gap) <= most and not gap.strip(" ()（）")
                and (not x.links or named and (any(al.source[i].kind == "name" for i in x.links)
                                               or not hunspell_knows(x.name)))):
            return True
    return False


#: spellings of pinyin that Malay, Japanese or Mongolian names read as pinyin seldom have
_CHINESE_ONLY = re.compile("x|q|zh|ong|eng|jia|ie|uo|ui|iu|ou|cun|zi|ci")


def _spelled_otherwise(text: str, lex) -> bool:
    """The word, or its first two characters, is a proper noun of CC-CEDICT's
    whose English form is no pinyin (天后宫: 天后 Tin Hau, also Mazu): its
    rendering need not spell it."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    for x in (text, text[:2]):
        english = lex.proper.get(x)
        if english and key(_proper_words(english)) != "".join(lex.proper_pinyin.get(x, "").split()):
            return True
    return False


def _bare_stand_in(al, j: int) -> bool:
    """A pinyin word of two or more syllables that is no Chinese place of
    CC-CEDICT's (a translator names the place the source implies: Beijing for
    首都), standing alone: not in brackets (an explanation: Zhongfu (the second
    phase of Sanfu)), not beside another capitalised word nothing renders (a
    foreign name in two words: Yoji Yamada, or a brand: Balihan Baijiu)."""
    t = al.target[j]
    if _pinyin_word(t) < 2 or t.name in _pinyin_places_() or _glued(al, j, 3, named=True):
        return False
    text = al.target_text
    return text[max(0, t.start - 1):t.start] not in ("(", "（") and text[t.end:t.end + 1] not in (")", "）")


def _beside(al, i: int, j: int, reach: int = 2) -> bool:
    """Target word ``j`` stands next to (``reach`` words at most) the rendering of a
    source word next to (two words at most) source word ``i``: where ``i``'s
    rendering would stand."""
    near = {k for k in range(i - 2, i + 3) if k != i}
    lo, hi = al.target_ranges[al.target[j].pair]
    return any(near.intersection(al.target[n].links) for n in range(max(lo, j - reach), min(hi, j + reach + 1))
               if n != j)


def _lost_word(al, pair: int, j: int) -> int | None:
    """An unrendered word of two or more Han characters that CC-CEDICT does not
    know as a common word, has no transliteration's character (塞西 Sisi) and
    whose pinyin the target spells nowhere, beside the renderings of its
    neighbours (``_beside``): the name a stand-in ``j`` replaced where the
    segmenter did not take it for a name (天水/n, 译林/n). (A deictic such as
    当地 excuses no stand-in here: Chinese places, which a translator names for
    it, are no bare stand-ins.)"""
    from ...bilingual.align import _ordinary
    from ...bilingual.names import key

    lex = load()
    t0, t1 = al.pair_target(pair)
    target = key(al.target_text[t0:t1])
    for i in al.pair_source_words(pair):
        w = al.source[i]
        if w.how or w.kind not in ("content", "name") or len(w.text) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in w.text):
            continue
        if (_ordinary(w.text, lex) or any(c in TRANSLITERATION for c in w.text) or _spelled_otherwise(w.text, lex)
                or not _beside(al, i, j)):
            continue
        head = w.text[:2]
        if any(a + b in target for a in lex.char_readings(head[0]) for b in lex.char_readings(head[1])):
            continue
        return i
    return None


def _nasal_spells(al, pair: int, name: str) -> bool:
    """The pair's source spells ``name`` in pinyin when -n and -ng count as one
    (班相果 Bangxiangguo): a slip of spelling, not another name."""
    joined, _ = _pair_pinyin(al, pair)
    return len(name) >= 6 and name.replace("ng", "n") in joined.replace("ng", "n")


def _beside_dot(al, i: int) -> bool:
    """The source word stands beside a ·, which joins the parts of a transliterated name."""
    w, text = al.source[i], al.source_text
    return text[w.start - 1:w.start] == "·" or text[w.end:w.end + 1] == "·"


def _person(w) -> bool:
    """A person-tagged source word, unless it ends in a place's generic
    character (蒋口河/nr, 海勃湾/nr: a river, a district)."""
    return w.pos.startswith("nr") and not (len(w.text) >= 3 and w.text[-1] in _PLACE_END)


def _cantonese_surname(al, pair: int, w, free: bool = False) -> bool:
    """A person's surname in a Hong Kong spelling stands in the target
    (Lau for 刘): the name is there with an English given name. ``free``: a
    word that renders nothing else (Lei of Lei Han is 雷汉's, not 李立群's)."""
    from ...bilingual import cantonese
    from ...bilingual.names import HK_SURNAMES

    lex = load()
    c = w.text[0]
    if c not in lex.surnames or len(w.text) > 3:
        return False
    keys = set(cantonese.spellings((tuple(lex.jyutping.get(c, "").split()),)))
    if c in HK_SURNAMES:
        keys.add(HK_SURNAMES[c])
    return any(al.target[j].name in keys and not (free and al.target[j].links) for j in al.pair_target_words(pair))


def _transliterates(al, pair: int, name: str) -> bool:
    """The stand-in carries the consonants of an unrendered name of the pair
    (a transliteration read as pinyin: Mechichi for 迈希希), or spells a run
    of its characters in Cantonese (Lei Yue Mun for 鲤鱼门)."""
    from ...bilingual import cantonese
    from ...bilingual import names as nm
    from ...bilingual.names import key

    lex = load()
    k = key(name)
    for i in al.pair_source_words(pair):
        w = al.source[i]
        if w.links or w.kind not in ("name", "content") or len(w.text) < 2:
            continue
        syl = tuple(lex.pinyin.get(c, "") for c in w.text)
        # a Chinese place English calls by its pinyin (中山 Zhongshan) has no other reading: Jiangxi is no spelling
        if all(syl) and w.kind == "name" and not _chinese_proper(w.text):
            skel = nm.skeleton_zh(syl)
            if len(skel.replace("H", "")) >= 2 and nm.skeleton_match(skel, nm.skeleton_en(name)):
                return True
        for a in range(len(w.text) - 1):
            jp = tuple(tuple(lex.jyutping.get(c, "").split()) for c in w.text[a:a + 2])
            if k in cantonese.spellings(jp, 64):
                return True
    # the parts of a foreign name joined by · (希沙姆·迈希希), however the segmenter cut them
    pr = al.pairs[pair]
    text = al.source_text[pr.src_start:pr.src_end]
    en = nm.skeleton_en(name)
    dot = text.find("·")
    while dot >= 0:
        for n in (2, 3, 4):
            for part in (text[dot + 1:dot + 1 + n], text[max(0, dot - n):dot]):
                syl = tuple(lex.pinyin.get(c, "") for c in part)
                if len(part) == n and all(syl) and nm.skeleton_match(nm.skeleton_zh(syl), en):
                    return True
        dot = text.find("·", dot + 1)
    return False


@lru_cache(maxsize=1)
def _english_forms() -> frozenset[str]:
    """Names CC-CEDICT spells otherwise than in their pinyin (Hong Kong 香港,
    Macao 澳门): run together, they are no pinyin stand-in."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    lex = load()
    out = set()
    for word, english in lex.proper.items():
        k = key(_proper_words(english))
        if k and k != "".join(lex.proper_pinyin.get(word, "").split()):
            out.add(k)
    return frozenset(out)


def _shortened(al, pair: int, name: str) -> bool:
    """The name opens on the reading of two characters of the source, or of
    the first of an abbreviation: the source cuts it short (阿里 for Alibaba,
    湘钢 for Xiangtan Iron & Steel)."""
    lex = load()
    for i in al.pair_source_words(pair):
        w = al.source[i]
        # an abbreviation (jieba's j) stands for a name that opens on its first character: 湘钢 Xiangtan Iron & Steel
        if w.pos == "j" and any(name.startswith(r) and len(r) < len(name) for r in lex.char_readings(w.text[0])):
            return True
        # an organisation that nothing renders, named after its city by the city's first character (广铁集团
        # Guangzhou Railway: 广州, a city of CC-CEDICT's, opens on 广): the translator says the city whole
        if w.pos == "nt" and not w.links and len(w.text) >= 3 and w.text[0] in _city_openers().get(name, ()):
            return True
    pr = al.pairs[pair]
    text = al.source_text[pr.src_start:pr.src_end]
    for a in range(len(text) - 1):
        for x in lex.char_readings(text[a]):
            if name.startswith(x):
                rest = name[len(x):]
                if any(rest.startswith(y) for y in lex.char_readings(text[a + 1])):
                    return True
    return False


@lru_cache(maxsize=1)
def _city_openers() -> dict[str, frozenset[str]]:
    """The first characters of CC-CEDICT's cities (``align._pinyin_places_of``), by the city's pinyin
    run together: guangzhou -> 广."""
    from ...bilingual.align import _pinyin_places_of

    lex = load()
    got: dict[str, set[str]] = {}
    for w in _pinyin_places_of(lex):
        got.setdefault("".join(lex.proper_pinyin.get(w, "").split()), set()).add(w[0])
    return {k: frozenset(v) for k, v in got.items()}


class _At:
    """A source word's index where a helper asks for a name check's."""

    def __init__(self, word: int) -> None:
        self.word = word


def _pinyin_places_() -> frozenset[str]:
    from ...bilingual.align import _pinyin_places

    return _pinyin_places()


def _surname_keys_() -> frozenset[str]:
    from ...bilingual.align import _surname_keys

    return _surname_keys()


def _missing(unit, options):
    al = get(unit)
    if al is None:
        return
    for nc in al.names:
        if nc.status != "missing":
            continue
        w = al.source[nc.word]
        t0, t1 = al.pair_target(w.pair)
        if t1 <= t0:
            continue
        # what the name is, first: the cheapest tests, and they pass over most names (every test is
        # pure, so their order changes nothing reported). Places are often left implicit or folded into
        # an adjective (瑞士 -> the Alps, 中国 -> national): only Chinese places of CC-CEDICT's are judged
        if nc.chinese:
            if w.text.endswith(_ADDRESS) or not _confident(al, nc):
                continue
        elif (not (_is_place(al, nc) or _pinyin_agency(al, nc) or _foreign_state(al, nc) or _nickname(al, nc))
              or w.text in load().homographs):
            continue
        # a reporter's byline (记者樊曦, (郭倩)) is rendered where it stands, as the byline: a capitalised
        # word elsewhere in the sentence (Monash, Hoh Xil) is no other spelling of it
        byline = nc.chinese and _byline(al, nc.word)
        if ((not nc.chinese and _named_again(al, nc)) or _in_title(al, w) or _part_of_name(al, nc)
                or (not byline and _spelled_elsewhere(al, nc)) or _acronym_in_pair(al, nc)
                or _cantonese_surname(al, w.pair, w, free=True) or accepted(al, nc, _around(al, nc))):
            continue
        if nc.chinese:
            if (_titled(al, nc) or _pronoun(al, nc) or _suspect(al, nc, careful=False, people=True)
                    or (not byline and (_unexplained_capital(al, nc) or _transliteration(al, nc)
                                        or _foreign_spelling(al, nc)))
                    or _worded(al, nc)):
                continue
        elif (_suspect(al, nc, careful=False) or _unexplained_capital(al, nc) or _letter_dropped(al, nc)
              or _transliteration(al, nc) or _glossed(al, nc) or _worded(al, nc, place=True)
              or any(al.target[j].key == "its" for j in _around(al, nc))):
            continue
        yield Finding(w.start, w.end, side="source", args={"expected": nc.expected},
                      related=("target", *target_around(al, nc.word, nc.word + 1, w.pair)))


def _nickname(al, nc) -> bool:
    """A person's familiar name, 小, 老 or 阿 before a character of CC-CEDICT's people's given names, that
    the segmenter read as a person's and CC-CEDICT has as no word (小文, 小明 "Xiaoming"; not 小心, 老师):
    the news calls children and private people so, and translators keep the name in pinyin."""
    w = al.source[nc.word]
    return (w.pos.startswith("nr") and len(w.text) == 2 and w.text[0] in _FAMILIAR and w.text not in load().glosses
            and _given_chars().get(w.text[1], 0) >= _GIVEN_SEEN)


#: what opens a familiar name (小文 "Xiaowen", 老王, 阿明)
_FAMILIAR = frozenset("小老阿")


#: forms of address that CC-CEDICT's surnames may stand before: 金夫人 is "Mrs. Jin" (a shop's name, "Mrs. Gold"),
#: no given name Furen to look for
_ADDRESS = ("夫人", "先生", "女士", "小姐", "太太")


def _acronym_in_pair(al, nc) -> bool:
    """The sentence calls an organisation by its English acronym, which nothing else renders and which
    opens on the name's first character (马华 ... MCA, the Malaysian Chinese Association): a name said
    again in the source is often said once in English, wherever the acronym stands."""
    w = al.source[nc.word]
    memo = al.memo.setdefault("_acronyms", {})
    got = memo.get(w.pair)
    if got is None:  # once a pair: the acronyms nothing renders, by their first letter and length
        got = memo[w.pair] = [(t.text[0].lower(), len(t.text)) for t in (al.target[j] for j in al.pair_target_words(w.pair))
                              if not t.links and t.text.isupper() and t.text.isalpha()]
    if not got:
        return False
    first = _pinyin_initials(w.text[0])
    return any(n > len(w.text) and a in first for a, n in got)


def _pinyin_initials(c: str) -> frozenset[str]:
    """First letters of a character's pinyin readings: an English acronym is English's, not Cantonese
    (CCTV opens on no reading of 张 zhang, whatever Hong Kong's Cheung)."""
    return frozenset(r[:1] for r in load().char_readings(c) if r)


def _japanese_given(al, i: int) -> bool:
    """The "name" follows, without a gap, a Japanese surname of CC-CEDICT's, rendered so (中村|修二
    "Shuji Nakamura"): one Japanese name the segmenter cut in two, whose given name is read in
    Japanese too, so that no pinyin is to be expected of it. Japanese by its English form's
    syllables (Nakamura, Yamamoto, Suzuki; not Johor)."""
    from ...bilingual.align import _pinyin_shaped

    if i == 0:
        return False
    w, prev = al.source[i], al.source[i - 1]
    if prev.end != w.start or prev.kind != "name" or not prev.links:
        return False
    english = load().proper.get(prev.text, "")
    return (_ROMAJI.fullmatch(english.lower()) is not None and not _pinyin_shaped(english.lower(), 2, english)
            and any(al.target[j].name == english.lower() for j in prev.links))


#: a word of Japanese syllables in Hepburn romanisation (nakamura, suzuki, abe)
_ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueo]))+")


def _named_again(al, nc) -> bool:
    """Another mention of the same place in the sentence is rendered: a
    translator names it once and then says the city. (A person said twice needs
    two renderings, or he or she where the name would be: ``_pronoun``.)"""
    w = al.source[nc.word]
    return any(al.source[i].text == w.text and al.source[i].links for i in al.pair_source_words(w.pair) if i != nc.word)


def _part_of_name(al, nc) -> bool:
    """The name opens a longer one (北京|大兴|国际机场, 安徽|合肥), which a translator
    may shorten to its nearer part; or another name of the sentence opens it
    (纳纳 ... 纳纳团: the segmenter glued a character on)."""
    w = al.source[nc.word]
    nxt = al.source[nc.word + 1] if nc.word + 1 < len(al.source) else None
    # (an agency before its dateline opens no longer name: 新华社|石家庄 is Xinhua's Shijiazhuang report)
    if (not nc.chinese and w.pos != "nt" and nxt is not None and nxt.start == w.end and nxt.pair == w.pair
            and nxt.kind == "name" and nxt.text in load().proper):
        return True  # not 浙江|中西部 (ns, "central and western"): CC-CEDICT names the next one
    if not nc.chinese and _names_institution(al, nc.word):
        return True
    return any(al.source[i].links and al.source[i].kind == "name" and len(al.source[i].text) >= 2
               and w.text.startswith(al.source[i].text) and w.text != al.source[i].text for i in al.pair_source_words(w.pair))


#: last words of institutions' names, which open on their place (北京大兴国际机场 "Daxing Airport",
#: 成都大熊猫繁育研究基地 "the research base"): a translator calls them by their English names
_INSTITUTIONS = ("机场", "基地", "中心", "大学", "学院", "医院", "公司", "集团", "银行", "研究院", "研究所", "博物馆",
                 "酒店", "剧院", "公园", "车站", "电视台", "报社",
                 # government bodies (北京市市场监管局 "the administration", 西宁市人大常委会 "the Standing Committee")
                 "局", "常委会", "委员会")
#: tags that end the run of words naming an institution (的, prepositions, conjunctions, adverbs...)
_NOT_IN_INSTITUTION = ("uj", "ul", "uz", "p", "c", "d", "r", "x", "m", "f", "y", "u")


def _names_institution(al, i: int) -> bool:
    """The place opens the name of an institution: a run of at most five
    words after it, with no punctuation or function word, ends in
    ``_INSTITUTIONS``."""
    w = al.source[i]
    end = w.end
    for k in range(i + 1, min(i + 6, al.source_ranges[w.pair][1])):
        x = al.source[k]
        # 某 "a certain" names no institution: 南京|某大学 is "a university in Nanjing"
        if x.start != end or x.kind == "punct" or x.pos in _NOT_IN_INSTITUTION or x.text.startswith("某"):
            return False
        if x.text.endswith(_INSTITUTIONS) and not _plain_ju(x.text):
            return True
        end = x.end
    return False


def _plain_ju(text: str) -> bool:
    """A word in 局 that CC-CEDICT glosses as no body (布局 "layout", 格局 "structure", 结局 "end"): 浦东着力
    完善产业链布局 names no bureau of Pudong's. A bureau's name CC-CEDICT lacks (监管局) still counts."""
    if not text.endswith("局") or len(text) < 2:
        return False
    gloss = load().gloss(text)
    return bool(gloss) and _BODY_GLOSS.isdisjoint(gloss)


#: CC-CEDICT gloss words of a government body
_BODY_GLOSS = frozenset("bureau office administration authority department agency board station".split())


def _spelled_elsewhere(al, nc) -> bool:
    """A capitalised word of the sentence that nothing renders carries the name's
    consonants (莫哈末 ~ Mohammad: a foreign name the segmenter read as
    Chinese), wherever the translator put it."""
    from ...bilingual.names import skeleton_en, skeleton_match, skeleton_zh

    w = al.source[nc.word]
    py = load().pinyin
    syl = tuple(py.get(c, "") for c in w.text)
    if not all(syl):
        return False
    joined = "".join(syl)
    if len(joined) >= 5 and any(joined in al.target[j].name for j in al.pair_target_words(w.pair)):
        return True  # 索|南达杰: Suonandajie, the name inside a longer one the segmenter cut it from
    if len(syl) < 3:
        return False
    skel = skeleton_zh(syl)
    return any(not t.links and t.capitalised and t.content and len(t.name) >= 4 and not hunspell_knows(t.key)
               and skeleton_match(skel, skeleton_en(t.text)) for t in (al.target[j] for j in al.pair_target_words(w.pair)))


def _foreign_spelling(al, nc) -> bool:
    """A capitalised word of the sentence that nothing renders, no English word
    and no pinyin: a person's name in a spelling the alignment does not predict,
    put wherever English wants it (阮德坚 Nguyen Duc Kien, a Vietnamese name in
    Chinese characters). Not asked for places, whose other spellings CC-CEDICT
    gives (a site's name, Xinhuanet, is no spelling of 成都)."""
    from ...bilingual.align import _pinyin_shaped

    for j in al.pair_target_words(al.source[nc.word].pair):
        t = al.target[j]
        if (t.links or not t.capitalised or not t.content or len(t.name) < 3 or t.text.isupper() or "." in t.text
                or not t.key.isalpha() or t.key in _CALENDAR or hunspell_knows(t.key) or frequency(t.key) >= _KNOWN):
            continue  # English words, demonyms among them (Chinese, Vietnamese), spell no name
        if not _pinyin_shaped(t.name, 4, t.text) and not _renders_other(al, al.source[nc.word].pair, t.name):
            return True
    return False


def _renders_other(al, pair: int, name: str) -> bool:
    """Another source word of the pair is spelled so: its CC-CEDICT English form or that form's adjective
    (越南 Vietnam, 老挝 Laos, 委内瑞拉 "Venezuelan"), or the pinyin of its characters (楚魂 Chu Hun): the word
    renders that one, however the alignment missed it, and is no foreign spelling of the lost name."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    memo = al.memo.setdefault("_english_forms_in_pair", {})
    forms = memo.get(pair)
    if forms is None:
        lex = load()
        got: set[str] = set()
        for i in al.pair_source_words(pair):
            english = lex.proper.get(al.source[i].text) if len(al.source[i].text) >= 2 else None
            if english:
                own = [key(x) for x in _proper_words(english).split() if len(key(x)) >= 3]
                got.update(own)
                if own:
                    got.update(_demonyms(own[0]))
        forms = memo[pair] = frozenset(got)
    return name in forms or _source_spells(al, pair, name, careful=False)


def _worded(al, nc, place: bool = False) -> bool:
    """The "name" is rendered as words: a target word that nothing else renders,
    where the name would be, is a gloss of one of its characters (毛冠鹿 "tufted
    deer", 牧豆树 "bean tree", 高开高走 "opened high"): the segmenter took a
    common word for a name, or the translator translated the name's meaning,
    which is no omission. A place's characters are words too (河北 "river north"),
    so for a ``place`` two of them must be glossed, or one by a capitalised word
    (山城 "Mountain Town", 北大桥 "North Bridge")."""
    from ...bilingual.english import stem

    lex = load()
    text = al.source[nc.word].text
    keys = [{stem(g) for g in lex.gloss(c)[:3]} for c in text]
    found = set()
    for j in _around(al, nc):
        t = al.target[j]
        # a word that renders only a lone character elsewhere (五道|梁 ... 五道梁北大桥 "Wudaoliang North
        # Bridge": Bridge went to the first 梁 by its gloss "bridge") may be the name's all the same
        if not t.content or t.links and not all(len(al.source[i].text) == 1 for i in t.links):
            continue
        for k, ks in enumerate(keys):
            if any(stem(x) in ks for x in t.lemmas):
                if not place or t.capitalised:
                    return True
                found.add(k)
    return len(found) >= 2


def _source_spells(al, pair: int, name: str, careful: bool = True) -> bool:
    """The pair's source spells ``name`` (a pinyin key) with a run of its
    characters in any of their readings (长 chang or zhang), or holds it in
    Latin letters. ``careful``: see ``_run_spells``."""
    from ...bilingual.names import key

    pr = al.pairs[pair]
    text = al.source_text[pr.src_start:pr.src_end]
    if name in key(text):
        return True
    lex = load()
    # an abbreviation or a word that CC-CEDICT glosses with the place: 赣南 southern Jiangxi,
    # 京津冀 Beijing, Tianjin and Hebei, 港澳台 Taiwan, 秦腔 Shaanxi opera (often spelled Shanxi)
    plain = name.replace("aa", "a")
    if plain in _pair_glosses(al, pair, text):
        return True
    n = len(text)
    for a in range(n - 1):
        # a place cut to its first character before a compass point: 寿北 "the north of Shouguang"
        if text[a + 1] in _COMPASS and any(plain.startswith(r) and len(r) < len(plain)
                                             for r in lex.char_readings(text[a])):
            return True
    return _run_spells(al, pair, name, careful)


def _plain(lex, x: str) -> frozenset[str]:
    """The glosses of a word or character with "aa" written "a" (Shaanxi ~ Shanxi)."""
    return frozenset(g.replace("aa", "a") for g in lex.gloss(x))


#: made once per text: ``_source_spells`` asks of every word and character of a sentence
_plain_glosses = LexiconMemo(_plain, 100_000)


def _pair_glosses(al, pair: int, text: str) -> frozenset[str]:
    """The plain glosses of every word and character of the pair's source, together, made once a pair
    and kept with the alignment: ``_source_spells`` asks of one pair for many names."""
    memo = al.memo.setdefault("_pair_glosses", {})
    got = memo.get(pair)
    if got is None:
        lex = load()
        got = memo[pair] = frozenset().union(*(_plain_glosses(lex, x) for x in chain(
            (al.source[i].text for i in al.pair_source_words(pair)), text)))
    return got


def _run_spells(al, pair: int, name: str, careful: bool = True) -> bool:
    """A run of the pair's source characters spells ``name`` in any of their
    readings (the last one's -ng written -n too: Hualin for 华菱), unless
    it runs across words and cuts both its first and its last (将以|武汉
    spells no Yiwu), or cuts one and takes in a function word of one
    character (以|武汉, 乌鲁木齐市|将 spell no Yiwu, no Fujiang). (Runs
    across other edges stand, as the segmenter cuts names wrongly: 生乔文|一
    for 乔文一, 油|江河 for 油江河, 和|富 for a place 和富.) Not ``careful``: any
    run of readings, as ``names.added`` has always asked (its figures against
    MQM raters were measured so)."""
    memo = al.memo.setdefault("_run_spells", {})
    got = memo.get((pair, name, careful))
    if got is None:  # asked again of a candidate by ``_spells_source`` and ``_source_spells``
        got = memo[pair, name, careful] = _run_spells_now(al, pair, name, careful)
    return got


def _run_spells_now(al, pair: int, name: str, careful: bool) -> bool:
    pr = al.pairs[pair]
    text = al.source_text[pr.src_start:pr.src_end]
    lex = load()
    n = len(text)
    for a in range(n):
        got = {""}
        for b in range(a, min(n, a + _RUN)):
            if careful and text[b] in _INSIDE_NAMES and b > a:
                continue  # 大(理)瑞(丽) spells Dali and Ruili, 赤子心-新华 Xin-Xinhua
            opts = lex.char_readings(text[b])
            if careful and any(e + o.removesuffix("g") == name for e in got for o in opts if o.endswith("ng")):
                got.add(name)
            else:
                got = {e + o for e in got for o in opts if name.startswith(e + o)}
            if not got:
                break
            if name in got:
                if not careful or _fair(al, pair, a, b):
                    return True
                break
    return False


def _fair(al, pair: int, a: int, b: int) -> bool:
    """Characters ``a`` to ``b`` (offsets into the pair's source text) may
    spell one name: they lie in one word, or make whole words, or cut one
    word at one end and take in no function word of one character (see
    ``_run_spells``)."""
    word_start, word_end, function = _edges(al, pair)
    if b < word_end[a] or (word_start[a] == a and word_end[b] == b + 1):
        return True
    if word_start[a] != a and word_end[b] != b + 1:
        return _glued_name(al, pair, a, b)
    return (word_start[a] == a or word_end[b] == b + 1) and not any(k in function for k in range(a, b + 1))


def _glued_name(al, pair: int, a: int, b: int) -> bool:
    """Characters ``a`` to ``b`` run from inside a person's name into a word of
    two characters that is no word of CC-CEDICT's, ending before its last
    (丛培|武于: the segmenter glued the name's last character to 于)."""
    from bisect import bisect_right

    base = al.pairs[pair].src_start
    starts = al._starts("source")
    first = bisect_right(starts, base + a) - 1
    if first < 0 or first + 1 >= len(al.source):
        return False
    x, y = al.source[first], al.source[first + 1]
    return (x.start < base + a < x.end and y.start == x.end == base + b and len(y.text) == 2
            and x.pos.startswith("nr") and y.text not in load().glosses)


#: the longest run of characters read as one name (索|南达杰 Suonandajie is 5)
_RUN = 8
#: tags of the one-character function words a chance reading runs through: prepositions, conjunctions,
#: adverbs, particles, pronouns (以|武汉, 市|将); not locatives, which open names (上|海鲜得来: Shanghai)
_FUNCTION_TAGS = ("p", "c", "d", "u", "r", "y")
#: marks a run of characters read as one name may pass over
_INSIDE_NAMES = frozenset("()（）·-‐ ")


def _edges(al, pair: int) -> tuple[list[int], list[int], frozenset[int]]:
    """For each character of the pair's source text, the start and the end
    of its word (as offsets into that text); and the characters that are
    function words of one character (以, 将, 的). Kept with the alignment."""
    from ...bilingual.kinds import FUNCTION

    memo = al.memo.setdefault("_edges", {})
    got = memo.get(pair)
    if got is None:
        pr = al.pairs[pair]
        base, n = pr.src_start, pr.src_end - pr.src_start
        word_start = list(range(n))  # a character no word covers is a word of its own
        word_end = list(range(1, n + 1))
        function: set[int] = set()
        for i in al.pair_source_words(pair):
            w = al.source[i]
            a, b = max(0, w.start - base), min(n, w.end - base)
            word_start[a:b] = [a] * (b - a)
            word_end[a:b] = [b] * (b - a)
            if b - a == 1 and w.kind == FUNCTION and w.pos.startswith(_FUNCTION_TAGS):
                function.add(a)
        got = memo[pair] = (word_start, word_end, frozenset(function))
    return got


_COMPASS = frozenset("东南西北")
_DASHES = frozenset("-‐–—")


def _abbreviated(al, pair: int, t) -> bool:
    """A place joined by a dash to another capitalised word (Zhengzhou–Wanzhou,
    Hohhot–Nanning) renders a compound of one-character abbreviations (郑万高铁,
    呼南通道): the pair's source holds a character read as the place's first
    syllable."""
    text = al.target_text
    after = text[t.end:t.end + 1] in _DASHES and text[t.end + 1:t.end + 2].isupper()
    before = t.start >= 2 and text[t.start - 1] in _DASHES and text[t.start - 2].isalpha()
    if not (after or before):
        return False
    pr = al.pairs[pair]
    lex = load()
    plain = t.name.replace("aa", "a")
    for c in set(al.source_text[pr.src_start:pr.src_end]):
        for r in lex.char_readings(c):
            if len(r) < len(plain) and plain.startswith(r):
                return True
    return False
#: generic words of CC-CEDICT's English forms, no spelling of the name itself
_PLACE_KEYS = _PLACE_WORDS | frozenset("lake river mountain mount autonomous news agency the of".split())
#: words by which the source refers to a place it named before, which a translator may name again
_DEICTIC = ("首都", "全市", "本市", "该市", "我市", "全省", "本省", "该省", "我省", "全县", "本县", "该县", "全区", "该区",
            "当地", "本地", "京城", "省城", "省会", "本报", "本台", "本网")
#: the province's or city's own bodies (省委, 省总, 市政府), which a translator names (the Yunnan Provincial ...)
_OWN_BODY = ("省", "市", "县")
#: words that open on those characters and name no body of the place: the market, the urban area, outside the province
_NO_BODY = frozenset("市场 市区 市内 市民 市面 省外 省内 省级 市级 县级 县城 县域 省份 市县 省市".split())


def _deictic(al, pair: int) -> bool:
    """The pair's source refers to a place by a deictic (``_DEICTIC``) that
    opens a word: not 全区 inside 安全|区域 "safety area"."""
    text = al.source_text
    for i in al.pair_source_words(pair):
        w = al.source[i]
        if text.startswith(_DEICTIC, w.start):
            return True
    return False


def _own_body(al, pair: int) -> bool:
    """The pair's source names a body of a province, city or county by its
    level alone (省委, 省总, 市财政), which a translator names after the place."""
    src = al.source
    for i in al.pair_source_words(pair):
        w = src[i]
        if not w.text.startswith(_OWN_BODY) or w.kind == "name" or w.text in _NO_BODY:
            continue
        if len(w.text) == 1 and i > 0 and src[i - 1].end == w.start and src[i - 1].kind == "name":
            continue  # 特洛伊|市: the generic part of a place's name, cut off by the segmenter
        return True
    return False


#: how a translator renders a deictic or an own body without naming the place (当地 local, 全市 the city)
_LITERAL = {"市": ("city", "municipal", "citywide", "urban"), "省": ("province", "provincial", "provincewide"),
            "县": ("county",), "区": ("district", "region", "area", "regional"), "地": ("local", "locally", "locals"),
            "都": ("capital",), "城": ("capital", "city"), "会": ("capital",)}


def _implied_place(al, pair: int) -> bool:
    """The pair's source implies a place by a deictic or an own body
    (``_deictic``, ``_own_body``: 全市 -> across Wuhan, 省总 -> the Yunnan
    Provincial Federation), which a translator may name, and does so
    otherwise than in plain words: not 当地 -> local, 全市 -> the city
    (a lower-case target word of its kind), nor a body glued to the name
    it belongs to (林河|省委)."""
    text = al.source_text
    words = None
    for i in al.pair_source_words(pair):
        w = al.source[i]
        if text.startswith(_DEICTIC, w.start):
            if i > 0 and al.source[i - 1].end == w.start and al.source[i - 1].kind == "name":
                continue  # 青海|当地 "local to Qinghai": the deictic names the place before it
            kind = w.text[1] if len(w.text) >= 2 else ""
        elif w.text.startswith(_OWN_BODY) and w.kind != "name" and w.text not in _NO_BODY:
            if i > 0 and al.source[i - 1].end == w.start and al.source[i - 1].kind == "name":
                continue  # 林河|省委, 特洛伊|市: the body or the generic part of the name before it
            kind = w.text[0]
        else:
            continue
        if words is None:
            words = {al.target[j].key for j in al.pair_target_words(pair)
                     if not al.target[j].capitalised or al.target[j].start == al.pair_target(pair)[0]}
        if not words.intersection(_LITERAL.get(kind, ())):
            return True
    return False


def _unspelled_proper(al, pair: int) -> bool:
    """A proper noun of the pair's source (CC-CEDICT: 银川 Yinchuan, 太湖 Lake
    Tai, 汉娜 Hannah) that the target spells neither in pinyin nor in any word
    of its English form: with an unexplained
    place in the target, the two together are a substitution, where either
    alone is often a translator's choice."""
    from ...bilingual.align import _proper_words
    from ...bilingual.names import key

    lex = load()
    pr = al.pairs[pair]
    if _deictic(al, pair):
        return False  # 首都 -> Beijing, 全市 -> across Wuhan
    if _own_body(al, pair):
        return False
    t0, t1 = al.pair_target(pair)
    target = key(al.target_text[t0:t1])
    words = Counter(al.target[j].name for j in al.pair_target_words(pair))
    mentions = _mentions(al, pair)
    for i in al.pair_source_words(pair):
        w = al.source[i]
        english = lex.proper.get(w.text) if len(w.text) >= 2 else None
        if not english:
            continue
        syl = lex.proper_pinyin.get(w.text, "").split()
        # the pinyin, and the English form's words (Hannah for 汉娜, Lake Tai for 太湖)
        spelled = {k for k in (key(x) for x in _proper_words(english).split()) if k and k not in _PLACE_KEYS}
        if not spelled:
            continue
        spelled.add("".join(syl))
        # a place said twice and spelled once: the other mention may be the one replaced (银川 ... 银川)
        if max(target.count(k) if len(k) >= 4 else words[k] for k in spelled) < mentions[_level_off(w.text)]:
            return True
    return False


def _company_city(al, pair: int, j: int) -> bool:
    """Target word ``j`` is a city in brackets right after a capitalised word that renders a source word
    other than a place, in a sentence whose source names a company: the company's registered English name, which carries its city (亚忆电子有限公司
    "Action Asia (Shenzhen) Co., Ltd."), as ``_stand_in_for`` allows on ``changed``."""
    text = al.target_text
    t = al.target[j]
    if text[t.start - 1:t.start] != "(" or text[t.end:t.end + 1] != ")" or not _company(al, pair):
        return False
    before = text[:t.start - 1].rstrip()
    if not (before and j > 0 and al.target[j - 1].pair == pair and al.target[j - 1].capitalised
            and al.target[j - 1].end == len(before)):
        return False
    # the word before renders the company's own name, no place (Dali (Shenzhen) Ruili Railway is a wrong city)
    owner = al.target[j - 1]
    return bool(owner.links) and owner.name not in _pinyin_places_() and not any(
        al.source[i].pos == "ns" for i in owner.links)


def _added(unit, options):
    """A Chinese place of CC-CEDICT's (Zhengzhou, Yueyang) in the target that
    nothing in its source sentence spells, not even with other characters of
    the same reading, while a Chinese proper noun of the source is not
    spelled in the target: one place put in for another."""
    from ...bilingual.align import _pinyin_places

    al = get(unit)
    if al is None:
        return
    places = _pinyin_places()
    for pair in range(len(al.pairs)):
        t0, t1 = al.pair_target(pair)
        if t1 <= t0 or not al.pair_source_words(pair):
            continue
        lost = None
        judged: dict[str, bool] = {}
        for j in al.pair_target_words(pair):
            t = al.target[j]
            if t.links or not t.capitalised or len(t.name) < 4 or t.name not in places or t.text.isupper():
                continue
            if t.name not in judged:  # each place once per pair: a scan of the pair per mention would not be linear
                judged[t.name] = _source_spells(al, pair, t.name, careful=False)
            if judged[t.name] or _abbreviated(al, pair, t) or _company_city(al, pair, j):
                continue
            if lost is None:
                lost = _unspelled_proper(al, pair)
            if not lost:
                continue  # 首都 -> Beijing, 海关 -> Guangzhou Customs: the translator named what the source implies
            pr = al.pairs[pair]
            yield Finding(t.start, t.end, related=("source", pr.src_start, pr.src_end))


CHANGED = custom(
    "accuracy.names.changed",
    _changed,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    message="“{found}” does not render the source name {source} ({expected}).",
    description="A source name rendered as a different name: another given name after the right surname, or "
    "another place or person where the source's name is missing.",
    examples=[
        bad("Vice President ⟦Han Zhen⟧ met Kallas.", "Han Zheng", source="国家副主席韩正会见了卡拉斯。"),
        bad("Vice President ⟦Han Zhen⟧ said China would open up further.", "Han Zheng", source="国家副主席韩正说，中国将进一步扩大开放。"),
        good("Vice President Han Zheng said China would open up further.", source="国家副主席韩正说，中国将进一步扩大开放。"),
        bad("Foreign Minister ⟦Wang Li⟧ arrived on Monday.", "Wang Yi", source="外交部长王毅周一抵达。"),
        bad("The economy of ⟦Beijing⟧ grew by 5 percent.", source="上海的经济增长了5%。"),
        bad("They come from rural ⟦Zhejiang⟧.", source="他们来自安徽的农村。"),
        good("They come from rural Anhui.", source="他们来自安徽的农村。"),
        good("They invited the heirs of \"folk songs of Northern Shaanxi\" and the cloth pictures of Yanchuan.",
             source="他们邀请了“陕北民歌”与延川布堆画传承人。"),
        good("It is part of the Yangtze River corridor and the Hohhot–Nanning corridor of the network.",
             source="是我国高速铁路网中沿江通道和呼南通道的重要组成部分。"),
        good("Vice President Han Zheng met Kallas.", source="国家副主席韩正会见了卡拉斯。"),
        good("Shanghai's economy grew by 5 percent.", source="上海的经济增长了5%。"),
        good("Former leader Teng Hsiao-ping visited the city.", source="前领导人邓小平访问了该市。"),
        good("Tsai Ing-wen spoke on Monday.", source="蔡英文周一发表讲话。"),
        good("Wang said the talks were useful.", source="王毅说，会谈很有益。"),
        good("Committee chairman Yu Pang-chun spoke on Tuesday.", source="委员会主席余鹏春周二发表讲话。"),
        bad("Committee chairman ⟦Yu Ming⟧ spoke on Tuesday.", "Yu Pengchun", source="委员会主席余鹏春周二发表讲话。"),
        good("Party leader Datuk Seri Ong Ka Ting spoke.", source="党领袖拿督斯里黄家定发表讲话。"),
        # 城市 "city" is a word, not a transliteration of Zhengzhou
        bad("Wildlife in ⟦Zhengzhou⟧ settles in the city.", source="北京野生动物城市定居。"),
        good("Wildlife in Beijing settles in the city.", source="北京野生动物城市定居。"),
        bad("A familiar face, ⟦Niu Jin⟧, plays the hero.", source="老面孔柳云龙演男主角。"),
        good("A familiar face, Liu Yunlong, plays the hero.", source="老面孔柳云龙演男主角。"),
        # names the segmenter does not tag: a word before a place's generic character, a TV channel
        bad("He lives in ⟦Tianjin⟧ Village in Meishan City.", source="他家在眉山市果园村。"),
        good("He lives in Guoyuan Village in Meishan City.", source="他家在眉山市果园村。"),
        bad("The show was broadcast on ⟦Ansai⟧ TV on July 11.", source="节目在7月11日登陆湖南卫视。"),
        good("The show was broadcast on Hunan TV on July 11.", source="节目在7月11日登陆湖南卫视。"),
        # 卓乃湖 linked by 湖 -> Lake alone: the name is judged by its spelling
        bad("Tibetan antelopes migrate to ⟦Duda⟧ Lake in the hinterland of Hoh Xil to give birth.",
            source="藏羚羊前往位于可可西里腹地的卓乃湖产羔。"),
        good("Tibetan antelopes migrate to Zhuonai Lake in the hinterland of Hoh Xil to give birth.",
             source="藏羚羊前往位于可可西里腹地的卓乃湖产羔。"),
        good("Tibetan antelopes migrate to a lake in the hinterland of Hoh Xil to give birth.",
             source="藏羚羊前往位于可可西里腹地的卓乃湖产羔。"),
        # 特洛伊|市: the segmenter cut the city's generic character off; it is no body of the city's
        bad("John was born in Troy, ⟦Shengqu⟧.", source="约翰出生在阿拉巴马州特洛伊市。"),
        good("John was born in Troy, Alabama.", source="约翰出生在阿拉巴马州特洛伊市。"),
        bad("As assistants, ⟦Zhongfu⟧ and Liu Ye discussed funny topics.", source="吉克隽逸和刘烨作为助理制造了话题。"),
        good("As assistants, Jike Junyi and Liu Ye discussed funny topics.", source="吉克隽逸和刘烨作为助理制造了话题。"),
        # other spellings of the source: ü as v, a name cut short, Cantonese, a transliteration, an English name
        good("The rain raised the Lvzi River in Jiangjin District.", source="强降雨使江津区驴子溪水位上涨。"),
        good("Alibaba: the response was not issued by Alibaba", source="阿里：网传官方回应非阿里发出"),
        good("The government reopened Lei Yue Mun Park on Hong Kong Island.", source="特区政府重新启用位于香港岛的鲤鱼门公园。"),
        good("Kais Saied nominated Hichem Mechichi as Prime Minister.", source="赛义德提名希沙姆·迈希希为新总理。"),
        good("He is chased by fellow bomb expert Sean Lau.", source="他被同是拆弹专家的刘青云追捕。"),
        good("As assistants, Chi-k'o Chün-i and Liu Ye discussed funny topics.", source="吉克隽逸和刘烨作为助理制造了话题。"),
        good("As assistants, the singer and Liu Ye discussed funny topics.", source="吉克隽逸和刘烨作为助理制造了话题。"),
        good("Kaohsiung Mayor Chen Chi-mai visited Tainan on Monday.", source="高雄市长陈其迈周一访问台南。"),
        good("Zhou Jingfan said he had dreamed of joining the army.", source="周竞帆说，他从小就有个从军梦。"),
        good("Chou Ching-fan said he had dreamed of joining the army.", source="周竞帆说，他从小就有个从军梦。"),
        # a person the segmenter cut (王国|军, 王国 "kingdom"), joined between a role and a verb of saying
        bad("Designer ⟦Shen Junyi⟧ said the tunnel is 3 km long.", source="设计负责人王国军介绍，隧道全长3公里。"),
        good("Designer Wang Guojun said the tunnel is 3 km long.", source="设计负责人王国军介绍，隧道全长3公里。"),
        good("The kingdom's army is strong.", source="这个王国军队很强。"),
        # the given name's syllable inside another person's name renders nothing
        bad("Notably, ⟦Li Li⟧ was nominated for the role.", "Sun Li", source="值得一提的是，孙俪凭借该角色入围。"),
        good("Notably, Sun Li was nominated for the role.", source="值得一提的是，孙俪凭借该角色入围。"),
        # a Chinese place for a transliterated name; a river of one syllable and its generic character
        bad("Hurricane “⟦Ningxia⟧” made landfall in Texas.", source="飓风“汉娜”登陆美国得克萨斯州。"),
        good("Hurricane “Hanna” made landfall in Texas.", source="飓风“汉娜”登陆美国得克萨斯州。"),
        bad("The headquarters kept its level II response for the Yangtze and ⟦Meihu⟧ rivers.",
            source="国家防总决定维持长江、淮河防汛Ⅱ级应急响应。"),
        good("The headquarters kept its level II response for the Yangtze and Huai rivers.",
             source="国家防总决定维持长江、淮河防汛Ⅱ级应急响应。"),
        # a place with a character jieba does not know (迤/x), and a river it tags as a person (蒋口河/nr)
        bad("To that end, ⟦Fuzhou⟧ Town brought in leading enterprises.", source="为此，迤那镇引进龙头企业。"),
        good("To that end, Yina Town brought in leading enterprises.", source="为此，迤那镇引进龙头企业。"),
        bad("“I never thought I’d have to move; the water of the ⟦Yuanzhou⟧ River looks safe for now.”",
            source="“没想到要搬，蒋口河的水目前看还好。”"),
        good("“I never thought I’d have to move; the water of the Jiangkou River looks safe for now.”",
             source="“没想到要搬，蒋口河的水目前看还好。”"),
        # names spelled across brackets, with a letter said once at the join, and el-Sisi as English knows him
        good("The tunnel is part of the Dali–Ruili railway under construction.", source="隧道是在建大(理)瑞(丽)铁路的一部分。"),
        good("Anan was arrested last year after trying to run against Sisi for president.",
             source="安楠去年试图与塞西竞逐总统大位后被捕。"),
        # a pinyin word is no transliteration by consonants found among more (乃吉沟 N-J-G in Zhongtai Checkpoint)
        bad("The police found that Huang passed the ⟦Zhongtai⟧ Checkpoint on July 13.",
            source="警方发现黄某某曾于7月13日通过乃吉沟检查站。"),
        good("The police found that Huang passed the Naijigou Checkpoint on July 13.",
             source="警方发现黄某某曾于7月13日通过乃吉沟检查站。"),
        good("Ceci Lab acquired 144 groups of testing data.", source="赛西实验室得出了144组测试数据。"),
        # a city standing for a person where no company is named; nicknames without a surname
        bad("⟦Fuyang⟧ said: “I confirm the statement in the news.”", source="林德说：“我证实新闻中的说法。”"),
        good("Linde said: “I confirm the statement in the news.”", source="林德说：“我证实新闻中的说法。”"),
        bad("Suppose student ⟦Guangzhou⟧ applies to University A and scores 560.", source="假设学生小明报考A高校，考了560分。"),
        good("Suppose student Xiaoming applies to University A and scores 560.", source="假设学生小明报考A高校，考了560分。"),
        # three syllables with spellings only pinyin has; Malay read as pinyin, and a nasal slip, are no stand-ins
        bad("Polish president ⟦Shenjiahe⟧ was re-elected this month.", source="波兰总统杜达在这个月成功连任。"),
        good("Polish president Duda was re-elected this month.", source="波兰总统杜达在这个月成功连任。"),
        good("Pakatan Harapan lost the by-election.", source="希望联盟在补选中落败。"),
        good("The task force patrolled Bangxiangguo in Laos.", source="编队在老挝班相果开展联合巡逻。"),
        # whole names the segmenter took for other words (陈毓珊/i), and a surname of two characters (欧阳|瑜)
        bad("Nanchang, May 22 (Xinhua, journalist: ⟦Song Bing⟧) Jiangxi's Education Department released the news.",
            source="新华社南昌5月22日电（记者陈毓珊）江西省教育厅发布消息。"),
        good("Nanchang, May 22 (Xinhua, journalist: Chen Yushan) Jiangxi's Education Department released the news.",
             source="新华社南昌5月22日电（记者陈毓珊）江西省教育厅发布消息。"),
        bad("⟦Xiong Zhaozheng⟧ expressed wishes to the graduates.", source="欧阳瑜向毕业生表达祝福。"),
        good("Ouyang Yu expressed wishes to the graduates.", source="欧阳瑜向毕业生表达祝福。"),
        good("Lanxi boasts scenic spots such as Zhuge Bagua Village.", source="兰溪拥有诸葛八卦村等景点。"),
        # a stand-in where the replaced word is no name to the segmenter (天水/n), beside its neighbours' renderings;
        # a foreign name in two words and a CC-CEDICT name spelled otherwise (天后 Tin Hau) are none
        bad("Police officers of the ⟦Meixinli⟧ Police Station near the site said there were two girls at the stall.",
            source="事发地附近的天水派出所民警称，摆摊的女孩有两名。"),
        good("Police officers of the Tianshui Police Station near the site said there were two girls at the stall.",
             source="事发地附近的天水派出所民警称，摆摊的女孩有两名。"),
        good("Notable director Yoji Yamada.", source="著名导演山田洋次。"),
        # a name whose last character the segmenter glued to the preposition after it (丛培|武于)
        good("New ambassador Cong Peiwu held a reception on September 25, local time.",
             source="新任大使丛培武于当地时间9月25日举行招待会。"),
        good("Safety areas were designated for Xiaowen and Mr. Wen.", source="小文、文先生在指定的安全区域内活动。"),
        bad("Safety areas were designated for ⟦Hubei⟧ and Mr. Wen.", source="小文、文先生在指定的安全区域内活动。"),
        good("The restoration of the large mural Sketches of Mazu at Tianjin Tianhou Temple was completed.",
             source="天津天后宫大型壁画《天后圣迹图》修复工作结束。"),
        # a deictic rendered in plain words (当地 "local") names no place that could stand in
        bad("The local government began to control the pollution of the ⟦Guiying⟧ River.", source="当地开始治理龙溪河污染。"),
        good("The local government began to control the pollution of the Longxi River.", source="当地开始治理龙溪河污染。"),
        good("Chongqing began to control the pollution of the Longxi River.", source="当地开始治理龙溪河污染。"),
        # a proper noun of English read as pinyin stands in too; not a given name beside a rendered surname,
        # a foreign name in two words, a month
        bad("The program will be broadcast on ⟦Sana⟧ TV from July 20.", source="节目7月20日起在湖南卫视播出。"),
        good("The program will be broadcast on Hunan TV from July 20.", source="节目7月20日起在湖南卫视播出。"),
        good("Liberal MP Tanya Davies opposed the bill.", source="自由党议员戴维斯反对该法案。"),
        good("Russian deputy commander Yuri Glekhov said the work was almost done.",
             source="俄罗斯副总司令尤里·格列霍夫表示工作即将完成。"),
        good("The white paper was released on June 27.", source="白皮书于27日发布。"),
        # a long reading stands for a name English calls by its pinyin (峨眉山 Mt Emei), not for one CC-CEDICT
        # does not know (福原), nor as part of a foreign name in two words (Barisan Nasional for 国阵)
        bad("Bad films are like the monkeys on Mount ⟦Fupinju⟧: they ignite your anger.",
            source="烂片就像峨眉山的猴子，能点燃你的怒火。"),
        good("Bad films are like the monkeys on Mount Emei: they ignite your anger.",
             source="烂片就像峨眉山的猴子，能点燃你的怒火。"),
        good("Fukuhara Ai won the match.", source="福原爱在比赛中获胜。"),
        good("However, after the MCA central committee met, it announced that the Barisan Nasional supreme council "
             "would decide.", source="然而，马华中委会开会后，宣布交由国阵最高理事会决定。"),
        # a name said twice and spelled once in pinyin
        bad("Xiaowen played with friends in the park, and ⟦Haixi⟧ was very happy.", source="小文和朋友在公园玩，小文很开心。"),
        good("Xiaowen played with friends in the park, and she was very happy.", source="小文和朋友在公园玩，小文很开心。"),
        # a proper noun that opens on a common word (国际 "international") is a name when its English form is
        # names alone (FC Internazionale Milano), not words (人民大会堂 the Great Hall of the People)
        bad("Inter ⟦Baiyang⟧ played its 3000th Serie A game.", source="国际米兰迎来第3000场意甲比赛。"),
        good("Inter Milan played its 3000th Serie A game.", source="国际米兰迎来第3000场意甲比赛。"),
        good("Han Zheng attended a reception at the Great Hall of the People in Beijing.",
             source="韩正在人民大会堂出席招待会。"),
        # an organisation named by its city's first character (广铁 Guangzhou Railway)
        good("Guangzhou Railway will take measures to serve passengers during the peak.",
             source="广铁集团将采取多项举措，做好客流高峰期间旅客服务工作。"),
        bad("⟦Nanjing⟧ Railway will take measures to serve passengers during the peak.",
            source="广铁集团将采取多项举措，做好客流高峰期间旅客服务工作。"),
    ],
)

MISSING = custom(
    "accuracy.names.missing",
    _missing,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="The source name “{found}” ({expected}) is not in the translation.",
    description="A Chinese person name of the source that nothing in the translation renders "
    "(pinyin, Wade–Giles, a Hong Kong surname, or a transliteration).",
    examples=[
        bad("Kallas was received in Beijing on Monday.", source="⟦王毅⟧周一在北京会见了卡拉斯。"),
        good("Wang Yi received Kallas in Beijing on Monday.", source="王毅周一在北京会见了卡拉斯。"),
        good("The president met Kallas.", source="习近平会见了卡拉斯。"),
        good("There is a period before the ambulance comes, which is the most critical.",
             source="救护车来的过程中其实是还有一段时间的，而正是这段时间才是最关键的。"),
        good("It has been an hour and it still has not been delivered.", source="已经1个小时了，都还没送到"),
        good("Hong Kong faces a new COVID-19 outbreak.", source="香港正面对新一波的新冠肺炎疫情冲击。"),
        good("Vice President Han Zheng met Kallas.", source="国家副主席韩正会见了卡拉斯。"),
        good("EU foreign policy chief Kaja Kallas met Costa.", source="欧盟外交主管卡拉斯会见了科斯塔。"),
        # he or she stands in for a person only where the name would be
        bad("The official said that he rented 60 mu of land.", source="⟦傅昆宝⟧说，他流转了60多亩地。"),
        good("He said that he rented 60 mu of land.", source="傅昆宝说，他流转了60多亩地。"),
        # a name said twice is looked for twice
        bad("Author: Wang Sishuo Editor: the official", source="作者：王思硕 责任编辑：⟦王思硕⟧"),
        good("Author: Wang Sishuo Editor: Wang Sishuo", source="作者：王思硕 责任编辑：王思硕"),
        # words the segmenter or CC-CEDICT takes for names, rendered as words
        good("The platform brings together projects that benefit the people.", source="该平台汇集多个惠民便民项目。"),
        good("He hunted goral, muntjac and tufted deer.", source="他猎捕了斑羚、小麂、毛冠鹿等。"),
        good("The stage name Mountain Town F4 is well known.", source="“山城F4”名震一时。"),
        # names rendered otherwise: a Vietnamese reading, a place inside an institution's English name
        good("Nguyen Duc Kien, deputy director of the committee, said growth continued.",
             source="经济委员会副主任阮德坚透露，经济继续保持增长。"),
        good("The first flight took off from Daxing Airport.", source="北京大兴国际机场首航。"),
        good("Datuk Mohammad Faree died at the age of 42.", source="拿督莫哈末法立逝世，得年42岁。"),
        # a place lost from its sentence
        bad("He hoped to come and see the exhibition with his classmates.", source="他希望再和同学们来⟦北京⟧看看作品展。"),
        # accepted renderings (_renderings.py): a generic noun of the place's kind, the surname alone, a spelling
        # parted by an apostrophe, a name the segmenter cut from a longer one, an ABAC expression, a word
        good("They will enhance the province's capacity to monitor the pest.", source="以提升云南草地贪夜蛾的监测能力。"),
        bad("They will enhance the capacity to monitor the pest.", source="以提升⟦云南⟧草地贪夜蛾的监测能力。"),
        good("Xu said the seminar provided a platform.", source="徐仁和表示，研讨会提供了平台。"),
        good("Wuhan, Xi 'an and Chengdu are popular.", source="武汉、西安、成都很受欢迎。"),
        bad("Wuhan and Chengdu are popular.", source="武汉、⟦西安⟧、成都很受欢迎。"),
        good("Guo Zhi said that the Zhundong to Wannan project is the largest.", source="郭智表示，准东至皖南工程是最大的。"),
        good("Teachers will be punished under the rules on teachers' ethics.", source="对违规教师，将依据师德师风相关规定严肃处理。"),
        good("The relations help bring stability and prosperity to all parties.", source="上述关系有助于给有关各方带来稳定与繁昌。"),
        # a four-character expression cut by the segmenter; a person said again; a byline dropped whole
        good("They truly put real money into supporting enterprises.", source="真心拿出真金白银支持企业。"),
        good("At a forum, Zhang Zhongmou made a remark and said bluntly that it was ironic.",
             source="在论坛上，张忠谋语出惊人，张忠谋直言：相当讽刺。"),
        good("SHENZHEN, September 27 (Xinhua) - The SME board index rose.", source="新华社深圳9月27日电（记者 赵瑞希）中小板指上涨。"),
        bad("SHENZHEN, September 27 (Xinhua, the official) - The SME board index rose.",
            source="新华社深圳9月27日电（记者 ⟦赵瑞希⟧）中小板指上涨。"),
        # a capitalised word excuses the name only if it may spell it: its initials, its consonants
        good("Consumers can claim them on the JD app.", source="消费者可在京东APP领取。"),
        bad("Consumers can claim them on the TV app.", source="消费者可在⟦京东⟧APP领取。"),
        good("All procedures for the release of the Steiner Empire have been completed.",
             source="释放“史丹纳帝国”号所需的法律程序均已完成。"),
        bad("CCTV correspondent the official reported.", source="央视记者⟦张岗⟧报道。"),
        # a title that renders another word (头目 "the head") stands in for no one
        bad("It tells the story of the city (played by Liu Yunlong), an undercover agent who kills the head of "
            "Japanese intelligence.", source="该剧讲述了潜伏在日伪警察局的中共地下党员⟦唐飞⟧(柳云龙饰)联合苏联特工,刺杀日本特工头目。"),
        good("He hunted goral, muntjac and elaphodus cephalophus.", source="他猎捕了斑羚、小麂、毛冠鹿等野生动物。"),
        # a common surname before a character of CC-CEDICT's people's given names needs no context to be a name
        bad("Under the direction of the official, the orchestra played on.", source="在⟦张雄⟧的指挥下，乐团继续演奏。"),
        good("Under the direction of Zhang Xiong, the orchestra played on.", source="在张雄的指挥下，乐团继续演奏。"),
        # look-alikes: a surname before a form of address, an organisation's acronym, a classifier after a numeral
        good("The staff at Mrs. Gold are fantastic.", source="金夫人的工作人员都超赞的。"),
        good("MCA tentatively convenes a general meeting in November.", source="马华暂定11月召开大会。"),
        good("Apollo received 45 manned test licenses.", source="Apollo获得了45张可载人测试牌照。"),
        # a rarer surname is a name where a credit says so (执导 "directed"), and a byline is looked for as one
        bad("The spy drama directed by the official premiered on July 16.", source="由⟦殷飞⟧执导的谍战剧于7月16日首播。"),
        good("The spy drama directed by Yin Fei premiered on July 16.", source="由殷飞执导的谍战剧于7月16日首播。"),
        # Xinhua's dateline is kept by translators; a reporters' byline may become a credit
        bad("HONG KONG, July 26 (the official) -- The epidemic continues.", source="⟦新华社⟧香港7月26日电 疫情持续。"),
        good("HONG KONG, July 26 (Xinhua) -- The epidemic continues.", source="新华社香港7月26日电 疫情持续。"),
        good("Edited by Chen Shangying and Wang Liwu", source="新华社记者陈尚营、王立武"),
        # "the province" for a province the document named, but not a bare "the city" for a city
        bad("Red Fruits of Culture and Tourism gather in the city", source="文旅“红果”聚⟦韶山⟧"),
        good("Red Fruits of Culture and Tourism gather in Shaoshan", source="文旅“红果”聚韶山"),
        # a place misspelled by a letter is there, misspelled
        good("Wang Boxiang became vice mayor of Wefang.", source="王伯祥调任潍坊市副市长。"),
        # a pronoun English moved for the only person, a bare title beside the name; a familiar name is a name
        good("Several years later, he was awarded an honorary doctorate from Troy University.",
             source="多年后，特洛伊大学授予刘易斯名誉博士学位。"),
        good("To implement the instructions of the General Secretary.", source="为深入贯彻落实习近平总书记重要指示精神。"),
        bad("3-year-old the official was hit in the head by a softball.", source="3岁的⟦小文⟧被垒球砸中了头部。"),
        good("3-year-old Xiaowen was hit in the head by a softball.", source="3岁的小文被垒球砸中了头部。"),
    ],
)

ADDED = custom(
    "accuracy.names.added",
    _added,
    category="accuracy/addition",
    severity="major",
    requires=REQUIRES,
    message="The source sentence names no “{found}”: no characters of it read so.",
    description="A Chinese place (a CC-CEDICT place spelled in pinyin) in the translation that its source "
    "sentence does not name in any spelling.",
    examples=[
        bad("Since ⟦Henan⟧ Lake went over the warning level, 28 days have passed.", source="太湖自6月28日超警戒水位以来，已持续28天。"),
        bad("China News Service, ⟦Yueyang⟧, July 26", source="中新社银川7月26日电"),
        good("Since Taihu Lake went over the warning level, 28 days have passed.", source="太湖自6月28日超警戒水位以来，已持续28天。"),
        good("China News Service, Yinchuan, July 26", source="中新社银川7月26日电"),
        good("Vehicles came from Shaanxi and Shanxi.", source="车辆来自陕西和山西。"),
        good("The Changjiang River rose.", source="长江水位上涨。"),
        good("BEIJING, July 26 (Xinhua)", source="新华社北京7月26日电"),
        bad("Hurricane ⟦Ningxia⟧ made landfall in Texas.", source="飓风汉娜登陆得克萨斯州。"),
        good("Hurricane Hanna made landfall in Texas.", source="飓风汉娜登陆得克萨斯州。"),
        good("The Yunnan Provincial Federation of Trade Unions worked with job sites.", source="省总工会与招聘平台对接。"),
        # 北京市 and 北京 are one place said twice: a target that spells Beijing once may have replaced the other
        bad("The ⟦Hami⟧ Meteorological Service said there would be showers in Beijing.", source="北京市气象台称，北京有阵雨。"),
        good("The Beijing Meteorological Service said there would be showers in Beijing.", source="北京市气象台称，北京有阵雨。"),
        good("The Beijing Meteorological Service said there would be showers in the city.", source="北京市气象台称，北京有阵雨。"),
        # 新疆维吾尔自治区 … 新疆: 新疆 said twice, once inside a longer name
        bad("The health commission of the Xinjiang Uygur Autonomous Region said ⟦Yunnan⟧ had one new case.",
            source="新疆维吾尔自治区卫健委称，新疆新增病例1例。"),
        good("The health commission of the Xinjiang Uygur Autonomous Region said the region had one new case.",
             source="新疆维吾尔自治区卫健委称，新疆新增病例1例。"),
        good("Scholars at Peking University said the air in Beijing had improved.", source="北京大学的学者说，北京的空气变好了。"),
        # 省外 "outside the province" is no body of the province's that a translator would name
        bad("⟦Wulong⟧ reported one case from outside the province, and Fujian one new confirmed case.",
            source="福建省报告省外输入1例，福建省新增确诊1例。"),
        good("Fujian reported one case from outside the province, and one new confirmed case.",
             source="福建省报告省外输入1例，福建省新增确诊1例。"),
        good("Under the relevant policies of Yinchuan, the Yinchuan Municipal Finance Bureau will pay subsidies in advance.",
             source="根据银川市有关政策，市财政将预拨补助资金。"),
        good("It matters for Beijing, Tianjin and Hebei.", source="这对京津冀很重要。"),
        good("Vehicles came from the capital, Beijing.", source="车辆来自首都。"),
        good("The Zhengzhou–Wanzhou high-speed railway's Small Three Gorges Tunnel was completed (correspondent Han Lu).",
             source="(记者 韩璐)郑万高铁小三峡隧道当日全线贯通。"),
        good("It is part of the Yangtze River corridor and the Hohhot–Nanning corridor of the network.",
             source="是我国高速铁路网中沿江通道和呼南通道的重要组成部分。"),
        # a company's English name carries its city in brackets
        good("The chairman of Action Asia (Shenzhen) Co., Ltd. from Guangdong said that the company had difficulties.",
             source="来自广东的台商亚忆电子有限公司董事长许文堂介绍说，亚忆电子曾因订单骤减导致营运困难。"),
    ],
)

RULES = (CHANGED, MISSING, ADDED)
