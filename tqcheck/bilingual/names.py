"""How a Chinese name can be spelled in English.

Readings come from pypinyin (compiled into the lexicon cache, with
CC-CEDICT's surname readings for a name's first character). A name is
accepted as tone-less Hanyu Pinyin (``Han Zheng``, ``Xiaoping``), in
Wade–Giles as Taiwan and older texts write it (``Teng Hsiao-ping``,
``Tsai Ing-wen``: ``wade_giles`` converts a syllable, apostrophes and
hyphens do not matter), with the given name joined, hyphenated or
spaced. Transliterated foreign names (``卡拉斯`` = ``Kallas``) are judged
by their consonants (``skeleton``): the initials of the Chinese syllables
must appear, in order, in the English word.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WG_WHOLE = {
    "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu",
    "you": "yu", "yan": "yen", "ye": "yeh", "yi": "i", "yu": "yu", "yue": "yueh", "yuan": "yuan",
    "er": "erh", "ge": "ko", "ke": "ko", "he": "ho", "e": "o", "xue": "hsueh", "jue": "chueh", "que": "chueh",
    "lue": "lueh", "nue": "nueh", "yong": "yung", "ran": "jan", "rong": "jung", "re": "je",
}
_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"),
             ("d", "t"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"),
             ("j", "ch"), ("q", "ch"), ("x", "hs"), ("r", "j"), ("z", "ts"), ("c", "ts"), ("s", "s"),
             ("y", "y"), ("w", "w"))


@lru_cache(maxsize=4096)
def wade_giles(syl: str) -> str:
    """A tone-less pinyin syllable in Wade–Giles without apostrophes or
    umlauts (``zheng`` -> ``cheng``, ``xiao`` -> ``hsiao``, ``cai`` -> ``tsai``)."""
    if syl in _WG_WHOLE:
        return _WG_WHOLE[syl]
    for py, wg in _INITIALS:
        if syl.startswith(py):
            ini, fin = wg, syl[len(py):]
            break
    else:
        ini, fin = "", syl
    if fin == "ong":
        fin = "ung"
    elif fin == "iong":
        fin = "iung"
    elif fin == "ian":
        fin = "ien"
    elif fin == "ie":
        fin = "ieh"
    elif fin == "ui":
        fin = "uei"
    elif fin == "uo" and ini in ("t", "n", "l", "ts", "s"):
        fin = "o"
    elif fin == "e" and ini in ("k", "h"):
        fin = "o"
    return ini + fin


@lru_cache(maxsize=65_536)  # pure; the name rules ask it of the same words again and again
def key(word: str) -> str:
    """How spellings are compared: letters only, lower case, ü as u, no possessive 's."""
    w = word.lower().replace("ü", "u").replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _NOT_LETTER.sub("", w)


_NOT_LETTER = re.compile(r"[^a-z]")


#: characters that transliterate foreign names (卡拉斯, 刘易斯, 杜特尔特)
TRANSLITERATION = frozenset("斯尔特克姆德拉尼塞亚瓦娜莎蒂维诺里罗夫基奇卡梅森丝妮茨兹普巴萨伊埃奥乌约翰逊")

#: the hundred commonest Chinese surnames: a three-character "name" whose last two
#: characters make a word (陈光明 "bright") is a name only after one of these
#: (not 强降雨, 双循环)
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔汤"
)

#: last characters of the roles that stand before a person's name (记者, 主任, 教授, 编辑：)
ROLE_END = frozenset("者长任员师授官理书席家手生士辑")
#: verbs of saying, which follow a person's name (周燕说)
SAYING = frozenset("说 表示 介绍 称 指出 认为 强调 透露 告诉 坦言 回忆".split())
#: titles written after a person's name (钟南山院士 "academician Zhong Nanshan", 黄小进教授), never after a place's
TITLES_AFTER = frozenset("院士 教授 同志 先生 女士 博士".split())

#: Hong Kong (Cantonese) and other common non-Mandarin spellings of frequent surnames
#: (``张建宗`` -> ``Cheung Kin-chung``); a given name in Cantonese is not predicted, so
#: one of these surnames is accepted on its own.
HK_SURNAMES = {
    "张": "cheung", "陈": "chan", "黄": "wong", "王": "wong", "李": "lee", "林": "lam", "刘": "lau", "吴": "ng",
    "何": "ho", "梁": "leung", "郑": "cheng", "杨": "yeung", "周": "chow", "胡": "woo", "许": "hui", "叶": "yip",
    "邓": "tang", "蔡": "choi", "罗": "law", "曾": "tsang", "谢": "tse", "郭": "kwok", "冯": "fung", "邱": "yau",
    "曹": "tso", "袁": "yuen", "钟": "chung", "蒋": "chiang", "宋": "soong", "孙": "suen", "徐": "tsui",
    "朱": "chu", "高": "ko", "马": "ma", "麦": "mak", "苏": "so", "卢": "lo", "赵": "chiu", "严": "yim",
    "顾": "koo", "邵": "shiu", "汤": "tong", "文": "man", "区": "au", "关": "kwan", "霍": "fok", "莫": "mok",
}


def spellings(syllables: tuple[str, ...]) -> set[str]:
    """Keys of a run of syllables written as one word, in pinyin and in Wade–Giles."""
    if not syllables:
        return set()
    out = {"".join(syllables), "".join(wade_giles(s) for s in syllables)}
    return {o for o in out if o}


_SKEL_PY = (("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"),
            ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", "H"),
            ("j", "S"), ("q", "S"), ("x", "S"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"), ("w", "W"))


@lru_cache(maxsize=8192)
def skeleton_zh(syllables: tuple[str, ...]) -> str:
    """The initial consonants' classes (``ka la si`` -> ``KLS``); ``er`` counts as L."""
    out = []
    for s in syllables:
        if s == "er":
            out.append("L")
            continue
        for py, cls in _SKEL_PY:
            if s.startswith(py):
                out.append(cls)
                break
    return "".join(out)


_SKEL_EN = [("sch", "S"), ("ch", "S"), ("sh", "S"), ("th", "T"), ("ph", "F"), ("ck", "K"),
            ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"), ("v", "F"), ("d", "T"), ("t", "T"), ("n", "N"),
            ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"), ("q", "K"), ("h", "H"), ("j", "S"), ("x", "KS"),
            ("z", "S"), ("s", "S"), ("w", "W")]


@lru_cache(maxsize=8192)
def skeleton_en(word: str) -> str:
    w = key(word)
    out, i = [], 0
    while i < len(w):
        c = w[i]
        if c == "c":
            out.append("S" if w[i + 1:i + 2] in ("e", "i", "y") else ("S" if w[i + 1:i + 2] == "h" else "K"))
            i += 2 if w[i + 1:i + 2] == "h" else 1
            continue
        for en, cls in _SKEL_EN:
            if w.startswith(en, i):
                out.append(cls)
                i += len(en)
                break
        else:
            i += 1
    return "".join(out)


_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)  # pure; asked of every capitalised word of a pair for each transliterated name
def collapse(skel: str) -> str:
    return _REPEATS.sub(r"\1", skel)


def skeleton_match(zh: str, en: str) -> bool:
    """Every Chinese initial class appears in order among the English
    consonants (``KLS`` in ``Kallas``'s ``KLS``); a Chinese H may be silent."""
    if len(zh.replace("H", "")) < 2:
        return False
    j = 0
    for c in zh:
        k = en.find(c, j)
        if k < 0:
            if c == "H":
                continue
            return False
        j = k + 1
    return True
