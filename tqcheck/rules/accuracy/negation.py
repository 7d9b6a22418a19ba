"""Negation lost or added in translation.

The source negates (不, 没, 没有, 未, 无, 非, 别, 勿, 尚未… as words of
their own after Chinese segmentation) and nothing in the aligned target
sentence negates; or the target says ``not``/``never``/``no`` and the source
has no negative at all.

Left alone, because they do not negate: words that merely contain a negative
character (不仅 "not only", 不断 "constantly", 无论 "regardless", 非常
"very", 不得不 "have to", 不少 "many", 不同 "different", 前所未有
"unprecedented", 无人机 "drone": the segmenter keeps them whole), A-not-A
questions (是不是, 有没有), comparisons (不到, 不超过, 不少于: "under", "at
most", "at least") and double negatives (不能不, 非…不可, 无不). 无法
("cannot") counts as a negative. The target counts as negating with any of a
broad set of words: ``not``, ``n't``, ``no``, ``never``, ``without``,
``fail``, ``lack``, ``refuse``, ``ban``, ``avoid``, ``unable``, ``un-``/
``non-`` words whose stem is a word, ``-less`` words and more, since Chinese
negatives are often rendered by a negative word rather than by ``not``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...rule import Finding, bad, custom, good
from ...bilingual import alignment
from ._meaning import MPair, meaning_pairs, usable
from ._memo import LexiconMemo
from ._negated import negated_positive, negated_words
from ._shared import target_around
from ._shared import lexicon as load

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

#: source words that negate the predicate they stand before
NEGATORS = frozenset("""
不 没 没有 未 无 非 别 勿 否 莫 毋 尚未 并未 从未 从不 不再 并不 并没有 并非 绝不 决不 毫不 未能 无法 不能 不会 不要
不得 未曾 不用 不必 不可 不敢 不愿 不应 不该 不是 没能 不一定 无需 无须 未必 不宜 不准 不许 别再 不想 还没 还没有
也不 都不 也没 也没有 都没有 既不 亦不 仍未 尚无 无权 不予 未予 暂不 并无 毫无 从没 从没有 未经 不曾 请勿 切勿
""".split())
#: negative words that are no negation of the sentence's meaning
_DOUBLE = re.compile(r"不能不|不得不|非[^，。；！？]{1,8}不可|无不|不无|没有不|无一不|不可不|不会不|未尝不|何尝不|不甘心?不|不忍心?不|"
                     # 不然/否则…没: "were it not for X, no Y" is rendered "thanks to X, Y"
                     r"(?:不然|否则|要不)[^。；！？]{0,20}[不没无未]|"
                     # 不应该等到…才: "should act before …", "as soon as possible"
                     r"[不别][^，。；！？]{0,3}等(?:到|待)?[^。；！？]{0,16}才|"
                     # 不满意也不行 "can only be satisfied": 不X也不行 says X must be
                     r"不[^，。；！？不]{1,6}也不(?:行|成)")
#: a negative inside a phrase that says "all" or "unprecedented" (一个不落 "every one",
#: 百年未有 "unseen in a century"): translators render the phrase, not the negative
_SET_PHRASE = re.compile(r"一[个项人户条件家名位样][也都]?不(?:落|少|漏|剩|差|能少)|百年未有|前所未有|从未有过|史无前例|"
                         r"没(?:过)?多久|"  # 没过多久 "soon"
                         r"没(?:有)?(?:什么)?(?:大)?问题|"
                         r"[到至][^，。；！？]{1,10}不等")  # 30元到80元不等 "ranging from 30 to 80 yuan"  # 没有问题 "fine", "works well"
_A_NOT_A = re.compile(r"(.{1,2})[不没]\1")

_EN_NEG = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot|can't|won't|n't|"
    r"fail(?:s|ed|ing|ure|ures)?|unable|inability|lack(?:s|ed|ing)?|absen(?:t|ce)|refus(?:e|es|ed|ing|al)|"
    r"reject(?:s|ed|ing|ion)?|exclu(?:de|des|ded|ding|sion)|den(?:y|ies|ied|ial)|ban(?:s|ned|ning)?|prohibit\w*|forb[ia]d\w*|avoid\w*|"
    r"prevent\w*|stop(?:s|ped|ping)?|halt\w*|ceas\w*|instead|rather|yet(?=\s+to\b)|far from|hardly|barely|scarcely|reluctan\w*|instab\w*|"
    r"seldom|rarely|(?<!\ba )(?:little|few)|zero|free|disgrace\w*|dishono\w*|ignomin\w*|shame\w*|anonym\w*|before|below|different\w*|differ|unlike|same|identical|too|exempt\w*|except\w*|beyond|neglect\w*|ignor\w*|miss(?:es|ed|ing)?|"
    r"insufficient\w*|inadequate\w*|impossib\w*|illegal\w*|illicit|improper\w*|incorrect\w*|incomplete\w*|"
    r"invalid\w*|irregular\w*|irresponsib\w*|dis(?:agree|approv|satisf|honest|abled|order|continu|allow|"
    r"qualif|regard|obey|like|trust|appear)\w*|non-?\w+|\w{3,}-?less(?:ly|ness)?|"
    r"un(?:able|likely|known|clear|precedented|employ\w*|fair|usual|necessar\w*|certain\w*|safe|healthy|"
    r"qualified|authori[sz]ed|licensed|successful\w*|willing\w*|aware|acceptable|expected\w*|finished|"
    r"resolved|changed|paid|touched|affected|reasonable|stable|even|equal|der|til|less))\b"
    r"|n['’‘`]t\b"
    # 差两个餐没送 "still has two orders to deliver": what is left to do is not done
    r"|\bstill\s+ha(?:s|ve|d)\s+(?:\w+\s+){1,4}to\s+\w+",
    re.IGNORECASE,
)
#: explicit English negation, for the added-negation direction
#: (the lookahead: the letters its words begin with, so that the case-blind search does not try every
#: word at every position; tests/rules/accuracy/test_regex_guards.py derives them from the pattern)
_EN_STRICT = re.compile(r"(?=[nwc])(?:\b(?:not|never|nobody|nothing|none|neither|nor|without|cannot)\b|n['’‘`]t\b|"
                        r"\bno\b(?!\.\s*\d)(?!\s+(?:longer|matter|doubt|less|more|sooner)\b))", re.IGNORECASE)
_EN_STRICT_SKIP = re.compile(r"(?=[nos])(?:\bnot\s+(?:until|to\s+mention|least)\b|\bor\s+not\b|"
                             # "not only … but (also)" correlates; "not only four minutes" without it denies
                             r"\bnot\s+(?:only|just|merely)\b(?=[^.!?;]*\b(?:but|also|as\s+well)\b)|"
                             r"\bnone\s+other\b|\bnothing\s+but\b|\bnever\s+before\b|"
                             # "not more than 7,000" compares (不超过); "not more interested in" denies
                             r"\bnot\s+(?:less|more|fewer)\b(?=(?:\s+[\w,.]+){0,2}?\s+than\b)|"
                             # idioms that say something positive: 只好 "had no choice but",
                             # 全力 "spared no effort", 算是 "nothing more than"
                             r"\bno\s+(?:other\s+)?(?:choice|option|alternative|way\s+out)\s+but\b|"
                             r"\bnothing\s+(?:more|less|else|short)\s+(?:than|of)\b|\bspar\w*\s+no\b|"
                             r"\bno\s+(?:effort|stone)s?\b)",
                             re.IGNORECASE)
#: words the segmenter keeps whole that begin with a negator (没想到, 毫不掩饰, 从来没有)
_NEG_PREFIXES = ("没", "未", "从未", "从没", "从来没", "从来不", "绝不", "并未", "并不", "从不", "还未", "还没",
                 "尚未", "永不", "再也不", "无意", "无须", "无需", "无法")
#: negatives of a verb, judged word by word on the alignment (and compounds that begin with one)
_VERBAL = frozenset("没有 没能 没 未能 不能 无法 尚未 并未 从未 不会 未 不再 并没有 从没 从没有 还没 还没有 仍未 并不 从不 "
                    "绝不 决不 不曾 未曾".split())
#: negatives judged word by word: the verbal ones and 不 before a verb or adjective (不清楚 "not clear",
#: 不符合 "not in line with"); 不 before a word that takes its negative prefix (不满 "dissatisfied")
#: finds that word negative in the target clause
_BARE = frozenset("不 并不 也不 都不".split())
#: negatives of mood (不得 "must not", 不应 "should not", 不必 "need not", 不予 "will not") before a
#: verb: judged word by word as 不 is, with its guards
_MODAL = frozenset("不要 不必 不用 不该 不应 不应该 不得 不可 不予 不准 不许 不宜 不想 不愿 不敢 不是 别 勿 请勿 切勿 "
                   "不需要 无需 无须 不能".split())
_STRICT = _BARE | _MODAL
_WORD_LEVEL = _VERBAL | _STRICT
#: 没有问题 "there is no problem": a noun after these is what is lacking, not a verb
_HAVE_NO = frozenset("没有 没 并没有 还没有 从没有 无 毫无 并无 尚无".split())
#: comparisons after a negative (不能超过 "at most", 不得低于 "at least")
_THAN = frozenset("超过 超出 高于 低于 少于 多于 大于 小于".split())
#: 未满18岁, 未达到18周岁: "under 18", a comparison with a number
_UNDER = re.compile(r"(?:达到|满|足)\d")
_COMPARE = frozenset("不到 不足 不超过 不少于 不低于 不高于 不大于 不小于 不下 不止 不亚于 无异于 不外乎".split())


def source_negations(pair: MPair, al=None) -> list:
    if not _NEGATOR_TEXT.search(pair.src_text):
        return []  # three sentences in four: no word can be a negator, one scan in C
    # a double negative (不得不 "has to") or a set phrase (前所未有) holds its own negatives only: a
    # negative elsewhere in the sentence (不得不使用…，这不符合 "this is not in line with") still counts
    phrases = [(pair.src_start + m.start(), pair.src_start + m.end())
               for rx in (_DOUBLE, _SET_PHRASE) for m in rx.finditer(pair.src_text)]
    out = []
    for t in pair.src:
        # the negator test first: it is cheap and rules out nearly every word
        if (t.text in NEGATORS or t.text.startswith(_NEG_PREFIXES) and t.text not in _LOOKALIKES
                or _NEG_INSIDE_ANY.search(t.text) and _negative_token(t.text) and _inside_said(pair, t, al)) \
                and t.text not in _COMPARE:
            if phrases and any(a <= t.start < b for a, b in phrases):
                continue
            rel = t.start - pair.src_start
            window = pair.src_text[max(rel - 2, 0):rel + 3]
            if _A_NOT_A.search(window):
                continue
            if t.text == "非" and (pair.src_text[rel + 1:rel + 3] in ("只是", "只有") or pair.src_text[rel + 1:rel + 2] == "第"):
                continue  # 非第一志愿 "another choice"
            if pair.src_text[max(rel - 1, 0):rel] == "岂" or pair.src_text[max(rel - 2, 0):rel] == "难道":
                continue  # 岂不是糟蹋 "would be such a waste": a question that asserts
            if _neither_nor_alike(pair.src_text, rel):
                continue  # 不缓不慢 "steady", 不吵不闹 "quiet"
            if t.text == "没想到" and rel > 0 and pair.src_text[rel - 1] in "，,；;":
                # …，没想到关了振动功能 "however, even with it off": after a clause it is an adverb,
                # "unexpectedly"; opening a sentence it is often "I didn't think" (“没想到要搬)
                continue
            if _antonym_rendered(pair, t):
                continue  # 不算贵 "affordable", 不长 "short": the negative said by an opposite
            if _read_as_word(pair, t, rel):
                continue  # 没收 "confiscate", 不择手段 "by all means", 不错 "good"
            if pair.src_text[t.end - pair.src_start:t.end - pair.src_start + 2] in _THAN:
                continue  # 不能超过 "at most"
            if t.text in ("未", "不", "没") and _UNDER.match(pair.src_text, t.end - pair.src_start):
                continue  # 未达到18周岁 "under 18"
            if t.text == "不" and (pair.src_text[rel + 1:rel + 3] in ("一样", "同样", "相同", "过夜", "小心", "容易")
                                  or pair.src_text[rel + 1:rel + 2] in ("忘", "只", "仅", "但", "光")):
                continue  # 不一样 "different"
            out.append(t)
    return out


#: every negator and negator prefix: a pair's words are parts of its text, so a text
#: that holds none of them has no word that ``source_negations`` takes
_NEGATOR_TEXT = re.compile("|".join(sorted(map(re.escape, NEGATORS | set(_NEG_PREFIXES)), key=len, reverse=True)))

#: negative characters that may stand inside a word the segmenter made (餐未, 都还没, 请勿, 不属, 卖不上)
_NEG_INSIDE_ANY = re.compile(r"[不没未无勿非]")


@lru_cache(maxsize=20_000)
def _negative_token(word: str) -> bool:
    """A word with a negative inside that negates: one whose first CC-CEDICT
    definition is negative (不符 "not in agreement with", 跟不上 "not able to
    keep up", 不怎么 "not very", 无人 "unmanned"), or one the dictionary does
    not know that the segmenter glued from a negative and its neighbours
    (餐未|送到, 都还没, 请勿, 不属, 并不大, 成不了). Look-alikes (不断, 不仅,
    无论, 了不起 "amazing") have a positive first definition or are listed."""
    if word in _LOOKALIKES or word in _NEVER_NEG or word in _COMPARE or _A_NOT_A.search(word):
        return False
    if word in negated_words():
        return True
    lex = load()
    if lex.gloss(word):
        return False  # a dictionary word whose main sense is positive (了不起, 差不多, 不禁)
    k = _NEG_INSIDE_ANY.search(word)
    assert k is not None
    at = k.start()
    if word[at] == "非" and at:
        return False  # 是非, 并非 are listed; 非 inside another word is a prefix (除非)
    rest = word[at:]
    if rest in _COMPARE or any(rest[:n] in _LOOKALIKES or rest[:n] in _NEVER_NEG for n in (2, 3, 4)):
        return False
    # the negative and what follows it inside the word: a dictionary word of positive sense is a
    # look-alike (不断, 不过), an unknown one or a negative one negates (不属, 不太, 不了)
    for n in (4, 3, 2):
        piece = rest[:n]
        if len(piece) == n and lex.gloss(piece) and piece not in negated_words():
            return False
    return True


#: how the alignment links a name (毛不易 -> "Mao Buyi", 不冻泉 -> "Budongquan")
_NAME_LINK = frozenset("name pinyin latin glossary".split())


def _inside_said(pair: MPair, t, al) -> bool:
    """A word with its negative inside (``_negative_token``) counts where the
    translation renders what it negates without the negative: its part after
    the negative (不长 -> "long"), or the word after it when the negative ends
    the word (餐未|送到 -> "delivered"). A free rendering of the whole (始料未及
    "surprising", 不力 "bad", 行动不便 "limited mobility") says none of it and
    is left alone, as are idioms of four characters and more, and names
    (毛不易 "Mao Buyi")."""
    if len(t.text) >= 4 and t.text in negated_words():
        return False
    if al is not None:
        idx = al.source_index(t.start, t.end)
        if idx is not None:
            w = al.source[idx]
            # a name the target spells (毛不易 -> "Mao Buyi"); one tagged a name but rendered by nothing
            # is as often function characters the segmenter misread (都还没|送到)
            if w.how in _NAME_LINK or w.links and (w.kind == "name" or w.pos[:2] in ("nr", "ns", "nt", "nz")):
                return False
    part = _negated_part(pair, t)
    if not part:
        return False
    if _LESS.search(pair.tgt_text) and (t.text in _DEGREE_NEG or t.text[-1:] in _NEG_INSIDE_CHARS
                                         and pair.src_text[t.end - pair.src_start:][:1] in _DEGREE):
        return False  # 不怎么甜 "less sweet"
    if al is not None and part not in t.text:
        nxt = al.source_index(t.end, t.end + len(part)) if pair.src_text.startswith(part, t.end - pair.src_start) \
            else None
        if nxt is not None and al.source[nxt].links and al.source[nxt].how == "lexicon":
            return True  # 都还没|送到 -> "delivered"
    lex = load()
    # a word CC-CEDICT lacks (送到) by its characters' main senses
    gloss = set(lex.gloss(part)[:3]) or {g for c in part for g in lex.gloss(c)[:2]}
    # ... or what the word's own definition denies (不解 "to not understand" -> "understand")
    denied = negated_positive(t.text)
    if denied:
        gloss.update(lex.lemma_keys(denied))
    said = _said_keys(pair.tgt_text)
    return not said.isdisjoint(gloss)


def _negated_part(pair: MPair, t) -> str:
    """What the negative of ``t`` negates: the rest of the word after it
    (不长 -> 长), else the next word past a degree word (不算|贵 -> 贵)."""
    k = _NEG_INSIDE_ANY.search(t.text)
    rest = ""
    if k is not None and t.text not in NEGATORS and not t.text.startswith(_NEG_PREFIXES):
        if k.start() and len(t.text) == 3 and k.end() == 2:
            return t.text[0] + t.text[2]  # 跟不上 -> 跟上 "keep up", 成不了 -> 成了
        if k.start() == 0 and len(t.text) == 2:
            # the same cut by the segmenter after the verb, where verb and result make a word (卖|不出 -> 卖出)
            prev = next((w for w in pair.src if w.end == t.start), None)
            if prev is not None and len(prev.text) == 1 and load().gloss(prev.text + t.text[1]):
                return prev.text + t.text[1]
        rest = t.text[k.end():]
    if rest and rest not in _DEGREE and rest not in _SOMEONE:
        return rest
    words = [w for w in pair.src if w.start >= t.end][:2]
    if words and words[0].text in _DEGREE:
        words = words[1:]
    return words[0].text if words else ""


#: a negative of degree (不太, 不怎么 "not very") is rendered "less …" as often as "not very …"
_DEGREE_NEG = frozenset("不太 不怎么 不大 不很 不那么 不算 不够 并不大 不怎".split())
_LESS = re.compile(r"\bless\b", re.IGNORECASE)
_NEG_INSIDE_CHARS = "不没未无勿非"
#: 无人接听 "no one answered": what is negated is the verb after the word
_SOMEONE = frozenset("人 谁 什么 事 一".split())
#: degree words between a negative and its adjective
_DEGREE = frozenset("太 很 怎么 算 够 大 那么 这么 是 很多 十分 太过".split())


def _antonym_rendered(pair: MPair, t) -> bool:
    """The negative and the word it negates are rendered by that word's
    opposite (不算贵 "affordable" or "cheap", 不长 "short", 不容易 "hard"):
    an opposite of one of the main senses of the negated word stands in the
    target sentence (WordNet's antonyms and CC-CEDICT's contrasts)."""
    from ...lexicon.antonyms import antonyms
    from ._opposites import pairs

    part = _negated_part(pair, t)
    cands = [part] if part else []
    lex = load()
    # WordNet's antonyms and CC-CEDICT's contrasts (as polarity.contrasts joins them)
    opposed = (antonyms(), pairs())
    said: frozenset[str] | None = None
    for c in cands:
        gloss = lex.gloss(c)
        wanted = {o for g in gloss[:2] for table in opposed for o in table.get(g, ())}
        if not wanted:
            continue
        if said is None:
            said = _said_keys(pair.tgt_text)
        # the word itself rendered ("will close its door … open wider"): its opposite is another word's
        if said.isdisjoint(gloss[:3]) and not wanted.isdisjoint(said):
            # ... as it is when the source says the opposite too (但不长，所以短 -> "long … short")
            own = {g for w in pair.src if w.start != t.start for g in lex.gloss(w.text)[:2]}
            if not (wanted & said) <= own:
                return True
    return False


_PREFIXED = re.compile(r"\b(un|in|im|il|ir|dis|non-?)([a-z]{4,})\b", re.IGNORECASE)
#: un- takes short stems too (unseen, unjust, unwed), but these words are no negatives
_UN_SHORT = re.compile(r"\bun(?!i|der|til|less)([a-z]{3,4})\b", re.IGNORECASE)
#: words that contain a negative character but do not negate
_LOOKALIKES = frozenset("""
不仅 不断 非常 无论 不少 不同 不过 不但 不管 不论 无数 不久 不时 不得不 未来 无人机 非洲 不仅仅 不只 不光 无论是 不料
不禁 毫不犹豫 无疑 无比 非凡 不错 不已 不停 不仅如此 无限 无线 无偿 不少于 未成年 未成年人 非遗 非物质 别人 别的
特别 分别 区别 级别 类别 别墅 个别 告别 差别 识别 莫斯科 未婚 未嫁 不单 不独 不单单
非中 中非 非盟
""".split())  # 非中关系 "Africa-China relations": 非 for 非洲 (fa22, a clean newstest2020 reference)
#: for the added direction: anything a translator may render with "not", "no" or "without"
#: 才 as in 直到…才 "not … until", 难 as in 难掩 "could not hide", 第一次 "never … before";
#: 慎 as in 介者慎拍 "don't buy it if you mind", 除外 "(… are not included)", 拿掉 "if X was not counted",
#: 零 as in 零基础 "with no foundation" (the word 零 alone: inside a word it is a digit)
_NEG_CHAR = re.compile(r"[不没未无非否莫勿别禁拒缺毫免难慎]|^才|除外|拿掉|^零$|第一次|首次|初次|只好|只得|私自|擅自|反之|除非|失败|失去|停止|阻止|防止|忽视|放弃|减缓|缓解"
                       # a rhetorical question's answer is "no": translators say it ("we don't need to"
                       # for 何必呢, "can do nothing" for 能干嘛)
                       r"|何必|何苦|何须|何需|岂|哪能|怎能|干嘛|干吗")


_LATIN = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=64)
def _said_keys(tgt_text: str) -> frozenset[str]:
    """The lemma keys of every word of a target sentence: asked for each
    negative of its source (a sentence with three asks three times)."""
    lex = load()
    return frozenset([k for w in _LATIN.findall(tgt_text) for k in _word_keys(lex, w)])


#: a word's lemma keys, worked out once per distinct word (as written): ``_said_keys`` reads
#: every word of each target sentence with a negative in its source, the same few thousand words
_word_keys = LexiconMemo(lambda lex, w: lex.lemma_keys(w.lower()), 100_000)


def _neither_nor_alike(text: str, rel: int) -> bool:
    """不A不B with A and B of one sense (不缓不慢 "neither slow nor slow"): a set
    phrase that translators render by its positive ("steady"), unlike 不吃不喝
    "did not eat or drink"."""
    for a in (rel, rel - 2):
        if a >= 0 and text[a:a + 1] == "不" and text[a + 2:a + 3] == "不" and a + 4 <= len(text):
            lex = load()
            x, y = lex.gloss(text[a + 1])[:3], lex.gloss(text[a + 3])[:3]
            if set(x) & set(y):
                return True
    return False


def _read_as_word(pair: MPair, t, rel: int) -> bool:
    """The negative is part of a word the translator read whole: a word the
    segmenter kept that CC-CEDICT glosses (没收 "confiscate"), or the negative
    and the characters after it that make one (不|择|手段 -> 不择手段 "by fair
    means or foul"). The word's first senses are not negative, and the target
    renders one of its senses: CC-CEDICT keeps 不知所措's "at one's wits' end"
    as "know", which a translation of the negation renders too, but never
    with a positive sense that is no gloss of what follows the negative."""
    text = pair.src_text
    if any(text[rel:rel + k] in _LOOKALIKES for k in (2, 3, 4)):
        return True  # 不|错 cut in two by the segmenter: still 不错 "good"
    lex = load()
    words = [text[rel:rel + k] for k in (4, 3, 2) if rel + k <= len(text) and k > len(t.text)]
    if t.text not in NEGATORS:
        words.append(t.text)
    for w in words:
        gloss = lex.gloss(w)
        if not gloss:
            continue
        if w in negated_words():
            return False  # 不怎么 "not very": CC-CEDICT's definition opens with the negative
        head = gloss[:3]
        if any("n't" in g or g == "cannot" for g in head) or target_negations(" ".join(head)):
            return False  # 不可能 "impossible", 没想到 "didn't expect"
        # a sense of what follows the negative (不好 "not good" glossed "good"): the negative dropped
        if set(head) & set(lex.gloss(w[1:])):
            return False
        keys = _said_keys(pair.tgt_text)
        stems = {k[:5] for k in keys if len(k) >= 5}
        return any(g in keys or len(g) >= 5 and g[:5] in stems for g in gloss)
    return False


def _stem_known(stem: str) -> bool:
    from ...lexicon.dictionary import hunspell_knows

    return hunspell_knows(stem.lower())


@lru_cache(maxsize=20_000)
def _prefix_negates(word: str, prefix: str, stem: str) -> bool:
    """in-, im- and dis- negate where WordNet makes the stem the word's
    antonym (incorrect/correct, impossible/possible, disagree/agree), not in
    inspire, increase, install, discover, display, whose stems are other
    words. un-, non-, il- and ir- negate wherever the stem is a word
    (irrationalism: WordNet lists irrational)."""
    if prefix.lower() not in ("in", "im", "dis"):
        return True
    from ...lexicon.antonyms import antonyms

    ants = antonyms()
    if not ants:
        return True  # without WordNet's data: the stem alone, as before
    lex = load()
    stems = set(lex.lemma_keys(stem.lower()))
    return any(not stems.isdisjoint(ants.get(k, ())) for k in lex.lemma_keys(word.lower()))


def target_negations(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Every word of the target that negates, broadly (``not``, ``failed``,
    ``unable``, ``uncooperative``, ``jobless``)."""
    out = [(offset + m.start(), offset + m.end()) for m in _EN_NEG.finditer(text)]
    seen = {a for a, _ in out}
    for m in _PREFIXED.finditer(text):
        if offset + m.start() in seen:
            continue
        stem = m.group(2)
        if _stem_known(stem) and len(stem) >= 5 and _prefix_negates(m.group(0), m.group(1), stem):
            out.append((offset + m.start(), offset + m.end()))
            seen.add(offset + m.start())
    for m in _UN_SHORT.finditer(text):
        if offset + m.start() not in seen and _stem_known(m.group(1)):
            out.append((offset + m.start(), offset + m.end()))
    return sorted(out)


#: words with a negative character that a translator never renders with a negative
_NEVER_NEG = frozenset("不断 非常 非洲 无人机 未来 别人 别的 特别 分别 区别 级别 类别 别墅 个别 告别 差别 识别 莫斯科 不仅 不但 不光 "
                       "不仅仅 不只 不过 无数 无比 无限 无线 非凡 不禁 不已".split())


def source_negative_words(pair: MPair) -> list:
    """Source words that may be rendered by an English negative: every word
    with a negative character (不少 "not uncommon", 不容易 "not easy",
    不得不 "has to"), and 私自, 反之, 失败…, but for the few that never are."""
    return [t for t in pair.src if t.text not in _NEVER_NEG and (_NEG_CHAR.search(t.text) or _negative_gloss(t.text))]


@lru_cache(maxsize=20_000)
def _negative_gloss(word: str) -> bool:
    """A word of two characters or more whose first CC-CEDICT senses are
    negative (鸡肋 "of little value", 陌生 "unfamiliar", 以免 "to avoid"):
    translators render it with "not" as often as with a word of its own."""
    if len(word) < 2:
        return False
    head = load().gloss(word)[:4]
    # "little" alone is as often "a little" (一些): only "of little value/use"
    return any(_GLOSS_NEG.fullmatch(g) or g == "little" and head[k + 1:k + 2] in (("value",), ("use",), ("worth",))
               for k, g in enumerate(head[:3]))


#: gloss words that deny: narrower than ``target_negations``, whose un-/in- words
#: include "increase" and "under"; no "-less" ("dauntless", "nevertheless"), "refuse"
#: (垃圾 "refuse") or "unusual" (特殊)
_GLOSS_NEG = re.compile(r"lack\w*|unable|avoid\w*|absen\w*|deny|ignor\w*|"
                        r"un(?:familiar|known|clear|necessary|certain|willing|aware|acceptable|able|suitable)|"
                        r"in(?:sufficient|adequate|appropriate|correct|valid|capable)")


def strict_negations(text: str, offset: int) -> list[tuple[int, int]]:
    found = list(_EN_STRICT.finditer(text))
    if not found:
        return []  # most sentences: the skip phrases need no scan
    skip = [m.span() for m in _EN_STRICT_SKIP.finditer(text)]
    out = []
    neither = False
    for m in found:
        if skip and any(a <= m.start() < b for a, b in skip):
            continue
        word = m.group(0).lower()
        if word == "nor" and neither:
            continue  # neither … nor is one negative (既不…也不 or 都不)
        neither = neither or word == "neither"
        out.append((offset + m.start(), offset + m.end()))
    return out


def _dangling_nor(tneg: list[tuple[int, int]], tgt: str, start: int) -> list[tuple[int, int]]:
    """Without the target negatives that only continue one: a "nor" inside
    a sentence with no negative before it ("It will open in art galleries,
    nor on the campus"; 既不…也不 with its "not" gone) says no negative of its
    own. One that opens the sentence ("Nor will it …") does."""
    if len(tneg) > 2 or not any(tgt[a:b].lower() == "nor" for a, b in tneg):
        return tneg
    out = []
    for k, (a, b) in enumerate(tneg):
        if tgt[a:b].lower() == "nor" and not k and tgt[start:a].strip(" \"'“‘(").strip():
            continue
        out.append((a, b))
    return out


def _rel(pos: int, start: int, end: int) -> float:
    return (pos - start) / max(end - start, 1)


def _farthest(cands, others, c_span, o_span):
    """The candidate whose relative place in its sentence is farthest from
    every one of ``others`` in theirs: the one most likely unmatched."""
    if not others:
        return cands[0]
    o_rel = [_rel(o, *o_span) for o in others]
    return max(cands, key=lambda c: min(abs(_rel(c[0], *c_span) - r) for r in o_rel))


def _lost(unit, options):
    if not usable(unit):
        return
    al = alignment(unit)
    seen = set()
    # each pair's negatives, read once for both passes below
    found: list[list] = []
    for p in meaning_pairs(unit):
        negs = source_negations(p, al)
        found.append(negs)
        if not negs:
            continue
        # any negative word of the target may render any source negative:
        # counting them (two source negatives, one target negative) doubled
        # the firings on MT output that raters found fine (不小心 "accidentally",
        # 没吃…也没喝 "didn't eat or drink")
        negs = [t for t in negs if not _before_negative_meaning(p, t, al) and not _clause_dropped(al, t)
                and not _said_another_way(al, t)]
        if not negs:
            continue
        tneg = _dangling_nor(target_negations(p.tgt_text, p.tgt_start), unit.target.text, p.tgt_start)
        if tneg and al is not None:
            tneg = [n for n in tneg if not _renders_other(al, n, negs)]
        if not tneg:
            t = _farthest([(t.start, t.end) for t in negs], [a for a, _ in tneg],
                          (p.src_start, p.src_end), (p.tgt_start, p.tgt_end))
            seen.add(t)
            yield Finding(t[0], t[1], side="source", related=("target", *_around(al, t, p)))
    # word by word on the lexical alignment, where the pair negates
    # elsewhere: the word a negative governs is rendered, and no negative
    # stands in the target clause of its rendering (没能找到 ->
    # "it took them hours to find": "find" with nothing negative before it)
    if al is None:
        return
    tgt = unit.target.text
    for k, p in enumerate(meaning_pairs(unit)):
        if _NEG_INSIDE.search(p.src_text):
            double = [(p.src_start + m.start(), p.src_start + m.end()) for m in _DOUBLE.finditer(p.src_text)]
            yield from _compounds(al, tgt, p, seen, double)
        negs = found[k]
        if not negs:
            continue
        for t in negs:
            if (t.start, t.end) in seen or t.text not in _WORD_LEVEL and t.text in NEGATORS:
                continue  # 非, 无… before a word are as often rendered by a word of their own
            idx = al.source_index(t.start, t.end)
            if idx is None:
                continue
            if t.text not in NEGATORS and not t.text.startswith(_NEG_PREFIXES):
                # 不长, 跟不上: the word itself, where it is linked through what its negative negates
                part = _negated_part(p, t)
                # the part said once in the sentence: 非法 -> "laws" is 反歧视法's word
                gov = al.source[idx] if p.src_text.count(part) == 1 and _linked_by_part(al, al.source[idx], part) \
                    else None
            else:
                gov = _governed(al, idx)
                if gov is None and t.text in _WORD_LEVEL and not _before_negative_meaning(p, t, al):
                    gap = _unrendered_verb_gap(al, tgt, idx)
                    if gap is not None:
                        seen.add((t.start, t.end))
                        yield Finding(t.start, t.end, side="source", related=("target", *gap))
                        continue
            if gov is None or not _in_place(al, gov) or _before_negative_meaning(p, t, al):
                continue  # 从不气馁 "never gave up": "discouragement" may render 挫折 nearby
            if t.text in _STRICT and (not _dictionary_link(al, gov) or _complement(al, idx)
                                      or not (_sole(al, p, gov) or _each_negated(p, gov, negs))):
                # a link by stem or by one character (正确 -> "corresponding") is too loose to
                # say where 不's verb went; 打不垮、冲不散 share one "cannot" in English
                continue
            lo, hi = _target_clause(al, tgt, gov)
            if not _unexplained_negations(al, tgt, lo, hi, gov):
                if t.text in _STRICT and _listed(al, idx) and target_negations(tgt[p.tgt_start:lo], p.tgt_start):
                    continue  # 不输出问题，不转嫁矛盾 -> "never makes trouble, transfers contradictions"
                seen.add((t.start, t.end))
                yield Finding(t.start, t.end, side="source", related=("target", lo, hi))


#: what a word means when a negative before it makes the pair positive (不敢怠慢 "took good care",
#: 绝不手软 "acted decisively", 不能闲 "had to keep busy"): first glosses of the word after the negative
_NEG_MEANING = frozenset("""
neglect slight slack idle lenient relent relax slacken hesitate waste delay forget ignore overlook disregard
abandon renounce stop cease halt quit discourage waver careless sloppy vague perfunctory inferior concede
interrupt disconnect lose fail lack miss absent cower retreat yield surrender lazy remiss
""".split())


def _clause_dropped(al, t) -> bool:
    """Most of the negative's clause is not rendered (不需要先在国内大学入学注册
    left out whole): an omission, which accuracy.omission reports, not a
    reversal."""
    if al is None:
        return False
    idx = al.source_index(t.start, t.end)
    if idx is None:
        return False
    c = al.clauses[al.source[idx].clause]
    words = [al.source[i] for i in range(c.first, c.last) if al.source[i].content]
    # most of it, as a dropped clause's words may still link to a look-alike elsewhere (大学 -> "College"
    # of "National College Entrance Examination")
    if len(words) < 4 or 2 * sum(bool(w.links) for w in words) >= len(words):
        return False
    # ... and the words right after it, what it negates, are not rendered (没能体会 -> "be able to enjoy")
    return not any(v.links for v in al.source[idx + 1:min(idx + 3, c.last)])


def _said_another_way(al, t) -> bool:
    """The verb or adjective right after a bare 不 is not rendered while
    other words of its clause are: the translator said 不 + word as one
    positive word (不流失 -> "keep", 不懂的问 -> "if you have any question",
    不善于下厨的 -> "new hands"). A dropped "not" leaves the negated word
    rendered, which is what this pass looks for; a negated word left out
    with its negative is accuracy.omission's. Only bare 不: after 没能,
    尚未, 非 the alignment misses the rendered verb too often (on dev,
    taking them cost 7 of 47 seeded lost negatives)."""
    if al is None:
        return False
    idx = al.source_index(t.start, t.end)
    if idx is None:
        return False
    w = al.source[idx]
    if w.text != "不":
        return False
    k = idx + 1
    if k >= len(al.source) or al.source[k].clause != w.clause or al.source[k].start != w.end \
            or not al.source[k].content or al.source[k].pos[:1] not in ("v", "a") or al.source[k].links:
        return False
    after = al.source[k + 1] if k + 1 < len(al.source) else None
    if len(al.source[k].text) == 1 and after is not None and after.clause == w.clause and after.links \
            and after.pos[:1] in ("v", "a"):
        return False  # 不应视为 -> "should be viewed": a modal left unlinked before the rendered verb
    c = al.clauses[w.clause]
    return any(al.source[i].links for i in range(c.first, c.last) if al.source[i].content and i != k)


def _before_negative_meaning(p: MPair, t, al=None) -> bool:
    """The negative stands before a word that itself denies or gives up: the
    pair says something positive, which translators render without a negative."""
    k = next((n for n, w in enumerate(p.src) if w.start == t.start), None)
    if k is None or k + 1 >= len(p.src):
        return False
    lex = load()
    gloss = lex.gloss(p.src[k + 1].text)
    if not _NEG_MEANING.intersection(gloss[:2]):
        return False
    # ... unless the target says that word as the dictionary does (无法熄灭 -> "can extinguish",
    # 不想失去 -> "want to lose"): then only a negative before it keeps the sense. With the
    # alignment, what renders that word; without it, its main senses anywhere in the sentence
    nxt = p.src[k + 1]
    idx = al.source_index(nxt.start, nxt.end) if al is not None else None
    if idx is not None:
        w = al.source[idx]
        said = {key for j in w.links for key in lex.lemma_keys(al.target[j].text.lower())} \
            if w.how == "lexicon" else set()
        return said.isdisjoint(gloss)
    return _said_keys(p.tgt_text).isdisjoint(gloss[:3])


def _compounds(al, tgt: str, p: MPair, seen: set, double=()):
    """Words that hold their negative inside (意想不到 "unexpected", 毫不掩饰 "made
    no secret of") linked through their positive part alone (意想 -> "expected",
    掩饰 -> "concealed"), with no negative in the target clause of that rendering."""
    for t in p.src:
        if not _NEG_INSIDE.search(t.text) or t.text in NEGATORS or t.text in _LOOKALIKES or t.text in _NEVER_NEG \
                or (t.start, t.end) in seen or any(a <= t.start < b for a, b in double):
            continue
        idx = al.source_index(t.start, t.end)
        if idx is None:
            continue
        w = al.source[idx]
        if w.how != "part" or not w.links or not _negative_word(al, w) or not _in_place(al, w) or not _sole(al, p, w) \
                or _glossed_elsewhere(al, p, w):
            continue
        lo, hi = _target_clause(al, tgt, w)
        # the negative of such a word stands next to its rendering ("unexpected", "did
        # not expect", "could not have been expected"), not anywhere in the clause
        first = min(w.links, key=lambda j: al.target[j].start)
        before = [j for j in al.pair_target_words(al.target[first].pair) if al.target[j].start < al.target[first].start]
        if len(before) >= 4 and load().gloss(w.text):  # unglossed 不换: "no product can be exchanged"
            lo = max(lo, al.target[before[-4]].start)
        if not _unexplained_negations(al, tgt, lo, hi, w):
            seen.add((t.start, t.end))
            yield Finding(t.start, t.end, side="source", related=("target", lo, hi))


def _glossed_elsewhere(al, p: MPair, w) -> bool:
    """A target word linked to part of ``w`` that another source word of the
    sentence glosses: 缓解 … 交通不畅 -> "ease the pressure of poor traffic",
    where "ease" is 缓解's, not 畅's."""
    lex = load()
    keys = {k for j in w.links for k in lex.lemma_keys(al.target[j].text.lower())}
    return any(t.start != w.start and keys.intersection(lex.gloss(t.text)) for t in p.src)


_NEG_INSIDE = re.compile(r"[不没未无]")
#: characters that negate whatever word holds them (不同, 非法, 无法): a target negative linked to such a
#: word may still stand for another negative of the sentence
_NEGATOR_CHAR = re.compile(r"[不没未无非勿莫毋]")
_NEG_GLOSS = re.compile(r"(?:un|in|im|ir|il|dis|non)([a-z]{4,})|([a-z]{3,})less")
_NEG_AUX = frozenset("can't cannot didn't won't unable".split())
#: a negative at the head of a word the dictionary does not gloss (毫不掩饰, 从不放弃, 不忘), whose
#: rest it does
_NEG_HEAD = ("毫不", "从不", "从未", "绝不", "决不", "永不", "并不", "并未", "从没", "毫无", "不", "没", "未", "无")


def _negative_word(al, w) -> bool:
    """The dictionary's first sense of the word is a negative (意想不到
    "unexpected", 找不到 "can't find") and the target word linked to it is
    what that negative denies ("expected", "find"); not 看不起 "look down on",
    nor 行动不便 "unable to move" rendered "limited mobility". Unglossed words
    that begin with a negative adverb (毫不掩饰) count as well."""
    lex = load()
    gloss = lex.gloss(w.text)
    if not gloss:
        head = next((h for h in _NEG_HEAD if w.text.startswith(h)), "")
        if not head or len(w.text) == len(head):
            return False
        rest = lex.gloss(w.text[len(head):])
        # 不忘 -> 忘 "forget"; a single character only by its first sense (不畅: 畅 "free", not "ease")
        wanted = set(rest[:1] if len(w.text) - len(head) == 1 else rest)
    else:
        m = _NEG_GLOSS.fullmatch(gloss[0])
        if m:
            positive = m.group(1) or m.group(2)
        elif gloss[0] in _NEG_AUX and len(gloss) > 1:
            positive = gloss[1]
        else:
            return False
        wanted = set(lex.lemma_keys(positive))
    return any(wanted & set(lex.lemma_keys(al.target[j].text.lower())) for j in w.links)


def _renders_other(al, span: tuple[int, int], negs) -> bool:
    """A broad target negative that is the dictionary rendering of a source word
    other than the negatives: ``increasing`` for 增大, ``immigrant`` for 移民,
    ``free`` for 免费, ``unnecessary`` for 不必要 says nothing of 尚未 or 不会."""
    words = al.target_words(*span)
    if not words:
        return False
    own = {(t.start, t.end) for t in negs}
    lex = load()
    for j in words:
        tw = al.target[j]
        if not tw.links:
            return False
        # the word as written, not a lemma with its prefix taken off (non-paper -> paper)
        keys = set(lex.lemma_keys(tw.text.lower()))
        for i in tw.links:
            sw = al.source[i]
            prev = al.source[i - 1] if i else None
            if prev is not None and (prev.start, prev.end) in own and (sw.start, sw.end) not in own \
                    and sw.how == "lexicon" and not _NEGATOR_CHAR.search(sw.text) and keys & set(lex.gloss(sw.text)[:3]):
                # the word our negative governs, one whose own sense denies, said as the dictionary says it
                # (从不缺席 -> "absent", 不该否定 -> "denied"): that word, with the negative before it lost
                continue
            if _NEG_CHAR.search(sw.text):
                return False  # 不同 "different", 非法 "illegal": a negative that may stand for ours
            if (sw.start, sw.end) in own or prev is not None and (prev.start, prev.end) in own:
                return False  # 不特定 -> "non-specific": the negative and its word in one
            if not keys & set(lex.gloss(sw.text)) and not (sw.how == "part" and any(
                    keys & set(lex.gloss(c)) for c in sw.text)):  # 增大 -> "increasing" by 增
                return False
    return True


def _linked_by_part(al, w, part: str) -> bool:
    """A word with a negative inside (不长) is linked through the part its
    negative negates (长 -> "long"), by that part's main senses."""
    if not w.links or w.how != "part" or not part or part not in w.text:
        return False
    lex = load()
    keys = {k for j in w.links for k in lex.lemma_keys(al.target[j].text.lower())}
    return not keys.isdisjoint(lex.gloss(part)[:3])


def _dictionary_link(al, w) -> bool:
    """The alignment links ``w`` by the dictionary: as a whole word, or
    through one of its characters when that character's main sense is the
    target word (不必常换 -> "changed" by 换 "change"); not by a stem or a
    minor sense of one character (正确 -> "corresponding", 稳定 -> "make")."""
    if w.how == "lexicon":
        return True
    lex = load()
    if w.how == "stem":
        # a derived form of a main sense (骚扰 -> "harassment"), not a stem shared by chance
        heads = [g for g in lex.gloss(w.text)[:4] if len(g) >= 4]
        return any(al.target[j].text.lower().startswith(g) for j in w.links for g in heads)
    if w.how != "part" or len(w.text) < 2:
        return False
    keys = {k for j in w.links for k in lex.lemma_keys(al.target[j].text.lower())}
    return any(keys.intersection(lex.gloss(c)[:1]) for c in w.text)


def _sole(al, p: MPair, w) -> bool:
    """The word has two characters or more and is said once in its sentence:
    a one-character verb has many senses (不走帝国主义老路: 走 linked to the
    "walk" of a later 走出), and 适合 … 不一定适合 … 适合 links to any of
    three "suit"s."""
    return len(w.text) > 1 and sum(t.text == w.text for t in p.src) == 1


def _each_negated(p: MPair, w, negs) -> bool:
    """A word of two characters or more said more than once, each time right
    after a negative (不用担心…也不用担心): whichever mention the alignment
    linked, the negative belongs before its rendering."""
    if len(w.text) < 2:
        return False
    ends = {t.end for t in negs}
    mentions = [k for k, t in enumerate(p.src) if t.text == w.text]
    return len(mentions) > 1 and all(k and p.src[k - 1].end in ends for k in mentions)


def _listed(al, idx: int) -> bool:
    """The negative opens a clause that follows another clause of the same
    sentence with a negative: a list that English negates once."""
    w = al.source[idx]
    k = idx - 1
    while k >= 0 and al.source[k].clause == w.clause:
        if al.source[k].kind != "punct":
            return False  # not the clause's first word
        k -= 1
    while k >= 0 and al.source[k].clause == w.clause - 1 and al.source[k].pair == w.pair:
        k -= 1
    return any(al.source[i].text in NEGATORS for i in range(k + 1, idx))


def _complement(al, idx: int) -> bool:
    """不 between a one-character verb and its result (打不垮 "cannot be defeated")."""
    return 0 < idx < len(al.source) - 1 and len(al.source[idx - 1].text) == 1 \
        and al.source[idx - 1].pos[:1] == "v" and al.source[idx - 1].end == al.source[idx].start


def _around(al, span: tuple[int, int], p: MPair) -> tuple[int, int]:
    """Where the translation would say the negative: between the renderings
    of the source words around it, else the whole target sentence."""
    if al is not None:
        idx = al.source_index(*span)
        if idx is not None:
            return target_around(al, idx, idx + 1, al.source[idx].pair)
    return p.tgt_start, p.tgt_end


def _governed(al, idx: int):
    """The source word a negative governs, when the alignment renders it: the
    negative word itself when it is a compound (没想到, 毫不掩饰), else the
    verb or adjective right after it, or after one adverb or auxiliary
    (不会增加, 没有完成, 并不意味着)."""
    w = al.source[idx]
    if w.text not in NEGATORS:
        return w if w.links and w.content else None
    reach = idx + 4
    k = 0
    for v in al.source[idx + 1:idx + 9]:
        if k + idx + 1 >= reach or v.pair != w.pair or v.kind == "punct":
            return None
        if v.links and v.content and (v.pos[:1] in ("v", "a") or k == 0 and v.pos in ("n", "vn")
                                      and v.how == "lexicon" and w.text not in _HAVE_NO):
            return v  # 从未降级: the segmenter tags a verb after 未 as a noun
        if v.pos == "p" and v.kind == "function" and reach == idx + 4:
            reach = idx + k + 7  # 未按政府要求佩戴: the verb comes after the preposition's object
        elif not (v.pos[:1] in ("d", "v", "p", "c") and (v.kind in ("soft", "function") or k == 0 and v.pos[:1] == "d")
                  # 没有主动挑起: a manner word the segmenter tags as a distinguishing word (b)
                  or k == 0 and v.pos == "b"
                  or reach > idx + 4 and v.pos[:1] in ("n", "r", "m", "u", "f", "q")):
            return None
        k += 1
    return None


#: target words before the rendering of the word before a negative where English may put it
#: ("I don't think he will come" for 我认为他不会来), and the widest gap between the renderings
#: of the words around it
_GAP_BEFORE = 3
_GAP_MAX = 6


def _unrendered_verb_gap(al, tgt: str, idx: int) -> tuple[int, int] | None:
    """The verb a negative governs is not rendered (不会制造不必要的贸易壁垒 ->
    "will create unnecessary trade barriers": 制造 unlinked), but the words
    around the negative are, by the dictionary, each said once, in order and
    close together in the target: the negative belongs between their
    renderings (or just before the first). The span between them when no
    negative stands there."""
    w = al.source[idx]
    nxt = al.source[idx + 1] if idx + 1 < len(al.source) else None
    if nxt is None or nxt.pair != w.pair or nxt.clause != w.clause or nxt.links or not (
            nxt.content and nxt.pos[:1] in ("v", "a") or nxt.content and nxt.pos in ("n", "vn")  # 并不|代表/n
            or nxt.pos == "p"):  # 不|按|交通信号灯|通行: the verb after the preposition's object
        return None
    before = next((k for k in range(idx - 1, max(idx - 5, -1), -1) if al.source[k].pair == w.pair
                   and al.source[k].links and al.source[k].content and al.source[k].how == "lexicon"), None)
    after = next((k for k in range(idx + 2, min(idx + 6, len(al.source))) if al.source[k].clause == w.clause
                  and al.source[k].links and al.source[k].content and al.source[k].how == "lexicon"), None)
    if before is None or after is None:
        return None
    if any(al.source[k].text in ("的", "之") for k in range(idx + 1, after)):
        return None  # 没有携带的客人 -> "customers who do not have one": English puts the clause after
    words = [al.source[k].text for k in al.pair_source_words(w.pair)]
    if words.count(al.source[before].text) != 1 or words.count(al.source[after].text) != 1:
        return None  # a word said twice may be linked to the other mention (从不签发…签证 … 国家)
    b_last, a_first = max(al.source[before].links), min(al.source[after].links)
    if al.target[b_last].pair != w.pair or al.target[a_first].pair != w.pair or not b_last < a_first \
            or a_first - b_last - 1 > _GAP_MAX:
        return None
    lo = al.target[max(b_last - _GAP_BEFORE, al.target_ranges[w.pair][0])].start
    if target_negations(tgt[lo:al.target[a_first].start], lo):
        return None
    return al.target[b_last].start, al.target[a_first].end


def _in_place(al, w) -> bool:
    """The rendering stands about where the source word does in its
    sentence: in a long segment a word said twice (满足 … 不能满足) may be
    linked to the wrong one."""
    pr = al.pairs[w.pair]
    first = min(w.links, key=lambda j: al.target[j].start)
    s_rel = _rel(w.start, pr.src_start, pr.src_end)
    t_rel = _rel(al.target[first].start, pr.tgt_start, pr.tgt_end)
    return abs(s_rel - t_rel) <= 0.3


def _negated_form(t, gov) -> bool:
    """The target word renders ``gov`` with a negative prefix (非意外 ->
    "non-accidental"), not as one of its glosses (增加 -> "increase")."""
    lex = load()
    # the word as written: its lemma may have lost the prefix (non-standard -> standard)
    keys = set(lex.lemma_keys(t.text.lower()))
    if keys & set(lex.gloss(gov.text)):
        return False
    # linked through one of its characters (落课 -> "miss" by 落)
    return not (gov.how == "part" and any(keys & set(lex.gloss(c)[:3]) for c in gov.text))


def _target_clause(al, tgt: str, gov) -> tuple[int, int]:
    """Where the negative of ``gov`` must stand in the target: from the
    start of the clause (after , ; :) of the first word that renders it to
    two words after that word. English puts the negative before its verb
    (``did not wear``, ``has never missed``); a negative further on belongs
    to another verb (``mean that there is no connection``)."""
    first = min(gov.links, key=lambda j: al.target[j].start)
    lo, end = al.pair_target(al.target[first].pair)
    hi = al.target[first].end
    mark = max(tgt.rfind(c, lo, al.target[first].start) for c in ",;:")
    if mark >= 0:
        lo = mark + 1
    nxt = [i for i in (tgt.find(c, hi, end) for c in ",;:") if i >= 0]
    end = min(nxt, default=end)
    after = [al.target[j].end for j in al.pair_target_words(al.target[first].pair) if hi < al.target[j].end <= end]
    return lo, after[1] if len(after) > 1 else after[0] if after else end


def _unexplained_negations(al, tgt: str, lo: int, hi: int, gov) -> list[tuple[int, int]]:
    """Negative words of the target span that do not render another source
    word (``illegal`` for 违法 says nothing of 未解决); one that renders the
    governed word itself is its negation (非意外 "non-accidental")."""
    out = []
    for a, b in target_negations(tgt[lo:hi], lo):
        words = al.target_words(a, b)
        if words and all(al.target[j].links and not any(_negative_link(al, al.target[j], al.source[i], gov)
                                                        for i in al.target[j].links) for j in words):
            continue
        if tgt[a:b].lower() in _PLACE_WORDS:
            continue  # "Under the backdrop where …": a place, not a negative of the verb
        out.append((a, b))
    return out


#: broad target negatives that say where, not whether ("before" stays: 还没走进 "before he walked in")
_PLACE_WORDS = frozenset("under below beyond".split())


def _negative_link(al, tw, sw, gov) -> bool:
    """The target word ``tw``, linked to source word ``sw``, may say the
    negative: ``sw`` has a negative of its own (违法 "illegal"), or ``sw`` is
    the governed word rendered with a negative prefix (非意外 "non-accidental");
    not when it renders the governed word as its dictionary says (不该否定
    "denied", 从不落课 "miss class"): that is the verb, not its negation."""
    if sw is gov:
        # a word that holds its own negative (没什么 "nothing", 非法 "unlawful") says it in its rendering
        return gov.text.startswith(_NEG_PREFIXES) or bool(_NEG_INSIDE_ANY.search(gov.text)) \
            or _negated_form(tw, gov)
    return bool(_NEG_CHAR.search(sw.text))


def _added(unit, options):
    if not usable(unit):
        return
    al = None
    for p in meaning_pairs(unit):
        found = strict_negations(p.tgt_text, p.tgt_start)
        if found and _NOT_ONLY.search(p.tgt_text) and _ONLY_SRC.search(p.src_text):
            # 不仅没有…，反而 -> "not only is it not helpful, it …": the source's own "not only"
            found = [(a, b) for a, b in found if not _NOT_ONLY.match(unit.target.text, a)]
        if not found:
            continue
        sneg = every = source_negative_words(p)
        if len(found) <= len(sneg) and sneg:
            if al is None:
                al = alignment(unit) or False
            if al:
                spent = [_spent(al, t) for t in sneg]
                left = [t for t, x in zip(sneg, spent) if x is not True]
                sneg = [t for t, x in zip(sneg, spent) if not x]
                if len(found) <= len(left) and len(found) > len(sneg):
                    # spent by a positive rendering ("challenge" for 困难) only: a "not" before nothing
                    # rendered ("wasn't surprised" for 一切仍然在掌握之中) is a free translation
                    found = [f for f in found if _before_rendered(al, *f)]
        if len(found) > len(sneg) and found:
            yield Finding(*_farthest(found, [t.start for t in sneg], (p.tgt_start, p.tgt_end),
                                     (p.src_start, p.src_end)))
        elif al:
            # the count allows the negative, but the word it negates renders a source clause with no
            # negative at all ("Other doctors did not share" for 其他医生也分享了, beside a 不 elsewhere)
            for a, b in found:
                if _negates_plain_clause(al, p, a, b, every):
                    yield Finding(a, b)
                    break


def _negates_plain_clause(al, p: MPair, a: int, b: int, sneg) -> bool:
    """The target's ``not``, ``n't`` or ``never`` at [a, b) stands before a
    content word (within three words) that the dictionary links to a source
    verb, adjective or adverb said once in its sentence, in place, whose source
    clause holds no word that may be rendered by a negative. Pronouns
    (``nothing``, ``nobody``) and ``no`` before a noun are left to the count:
    they negate a thing, which a translator may say from any clause
    (没有了，谢谢 "Nothing else, thanks")."""
    if not _VERB_NEG.fullmatch(al.target_text, a, b):
        return False
    first = al.target_words(a, b)
    if not first:
        return False
    words = al.target_words(b, al.pair_target(al.target[first[0]].pair)[1])
    skipped = False
    for j in words[:3]:
        tw = al.target[j]
        if not tw.content:
            continue
        if skipped and _CLAUSE_MARK.search(al.target_text, b, tw.start):
            return False  # "if there is really not, please return": the negative ends its clause
        if not tw.links:
            skipped = True  # "not an indispensable force": a word the alignment left alone
            continue
        # one word rendering two (take … steps for 采取步骤): one of them must be the plain verb
        sw = next((al.source[i] for i in tw.links if _plain_word(al, al.source[i], b)), None)
        if sw is None:
            return False
        # ... nor does any word around the negative render a clause that has one ("the buyer does
        # not to buy" for 买方不想买: "buy" linked to the 买卖 of another clause)
        lo, hi = max(first[0] - 4, al.target_ranges[tw.pair][0]), min(j + 4, al.target_ranges[tw.pair][1])
        clauses = {sw.clause} | {al.source[i].clause for k in range(lo, hi) for i in al.target[k].links}
        spans = [(al.clauses[c].src_start, al.clauses[c].src_end) for c in clauses]
        return not any(x <= t.start < y for t in sneg for x, y in spans)
    return False


def _plain_word(al, sw, b: int) -> bool:
    """A source verb, adjective or adverb (or a noun after "is not") linked
    by the dictionary, in place and said once in its sentence."""
    return (_dictionary_link(al, sw) or sw.how == "derived") \
        and (sw.pos[:1] in ("v", "a", "d", "b") or sw.how == "lexicon" and sw.pos[:1] == "n"
             and _copula_before(al.target_text, b)) \
        and _in_place(al, sw) and sum(al.source[i].text == sw.text for i in al.pair_source_words(sw.pair)) == 1


def _copula_before(text: str, b: int) -> bool:
    """"is not" ends at ``b`` (read in a window: a search from the text's start is quadratic)."""
    lo = max(0, b - 20)
    m = _COPULA_NOT.search(text[lo:b])
    return m is not None and (m.start() > 0 or lo == 0)


_VERB_NEG = re.compile(r"not|never|cannot|\w*n['’‘`]t", re.IGNORECASE)
#: "is not": what follows is a predicate, a noun as often as an adjective ("are not the key")
_COPULA_NOT = re.compile(r"\b(?:is|are|was|were|be|been)\s+not\Z", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:.!?，；：。！？()“”\"]")


_NOT_ONLY = re.compile(r"not\s+(?:only|just|merely)\b", re.IGNORECASE)
#: the source's "not only" (不仅, 不但, 不光, 不只, 不单, 非但): look-alikes that are no negatives
_ONLY_SRC = re.compile(r"[不非](?:仅|但|光|只|单)")


_NEAR_NEG = re.compile(r"\b(?:not?|cannot|never|none|nothing|without|neither|nor)\b|n['’‘`]t\b", re.IGNORECASE)


def _spent(al, t) -> bool | int:
    """A source word that holds a negative inside a meaning of its own is
    rendered by a negative word of its own with no explicit negative beside it
    (非法 "illegal", 无理 "irrational", 非必要 "non-essential", 阻止 "prohibit"):
    it cannot stand for a ``not`` elsewhere in the sentence. Negatives proper
    (没, 不会, 未能) are left to count: their links are loose."""
    if t.text in NEGATORS or t.text.startswith(_NEG_PREFIXES):
        return False
    idx = al.source_index(t.start, t.end)
    if idx is None or not al.source[idx].links:
        return False
    tgt = al.target_text
    for j in al.source[idx].links:
        w = al.target[j]
        if _NEAR_NEG.search(tgt, max(w.start - 12, 0), w.end):
            return False  # "no doubt" for 毫无疑问: its own negative, even one the count skips
    # where its rendering is a negative word itself: "first time" for 第一次, or "hurry" for
    # 迫不及待 (a link to 慌忙's word) leave the count as it was
    if any(target_negations(tgt[al.target[j].start:al.target[j].end], al.target[j].start)
           for j in al.source[idx].links):
        return True
    # ... or where a word whose main sense is no negation (灾难 "disaster", 难度 "difficulty", 无症状
    # "asymptomatic", 不可或缺 "indispensable") is rendered by one of its main senses, as the dictionary
    # links it: a "not" elsewhere is not its rendering
    return _POSITIVE if _rendered_positive(al, al.source[idx]) else False


#: what ``_spent`` says of a word rendered by its positive main sense: spent, where the extra
#: negative negates a rendered word (``_before_rendered``)
_POSITIVE = 1


def _before_rendered(al, a: int, b: int) -> bool:
    """The first content word within three words after the negative at
    [a, b) renders a source word: the negative denies something the source
    says ("are not an indispensable force")."""
    first = al.target_words(a, b)
    if not first:
        return False
    lo, hi = al.target_ranges[al.target[first[-1]].pair]
    for j in range(first[-1] + 1, min(first[-1] + 4, hi)):
        tw = al.target[j]
        if tw.content:
            return bool(tw.links)
    return False


def _rendered_positive(al, w) -> bool:
    if w.how != "lexicon" or w.text in negated_words() or _NEG_HEAD_TEXT.match(w.text):
        return False
    lex = load()
    gloss = lex.gloss(w.text)[:4]
    return bool(gloss) and any(set(lex.lemma_keys(al.target[j].text.lower())).intersection(gloss) for j in w.links)


#: words that open with a negative adverb (毫不, 从不…): a negative in their own right
_NEG_HEAD_TEXT = re.compile(r"毫不|毫无|从不|从未|绝不|决不|永不|并不|并未|从没")


LOST = custom(
    "accuracy.negation.lost",
    _lost,
    category="accuracy/mistranslation",
    severity="neutral",
    requires=REQUIRES,
    langs=EN,
    message="The source negates here (“{found}”) but its translation says nothing negative: the meaning may be reversed.",
    description="A negative of the source (不, 没有, 未, 无法…) with no negative anywhere in the aligned target sentence, "
    "or none before the target word that renders the verb it governs (where that verb is unrendered, none between "
    "the renderings of the words around the negative).",
    examples=[
        bad("The company has completed the project.", source="公司⟦尚未⟧完成该项目。"),
        bad("He attended the meeting.", source="他⟦没有⟧参加会议。"),
        bad("The two sides reached an agreement.", source="双方⟦未能⟧达成协议。"),
        good("The company has not completed the project yet.", source="公司尚未完成该项目。"),
        good("He failed to attend the meeting.", source="他没有参加会议。"),
        good("We must not only strengthen cooperation but also expand trade.", source="我们不仅要加强合作，还要扩大贸易。"),
        good("Exports grew steadily.", source="出口不断增长。"),
        good("It is very important.", source="这非常重要。"),
        good("We had to give up.", source="我们不得不放弃。"),
        good("Is it true?", source="是不是真的？"),
        good("Hometowns are the key to moderate prosperity.", source="小康不小康，关键看老乡。"),
        bad("But it took them hours to find the key.", source="但他们花了几个小时的时间，也⟦没能⟧找到钥匙。"),
        bad("They did not sleep, and they found the key.", source="他们没有睡觉，也⟦没能⟧找到钥匙。"),
        good("They did not sleep, and they could not find the key.", source="他们没有睡觉，也没能找到钥匙。"),
        good("Fewer than 10 people attended.", source="参加的人不到10人。"),
        good("Apprentices aged 16 to 18 sign a four-party agreement.", source="年满16周岁未达到18周岁的学徒须签订四方协议。"),
        good("The drone took off.", source="无人机起飞了。"),
        good("The difficulties are unprecedented.", source="困难前所未有。"),
        good("The plan was unable to be carried out.", source="计划无法实施。"),
        good("Smoking is banned in public places.", source="公共场所不准吸烟。"),
        bad("The new material will increase the weight of the aircraft, and it is cheap.",
            source="这种新材料⟦不会⟧增加飞机的重量，而且价格便宜。"),
        good("The new material will not increase the weight of the aircraft, and it is cheap.",
             source="这种新材料不会增加飞机的重量，而且价格便宜。"),
        bad("The problem has been fundamentally resolved, and illegal collection of data still exists.",
            source="问题还⟦未⟧根本解决，违法收集个人信息的现象仍然存在。"),
        good("The rules limit each bus to a maximum of 20 passengers.", source="规定每辆公交车的乘客最多不能超过20人。"),
        bad("It is clear how the epidemic will develop.", source="目前尚⟦不⟧清楚疫情将如何发展。"),
        good("It is not clear how the epidemic will develop.", source="目前尚不清楚疫情将如何发展。"),
        bad("This result was expected.", source="这个结果让人⟦意想不到⟧。"),
        good("This result was unexpected.", source="这个结果让人意想不到。"),
        bad("She concealed her appreciation for the young people.", source="她⟦毫不掩饰⟧对年轻人的欣赏。"),
        good("She made no secret of her appreciation for the young people.", source="她毫不掩饰对年轻人的欣赏。"),
        bad("Teachers and students wore masks as required by the government.", source="老师和学生均⟦未⟧按政府要求佩戴口罩。"),
        bad("Kindergartens in Yinchuan have reopened, and the financial pressure on private kindergartens is increasing.",
            source="宁夏银川市幼儿园⟦尚未⟧复园，民办幼儿园资金压力增大。"),
        good("Kindergartens in Yinchuan have not reopened, and the financial pressure on private kindergartens is "
             "increasing.", source="宁夏银川市幼儿园尚未复园，民办幼儿园资金压力增大。"),
        good("It is a spiritual wealth that cannot be defeated, washed away or taken away.",
             source="这是打不垮、冲不散、抢不走的精神财富。"),
        good("China never exports problems, transfers contradictions.", source="中国不输出问题，不转嫁矛盾。"),
        good("He came across discouragement again and again, yet he kept going.", source="他一次次遭受挫折，却从不气馁。"),
        good("He served them carefully.", source="他精心伺候不敢怠慢。"),
        good("He soon helped clean the floor in a barbershop.", source="没过多久他就在理发店帮忙打扫地板。"),
        good("To ease the pressure of poor traffic, the station will open new parking lots.",
             source="为缓解交通不畅的压力，广州南站将启用新停车场。"),
        good("Ovulation may make you emotionally unstable.", source="排卵期情绪不稳定。"),
        good("My child said it worked fine.", source="小孩说可以使用没问题。"),
        good("Offenders may be sentenced to death with confiscation of property.", source="情节特别严重的，可至死刑，并处没收财产。"),
        good("Some brands promote their products by all means.", source="一部分品牌为了推广自己的产品，不择手段。"),
        good("I can only be satisfied! Even the delivery fee is 20 yuan.", source="不满意也不行啦！运费都要20元"),
        good("Profits range from 30 to 80 yuan a can.", source="从一听里面抽成30元到80元不等的利润。"),
        good("The food tastes good.", source="菜的口感不错。"),
        good("Why didn‘t he call the police?", source="为啥不报警？"),
        good("He thought it was the vibration; however, his father still felt numb after it was turned off.",
             source="他以为是振动功能引起的，没想到关了振动功能，父亲还是感觉到脚底麻麻的。"),
        bad("I expected him to come.", source="我⟦没想到⟧他会来。"),
        good("The watch keeps a steady pace.", source="腕表永远是那样持续着不缓不慢的步伐。"),
        good("They did not eat or drink.", source="他们不吃不喝。"),
        bad("He bought the house.", source="他⟦没⟧买房子。"),
        # negatives inside words: CC-CEDICT's definition, or glued by the segmenter
        bad("The ordered food was delivered.", source="订的⟦餐未⟧送到"),
        good("The ordered food was not delivered.", source="订的餐未送到"),
        bad("The phone was answered.", source="电话⟦无人⟧接听"),
        good("Nobody answered the phone.", source="电话无人接听"),
        bad("The follow-up service may keep up.", source="后续的服务可能会⟦跟不上⟧。"),
        good("The follow-up service may fall behind.", source="后续的服务可能会跟不上。"),
        bad("Acer shadow knight dragon is expensive.", source="宏碁暗影骑士龙价格方面还是⟦不算⟧贵的。"),
        good("Acer shadow knight dragon is affordable.", source="宏碁暗影骑士龙价格方面还是不算贵的。"),
        good("Acer shadow knight dragon is cheap.", source="宏碁暗影骑士龙价格方面还是不算贵的。"),
        good("Sugar is added to even less sweet foods.", source="糖类常常被加入到甚至不怎么甜的食物当中。"),
        good("Their identity was also surprising.", source="而他们的身份也让人始料未及。"),
        good("Performers included Li Yuchun and Mao Buyi.", source="李宇春、毛不易等音乐人演出。"),
        good("He invented the smart LED shadow-less lamp.", source="他发明了智能LED手术无影灯。"),
        good("The apples are selling well.", source="苹果并不愁卖。"),
        bad("He delivered two food orders, but one order has completed.", source="他差两个⟦餐没送⟧，但有个 order 已完结"),
        good("He still has two food orders to deliver, but one order has completed.",
             source="他差两个餐没送，但有个 order 已完结"),
        good("They may have instable emotions.", source="排卵期也会因为体内激素变化情绪不稳定。"),
        # negatives of mood, judged at their verb
        bad("The positive significance of the Rightists should be denied.", source="右派的积极意义⟦不该⟧否定。"),
        good("The positive significance of the Rightists should not be denied.", source="右派的积极意义不该否定。"),
        bad("They shirked responsibility, and there were a lot more details that I don't want to mention now; all in "
            "all, choose them.", source="各种推卸责任，还有很多细节，不想一一说了都是泪，总之⟦不要⟧选择他们。"),
        good("They shirked responsibility, and there were a lot more details that I don't want to mention now; all in "
             "all, do not choose them.", source="各种推卸责任，还有很多细节，不想一一说了都是泪，总之不要选择他们。"),
        bad("You must organize parties.", source="你们⟦不得⟧组织聚会。"),
        good("You must not organize parties.", source="你们不得组织聚会。"),
        # a negative before a word that gives up, where the target says that word: the negative is needed
        bad("A dictatorship can extinguish the flame of liberty.", source="专制政权永远⟦无法⟧熄灭自由的微火。"),
        good("A dictatorship can never extinguish the flame of liberty.", source="专制政权永远无法熄灭自由的微火。"),
        good("If you don't know how to taste it, it would be such a waste of its fragrance.",
             source="如果不知道如何品味它，岂不是糟蹋了它的醇香。"),
        # a word holding its negative, judged where it is linked through what it negates; the
        # opposite the source says itself (短 "short") renders nothing of 不长
        bad("Although the Rightists had their time, it was long, and the reason why it was short was they got a "
            "little sunshine.", source="虽然右派在历史上有得志时代，但⟦不长⟧，所以短是因为给点儿阳光就灿烂。"),
        good("Although the Rightists had their time, it was not long, and the reason why it was short was they got a "
             "little sunshine.", source="虽然右派在历史上有得志时代，但不长，所以短是因为给点儿阳光就灿烂。"),
        # in-/dis- words negate where the stem is their antonym: "inspires" is no negative
        bad("It inspires the people to forget their original intentions.", source="激励全国各族人民⟦不忘⟧初心。"),
        good("It inspires the people never to forget their original intentions.", source="激励全国各族人民不忘初心。"),
        good("Many workers are reluctant to engage in heavy industries.", source="许多农民工不愿意从事第二产业。"),
        # a double negative elsewhere in the sentence masks only its own negatives
        bad("Simply put, the laser TV has to use expensive lenses, which is in line with the best optical design.",
            source="简单说，激光电视不得不使用价格昂贵的透镜，这⟦不⟧符合光学最佳设计。"),
        good("Simply put, the laser TV has to use expensive lenses, which is not in line with the best optical "
             "design.", source="简单说，激光电视不得不使用价格昂贵的透镜，这不符合光学最佳设计。"),
        # "yet" negates as "yet to", not as a conjunction or dangling after a positive verb
        bad("The 3 universities being complained about have responded yet.", source="目前，被投诉的３所高校⟦尚未⟧作出回应。"),
        good("The 3 universities being complained about have yet to respond.", source="目前，被投诉的３所高校尚未作出回应。"),
        # a manner word between the negative and its verb; a verb rendered by a derived form
        bad("Over the past 70 years, China has provoked any war or conflict, nor invaded any other country.",
            source="70年来，中国⟦没有⟧主动挑起过任何一场战争和冲突，没有侵占过别国一寸土地。"),
        bad("You can continue to think that this is harassment; you can even continue to deny that you made the "
            "pictures.", source="你可以继续认为这并⟦不是⟧骚扰、你甚至可以继续否认那不是你制的图。"),
        good("You can continue to think that this is not harassment; you can even continue to deny that you made "
             "the pictures.", source="你可以继续认为这并不是骚扰、你甚至可以继续否认那不是你制的图。"),
        # a negative of mood said with "please"; a negative whose verb the alignment leaves unrendered,
        # judged between the renderings of the words around it
        bad("The cover is made of PC, and please add any solvent that reacts with PC.",
            source="盖板为PC材质，⟦请勿⟧通入与PC发生化学反应的溶剂。"),
        good("The cover is made of PC, and please do not add any solvent that reacts with PC.",
             source="盖板为PC材质，请勿通入与PC发生化学反应的溶剂。"),
        bad("All sides pledged that the measures are transparent and temporary, and will create unnecessary trade "
            "barriers.", source="各方承诺，措施是透明和临时的，⟦不会⟧制造不必要的贸易壁垒。"),
        good("All sides pledged that the measures are transparent and temporary, and will not create unnecessary "
             "trade barriers.", source="各方承诺，措施是透明和临时的，不会制造不必要的贸易壁垒。"),
        good("McDonald's will provide masks at the entrance for customers who do not have one.",
             source="麦当劳会在入口处提供口罩给没有携带的客人。"),
        # what the dictionary's definition denies ("to not understand"); a verb cut from its result
        bad("Outsiders understand their career.", source="外人⟦不解⟧他们的事业。"),
        good("Outsiders are puzzled by their career.", source="外人不解他们的事业。"),
        bad("Farmers had abundant harvests, but the vegetables could be sold and rotted in the field.",
            source="寿光农民种菜丰收却卖⟦不出⟧，烂在地里。"),
        good("Farmers had abundant harvests, but the vegetables could not be sold and rotted in the field.",
             source="寿光农民种菜丰收却卖不出，烂在地里。"),
    ],
)

ADDED = custom(
    "accuracy.negation.added",
    _added,
    category="accuracy/mistranslation",
    severity="neutral",
    requires=REQUIRES,
    langs=EN,
    message="The translation negates (“{found}”) but the source has no negative: the meaning may be reversed.",
    description="An explicit negative in the target (not, never, no, without) where the aligned source sentence has "
    "no negative word at all, or only words rendered elsewhere by a sense of their own (无症状 “asymptomatic”); or "
    "a “not” before the rendering of a source clause with no negative.",
    examples=[
        bad("The company did ⟦not⟧ complete the project.", source="公司完成了该项目。"),
        bad("Exports have ⟦never⟧ grown so fast.", source="出口增长很快。"),
        good("The company did not complete the project.", source="公司没有完成该项目。"),
        good("We must not only strengthen cooperation but also expand trade.", source="我们要加强合作，扩大贸易。"),
        good("No. 5 typhoon landed in Hainan.", source="5号台风在海南登陆。"),
        good("It is friendly to beginners, but once you pass that stage it is not so useful.",
             source="对新手挺友好，但一过了新手阶段就鸡肋了。"),
        good("Neither team is easy to beat.", source="两队都不好对付。"),
        good("He did not know how crude herding was until he came to the cooperative.",
             source="直到来合作社打工，才知道过去放羊有多粗放。"),
        good("Those who attended could not hide their excitement.", source="参加颁奖典礼的人们仍然难掩激动。"),
        good("Whether or not it rains, the match goes ahead.", source="下雨比赛也照常进行。"),
        good("There is no doubt that it works.", source="这显然有效。"),
        bad("The police will ⟦not⟧ crack down on illegal operations.", source="警方将打击非法经营。"),
        good("The police did not crack down on illegal operations.", source="警方没有打击非法经营。"),
        # a negative elsewhere in the source does not license one on a verb whose clause has none
        bad("After Omicron was first reported in southern Africa, other doctors did ⟦not⟧ share similar experience, "
            "which is not surprising.", source="在南部非洲首次报告奥密克戎变异毒株后，其他医生也分享了类似的经验，这并不奇怪。"),
        good("After Omicron was first reported in southern Africa, other doctors shared similar experience, which is "
             "not surprising.", source="在南部非洲首次报告奥密克戎变异毒株后，其他医生也分享了类似的经验，这并不奇怪。"),
        good("Nothing else, thanks.", source="没有了，谢谢"),
        # "not only" without "but (also)" denies, unless the source says 不仅 itself
        bad("Our life window is ⟦not⟧ only four minutes!", source="我们生命的窗口只有四分钟！"),
        good("Our life window is only four minutes!", source="我们生命的窗口只有四分钟！"),
        good("It is not only cheap but also good.", source="它既便宜又好。"),
        good("They do not think the plan will succeed.", source="他们认为这个计划不会成功。"),
        # a word rendered by its own positive sense (无症状 "asymptomatic") licenses no "not" elsewhere
        bad("Fujian Province did ⟦not⟧ report one new asymptomatic infection.", source="福建省报告新增无症状感染者1例。"),
        good("Fujian Province reported one new asymptomatic infection.", source="福建省报告新增无症状感染者1例。"),
        good("The Chinese team was prepared to meet the challenge before the match, so Lang Ping wasn't surprised.",
             source="中国女排赛前也做好了困难的准备，一切仍然在郎平掌握之中。"),
        # "is not" before a noun that renders a word of a clause with no negative
        bad("Hometowns are ⟦not⟧ the key to moderate prosperity.", source="小康不小康，关键看老乡。"),
    ],
)

RULES = (ADDED, LOST)
