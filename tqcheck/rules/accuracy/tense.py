"""Future said as past, or past as future.

The source marks the future (将, 将要, 即将, 将会, 明年, 明天…) and says
nothing of the past, and the aligned target sentence is in the past only: a
past-tense verb, and no ``will``, ``would``, ``to be``, present tense or
word of the future (``plan``, ``next``, ``upcoming``…). Or the source marks
the past (去年, 昨天, 曾, 曾经, 此前, 已经…) and says nothing of the
future, and the target speaks only of the future (``will`` and no past or
present verb). Or ``will`` stands before the word that renders a source
verb of saying (介绍, 指出, 表示…) with no future or condition before it:
news reports what has been said.

A ``will`` is also flagged where the source has no word of the future, a
plan, a wish, a condition or a modal at all (``_FUTURISH_ZH``) and the
translation goes on with a finite past verb after it (``will be in
charge…, so he informed``); and a past verb for a source verb after 将于/将在
and a date or place (将于8月7日正式揭晓 -> ``were unveiled``). 以往…，而现在…
sets the present against the past: a verb after 现在 is not dated by 以往.

The source's words of the future, plan or modal are read word by word for
the pair-level past test: a compound that holds one of their characters but
whose CC-CEDICT senses say none of it (社会 "society", 重要 "important",
当地 "local") is no future. ``will be`` is judged by the source verb or
adjective its predicate renders.

将 is also the object marker of the 把 construction (将其纳入 "include it");
it counts as the future only before a word that starts a predicate (将于,
将在, 将会, 将继续, 将举行…) or before a verb the segmenter knows.
"""

from __future__ import annotations

import re

from ...lexicon.verbs import PAST_TO_BASE, THIRD_TO_BASE, VERBS
from ...rule import Finding, bad, custom, good
from ...bilingual import alignment
from ...bilingual.names import SAYING
from ._meaning import MPair, as_pair, clause_views, meaning_pairs, segment, usable

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

_FUTURE_ZH = frozenset("将要 即将 将会 明年 明天 明日 后天 下周 下月 下个月 明晚 今后 届时 下半年 下一步".split())
_PAST_ZH = frozenset("去年 昨天 昨日 前天 曾 曾经 上周 上周末 上月 上个月 此前 日前 前不久 已经 已 早前 当年 往年 前年 近日 不久前 "
                     "以往 以前 之前 先前 过去 早已 业已 刚刚 刚才 当时 此后 随后".split())
#: other words of the near future (会 and 要 alone are too often habitual or "must": with them,
#: 3 more false alarms per 1000 references and no more catches)
_MODAL_FUTURE = frozenset("将要 就要 快要".split())
#: anything in the source that a translator may render with "will"
_FUTURISH_ZH = re.compile(r"将|会|要|计划|规划|预计|准备|拟|打算|明|怕|担心|担忧|唯恐|一[^，。；！？]{1,10}就|到\s*[0-9０-９一二三四五六七八九十两][^，。；！？]{0,10}就|下[周月个半一步]|未来|今后|届时|希望|力争|争取|目标|必须|应|"
                          r"需|能|可|愿|想|有望|预期|期待|期望|确保|致力|旨在|承诺|决定|保证|一定|必|即|请|让|正在|当|后|如果|若|一旦|"
                          r"只要|只有|才|都|还|继续|正|今年|本月|本周|月底|年底|永远|始终|长期|[？?]")
#: what CC-CEDICT's glosses say of a word that a translator may render with "will" (可能 "possible",
#: 需要 "need", 以后 "afterwards", 随后 "soon"): a compound holding one of _FUTURISH_ZH's characters
#: whose glosses say none of it (社会 "society", 会议 "meet", 重要 "important", 当地 "local") is no future
_FUTURE_GLOSS = frozenset("""
possible probable possibility probability maybe perhaps able capable can cannot need want require request demand
ensure guarantee decide resolve decision certainly surely necessarily necessary compulsory essential must should
will would shall future late later afterwards soon follow go plan hope wish expect intend prepare aim target
continue still always forever eventually once when if whenever until unless let allow please ask wait about
verge eve upcoming next tomorrow coming ahead
""".split())
#: the parts of _FUTURISH_ZH read across words: 一…就 "as soon as", 到 (a time)…就 "by then it will be", a
#: question mark
_FUTURISH_SPAN = re.compile(r"一[^，。；！？]{1,10}就|到\s*[0-9０-９一二三四五六七八九十两][^，。；！？]{0,10}就|[？?]")


def _futurish_word(word: str) -> bool:
    got = _FUTURISH_WORDS.get(word)
    if got is None:
        got = _FUTURISH_WORDS[word] = _futurish_uncached(word)
    return got


def _futurish_uncached(word: str) -> bool:
    found = [m for m in _FUTURISH_ZH.finditer(word)]
    if not found:
        return False
    if len(word) == 1 or any(m.end() - m.start() > 1 for m in found):
        return True  # 会, 都, 还 as words; 计划, 希望, 今年 wherever they stand
    from ._shared import lexicon

    gloss = lexicon().gloss(word)
    # a word the dictionary does not know (博会 of 世博会, a name) is read by its characters, as before
    return not gloss or not _FUTURE_GLOSS.isdisjoint(gloss)


_FUTURISH_WORDS: dict[str, bool] = {}
#: more that a translator renders with "will": 走下去 "will continue", 冀 "hope", 预 "forecast"
_FUTURISH_EXTRA = re.compile(r"下去|冀|预|进一步|周末")
#: "will" as a noun at a clause's end ("the G20's unbreakable will.")
_WILL_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)")


def _plain_wills(unit, p: MPair, wills: list, past: bool) -> list:
    """The ``will``s the pair-level tests may flag in a source that
    _FUTURISH_ZH's characters no longer guard: none where the source says
    more of the future (_FUTURISH_EXTRA), or dates only a noun (以往的规则
    "the previous rules"), nor a "Will" of a title or a noun; and only where
    the source clause of the verb after it is itself in the past (耿爽日前
    回应表示，这种小动作…贻笑大方 may be "such a ploy will only become a
    laughingstock")."""
    if _FUTURISH_EXTRA.search(p.src_text) or past and not _past_dates(p):
        return []
    return [w for w in wills if w.group(0) != "Will" and not _WILL_ENDS.match(p.tgt_text, w.end())
            and _own_clause_past(unit, p.tgt_start + w.end())]


def _own_clause_past(unit, pos: int) -> bool:
    """The verb after ``will`` at ``pos`` (or the first rendered word after it in its target
    clause) renders a source word whose own clause holds a word of the past or 了/过."""
    al = alignment(unit)
    if al is None:
        return False
    links = _rendered_after_will(al, unit.target.text, pos)
    if not links:
        return False
    cl = al.clauses[al.source[links[0]].clause]
    return any(al.source[k].text in _PAST_ZH or al.source[k].text in _ASPECT_MARKS
               for k in range(cl.first, cl.last))


def _rendered_after_will(al, tgt: str, pos: int) -> list[int] | None:
    """The source words rendered by the verb after ``will`` at ``pos`` or, for a light
    verb (开展 "carry out"), by the first rendered word after it in its target clause;
    None when no verb follows, [] when nothing there is rendered."""
    m = _VERB_AFTER_WILL.match(tgt, pos)
    if m is None:
        return None
    stop = min((i for i in (tgt.find(c, m.start(1)) for c in ",;.") if i >= 0), default=len(tgt))
    for j in al.target_words(m.start(1), stop):
        if al.target[j].links:
            return list(al.target[j].links)
    return []


def _past_dates(p: MPair) -> bool:
    """A past word of the pair dates the sentence, not a noun (以往的 "previous"), nor only
    what comes before a present set against it (以往…，而现在… "in the past…, but now…")."""
    return any(t.text in _PAST_ZH and not p.src_text.startswith("的", t.end - p.src_start)
               and not _NOW_ZH.search(p.src_text, t.end - p.src_start) for t in p.src)


def futurish(p: MPair) -> bool:
    """The pair's source says anything a translator may render with "will",
    word by word: _FUTURISH_ZH's characters inside a compound of another
    sense (社会, 重要, 当时) say nothing of the future."""
    if not _FUTURISH_ZH.search(p.src_text):
        return False
    return bool(_FUTURISH_SPAN.search(p.src_text)) or any(_futurish_word(w) for w in p.word_set())


_PLAN_ZH = frozenset("计划 预计 准备 拟 打算 要 会 预期 有望 将来 未来 力争 争取 目标 希望 届时 即将".split())
#: what may follow 将 when it marks the future
_WILL_NEXT = frozenset("""
于 在 会 要 继续 进一步 迎来 成为 举行 召开 开展 启动 推出 实施 达到 进行 开始 正式 全面 持续 有 不 可 可能 陆续 逐步 重点
加快 加大 通过 对 向 从 由 为 与 和 以 得到 获得 面临 出现 带来 建成 投入 上线 开通 开放 发布 推动 促进 提供 参加 出席 访问
前往 抵达 延续 保持 超过 增加 减少 提高 降低 扩大 采取 实现 完成 结束 取消 恢复 迎 赴 达 被 再 更 大幅 首次 率先 同时 一直
""".split())

# the lookaheads: the letters the words begin with (tests/rules/accuracy/test_regex_guards.py)
_FUT_EN = re.compile(
    r"(?=[abcdefghilmnprstuvw])\b(?:will|won't|shall|would|wo|going|gonna|plan\w*|expect\w*|next|tomorrow|upcoming|future|soon|set|about|"
    r"schedul\w*|forthcoming|aim\w*|intend\w*|prepar\w*|is|are|am|be|has|have|does|do|can|may|must|should|might|"
    r"could|coming|ahead|later|predict\w*|forecast\w*|project\w*|propos\w*|target\w*|hope\w*|seek\w*|pledg\w*|"
    r"promis\w*|vow\w*|starting|until|till|due|anticipat\w*|estimat\w*|likely|eventually|decid\w*|decision|"
    r"agree\w*|announc\w*|intention|ready|willing|pending|begin|start|approach\w*|need\w*|urg\w*|near\w*|verge|brink|imminent\w*)\b|['’]ll\b",
    re.IGNORECASE)
_PAST_FORMS = frozenset(f.past for f in VERBS.values() if f.past != f.base) | {"was", "were", "had", "did"}
_PAST_EN = re.compile(r"\b[a-z]+\b")
_ONLY_FUTURE_BLOCK = re.compile(
    r"\b(?:was|were|had|did|has|have|is|are|am|been|ago|last|yesterday|previous\w*|earlier|already|former\w*|"
    r"once|since|recent\w*|past|used|so far|to date|[a-z]+ed)\b", re.IGNORECASE)
#: verbs of saying: what news reports has been said
_SAYING = SAYING | frozenset("获悉 了解到 表明 宣布 报道 据悉".split())
_WILL_VERB = re.compile(r"\b(will|shall)\s+(?:also\s+|then\s+)?([a-z]+)\b")
#: a future or a condition just before the verb (将表示, 会说, 如果…说)
_FUTURISH_NEAR = re.compile(r"将|会|要|如果|若|一旦|计划|准备|拟|预计|届时")
#: "will" as a noun (the will of the people, political will)
_NOUN_WILL = re.compile(r"\b(?:the|a|his|her|their|its|our|my|your|political|free|good|strong)\s+$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)


def future_markers(p: MPair) -> list:
    words = p.word_set()  # made once per pair and shared with the other rules
    if _FUTURE_WORDS.isdisjoint(words) and "将" not in words:
        return []  # most pairs and clauses: one set test in C instead of a branch per word
    toks = p.src
    out = []
    for i, t in enumerate(toks):
        if t.text in _FUTURE_ZH or t.text in _MODAL_FUTURE:
            out.append(t)
        elif t.text == "将" and i + 1 < len(toks):
            nxt = toks[i + 1].text
            if nxt in _WILL_NEXT or nxt[:1] in ("于", "在"):
                out.append(t)
    return out


def future_marked(p: MPair) -> bool:
    return bool(future_markers(p))


def past_marked(p: MPair) -> bool:
    return not _PAST_ZH.isdisjoint(p.word_set())


_FUTURE_WORDS = _FUTURE_ZH | _MODAL_FUTURE


def as_pair_text(al, pair: int) -> MPair:
    """A pair of the lexical alignment as the pair-level checks read it (its
    source words only)."""
    pr = al.pairs[pair]
    text = al.source_text[pr.src_start:pr.src_end]
    return MPair(pr.src_start, pr.src_end, pr.tgt_start, pr.tgt_end, segment(text, pr.src_start), (), text, "")


_PARTICIPLES = frozenset(f.past for f in VERBS.values() if f.past == f.participle and f.past != f.base)
#: a relative clause's verb (``the cases that were reported``) says when the noun came about, not the sentence
_RELATIVE = re.compile(r"\b(?:that|which|who|whom)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: a participle after its noun (``the cases included in the report``) is no past tense
_AFTER_PARTICIPLE = re.compile(r"\s+(?:in|by|under|during|as)\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUNISH_BEFORE = re.compile(r"\b(?!(?:he|she|it|they|we|i|you|who|which|that|and|or|but|also|then|had|has|have)\b)"
                             r"[a-z]+\s+$", re.IGNORECASE)


def _past_verbs(text: str, regular: bool = False):
    """Past-tense verbs: the irregular forms of the verb table, and with
    ``regular`` any ``-ed`` word (the caller checks that it renders a
    source verb)."""
    for m in _PAST_EN.finditer(text):
        w = m.group(0)
        ed = regular and len(w) > 4 and w.endswith("ed") and w not in _PAST_FORMS
        if w not in _PAST_FORMS and not ed:
            continue
        participle = ed or w in _PARTICIPLES
        before = text[max(m.start() - 40, 0):m.start()]
        if _RELATIVE.search(before) or participle and _BE_BEFORE.search(before):
            continue  # the be-verb of a passive is judged itself
        if participle and _AFTER_PARTICIPLE.match(text, m.end()) and _NOUNISH_BEFORE.search(before):
            continue
        if ed and _HAVE_BEFORE.search(before):
            continue  # "has launched" is no simple past (and "will have launched" no past at all)
        yield m


_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|having|to|will|would|can|could|may|might|must|should)\s+(?:\w+ly\s+)?$",
                          re.IGNORECASE)
#: (a capitalised determiner opens a noun phrase, not a clause: "The results were unveiled" has no present verb)
_THIRD = re.compile(r"\b(?:(?!(?:The|A|An|This|These|That|Those|Its|Their|His|Her|Our|Some|All|Many|Most)\b)[A-Z]\w*|"
                    r"he|she|it|also|now|which|who|that)\s+([a-z]+s)\b")


def _present(text: str) -> bool:
    """A finite present-tense verb after its subject: headlines and reported
    plans say the future in the present (``China launches…``)."""
    return any(m.group(1) in THIRD_TO_BASE for m in _THIRD.finditer(text))


#: past markers bound to their own verb's clause (aspect), unlike 去年 or 此前
_ASPECT = frozenset("已 已经 早已 业已 了 过 曾 曾经 刚刚 刚才".split())
_VERB_AFTER_WILL = re.compile(r"\s+(?:(?:also|then|still|further|significantly|greatly|soon|continue\s+to|"
                              r"be|have|not)\s+)*([a-z]+)")


def _past_in_clause(unit, pos: int) -> bool:
    """The source clause of the verb after ``will`` (at ``pos``), or one after
    it, is marked past, or the sentence has a past time word; also true when the
    alignment does not say which clause that is."""
    al = alignment(unit)
    if al is None:
        return True
    links = _rendered_after_will(al, unit.target.text, pos)
    if not links:
        return True
    if any(al.source[k].text in _PAST_ZH and al.source[k].text not in _ASPECT
           for k in al.pair_source_words(al.source[links[0]].pair)):
        return True  # 去年, 此前: said once for the whole sentence
    # an aspect marker only in clauses before the verb's is a sequence the translator may
    # carry on in the future (首次使用了…系统，提升效率 -> "the systems will improve");
    # one in the verb's clause or after it dates the whole sentence
    first = min(al.clauses[al.source[i].clause].first for i in links)
    pair = al.pair_source_words(al.source[links[0]].pair)
    return any(al.source[k].text in _ASPECT for k in range(first, pair.stop))


#: a day of the month, or "that day": news dates what has happened (7月25日, 当天)
_DATED = re.compile(r"\d+日|[一二三四五六七八九十]+日|当天|当日|日前|近日|昨天|昨日|前天|近期|上午|下午|晚间|凌晨")
#: English verbs of saying that CC-CEDICT's glosses of 说, 表示… leave out
_SAY_EN = frozenset("say tell state note add stress point express introduce explain emphasize reveal announce "
                    "believe think indicate report inform recall learn".split())
#: plans and forecasts a clause may carry besides _FUTURISH_ZH (预报, 进一步降低, 冀共同推动)
_FUTURISH_MORE = re.compile(r"预|进一步|冀|周末")
_PARTICIPLE_FORMS = frozenset(f.participle for f in VERBS.values())
_TIME_DANG = re.compile(r"当天|当日|当时|当地|当前|当年|当月|相当")
#: a verb followed by 一下 (介绍一下 "let me introduce") proposes to do it
_PROPOSAL = re.compile(r"一?下(?![午面来去])|一番")
_CONDITION = re.compile(r"如果|若|一旦|只要|只有|假如|要是|除非")
_WILL_ANY = re.compile(r"\b(will|shall)\s+(?:(?:also|then|still|further|soon|be|have|been|not)\s+)*([a-z]+)\b")


#: the present set against the past (以往…，而现在… "in the past…, but now…"): a verb after it is not dated by
#: the past time word before it
_NOW_ZH = re.compile(r"现在|目前|如今|当前|眼下|而今|现阶段|今天")


def _dated_past(al, w) -> bool:
    """The source dates the verb ``w`` in the past: a time word of the past
    in its sentence (去年, 此前; not one that describes a noun, 以往的规则
    "the previous rules"), an aspect marker before it in its clause (已, 曾)
    or 了/过 after it."""
    cl = al.clauses[w.clause]
    for k in al.pair_source_words(w.pair):
        x = al.source[k]
        if x.text not in _PAST_ZH:
            continue
        if x.text in _ASPECT:
            if x.clause == w.clause and x.start < w.start:
                return True
        elif not al.source_text.startswith("的", x.end) and not (
                x.start < w.start and _NOW_ZH.search(al.source_text, x.end, w.start)):
            return True
    return "了" in al.source_text[w.end:cl.src_end] or "过" in al.source_text[w.end:w.end + 2]


def _unmarked_will(al, tgt: str):
    """``will`` before the rendering of a source word whose clause says
    nothing of the future (no 将, 会, 要, 计划, 明年…, no condition), in a
    sentence the source dates in the past (去年, 了, 已, 7月25日, 当天) or
    whose verb is a verb of saying: ``Boeing will respond later the same
    day`` for 波音公司当天晚些时候回应. The clause, not the sentence, is
    read: 已组织团队…，开展评估 may be rendered ``which will then carry out``."""
    for m in _WILL_ANY.finditer(tgt):
        if _NOUN_WILL.search(tgt, max(m.start() - 20, 0), m.start()):
            continue
        verb = m.group(2)
        state = " be " in m.group(0) + " " and verb not in _PARTICIPLE_FORMS and not verb.endswith("ed")
        words = al.target_words(m.start(2), m.end(2))
        if not words:
            continue
        if state:
            # "it will be cloudy": a state, judged by the source word its predicate renders, when that
            # is a verb or an adjective the source dates in the past (was -> "will be" for 是…了)
            t = next((al.target[j] for j in range(words[0], min(words[0] + 3, len(al.target)))
                      if al.target[j].content and al.target[j].links), None)
            if t is None or not any(al.source[i].pos[:1] in ("v", "a") and _dated_past(al, al.source[i])
                                    for i in t.links):
                continue
        else:
            t = al.target[words[0]]
        src = [al.source[i] for i in t.links]
        saying = False
        if not src and t.lemmas[-1] in _SAY_EN:
            # a source verb of saying no other English verb of saying renders (说 may be linked by a stem
            # elsewhere: "commentator")
            src = [w for k in al.pair_source_words(t.pair) if (w := al.source[k]).text in _SAYING
                   and not any(al.target[j].lemmas[-1] in _SAY_EN for j in w.links)]
            saying = True
        if not src:
            continue
        w = src[0]
        if not w.pos.startswith("v"):
            continue  # "will be scattered showers" for 分散性阵雨: only a verb says when
        pr = al.pairs[w.pair]
        pair_text = al.source_text[pr.src_start:pr.src_end]
        cl = al.clauses[w.clause]
        # Chinese marks the future before the verb (将举行, 计划于…启动, 如果…就): the clause up to the
        # verb, and a condition in the clause before it; time words (当天, 当地) are not 当 "when"
        before = _TIME_DANG.sub("", al.source_text[cl.src_start:w.start])
        prev = al.source_text[al.clauses[w.clause - 1].src_start:cl.src_start] if w.clause and \
            al.clauses[w.clause - 1].pair == w.pair else ""
        if _CONDITION.search(prev) or _CONDITION.search(al.source_text, pr.src_start, w.start):
            continue  # 如果说…，…那么…就没这造化了: a condition anywhere before the verb
        # 了/过 on the verb, or 已/曾 right before it, dates that verb whatever the rest of the sentence
        # says (阻止了 next to 将 as the object marker of another clause); only a future word in its own
        # clause before it, or in the clause before, still answers it (以后发现了再补充, 只怕他送错了)
        if not saying and _aspect_bound(al, w) and not _FUTURISH_MORE.search(before) \
                and not _FUTURISH_SPAN.search(before) and not _prev_future(al, w) \
                and not any(_futurish_word(al.source[k].text) for k in range(cl.first, cl.last)
                            if al.source[k].start < w.start):
            yield Finding(m.start(1), m.end(1), args={"said": "the past or present", "now": "the future"},
                          related=("source", w.start, w.end))
            continue
        if _FUTURISH_ZH.search(before) or _FUTURISH_MORE.search(before):
            continue
        if w.text in _SAYING or saying:
            if _PROPOSAL.match(al.source_text, w.end):
                continue  # 为大家介绍一下 "let me introduce": a proposal, "will introduce"
            # 王毅指出，双方明年将扩大合作 may be announced as "will point out … will expand"
            if _FUTURISH_NEAR.search(al.source_text[max(pr.src_start, w.start - 4):w.start]) or \
                    future_marked(as_pair_text(al, w.pair)):
                continue
        elif "将" in pair_text or _FUTURISH_MORE.search(pair_text) or _FUTURISH_NEAR.search(prev) \
                or not _dated_past(al, w):
            continue
        yield Finding(m.start(1), m.end(1), args={"said": "the past or present", "now": "the future"},
                      related=("source", w.start, w.end))


_PERFECT_BEFORE = frozenset("已 已经 曾 曾经 早已 业已".split())


def _prev_future(al, w) -> bool:
    """The clause before ``w``'s, in its sentence, holds a word of the future
    or a condition as a word of its own (将, 会, 如果, 明年), not as a character
    of another word (要求 "demand", 工会 "trade union")."""
    if not w.clause or al.clauses[w.clause - 1].pair != w.pair:
        return False
    c = al.clauses[w.clause - 1]
    return any(_FUTURISH_NEAR.fullmatch(al.source[k].text) or al.source[k].text in _FUTURE_WORDS
               or _CONDITION.search(al.source[k].text) for k in range(c.first, c.last))


def _aspect_bound(al, w) -> bool:
    """``w`` carries its own mark of the past: 了 or 过 right after it, or
    已/曾 right before it or before one adverb (已全部, 曾多次)."""
    k = al.source_index(w.start, w.end)
    if k is None:
        return False
    src = al.source
    if k + 1 < len(src) and src[k + 1].clause == w.clause and src[k + 1].text in _ASPECT_MARKS:
        return True
    for j in (k - 1, k - 2):
        if j < 0 or src[j].clause != w.clause:
            return False
        if src[j].text in _PERFECT_BEFORE:
            return True
        if not src[j].pos.startswith("d"):
            return False
    return False


#: the future said right before a source verb (将推出, 即将关闭, 计划于…启动), or before the time or
#: place that comes before it (将于8月7日正式揭晓)
#: (将其捞起 "fished it up" is the object marker of the 把 construction, not the future)
_FUTURE_BEFORE = re.compile(r"(?:将(?![其之它他她这那此该所])|将要|即将|将会|计划|准备|拟|预计|届时)[^，；。！？]{0,3}$|"
                            r"将[于在][^，；。！？]{0,10}$")
_FUTURE_ANY = re.compile(r"将|计划|准备|拟|预计|届时")
_PAST_ASPECT = re.compile(r"已|了|曾|过去|去年|此前")
_NEXT_WORD = re.compile(r"\s+(?:\w+ly\s+)?([a-z]+)")
#: a future or modal word earlier in the target clause answers the source's future
_CLAUSE_START = re.compile(r"[,;:—()\"“”]")


_WILL_SAY = re.compile(r"\b(will|shall)\s+(?:also\s+|then\s+)?([a-z]+)\b")
_FINITE = re.compile(r"[a-z]+")
_PAST_AUX = frozenset("was were had would could did might wasn weren hadn wouldn couldn didn".split())
_PRESENT_AUX = frozenset("is are am will has have can may must shall should does do".split())
_PAST_ONLY = frozenset(f.past for f in VERBS.values() if f.past != f.base and f.past != f.participle)
_SUBJECT = frozenset("he she it they we i who".split())


def _past_complement(tgt: str, end: int) -> bool:
    """The first finite verb after a verb of saying at ``end``, up to the end of
    the sentence, is in the past (``was``, ``would``, ``went``, ``he decided``):
    what was said is reported in the past."""
    stop = _SENT_END.search(tgt, end)
    prev = ""
    for m in _FINITE.finditer(tgt, end, stop.start() if stop else len(tgt)):
        w = m.group(0)
        if w in _PAST_AUX or w in _PAST_ONLY or (w in _PAST_FORMS and prev in _SUBJECT):
            return True
        if w in _PRESENT_AUX or (w in THIRD_TO_BASE and prev in _SUBJECT):
            return False
        prev = w
    return False


_SENT_END = re.compile(r"[.;!?](?:\s|$)")


def _will_say_past(al, tgt: str):
    """``will`` before a verb of saying whose report goes on in the past
    (``X will say that the measures were proper``), where the source verb of
    saying has no future, plan or condition before it in its clause: the
    future of what was said (表示，未来将继续…) is not the saying's."""
    for m in _WILL_SAY.finditer(tgt):
        if _NOUN_WILL.search(tgt, max(m.start() - 20, 0), m.start()):
            continue
        words = al.target_words(m.start(2), m.end(2))
        if not words:
            continue
        t = al.target[words[0]]
        say = t.lemmas[-1] in _SAY_EN
        cands = [w for i in t.links if (w := al.source[i]).text in _SAYING or say and w.pos.startswith("v")]
        if not cands and say:
            # 说, 表示 are light words the alignment often leaves unlinked (or links by a stem elsewhere)
            cands = [w for k in al.pair_source_words(t.pair) if (w := al.source[k]).text in _SAYING]
        if not cands or not _past_complement(tgt, m.end()):
            continue
        w = cands[0]
        cl = al.clauses[w.clause]
        pr = al.pairs[w.pair]
        if _PROPOSAL.match(al.source_text, w.end) or _CONDITION.search(al.source_text, pr.src_start, w.start) \
                or _FUTURISH_NEAR.search(al.source_text, max(cl.src_start, w.start - 4), w.start):
            continue
        k0 = al.source_index(w.start, w.end)
        if k0 is None or any(al.source[k].text in _FUTURE_WORDS or _FUTURISH_NEAR.fullmatch(al.source[k].text)
                             for k in range(cl.first, k0)):
            continue
        yield Finding(m.start(1), m.end(1), args={"said": "the past or present", "now": "the future"},
                      related=("source", w.start, w.end))


#: a news dispatch's dateline (新华社成都7月26日电): what it dates has been reported
_DATELINE = re.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日电")


def _dateline_will(al, tgt: str):
    """``will`` before a verb whose object is the rendering of a dispatch's
    dateline (``will report July 26``): the dispatch has been sent."""
    lines = [(d.start(), d.end()) for d in _DATELINE.finditer(al.source_text)]
    if not lines:
        return
    for m in _WILL_SAY.finditer(tgt):
        if _NOUN_WILL.search(tgt, max(m.start() - 20, 0), m.start()):
            continue
        words = al.target_words(m.end(2), min(len(tgt), m.end(2) + 24))
        for j in words[:3]:
            if any(a <= al.source[i].start < b for i in al.target[j].links for a, b in lines):
                yield Finding(m.start(1), m.end(1), args={"said": "the past or present", "now": "the future"})
                break


def _jiang_phrase(al, w) -> bool:
    """将 before a preposition earlier in ``w``'s clause (将对…进行, 将为…提出,
    将与…签署): the future of the verb the phrase leads to. 将 before a noun or a
    pronoun is the object marker (将其捞起), which jieba does not tag ``p``
    after it."""
    k = al.source_index(w.start, w.end)
    if k is None:
        return False
    src = al.source
    cl = al.clauses[w.clause]
    for j in range(cl.first, k - 1):
        if src[j].text == "将" and src[j + 1].pos == "p":
            return True
    return False


def _past_for_future(al, tgt: str):
    """A past-tense verb whose source verb has the future right before it
    (将推出 -> ``launched``, 将关闭 -> ``were closed``), with no future or
    modal word before it in its target clause."""
    for p in range(len(al.pairs)):
        pr = al.pairs[p]
        if not _FUTURE_ANY.search(al.source_text, pr.src_start, pr.src_end):
            continue  # most sentences: no future to lose
        t0, t1 = al.pair_target(p)
        text = tgt[t0:t1]
        for m in _past_verbs(text, regular=True):
            start = t0 + m.start()
            pos = start
            if m.group(0) in ("was", "were", "had"):
                n = _NEXT_WORD.match(tgt, t0 + m.end())
                if n is None:
                    continue
                pos = n.start(1)
            words = al.target_words(pos, pos + 1)
            if not words:
                continue
            src = [al.source[i] for i in al.target[words[0]].links]
            if not src or not src[0].pos.startswith("v"):
                continue
            w = src[0]
            cl = al.clauses[w.clause]
            if not _FUTURE_BEFORE.search(al.source_text[max(cl.src_start, w.start - 14):w.start]):
                # 将 + a preposition is farther from its verb: only where the target says no future before
                # the verb at all ("will provide us with tools, lessons learned" for 将为我们提供…借鉴)
                if not _jiang_phrase(al, w) or _FUT_EN.search(tgt, t0, start):
                    continue
            pr = al.pairs[w.pair]
            if _PAST_ASPECT.search(al.source_text, pr.src_start, pr.src_end):
                continue  # 计划增持的高管已累计增持 "had increased": the plan is carried out
            # the target clause around the verb: "units provided at X will add up" is no past
            cut = t0 + max((i + 1 for i, c in enumerate(text[:m.start()]) if _CLAUSE_START.match(c)), default=0)
            stop = _CLAUSE_START.search(tgt, t0 + m.end(), t1)
            stop_at = stop.start() if stop else t1
            # after the verb only a time of the future answers it ("closed until next week"): a verb there
            # ("seek", "need", "aim") is another verb's ("possessed the conditions necessary to seek")
            if _FUT_EN.search(tgt, cut, t0 + m.end()) or _answers_after(tgt, t0 + m.end(), stop_at) \
                    or _MODAL_BEFORE.search(tgt, cut, start):
                continue
            yield Finding(start, t0 + m.end(), args={"said": "the future", "now": "the past"},
                          related=("source", w.start, w.end))


#: words of a future time (a subset of _FUT_EN): after a past verb they put it in the future
_FUT_TIME_EN = re.compile(r"(?=[abcdefilnstuw])\b(?:will|would|next|tomorrow|upcoming|future|soon|later|until|till|ahead|coming|"
                          r"due|starting|from\s+now|forthcoming|eventually|shall|is|are|am|be)\b|['’]ll\b", re.IGNORECASE)
_TIME_ADVERB = frozenset("next tomorrow upcoming future soon later ahead coming forthcoming eventually".split())
_SPAN_PREP = re.compile(r"\b(?:until|till|to|for|by|through|from|into|starting|before|after)\s+(?:the\s+)?$", re.IGNORECASE)


def _answers_after(tgt: str, start: int, stop: int) -> bool:
    """A future time after a past verb puts it in the future only as the end
    of a span (``closed until next week``, ``postponed to next year``): a
    bare ``next week`` or ``tomorrow`` after it (``took steps next week``)
    contradicts the past instead of answering the source's future."""
    for f in _FUT_TIME_EN.finditer(tgt, start, stop):
        if f.group(0).lower() in _TIME_ADVERB and not _SPAN_PREP.search(tgt, max(start, f.start() - 20), f.start()):
            continue
        return True
    return False


_MODAL_BEFORE = re.compile(r"\bto\b|\bwould\b|\bif\b|\bwhen\b|\bonce\b|\bafter\b|\bbefore\b|\buntil\b",
                           re.IGNORECASE)


#: a finite verb's place: after a subject pronoun, or a clause joined after a comma ("will continuously be
#: consolidated and developed": without the comma, a participle under the "will")
_FINITE_BEFORE = re.compile(r"(?:\b(?:he|she|they|we|i|who)|,\s*(?:and|but|then|so))\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _later_past(text: str, pos: int) -> bool:
    """A finite past-tense verb after ``pos``: the sentence goes on in the past."""
    rest = text[pos:]
    return any(_FINITE_BEFORE.search(rest, max(0, v.start() - 16), v.start()) for v in _past_verbs(rest, regular=True))


#: 了 and 过 as words of their own: the past without a time word
_ASPECT_MARKS = frozenset(("了", "过"))


def _rel(pos: int, start: int, end: int) -> float:
    return (pos - start) / max(end - start, 1)


def _check(unit, options):
    if not usable(unit):
        return
    seen: set[tuple[int, int]] = set()
    al0 = alignment(unit)
    for p in meaning_pairs(unit):
        fut, past = future_markers(p), past_marked(p)
        if fut and not past:
            # counting markers against cues (将…将会 against one "will") put
            # the span below chance on MQM: any future word of the target now
            # answers every marker
            cues = list(_FUT_EN.finditer(p.tgt_text))
            if cues or _present(p.tgt_text):
                continue
            pv = list(_past_verbs(p.tgt_text))
            if not pv:
                continue
            # the past verb farthest from every future word of the target
            c_rel = [_rel(c.start(), 0, len(p.tgt_text)) for c in cues]
            m = max(pv, key=lambda v: min((abs(_rel(v.start(), 0, len(p.tgt_text)) - r) for r in c_rel),
                                         default=1.0)) if cues else pv[0]
            seen.add((p.tgt_start + m.start(), p.tgt_start + m.end()))
            yield Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": "the future",
                                                                                  "now": "the past"})
        elif not fut and (past or not _ASPECT_MARKS.isdisjoint(p.word_set())) and not futurish(p):
            wills = [w for w in _WILL.finditer(p.tgt_text) if not _NOUN_WILL.search(p.tgt_text, 0, w.start())
                     and not p.tgt_text.startswith(" of", w.end())]
            if wills and _FUTURISH_ZH.search(p.src_text):
                # judged only since the future is read word by word (社会 is no 会): stricter there
                wills = _plain_wills(unit, p, wills, past)
            # Chinese has no tense: 已 or 了 marks one clause, and the translator
            # may put another clause in the future (已组织团队…，开展评估 -> "have
            # organised teams, which will then carry out")
            # a "will" whose verb renders no source word belongs to a clause the translator
            # added or spelt out ("已经换了一个骑手" -> "another deliveryman who will deliver it"):
            # it turns no source verb into the future
            wills = [w for w in wills if _past_in_clause(unit, p.tgt_start + w.end())
                     and (al0 is None or _rendered_after_will(al0, unit.target.text, p.tgt_start + w.end()) != [])]
            if wills:
                w = wills[0]
                seen.add((p.tgt_start + w.start(), p.tgt_start + w.end()))
                yield Finding(p.tgt_start + w.start(), p.tgt_start + w.end(), args={"said": "the past or present",
                                                                                      "now": "the future"})
        elif not fut and _WILL.search(p.tgt_text) and not futurish(p):
            # no word of the future or of any plan, wish, condition or modal in the source, while
            # the translation tells the rest of the sentence in the past: its "will" has nothing to
            # render (王礼稳负责13户…，一户一户通知 -> "will be in charge…, so he informed…")
            # (not "I'll": chat announces its own words, "I'll say it again")
            wills = [w for w in _WILL.finditer(p.tgt_text) if not _NOUN_WILL.search(p.tgt_text, 0, w.start())
                     and not p.tgt_text.startswith(" of", w.end()) and w.group(0).isalpha()]
            if wills and _FUTURISH_ZH.search(p.src_text):
                wills = _plain_wills(unit, p, wills, True)
            if wills and _later_past(p.tgt_text, wills[0].end()):
                w = wills[0]
                seen.add((p.tgt_start + w.start(), p.tgt_start + w.end()))
                yield Finding(p.tgt_start + w.start(), p.tgt_start + w.end(), args={"said": "the past or present",
                                                                                      "now": "the future"})
    # word by word on the lexical alignment: news reports what was said in
    # the past, so "will" before the rendering of a verb of saying (胡巧立介绍
    # -> "Hu Qiaoli will say") is the future where the source has none
    al = alignment(unit)
    if al is not None:
        tgt = unit.target.text
        for m in _WILL_VERB.finditer(tgt):
            words = al.target_words(m.start(2), m.end(2))
            src = [al.source[i] for j in words for i in al.target[j].links]
            if not src or not all(w.text in _SAYING for w in src):
                continue
            pair = src[0].pair
            pr = al.pairs[pair]
            if future_marked(as_pair_text(al, pair)) or _FUTURISH_NEAR.search(
                    al.source_text[max(pr.src_start, src[0].start - 4):src[0].start]) or \
                    _PROPOSAL.match(al.source_text, src[0].end):
                continue
            f = (m.start(1), m.end(1))
            if f not in seen:
                seen.add(f)
                yield Finding(*f, args={"said": "the past or present", "now": "the future"},
                              related=("source", src[0].start, src[0].end))
    if al is not None:
        for f in (*_unmarked_will(al, unit.target.text), *_past_for_future(al, unit.target.text),
                  *_will_say_past(al, unit.target.text), *_dateline_will(al, unit.target.text)):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f
    # clause by clause on the lexical alignment: a future clause whose target
    # clause is only in the past, inside a sentence that also speaks of the past
    for cv in clause_views(unit):
        if (cv.tgt_start, cv.tgt_end) == cv.pair_tgt:
            continue
        cp = as_pair(cv)
        fut = future_markers(cp)
        if not fut or past_marked(cp) or _FUT_EN.search(cv.tgt_text) or _present(cv.tgt_text):
            continue
        pv = list(_past_verbs(cv.tgt_text))
        if pv:
            f = (cv.tgt_start + pv[0].start(), cv.tgt_start + pv[0].end())
            if f not in seen:
                seen.add(f)
                yield Finding(*f, args={"said": "the future", "now": "the past"})


RULES = (
    custom(
        "accuracy.tense.reversed",
        _check,
        category="accuracy/mistranslation",
        severity="neutral",
        requires=REQUIRES,
        langs=EN,
        message="The source speaks of {said}; the translation speaks only of {now} (“{found}”).",
        description="A source marked as future (将, 即将, 明年…) with a target only in the past tense, or a source "
        "marked as past (去年, 昨天, 曾…) with a target only in the future, or “will” before the rendering of a "
        "source verb of saying (指出 -> will point out) where the source says nothing of the future.",
        examples=[
            bad("The two sides ⟦held⟧ talks in Beijing.", source="双方将于明年在北京举行会谈。"),
            bad("The factory ⟦will⟧ produce 10,000 cars.", source="该厂去年生产了1万辆汽车。"),
            good("The two sides will hold talks in Beijing next year.", source="双方将于明年在北京举行会谈。"),
            good("The two sides are to hold talks in Beijing.", source="双方将在北京举行会谈。"),
            good("The factory produced 10,000 cars last year.", source="该厂去年生产了1万辆汽车。"),
            good("The bureau included it in the management list.", source="该局将其纳入管理名单。"),
            good("Sales last year hit a record, and this year they will grow.", source="去年销量创纪录，今年将继续增长。"),
            good("He said the work was nearing completion.", source="他表示该系统的研制工作即将完成。"),
            good("Five platforms have organised teams, which will then carry out on-site evaluations.",
                 source="5家平台已组织团队入驻企业，开展现场评估。"),
            bad("The factory ⟦will⟧ produce 10,000 cars, and sales rose.", source="该厂去年生产了1万辆汽车，销量上升了。"),
            good("The report was published, and its cases provide a reference.", source="报告已发布，其中的案例将提供借鉴。"),
            bad("Wang Yi ⟦will⟧ point out that the cooperation has been fruitful.", source="王毅指出，双方合作成果丰硕。"),
            good("Wang Yi pointed out that the cooperation has been fruitful.", source="王毅指出，双方合作成果丰硕。"),
            good("Wang Yi will point out that the two sides will expand cooperation next year.",
                 source="王毅指出，双方明年将扩大合作。"),
            good("These factors test the will of the patrol members.", source="这些因素考验着巡逻队员的意志。"),
            # word by word: "will" for a verb whose clause says nothing of the future, dated in the past
            bad("The company ⟦will⟧ sign the agreement with the city.", source="该公司去年与该市签署协议。"),
            good("The company signed the agreement with the city last year.", source="该公司去年与该市签署协议。"),
            good("The rule will not apply in the last two minutes.", source="常规时间最后两分钟，沿用以往的罚球规则。"),
            # a past verb for a source verb with 将 right before it
            bad("The troupe, which is famous, ⟦launched⟧ three new works.", source="著名的杂技团将推出三部新剧目。"),
            good("The troupe, which is famous, will launch three new works.", source="著名的杂技团将推出三部新剧目。"),
            # a fear looks ahead (怕, 担心); 一…就 is a condition; 介绍一下 proposes to do it
            good("OK, I just worry that he will deliver it to the wrong address.", source="好的，我只怕他送错了地址"),
            bad("OK, he ⟦will⟧ deliver it to the wrong address.", source="好的，他送错了地址"),
            good("It's friendly to newbies, but once you pass that stage, it will become useless.",
                 source="对新手挺友好，但一过了新手阶段就鸡肋了。"),
            good("The author will introduce them for you.", source="小编为大家简单介绍下。"),
            bad("The author ⟦will⟧ introduce them for you.", source="小编为大家简单介绍了。"),
            # the present set against the past (以往…，而现在…): the verb after 现在 is not dated by 以往
            good("Zhang Xuyang said that in the past, locating customers through questionnaires was easily biased, but "
                 "now using artificial intelligence for user portraits will help to better locate customers.",
                 source="张旭阳表示，以往通过调查问卷来定位客户的风险偏好容易存在偏差，而现在使用人工智能进行用户画像，有助于更好地定位客户。"),
            # nothing of the future in the source, and the sentence goes on in the past
            bad("Wang Liwen ⟦will⟧ be in charge of the relocation of 13 households, so he informed the villagers one by one.",
                source="王礼稳负责13户村民的转移安置工作，一户一户通知，确认每个人的安置方案。"),
            good("Wang Liwen was in charge of the relocation of 13 households, so he informed the villagers one by one.",
                 source="王礼稳负责13户村民的转移安置工作，一户一户通知，确认每个人的安置方案。"),
            good("The work will continuously be consolidated and developed.", source="合作仍不断得到巩固和发展。"),
            # 说 linked by a stem to "commentator" is still unsaid by any verb of saying
            bad("Francis Semwenza, a current affairs commentator of Tanzania, ⟦will⟧ say that China’s decisions were "
                "proper.", source="坦桑尼亚时事评论员弗朗西斯·塞姆温扎说，中方上述决定是正当的。"),
            good("Francis Semwenza, a current affairs commentator of Tanzania, said that China’s decisions were proper.",
                 source="坦桑尼亚时事评论员弗朗西斯·塞姆温扎说，中方上述决定是正当的。"),
            # 将于 + a date before the verb; "The results" is a noun phrase, not a present verb
            bad("The results ⟦were⟧ officially unveiled on August 7th.", source="结果将于8月7日正式揭晓。"),
            good("The results will be officially unveiled on August 7th.", source="结果将于8月7日正式揭晓。"),
            # the future read word by word: 社会 "society" holds 会 but says no future
            bad("Last year, the film ⟦will⟧ cause wide discussion in society.", source="去年，这部电影在社会上引起了广泛讨论。"),
            good("Last year, the film caused wide discussion in society.", source="去年，这部电影在社会上引起了广泛讨论。"),
            good("The rule will not apply in the last two minutes.", source="以往的规则在比赛最后两分钟沿用。"),
            # "will be" judged by the source word its predicate renders
            bad("The local government ⟦will⟧ be fully prepared to divert the flood.", source="当地已做好分洪前各项准备。"),
            good("The local government was fully prepared to divert the flood.", source="当地已做好分洪前各项准备。"),
            # 将 before a preposition is the future of the verb the phrase leads to; 将其 is the object marker
            bad("The caravan ⟦carried⟧ out a live broadcast of each village.", source="大篷车将对每个村庄进行直播。"),
            good("The caravan will carry out a live broadcast of each village.", source="大篷车将对每个村庄进行直播。"),
            good("The Coast Guard subsequently fished it up.", source="海岸警卫队随后将其捞起。"),
            # a verb of saying put in the future while what was said stays in the past
            bad("The official ⟦will⟧ say that in the future, they would keep up the pressure.",
                source="相关负责人表示，未来将继续保持高压态势。"),
            good("The official said that in the future, they would keep up the pressure.",
                 source="相关负责人表示，未来将继续保持高压态势。"),
            # a dispatch's dateline (7月26日电) has been sent
            bad("Xinhua News Agency, Chengdu, ⟦will⟧ report July 26 (Reporter Wang Bin)",
                source="新华社成都7月26日电（记者王斌）"),
            good("Xinhua News Agency, Chengdu, July 26 (Reporter Wang Bin)", source="新华社成都7月26日电（记者王斌）"),
        ],
    ),
)
