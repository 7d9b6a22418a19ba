"""The direction of a change reversed in translation.

The source says a quantity goes up (增长, 上升, 提高, 加强, 扩大…) and
nothing in the aligned target sentence goes up while something goes down
(``fell``, ``cut``, ``weaken``…); or the reverse. Only sentences whose
source changes one way only are judged, and only a target with no word of
the source's direction is flagged: 降低风险 "reduce risks" next to 提高效率
"improve efficiency" says both, and is left alone.

Word by word on the lexical alignment, a target word nothing in the source
renders, standing between the renderings of the words around an unrendered
source word, is flagged when it means that word's opposite: a contrasting
pair CC-CEDICT lexicalises (``_opposites``: 买卖 buy/sell, 好坏 good/bad).
A target word linked to a source word through one of its characters only,
when the word's own main sense is its opposite, counts too (胜利 "victory"
-> "defeat", linked by 胜) where the word is a noun or an adjective.
Not judged (false alarms on clean references): come/go and bring/take,
which turn round with the speaker; "Worse," commenting on a sentence; a digit of a number
or name (双十一 "Double Eleven"). "under" and "below" say down only before a
number, and 拖累 "drag down" turns a change around like 抑制.

Not judged either (false alarms on newstest2020's human translations): a
sentence whose change words the alignment links to target words (提升系统
"hoisting system": the change is said, whatever the direction lists hold);
a curbing word ("mitigate") in a clause of a sentence that curbs something;
a span of time up to now ("over the past two decades") against 目前 "at
present"; a CC-CEDICT pair WordNet contradicts (敞亮 "wide and bright"); an
opposite after a partial rendering that modifies another source word's
rendering (外债 -> "external debt in domestic currency", for 本币).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import AbstractSet

from ...rule import Finding, bad, custom, good
from ...bilingual import alignment
from ...lexicon.once import Once
from ._meaning import clause_views, meaning_pairs, usable
from ._shared import target_around
from .negation import NEGATORS

REQUIRES = frozenset({"source"})
_ONCE = Once()
EN = frozenset({"en"})

UP_ZH = frozenset("""
增长 增加 上升 提高 加强 扩大 上涨 升高 增强 提升 回升 攀升 增多 增至 增幅 涨 涨幅 上调 走高 大涨 激增 猛增 倍增 飙升
暴涨 扩张 加大 强化 拉升 反弹 看涨 升值 增值 扩容 新增 增 升
""".split())
DOWN_ZH = frozenset("""
下降 减少 降低 下跌 削弱 缩小 减弱 回落 下滑 跌 降 减 下调 走低 大跌 暴跌 骤降 锐减 缩减 缩水 萎缩 下行 贬值 跌幅 降幅
减缓 放缓 收窄 削减 压缩 减轻 降至 跌至 减至 跌破 滑落 看跌 缩 下挫 降温 减半
""".split())

# the lookaheads: the letters the words begin with (tests/rules/accuracy/test_regex_guards.py)
_UP_EN = re.compile(
    r"(?=[abcdeghijlmnprstuw])\b(?:ris(?:e|es|ing|en)|rose|increas\w*|grow(?:s|ing|n|th)?|grew|higher|highest|up|upward\w*|gain\w*|climb\w*|"
    r"jump\w*|surg\w*|soar\w*|boost\w*|strengthen\w*|enhanc\w*|improv\w*|expan\w*|rais\w*|more|greater|"
    r"add\w*|extra|additional|accelerat\w*|escalat\w*|intensif\w*|step(?:s|ped)? up|spik\w*|doubl\w*|tripl\w*|"
    r"rebound\w*|recover\w*|exceed\w*|peak\w*|record|hike\w*|larger|bigger|stronger|widen\w*|deepen\w*|"
    r"promot\w*|upgrad\w*|heighten\w*|amplif\w*|maximi[sz]\w*|new|reinforc\w*|rall(?:y|ies|ied))\b",
    re.IGNORECASE)
_DOWN_EN = re.compile(
    r"(?=[abcdefhlmnprstuw])\b(?:f[ae]ll(?:s|ing|en)?|drop\w*|declin\w*|decreas\w*|cut(?:s|ting)?|reduc\w*|lower\w*|down\w*|slump\w*|"
    r"plung\w*|weaken\w*|shr[iu]nk\w*|shrank|contract\w*|slow\w*|less|fewer|dip\w*|slid\w*|slip\w*|sank|sink\w*|"
    r"tumbl\w*|plummet\w*|diminish\w*|eas(?:e|ed|es|ing)|lessen\w*|narrow\w*|los[st]\w*|curb\w*|trim\w*|"
    r"halv\w*|minimi[sz]\w*|smaller|weaker|decelerat\w*|retreat\w*|depreciat\w*|deflat\w*|low|lowest|"
    r"relax\w*|relie\w*|allevia\w*|mitigat\w*|contain\w*|control\w*|compress\w*|(?:below|under)(?=\s+\$?\d))\b",
    re.IGNORECASE)


#: the words of _DOWN_EN that keep something in check rather than say it fell: they render CURB_ZH
_CURBING_EN = re.compile(r"(?:relax|relie|allevia|mitigat|contain|control|curb|eas|lessen|compress)\w*", re.IGNORECASE)


#: rates (增速…放缓 "growth slows" is rendered "will grow 1.6%") and verbs that turn a change around (抑制反弹 "contain the rebound") or keep
#: it in check: a sentence with one is not judged. Counted as "down" they put
#: the rule's MQM span precision below chance (13% against 25%).
CURB_ZH = frozenset("抑制 遏制 控制 防止 阻止 防范 打压 压低 避免 缓解 增速 增幅 增长率 涨幅 跌幅 降幅 增长速度 拖累 拉低 拖慢"
                    .split())


def _direction(words: AbstractSet[str]) -> str | None:
    if _MOVING_ZH.isdisjoint(words):
        return None  # most sentences and clauses: one set test in C
    if words & CURB_ZH:
        return None
    up = bool(words & UP_ZH)
    down = bool(words & DOWN_ZH)
    if up == down:
        return None
    return "up" if up else "down"


def _reversed(src_words: AbstractSet[str], tgt_text: str, tgt_start: int, explained: frozenset[int] = frozenset(),
              curbed: bool = False):
    d = _direction(src_words)
    if d is None:
        return None
    wrong, right = (_DOWN_EN, _UP_EN) if d == "up" else (_UP_EN, _DOWN_EN)
    # a word of the source's direction clears the sentence: one search, and the
    # other direction is scanned only when it finds none
    if right.search(tgt_text):
        return None
    for m in wrong.finditer(tgt_text):
        # a word of the other direction that renders another source word
        # (防汛 -> "flood control") says nothing of this change
        if tgt_start + m.start() not in explained and not (curbed and _CURBING_EN.fullmatch(m.group(0))):
            return Finding(tgt_start + m.start(), tgt_start + m.end(),
                           args={"said": "this goes up" if d == "up" else "this goes down"})
    return None


def _explained(al) -> frozenset[int]:
    """Starts of target words the alignment links to source words that say
    no direction."""
    if al is None:
        return frozenset()
    # the target words linked to a word of change, found from those words (links go both ways:
    # ``align._link``), then one membership test per linked target word
    touched = {j for w in al.source if w.text in _MOVING_ZH for j in w.links}
    return frozenset([t.start for j, t in enumerate(al.target) if t.links and j not in touched])


_MOVING_ZH = UP_ZH | DOWN_ZH


#: how many of a word's gloss lemmas are its main sense: the first only. Later lemmas come from
#: other senses and from phrases (物品 "article; good(s)" against "Worse", 保护 "protect; defend"
#: against "attacks", 育儿 "raise a child" against "parents"): with four, the word-level test fired
#: 11 times on newstest2020's human translations (dev), with one 4 times, for 10% fewer seeded catches
_SENSES = 1
#: a light word's main senses (包括 "comprise; include…")
_SOFT_SENSES = 2
#: the lemmas read for CC-CEDICT's lexicalised contrasts (``_opposites``), as before WordNet
_PAIR_SENSES = 4
#: negatives before a source word: 不稳定 is rendered "unstable", not "stable"
_NEG_BEFORE = frozenset("不 没 没有 未 无 非 并不 从不 尚未 毫不 不够 不太".split())


#: the source words judged: content words, numbers (首次 "first time") and two-character light words
#: (包括 "include"); a name only where it is rendered in part (公共场所 -> "places")
_KINDS = frozenset({"content", "number", "soft"})
SOFT = "soft"
NAME = "name"
NUMBER = "number"
#: how many target words from a partial rendering an opposite may stand
_NEAR = 2


def contrasts() -> dict[str, frozenset[str]]:
    """lemma -> its opposites: WordNet's antonyms (``tqcheck.lexicon.antonyms``)
    and the contrasting pairs CC-CEDICT lexicalises (``_opposites``)."""
    return _ONCE.get("contrasts", _contrasts)


def _contrasts() -> dict[str, frozenset[str]]:
    from ...lexicon.antonyms import antonyms

    out = {k: set(v) for k, v in antonyms().items()}
    for k, v in cedict_contrasts().items():
        out.setdefault(k, set()).update(v)
    return {k: frozenset(v) for k, v in out.items()}


def cedict_contrasts() -> dict[str, frozenset[str]]:
    """CC-CEDICT's contrasting pairs (``_opposites``) that WordNet does not
    contradict: a pair is dropped when WordNet gives either word direct
    antonyms and the other is not among them. The ``A and B`` senses the
    pairs come from also hold words said together (敞亮 "wide and bright",
    冷峻 "cold and severe"), which WordNet sets apart: wide is the opposite of
    narrow, bright of dull. ``bright`` for 广阔 "wide" (前景广阔 "a bright
    future") fired on a human translation of newstest2020."""
    return _ONCE.get("cedict_contrasts", _cedict_contrasts)


def _cedict_contrasts() -> dict[str, frozenset[str]]:
    from ...lexicon.antonyms import antonyms
    from ._opposites import pairs

    wordnet = antonyms()
    out: dict[str, frozenset[str]] = {}
    for a, bs in pairs().items():
        own = wordnet.get(a)
        kept = frozenset(b for b in bs if not (own and b not in own) and not (wordnet.get(b) and a not in wordnet[b]))
        if kept:
            out[a] = kept
    return out


_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两双0123456789")
#: come and go, bring and take turn round with the speaker's place (过去 "go over" -> "come", 上线 "go online")
_DEICTIC = frozenset("come go bring take".split())
#: "former" before a noun is "ex-" (the former justice minister), a sense with no opposite; only "the former"
#: standing alone is the first of two, against 后者 "the latter"
_EX = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+)?[A-Za-z]")
#: "Worse, …" comments on the sentence (against 物品 "goods")
_COMMENT = re.compile(r"(?:\s+(?:still|yet))?,")


def _opens(text: str, start: int) -> bool:
    """The word opens a sentence: after an end mark (and quotes), or at the text start."""
    head = text[max(0, start - 4):start].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?"


#: words that say a thing is missing, before the word they govern (缺乏吸引力 "unattractive")
_LACK = frozenset("缺乏 缺少 失去 丧失 破坏 欠缺".split())
_NEG_CHARS = frozenset("不没未无非")



#: "over the past two decades", "in the last five years": a span of time that runs up to now, which
#: renders 近五年, 回归20年, 多年来, and so never opposes 目前 "at present" or 首次 "first"
_SPAN_BEFORE = re.compile(r"\b(?:in|over|for|during|within|through|throughout)\s+the\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies)|hours?|"
                         r"quarters?|seasons?)\b", re.IGNORECASE)


def _span_of_time(text: str, t) -> bool:
    return t.key in ("past", "last") and bool(_SPAN_AFTER.match(text, t.end)) \
        and bool(_SPAN_BEFORE.search(text, max(0, t.start - 16), t.start))


def _modifies_other(al, j: int, i: int) -> bool:
    """The target word ``j`` stands right before the rendering of a source word other than ``i``."""
    k = j + 1
    return k < len(al.target) and al.target[k].pair == al.target[j].pair and bool(al.target[k].links) \
        and i not in al.target[k].links


def _prefixed(lemmas, meant) -> bool:
    """``unattractive`` against ``attractive``, ``destabilize`` against ``stabilize``: the
    target word is the source word's sense with a prefix, or the reverse."""
    return any(a != b and (a.endswith(b) or b.endswith(a)) for a in lemmas for b in meant)


def _backed(lex, al, pair: int) -> set[str]:
    """What the pair's source words gloss (their main senses; a word CC-CEDICT
    does not know, 大城市, by its characters' first senses), with ``-ly``
    adverbs also as their adjectives (民营 "privately run" backs ``private``)."""
    out: set[str] = set()
    for k in al.pair_source_words(pair):
        text = al.source[k].text
        g = lex.gloss(text)[:2 if len(text) == 1 else _PAIR_SENSES]
        if not g and len(text) > 1:
            g = tuple(x for c in text for x in lex.gloss(c)[:1])
        out.update(g)
    out.update(x[:-2] for x in list(out) if x.endswith("ly") and len(x) > 4)
    return out


def _beside(lex, al, j: int) -> bool:
    """The target word stands beside the rendering of a source word one of
    whose characters means it: ``big cities`` for 大城市 (glossed "metropolis")."""
    t = al.target[j]
    for k in (j - 1, j + 1):
        if 0 <= k < len(al.target) and al.target[k].pair == t.pair:
            for i in al.target[k].links:
                text = al.source[i].text
                if len(text) > 1 and any(set(lex.gloss(c)[:1]).intersection(t.lemmas) for c in text):
                    return True
    return False


_MEMO: dict[tuple[str, bool, bool], tuple[frozenset[str], tuple[str, ...], tuple[str, ...]] | None] = {}


def _senses_of(lex, wordnet, cedict, text: str, soft: bool, rendered: bool):
    """(the opposites of a source word, its glosses read against WordNet, those read against
    CC-CEDICT), or None; memoised: a document asks about the same words again and again."""
    key = (text, soft, rendered)
    got = _MEMO.get(key, False)
    if got is not False:
        return got
    full = lex.gloss(text)
    # WordNet's antonyms for the main sense (a light word's two: 包括 "comprise; include");
    # CC-CEDICT's own contrasts, narrower, for the first four lemmas of a compound (购买 "purchase; buy"),
    # not for a word rendered in part (生效 "take effect; go into effect" -> "come into effect")
    main = full[:_SOFT_SENSES if soft else _SENSES]
    pairs = () if len(text) == 1 or rendered else full[:_PAIR_SENSES]
    opp = [o for g in main for o in wordnet.get(g, ())] + [o for g in pairs for o in cedict.get(g, ())]
    out = (frozenset(opp), main, pairs) if opp else None
    if len(_MEMO) > 50_000:
        _MEMO.clear()
    _MEMO[key] = out
    return out


#: a word's opposites under any of the four keys of ``_senses_of`` (light or not, rendered or not)
_ANY: dict[str, frozenset[str]] = {}


def _any_opposites(lex, wordnet, cedict, text: str) -> frozenset[str]:
    out: set[str] = set()
    for soft in (False, True):
        for rendered in (False, True):
            got = _senses_of(lex, wordnet, cedict, text, soft, rendered)
            if got is not None:
                out |= got[0]
    if len(_ANY) > 50_000:
        _ANY.clear()
    got_any = _ANY[text] = frozenset(out)
    return got_any


def _next_content(al, j: int) -> bool:
    """The target word after ``j`` in its pair is a content word and no finite verb: "the former justice
    minister", not "the former of them" nor "the former welcomed him"."""
    from ...lexicon.verbs import PAST_TO_BASE, THIRD_TO_BASE

    if j + 1 >= len(al.target) or al.target[j + 1].pair != al.target[j].pair or not al.target[j + 1].content:
        return False
    key = al.target[j + 1].key
    return key not in PAST_TO_BASE and key not in THIRD_TO_BASE


def _opposites(al):
    """A target word that nothing in the source renders, standing where an
    unrendered source word would be, and meaning its opposite: an antonym in
    WordNet or a contrasting pair of CC-CEDICT (购买 ``buy`` against ``sold``;
    好 ``good`` against ``bad``; 首次 ``first`` against ``last``). Words of
    change the other way (提高 against ``cut``) are left to the sentence-level
    test: word by word, they fired on newstest2020 references (降低 against a
    "strengthen" that rendered another word)."""
    from ...bilingual.lexicon import load

    lex = load()
    from ...lexicon.antonyms import antonyms

    opposed = contrasts()
    wordnet, cedict = antonyms(), cedict_contrasts()
    # the target words that could be an opposite, per pair: most pairs have none
    cands: dict[int, list[int]] = {}
    known = opposed.keys()
    tgt = al.target_text
    for j, t in enumerate(al.target):
        if not t.links and t.content and not known.isdisjoint(t.lemmas) and _DEICTIC.isdisjoint(t.lemmas) \
                and not (_COMMENT.match(tgt, t.end) and _opens(tgt, t.start)) \
                and not (t.key == "former" and _EX.match(tgt, t.end) and _next_content(al, j)):
            cands.setdefault(t.pair, []).append(j)
    if not cands:
        return
    said: dict[int, set[str]] = {}  # per pair, the lemmas its target says
    backed: dict[int, set[str]] = {}  # per pair, what its source words' glosses say
    # only the source words of pairs with a candidate: words and pairs are both in text order
    source, target = al.source, al.target
    memo_get = _MEMO.get
    any_get = _ANY.get
    for p in sorted(cands):
        js = cands[p]
        # what the pair's candidates could oppose: a word whose opposites miss all of it has no hit
        js_lemmas = frozenset(x for j in js for x in target[j].lemmas)
        for i in al.pair_source_words(p):
            w = source[i]
            kind = w.kind
            if kind not in _KINDS and not (kind == NAME and w.how):
                continue
            # the usual case first: no reading of the word opposes anything the pair's candidates say
            # (the tests below only narrow what is left; one set test per word, not a key per word)
            anyopp = any_get(w.text)
            if anyopp is None:
                anyopp = _any_opposites(lex, wordnet, cedict, w.text)
            if anyopp.isdisjoint(js_lemmas):
                continue
            if i > 0:
                prev = source[i - 1].text
                if prev in _NEG_BEFORE or prev in NEGATORS or prev[-1:] in "不没未无非" or prev in _LACK:
                    continue
            text = w.text
            if not _NEG_CHARS.isdisjoint(text):
                continue  # 不够 "enough; insufficient", 无法 "unable": glosses of both polarities
            if kind == SOFT and len(text) == 1:
                continue  # 是 "correct; right": a copula opposes nothing
            if kind == NUMBER and len(text) == 1 and al.source_text[w.start - 1:w.start] in _NUMERALS:
                continue  # 一 "single" in 双十一 "Double Eleven": a digit of a number or name (not 第一次 "first")
            got = memo_get((text, kind == SOFT, bool(w.how)), False)
            if got is False:
                got = _senses_of(lex, wordnet, cedict, text, kind == SOFT, bool(w.how))
            if got is None:
                continue
            opp, main, pairs = got
            if opp.isdisjoint(js_lemmas):
                continue  # the usual case: nothing in the sentence opposes this word
            hits = [j for j in js if not opp.isdisjoint(target[j].lemmas)]
            if not hits:
                continue  # the usual case: nothing in the sentence opposes this word
            gloss = tuple(dict.fromkeys(main + pairs))
            meant = [g for g in main if not opp.isdisjoint(wordnet.get(g, ()))] + \
                [g for g in pairs if not opp.isdisjoint(cedict.get(g, ()))]
            if w.rendered:
                # a compound rendered in part (公共场所 -> "places"): the opposite stands next
                # to its rendering, and nothing there says the word's meaning
                near = {k for j in w.links for k in range(j - _NEAR, j + _NEAR + 1)}
                if any(al.target[k].pair == w.pair and set(meant).intersection(al.target[k].lemmas)
                       for k in near if 0 <= k < len(al.target)):
                    continue
                # ... and not as the modifier of the next word when that renders another source word: 外债
                # "foreign debt" -> "external debt in domestic currency", where "domestic currency" renders 本币
                last = max(w.links)
                ok = {k for k in near if k <= last or not _modifies_other(al, k, i)}.__contains__
            else:
                if w.pair not in said:
                    said[w.pair] = {k for j in al.pair_target_words(w.pair) for k in al.target[j].lemmas}
                if said[w.pair].intersection(meant):
                    continue  # the target says what the source word means, somewhere
                lo, hi = target_around(al, i, i + 1, w.pair)
                ok = lambda j: lo <= al.target[j].start and al.target[j].end <= hi  # noqa: E731
            if w.pair not in backed:
                backed[w.pair] = _backed(lex, al, w.pair)
            for j in hits:
                # a word another source word glosses is no opposite (前期…后期 -> "the early stage… later");
                # a negative prefix (吸引力 "attractive" against "unattractive") is the negation rules' business
                if ok(j) and not backed[w.pair].intersection(al.target[j].lemmas) \
                        and not _prefixed(al.target[j].lemmas, meant) and not _beside(lex, al, j) \
                        and not _span_of_time(tgt, target[j]):
                    t = al.target[j]
                    yield Finding(t.start, t.end, args={"said": f"“{w.text}” ({', '.join(gloss[:2])})"},
                                  related=("source", w.start, w.end))
                    break


def _part_opposites(al):
    """A target word the alignment links to a source word through one of
    its characters only (胜利 "victory" -> "defeat", by 胜 "to defeat"; 阳性
    "positive" -> "negative") when the word's own main sense is that target
    word's opposite: the word was rendered by its opposite, which a
    character of it happens to gloss."""
    from ...bilingual.lexicon import load

    source, target = al.source, al.target
    known = _ONCE.get("opposite_words", lambda: frozenset(o for v in contrasts().values() for o in v))
    lex = None
    for i, w in enumerate(source):
        # a noun or adjective (胜利, 阳性): a verb's first sense is as often a phrase's (暴发 "break out"
        # against "made"), and a name's (小姐 "young lady" against "old") no sense at all
        if w.how != "part" or not w.links or w.pos not in _PART_POS:
            continue
        # the usual case: no target word it is linked to has an opposite anywhere
        js = [j for j in w.links if target[j].links == (i,) and not known.isdisjoint(target[j].lemmas)]
        if not js or not _NEG_CHARS.isdisjoint(w.text) or i and (
                source[i - 1].text in _NEG_BEFORE or source[i - 1].text in NEGATORS or source[i - 1].text in _LACK):
            continue
        if lex is None:
            lex = load()
        full, senses, opp = _part_senses(lex, w.text)
        if not opp:
            continue
        for j in js:
            t = target[j]
            # the target word is that opposite and no sense of the word itself (胜 "win; defeat" in 战胜)
            if not opp.isdisjoint(t.lemmas) and senses.isdisjoint(t.lemmas) \
                    and not _prefixed(t.lemmas, full[:_SOFT_SENSES]):
                yield Finding(t.start, t.end, args={"said": f"“{w.text}” ({', '.join(full[:2])})"},
                              related=("source", w.start, w.end))
                break


#: a negative just before the target word: "no fewer than", "not least"
_NOT_BEFORE = re.compile(r"\b(?:not|no|never|nor)\s+$|n['’]t\s+$", re.IGNORECASE)


def _sense_opposites(al):
    """A later sense's opposite where the alignment pins the word down: an unrendered
    source compound one of whose first four CC-CEDICT senses, each one word (合法 "lawful;
    legitimate; legal", 结束 "termination; to finish; to end"), has a WordNet antonym, and that
    antonym standing unlinked right beside the rendering of the source word next to it, in
    the gap where the compound would be rendered, with nothing in the sentence saying any of
    its senses and no other source word glossing it. Read anywhere in the gap, later senses
    fired on human translations (保护 "protect; defend" against "attacks")."""
    from ._opposites import sense_antonyms

    source, target = al.source, al.target
    table = sense_antonyms()
    known = _ONCE.get("sense_opposites", lambda: frozenset(o for v in table.values() for o in v[1]))
    cands = [j for j, t in enumerate(target) if not t.links and t.content and not known.isdisjoint(t.lemmas)
             and _DEICTIC.isdisjoint(t.lemmas)]
    if not cands:
        return
    by_pair: dict[int, list[int]] = {}
    for j in cands:
        by_pair.setdefault(target[j].pair, []).append(j)
    lex = _lexicon()
    said: dict[int, set[str]] = {}
    backed: dict[int, set[str]] = {}
    for p, js in by_pair.items():
        lemmas = frozenset(x for j in js for x in target[j].lemmas)
        for i in al.pair_source_words(p):
            w = source[i]
            if w.kind != "content" or w.how or len(w.text) < 2 or not _NEG_CHARS.isdisjoint(w.text):
                continue
            got = table.get(w.text)
            if got is None or got[1].isdisjoint(lemmas):
                continue
            full, opp = got[0] + lex.gloss(w.text)[:_PAIR_SENSES], got[1]
            if i and (source[i - 1].text in _NEG_BEFORE or source[i - 1].text in NEGATORS
                      or source[i - 1].text[-1:] in "不没未无非" or source[i - 1].text in _LACK):
                continue
            if p not in said:
                said[p] = {k for j in al.pair_target_words(p) for k in target[j].lemmas}
                # what the other source words say, by the lexicon and by their own one-word senses (流出
                # "outflow", beside 流入 "inflow")
                backed[p] = _backed(lex, al, p) | {x for k in al.pair_source_words(p)
                                                   for x in table.get(source[k].text, _NO_SENSES)[0]}
            if not said[p].isdisjoint(full):
                continue
            lo, hi = target_around(al, i, i + 1, p)
            # the renderings of the source words on each side in the same clause, each rendering that
            # word alone (资金流出…资金流入: both 资金 link to one "capital", which then pins down neither)
            near: set[int] = set()
            for k in (i - 1, i + 1):
                if 0 <= k < len(source) and source[k].pair == p and source[k].clause == w.clause:
                    near.update(j for j in source[k].links if target[j].links == (k,))
            for j in js:
                t = target[j]
                if opp.isdisjoint(t.lemmas) or not (lo <= t.start and t.end <= hi) \
                        or not (j - 1 in near or j + 1 in near):
                    continue
                # a negative prefix stays the negation rules' business (破坏社会稳定 "destabilize society")
                if backed[p].isdisjoint(t.lemmas) and not _prefixed(t.lemmas, full) and not _beside(lex, al, j) \
                        and not _span_of_time(al.target_text, t):
                    yield Finding(t.start, t.end, args={"said": f"“{w.text}” ({', '.join(full[:2])})"},
                                  related=("source", w.start, w.end))
                    break


_NO_SENSES: tuple = ((), frozenset())
_NO_GRADE: tuple = ((), frozenset(), frozenset(), frozenset(), frozenset())


def _degree_opposites(al):
    """A word of degree in the source left unrendered (更 "more", 最 "most": the lexicon's
    glosses leave such words out, CC-CEDICT's text has them, ``_opposites.graded_senses``),
    and where its rendering would stand an unlinked comparative or superlative that WordNet
    gives as its antonym, while nothing in the sentence says the source word's degree and no
    other source word may be rendered by that word: 更先进 -> "fewer advanced", 最受青睐 ->
    "the least popular"."""
    from ._opposites import graded_senses

    source, target = al.source, al.target
    table = graded_senses()
    lex = None
    for i, w in enumerate(source):
        if w.links or w.kind == NAME:
            continue
        got = table.get(w.text)
        head: tuple[int, ...] | None = None
        last = i + 1
        if got is not None:
            if not got[1]:
                continue
            # a degree word of its own grades the word after it (更先进 "more advanced"): the opposite
            # stands next to that word's rendering; a word after it left unrendered is rendered with
            # it (更低 "or less", 更长 "longer"), and only where it is the degree's positive (更多 "more",
            # 多 "many; much") is the opposite one of the two said together
            nxt = source[i + 1] if i + 1 < len(source) and source[i + 1].pair == w.pair else None
            if nxt is None:
                continue
            if nxt.links:
                head = nxt.links
            elif got[4].isdisjoint(table.get(nxt.text, _NO_GRADE)[3]):
                continue
            else:
                last = i + 2
        elif len(w.text) > 1 and w.text[0] in table:
            # a word the segmenter made that CC-CEDICT does not know (最受 "most received"): its first character
            if lex is None:
                lex = _lexicon()
            rest = w.text[1:]
            # ... with the rest of it read as the word after a degree word (最不受 "least", 更少 "less")
            # ... and not a word of lacking (更缺 "lacks even more", rendered "much less")
            if not lex.gloss(w.text) and rest[:1] not in _NEG_CHARS \
                    and table[w.text[0]][1].isdisjoint(table.get(rest, _NO_GRADE)[2]) \
                    and _lack_senses(lex).isdisjoint(lex.gloss(rest)[:2]):
                got = table[w.text[0]]
        if got is None or not got[1]:
            continue
        main, opp = got[0], got[1]
        # 最不受欢迎 "least popular", 更少 "fewer": a negative or a word of the other degree after it says the reverse
        if i + 1 < len(source) and (source[i + 1].text[:1] in _NEG_CHARS or source[i + 1].text in NEGATORS
                                    or not opp.isdisjoint(table.get(source[i + 1].text, _NO_GRADE)[2])):
            continue
        if i and (source[i - 1].text in _NEG_BEFORE or source[i - 1].text in NEGATORS):
            continue
        lo, hi = target_around(al, i, last, w.pair)
        hits = [j for j in al.target_words(lo, hi) if target[j].pair == w.pair and not target[j].links
                and target[j].end <= hi and not opp.isdisjoint(target[j].lemmas)
                and (head is None or j + 1 in head or j - 1 in head)]
        if not hits or any(not set(main).isdisjoint(target[j].lemmas) for j in al.pair_target_words(w.pair)):
            continue  # the usual case; or the sentence says the degree ("more and more")
        if lex is None:
            lex = _lexicon()
        backed: set[str] = set()
        for k in al.pair_source_words(w.pair):
            if not i <= k < last:
                backed.update(lex.gloss(source[k].text)[:_PAIR_SENSES])
                backed.update(table.get(source[k].text, _NO_GRADE)[2])
        for j in hits:
            t = target[j]
            if backed.isdisjoint(t.lemmas) and not _NOT_BEFORE.search(al.target_text, max(0, t.start - 8), t.start):
                yield Finding(t.start, t.end, args={"said": f"“{w.text}” ({', '.join(main[:2])})"},
                              related=("source", w.start, w.end))
                break


def _lack_senses(lex) -> frozenset[str]:
    """The main senses of the words of lacking (``_LACK``: lack, lose, damage…)."""
    return _ONCE.get("lack_senses", lambda: frozenset(g for x in _LACK for g in lex.gloss(x)[:2]))


def _lexicon():
    from ...bilingual.lexicon import load

    return load()


_PART_MEMO: dict[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]] = {}
#: jieba's tags of nouns and adjectives, not names
_PART_POS = frozenset("n vn a an ad b".split())


def _part_senses(lex, text: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(a word's glosses, the same as a set, the opposites of its main senses), memoised."""
    got = _PART_MEMO.get(text)
    if got is None:
        from ...lexicon.antonyms import antonyms

        wordnet = antonyms()
        full = lex.gloss(text)
        # WordNet's antonyms of the main sense only: CC-CEDICT's "A and B" pairs and later senses
        # oppose more than the word says
        opp = frozenset(o for g in full[:_SENSES] for o in wordnet.get(g, ()) if o not in _DEICTIC)
        if len(_PART_MEMO) > 50_000:
            _PART_MEMO.clear()
        got = _PART_MEMO[text] = (full, frozenset(full), opp)
    return got


#: a number the source says is a floor (500余种, 30多名, 超过200) or a ceiling (不到100, 不足三成的 100)
_NUM_ZH = r"(\d[\d,，.]*)\s*(?:万|亿|千|百)?"
_MORE_ZH = re.compile(_NUM_ZH + r"[%％]?(?:余|多|以上)|(?:超过|逾|多达|高达|突破)\s*" + _NUM_ZH)
_LESS_ZH = re.compile(r"(?:不到|不足|少于|低于|未满|不超过)\s*" + _NUM_ZH + "|" + _NUM_ZH + r"[%％]?(?:以下|以内)")
_MORE_EN = re.compile(r"\b(?:more|over|greater|higher)\s+than\s+(?:\w+\s+)?(\d[\d,.]*)|\b(?:over|above|exceed\w*)\s+(\d[\d,.]*)",
                      re.IGNORECASE)
_LESS_EN = re.compile(r"\b(?:fewer|less|lower)\s+than\s+(?:\w+\s+)?(\d[\d,.]*)|\b(?:under|below)\s+(\d[\d,.]*)",
                      re.IGNORECASE)


_ANY_DIGIT = re.compile(r"\d")


def _digits(num: str) -> str:
    """A number's significant digits: 6.1万 and 61,000 both read 61."""
    return num.replace(",", "").replace("，", "").replace(".", "").strip("0")


def _bounds(p) -> list[Finding]:
    """``fewer than 500`` where the source says 500余 ("more than 500"), or
    the reverse: the direction of an approximate number reversed."""
    if not _ANY_DIGIT.search(p.src_text):
        return []  # both patterns read a number: most sentences have none
    more = {_digits(a or b) for a, b in _MORE_ZH.findall(p.src_text)} - {""}
    less = {_digits(a or b) for a, b in _LESS_ZH.findall(p.src_text)} - {""}
    if not more and not less:
        return []
    out = []
    for said, pattern, src in (("more than", _LESS_EN, more - less), ("less than", _MORE_EN, less - more)):
        if not src:
            continue
        for m in pattern.finditer(p.tgt_text):
            if _digits(m.group(1) or m.group(2)) in src:
                end = m.start(1) if m.group(1) else m.start(2)
                out.append(Finding(p.tgt_start + m.start(), p.tgt_start + p.tgt_text.rindex(" ", m.start(), end),
                                   args={"said": f"{said} this number"}))
    return out


def _said(al, start: int, end: int, d: str) -> bool:
    """Every word of the direction ``d`` in source text [start, end) is
    linked to target words: the target says the change, in words the
    direction lists do not hold (提升系统 "hoists", "lifting system")."""
    if al is None:
        return False
    words = UP_ZH if d == "up" else DOWN_ZH
    moving = [al.source[i] for i in al.source_words(start, end) if al.source[i].text in words]
    # a link by one character's gloss is no rendering (上升 -> "first", as 上 glosses it), nor a word
    # another source word renders too (扩大范围 -> "scope": 扩大 "to broaden one's scope")
    return bool(moving) and all(w.how in _FIRM and any(len(al.target[j].links) == 1 for j in w.links)
                                for w in moving)


#: links that render a word: by its own gloss, a stem or a derived form (not one character's gloss)
_FIRM = frozenset({"lexicon", "stem", "derived", "glossary"})
_BIG = 1 << 62


def _check(unit, options):
    if not usable(unit):
        return
    seen = set()
    al = alignment(unit)
    mps = meaning_pairs(unit)
    for p in mps:
        for f in _bounds(p):
            seen.add((f.start, f.end))
            yield f
    # which target words render other source words: made once, where some sentence or clause says a direction
    explained: frozenset[int] | None = None
    # sentences with a word that turns a change around (抑制, 缓解…) are not judged; in their clauses a
    # curbing word renders it (source ranges in text order, looked up by bisection: linear in the document)
    curbed: list[tuple[int, int]] = []
    for p in mps:
        words = p.word_set()
        if not _MOVING_ZH.isdisjoint(words) and not CURB_ZH.isdisjoint(words):
            curbed.append((p.src_start, p.src_end))
        d = _direction(words)
        if d is None or _said(al, p.src_start, p.src_end, d):
            continue
        if explained is None:
            explained = _explained(al)
        f = _reversed(words, p.tgt_text, p.tgt_start, explained)
        if f is not None:
            seen.add((f.start, f.end))
            yield f
    # clause by clause where the lexical alignment says which target text
    # renders the clause: a sentence that rises in one clause and falls in
    # another is judged one clause at a time
    for cv in clause_views(unit):
        if (cv.tgt_start, cv.tgt_end) == cv.pair_tgt:
            continue
        words = cv.word_set()
        d = _direction(words)
        if d is None or _said(al, cv.src_start, cv.src_start + len(cv.src_text), d):
            continue
        if explained is None:
            explained = _explained(al)
        # in a sentence that also curbs something (为缓解拥堵…，新增1000个停车位), a word of curbing
        # ("to mitigate") renders that, wherever the clause's target reaches
        k = bisect_right(curbed, (cv.src_start, _BIG)) - 1
        f = _reversed(words, cv.tgt_text, cv.tgt_start, explained, k >= 0 and cv.src_start < curbed[k][1])
        if f is not None and (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            yield f
    if al is not None:
        for f in _opposites(al):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f
        for f in _part_opposites(al):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f
        for f in _sense_opposites(al):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f
        for f in _degree_opposites(al):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f


RULES = (
    custom(
        "accuracy.polarity.reversed",
        _check,
        category="accuracy/mistranslation",
        severity="neutral",
        requires=REQUIRES,
        langs=EN,
        message="The source says {said}; the translation says “{found}”: the meaning may be reversed.",
        description="The source says a quantity rises (增长, 提高, 加强…) and the aligned target only says it falls "
        "(fell, cut, weaken…), or the reverse; or a target word nothing renders, standing where an unrendered source "
        "word would be, means its opposite (a WordNet antonym, or a contrasting pair of CC-CEDICT: buy/sell, "
        "first/last, public/private), or a target word linked through one character of a source word whose main sense "
        "is its opposite (胜利 -> “defeat”); or a degree word reversed (更先进 -> “fewer advanced”), or a later sense's "
        "antonym beside the rendering of its neighbour (积极成效 -> “negative results”); or a bound turned round (500余 "
        "rendered “fewer than 500”).",
        examples=[
            bad("Exports ⟦fell⟧ by 5% in June.", source="6月出口增长5%。"),
            bad("The country will ⟦weaken⟧ its cooperation with Africa.", source="该国将加强与非洲的合作。"),
            bad("Prices ⟦rose⟧ sharply last week.", source="上周价格大幅下跌。"),
            good("Exports rose by 5% in June.", source="6月出口增长5%。"),
            good("The country will step up its cooperation with Africa.", source="该国将加强与非洲的合作。"),
            good("The measure reduces risks and improves efficiency.", source="该措施降低风险，提高效率。"),
            good("Prices dropped sharply last week.", source="上周价格大幅下跌。"),
            good("Losses narrowed as sales grew.", source="随着销售增长，亏损收窄。"),
            good("In an effort to contain the outbreak, rules were tightened.", source="为抑制疫情反弹，规定更加严格。"),
            bad("Output rose 3%, while exports ⟦fell⟧ 5%.", source="产量增长3%，出口增长5%。"),
            good("Output rose 3%, while exports fell 5%.", source="产量增长3%，出口下降5%。"),
            bad("The company ⟦sold⟧ two plots of land last year.", source="公司去年购买了两块土地。"),
            good("The company bought two plots of land last year.", source="公司去年购买了两块土地。"),
            good("All departments will consolidate flood control.", source="各部门强化防汛工作。"),
            # WordNet's antonyms, word by word on the alignment
            bad("The film is the ⟦last⟧ film he directed.", source="该片是他首次执导的电影。"),
            good("The film is the first film he directed.", source="该片是他首次执导的电影。"),
            good("The new rules keep the earlier stage and the later stage apart.", source="新规则区分前期和后期。"),
            good("These unattractive jobs gave them a chance.", source="这些缺乏吸引力的工作给了他们机会。"),
            good("Some big cities have long commutes.", source="一些大城市通勤路途长。"),
            # one character's gloss is no rendering: "defeat" linked to 胜利 "victory" by 胜 is its opposite
            bad("Wuhan University achieved a ⟦defeat⟧ in the competition.", source="武汉大学在比赛中取得了胜利。"),
            good("Wuhan University achieved a victory in the competition.", source="武汉大学在比赛中取得了胜利。"),
            # ... but not a verb's (暴发 "break out") nor a name's (小姐 "young lady")
            good("China has made every effort to help since the epidemic broke out again.",
                 source="埃博拉疫情再度暴发，中方已经全力驰援。"),
            # a bound turned round
            bad("The reserve has ⟦fewer than⟧ 200 cameras.", source="保护区已安装200余台红外相机。"),
            good("The reserve has more than 200 cameras.", source="保护区已安装200余台红外相机。"),
            good("Supporters fell from over 60% to just over 30%.", source="支持者从逾60%滑到30%多。"),
            # "under" as a preposition and a drag on growth are no fall
            good("Under the decision, Vietnam presented orders to 12 groups to foster ties between the two countries.",
                 source="根据该决定，越南向12个集体授予勋章，以加强两国关系。"),
            good("Investment fell 6.3%, dragging down the economy by 1.16 percentage points.",
                 source="投资下滑6.3%，拖累经济增长1.16个百分点。"),
            # a digit of a name, come/go, a comment on the sentence
            good("During the “Double Eleven” festival this year, national online payments reached 1.77 trillion yuan.",
                 source="今年“双十一”全国网络支付金额达到1.77万亿元。"),
            good("I have recommended my girlfriend to come, and she was also satisfied.",
                 source="已经推荐闺蜜过去，而且闺蜜也同样满心欢喜。"),
            good("Worse, all their belongings and cash were locked in the car.", source="而他们所有的随身物品和现金都锁在车里。"),
            bad("This isn’t the ⟦last⟧ time Kellyanne Conway has caused controversy.",
                source="这不是凯莉安·康威第一次引起争议了。"),
            # the change word rendered by a word the lists do not hold (提升 -> "hoisting"): "sinking" is the shaft's
            good("When sinking the shaft, the tunnel uses a winch hoisting system.", source="隧道采用凿井法，配备绞车提升系统。"),
            bad("The tunnel uses a winch ⟦lowering⟧ system.", source="隧道采用绞车提升系统。"),
            # a sentence that curbs something (缓解): "mitigate" renders that, not the new parking spaces
            good("Guangzhou South Station will launch three new parking lots and 1000 parking spaces to mitigate the "
                 "vehicle parking and congestion problems in the station’s south-north direction and alleviate traffic "
                 "congestion pressure around the station.",
                 source="为缓解南站南北路车辆的滞留和拥堵，广州南站将启用3个新停车场，新增1000个停车位，缓解南站周边交通不畅的压力。"),
            bad("To ease congestion the station opens a parking lot and ⟦cuts⟧ 1000 parking spaces for travellers.",
                source="为缓解拥堵，南站启用新停车场，新增1000个停车位，方便旅客。"),
            # CC-CEDICT's "wide and bright" is no contrast: WordNet opposes wide to narrow
            good("Vietnam Airlines believes that this cooperation is the beginning of a partnership with a bright future "
                 "between the two parties.", source="越航相信，此次合作也是双方未来前景广阔的合作关系的开端。"),
            # "domestic" modifies the rendering of 本币, not 外债; before 外债's own rendering it is its opposite
            good("The share of external debt in domestic currency rose by 1 percentage point.",
                 source="本币外债占比上升1个百分点。"),
            bad("The share of medium- and long-term ⟦domestic⟧ debt rose by 3 percentage points.",
                source="中长期外债占比上升3个百分点。"),
            # "over the past two decades" is a span up to now, not the opposite of 目前 "at present"
            good("Alexis Tam said that the tourism industry in Macau has developed rapidly over the past two decades since "
                 "its return, however, in the face of continuous changes in the external environment.",
                 source="谭俊荣表示回归20年澳门旅游业发展一日千里，但目前面对外围环境因素变化不断。"),
            bad("But in the ⟦past⟧, facing changes in the external environment, the industry had to innovate.",
                source="但目前面对外部环境变化，业界需创新。"),
            # a degree word (更 "more", 最 "most"; CC-CEDICT's text, not the lexicon's glosses) reversed where
            # its rendering stands; 更低 rendered "or less" together with its head is no reversal
            bad("The aircraft will have ⟦fewer⟧ advanced navigation equipment.", source="该机将拥有更先进的导航设备。"),
            good("The aircraft will have more advanced navigation equipment.", source="该机将拥有更先进的导航设备。"),
            good("About a quarter of people live at an altitude of 5 meters or less above sea level.",
                 source="约四分之一的人生活在海拔5米或更低的地方。"),
            # a later one-word sense's antonym (积极 "active; energetic; vigorous; positive"), right beside the
            # rendering of the word next to it; 散热 "to dissipate heat" is cooling, not heat
            bad("This series of measures quickly yielded ⟦negative⟧ results.", source="这一系列措施很快取得了积极成效。"),
            good("This series of measures quickly yielded positive results.", source="这一系列措施很快取得了积极成效。"),
            good("The TV has good cooling and a long service life.", source="该电视散热好，使用寿命长。"),
        ],
    ),
)
