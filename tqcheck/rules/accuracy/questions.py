"""A question translated as a statement, or a statement as a question.

The source asks (a clause ending in ？ or ?; in a source with no end
punctuation at all, as chat and headlines are written, a final 吗/呢 or a
question word such as 为什么, 多久, 是不是, 能否, or 是否 opening the sentence)
and the aligned target sentence
asks nothing: no ``?`` and no reported question (``asked whether``, ``wondered
how``). Or the target asks (``?``) where the source has no question mark and
no question particle (吗, 呢, 吧, 么). 是否 alone makes no question: ``问他是否
同意`` is reported speech, "asked whether he agreed", and so it is neither
required nor enough.

Not lost: a question word under a verb of knowing or teaching (教你怎么
"teach you how"); a wh-question (no 吗) that the target reports as a clause
("you don't know what will happen"); a rhetorical question (何必, 何苦, 岂)
said as the answer it implies. Not added: a request (麻烦你, 请) put as a
polite question ("Can you…?").

Where a question lost only its final mark, ``translation.ending.mark`` says
so at the mark; this rule reports the sentence that no longer asks.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._meaning import meaning_pairs, usable

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

_ZH_Q = re.compile(r"[？?]")
_ZH_PARTICLE = re.compile(r"[吗呢吧么嘛][”’\"'）)]*[，。！…]")
#: reported questions: the question is rendered, as indirect speech
#: (the verb alone is no question: "asking rebels to admit it", "I can ask for a refund")
_INDIRECT = re.compile(r"\b(?:ask\w*|wonder\w*|question\w*|inquir\w*|enquir\w*)(?:\s+[\w’']+){0,3}?\s+"
                       r"(?:if|why|how|what|when|where|who|whom|which|whose)\b|\b(?:whether|query|queries|queried)\b",
                       re.IGNORECASE)
#: a wh-question in the form of one (``how can I…``, ``what are the conditions…``)
_WH_FORM = re.compile(r"[\s\"'“‘(]*(?:(?:so|and|but|then|hello|hi)\W+)*(?:why|how|what|when|where|who|which)"
                      r"(?:\s+\w+){0,2}?\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|much|"
                      r"many|long|soon)\b", re.IGNORECASE)
#: an A-not-A verb opening the sentence asks (会不会, 能不能, 是不是)
_A_NOT_A_OPEN = re.compile(r"^\s*(?:(?:那么|那|但是|但|请问|你好|您好|所以|还有|另外)[，,\s]*)?(.{1,2})[不没]\1")
#: a sentence in the form of a question
_INVERTED = re.compile(r"[\s\"'“‘(]*(?:(?:so|and|but|then|hello|hi)\W+)*(?:(?:could|can|would|will|shall|should|may|is|are|"
                       r"was|were|do|does|did|have|has)\s+(?:you|i|we|it|they|he|she|this|that|there)\b|"
                       r"(?:why|how|what|when|where|who|which)\b)", re.IGNORECASE)
#: the same after an opening clause ("After his persona collapsed, is he able to win re-election")
_INVERTED_LATE = re.compile(r",\s+(?:could|can|would|will|shall|should|may|is|are|was|were|do|does|did|have|has)\s+"
                            r"(?:you|i|we|it|they|he|she|there)\b", re.IGNORECASE)
#: a yes/no question's word order: an auxiliary (or its negative) before a pronoun subject, opening the
#: sentence or a clause after a comma ("isn't it nice", "…, shouldn't we consider")
_ASKING_ORDER = re.compile(r"(?:^|[,;:]\s)[\s\"'“‘(]*(?:(?:so|and|but|then|hello|hi)\W+)*"
                           r"(?:could|can|would|will|shall|should|may|is|are|was|were|do|does|did|have|has)(?:n['’]t)?\s+"
                           r"(?:you|i|we|it|they|he|she|there)\b", re.IGNORECASE)
#: a sentence that opens with a pronoun before a modal of asking ("You could help contact the rider and
#: ask if …", "I may ask when …"): the statement that "Could you …?" or "May I ask …?" becomes
_MODAL_STATEMENT = re.compile(r"[\s\"'“‘(]*(?:(?:so|and|but|then|hello|hi|excuse me)\W+)*(?:you|i|we)\s+(?:could|can|may)\s+"
                              r"(?!not\b)", re.IGNORECASE)
#: one full stop at the end, not an ellipsis (什么叫 -> "What is the...": a fragment)
_FULL_STOP = re.compile(r"(?<![.…])\.[\"'”’)]*\s*$")
_LEAD = re.compile(r"^[\s\"'“‘(（\[]*")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    lead = _LEAD.match(seg)
    assert lead is not None  # it matches the empty string
    a = start + lead.end()
    b = end
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!。！\"'”’)）"):
        b -= 1
    return a, b


#: a source with no end punctuation at all (chat, headlines) asks with words
_ZH_END = re.compile(r"[。！!.…；;：:，,、”’\"')）]\s*$")
_ZH_ASK_END = re.compile(r"[吗呢么嘛]\s*$")
#: question words that ask on their own; 什么, 谁, 哪里, 如何 also head indirect
#: questions and relative clauses (老师教孩子们什么是可回收垃圾 "what is…")
_ZH_ASK_WORDS = frozenset("为什么 为何 怎么 怎么办 怎么样 多久 几点 几时 是不是 会不会 有没有 能不能 可不可以 要不要 行不行 "
                          "好不好 对不对 可以吗 吗 呢 么 能否 可否 怎样 哪里 哪儿".split())
#: words the segmenter keeps whole that begin with a question word (怎样才能 "how can")
_ZH_ASK_HEADS = ("为什么", "为何", "怎么", "怎样", "多久")
#: 是否 asks when it opens the sentence (是否已取消了), not inside it (确定是否符合)
_OPENERS = frozenset("那 那么 但 但是 请问 你好 您好 所以 还有 另外".split())


#: any question word: enough to leave an English question alone
_ZH_ANY_Q = re.compile(r"什么|怎样|怎么|如何|多少|哪|谁|几|是否|为什么|为何|吗|呢|吧|么|(.{1,2})[不没]\1|是不是|能否|可否")
#: 为什么 after these is reported, not asked (不知道为什么 "I don't know why")
_ZH_INDIRECT = re.compile(r"(?:知道|问|明白|清楚|说|解释|了解|告诉|教|学)(?:你们|我们|他们|大家|你|我|他|她)?(?:为什么|怎么|为何)")
#: a question whose answer it implies (何必呢？ "why bother?"; 难道…吗？; a short negative yes/no question,
#: 拥有千元拍的享受不香吗？ "you can enjoy the quality of a one-thousand racket"): rendered as that answer
#: as often as asked
_ZH_RHETORICAL = re.compile(r"何必|何苦|何须|何尝|岂|难道")
#: (not an A-not-A question: 是不是太贵了吗 asks)
_ZH_NEGATIVE_ASK = re.compile(r"(.?)[不没]([^，。；！？,;!?\s]{1,4})吗\s*[？?]")


def _rhetorical(src: str) -> bool:
    if _ZH_RHETORICAL.search(src):
        return True
    return any(not (m.group(1) and m.group(2).startswith(m.group(1))) for m in _ZH_NEGATIVE_ASK.finditer(src))
#: a request (麻烦你…, 请…, 帮我…) and the polite question English makes of it
_ZH_REQUEST = re.compile(r"麻烦|劳驾|拜托|请|帮我|帮忙")
_POLITE_EN = re.compile(r"[\s\"'“‘(]*(?:(?:so|and|but|then|hello|hi|please)\W+)*(?:can|could|would|will)\s+(?:you|i|we)\b",
                        re.IGNORECASE)
#: a question asking leave ("Or can I cancel the order?")
_ASK_LEAVE = re.compile(r"[\s\"'“‘(]*(?:(?:so|and|but|then|or|hello|hi)\W+)*(?:can|could|may|shall|should)\s+(?:i|we)\b",
                        re.IGNORECASE)
_WH_WORD = re.compile(r"\b(?:why|how|what|who|where|when|which)\b", re.IGNORECASE)
#: a wh-question put as a clause of the sentence (你不知道会有什么事发生呢？ "you don't know what will
#: happen"; 贵在哪里？ "I will explain why they are expensive", "I'll tell you the reason for the high
#: price"): rendered, as a reported question
#: ("knows how to use" is a skill, not a question)
_EMBEDDED = re.compile(r"\b(?:know|knows|knew|known|tell|tells|told|explain\w*|introduc\w*|show\w*|understand\w*|"
                       r"sure|idea|learn\w*|find out|figure out|wonder\w*)\s+(?:[\w’']+\s+){0,3}?"
                       r"(?:why|what|who|whom|how|where|when|which|whether)\b(?!\s+to\b)|"
                       r"\b(?:know|knows|knew|tell|tells|told|explain\w*|show\w*|learn\w*|find out|say)\s+(?:[\w’']+\s+){0,2}?"
                       r"the\s+reasons?\s+(?:for|why|behind)\b", re.IGNORECASE)


def _question_mark(text: str) -> bool:
    """A question mark that ends a question: not one inside a quoted name
    (“特别？爱增值”), where a letter follows it before the quotation closes."""
    for m in _ZH_Q.finditer(text):
        opened = text.count("“", 0, m.start()) > text.count("”", 0, m.start())
        nxt = text[m.end():m.end() + 1]
        if opened and nxt and ("\u4e00" <= nxt <= "\u9fff" or nxt.isalnum()):
            continue
        return True
    return False


def asks(p) -> bool:
    """The source pair is a direct question: a question mark, or (with no
    end punctuation at all) a final particle or a question word."""
    if _question_mark(p.src_text):
        return True
    if _ZH_END.search(p.src_text):
        return False
    if _ZH_INDIRECT.search(p.src_text):
        return bool(_ZH_ASK_END.search(p.src_text))
    if _ZH_ASK_END.search(p.src_text) or any(t.text in _ZH_ASK_WORDS or t.text.startswith(_ZH_ASK_HEADS)
                                             for t in p.src):
        return True
    if _A_NOT_A_OPEN.match(p.src_text):
        return True
    words = [t.text for t in p.src if t.text.strip("，, ")]
    while words and words[0] in _OPENERS:
        words.pop(0)
    return any(w in ("是否", "能否", "可否") for w in words[:3])


def _closed_question(tgt: str) -> bool:
    """The target sentence asks by its word order (an auxiliary before its
    subject, at its start or after an opening clause: "isn't it nice …",
    "when we buy insurance, shouldn't we consider …") and a full stop closes
    it: a question made a statement by its mark."""
    return bool(_FULL_STOP.search(tgt)) and bool(_ASKING_ORDER.search(tgt))


#: question words that also head indirect questions and relative clauses (什么是可回收垃圾), left out of
#: ``_ZH_ASK_WORDS``
_ZH_WH = re.compile(r"什么|如何|多少|哪|谁|几")


def _wh_closed(p) -> bool:
    """Chat with no end mark and a question word the source may also use in
    a reported question (那$32要满足什么条件才能用), which the target renders as a
    wh-question in form and closes with a full stop ("Then what are the
    conditions for using it."): the translator read a question and made it a
    statement by its mark."""
    return not _ZH_END.search(p.src_text) and bool(_ZH_WH.search(p.src_text)) \
        and not _ZH_INDIRECT_ANY.search(p.src_text) and bool(_FULL_STOP.search(p.tgt_text)) \
        and bool(_WH_FORM.match(p.tgt_text))


#: a question word under a verb of knowing or telling (不知道什么时候, 告诉你哪里): reported
_ZH_INDIRECT_ANY = re.compile(r"(?:知道|问|明白|清楚|说|解释|了解|告诉|教|学|看看|确认|查)[^，。！？,.!?]{0,6}?(?:什么|如何|多少|哪|谁|几)")


def _lost(unit, options):
    if not usable(unit):
        return
    tgt = unit.target.text
    for p in meaning_pairs(unit):
        if not asks(p) and not _wh_closed(p):
            continue
        if "?" in p.tgt_text or "？" in p.tgt_text:
            continue
        closed = _closed_question(p.tgt_text)
        # the statement form of "Could you …?"/"May I ask …": what the sentence reports is not asked
        told = closed or bool(_MODAL_STATEMENT.match(p.tgt_text))
        if _INDIRECT.search(p.tgt_text) and not told:
            continue
        if _rhetorical(p.src_text) and not _WH_WORD.search(p.tgt_text) and not closed:
            continue  # said as the answer it implies ("we don't need to"); "why bother." still lost its mark
        if not re.search(r"吗\s*[？?]", p.src_text) and _EMBEDDED.search(p.tgt_text) and not told:
            continue
        if not _question_mark(p.src_text) and (_INVERTED.match(p.tgt_text) or _INVERTED_LATE.search(p.tgt_text)) and not (
                p.tgt_text.rstrip().endswith(".") and (_WH_FORM.match(p.tgt_text)
                                                       or closed and _ZH_ASK_END.search(p.src_text))):
            # chat asks without marks on both sides: "Could you help follow up on it";
            # a wh-question closed by a full stop was made a statement by its mark, as is
            # a yes/no question whose source ends in 吗 ("Shall I tell him on the phone.")
            continue
        a, b = _sentence_span(tgt, p.tgt_start, p.tgt_end)
        if b > a:
            yield Finding(a, b)


def _made(unit, options):
    if not usable(unit):
        return
    for p in meaning_pairs(unit):
        if asks(p) or _ZH_PARTICLE.search(p.src_text + "。") or _ZH_ANY_Q.search(p.src_text):
            continue
        if _ZH_REQUEST.search(p.src_text) and _POLITE_EN.match(p.tgt_text):
            continue  # 麻烦你给个交代 "Can you give me an explanation?": a request put politely
        if not _ZH_END.search(p.src_text) and _ASK_LEAVE.match(p.tgt_text):
            continue  # chat with no end mark says nothing of its mood: 或取消订单 "Or can I cancel the order?"
        for m in re.finditer(r"\?", p.tgt_text):
            yield Finding(p.tgt_start + m.start(), p.tgt_start + m.end())
            break


LOST = custom(
    "accuracy.questions.lost",
    _lost,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    langs=EN,
    message="The source asks a question here; the translation makes it a statement.",
    description="A source question (？) whose aligned target sentence neither asks (?) nor reports a question "
    "(asked whether…).",
    examples=[
        bad("⟦The economy is recovering⟧.", source="经济正在复苏吗？"),
        bad("⟦An ordinary farmer built a cultural courtyard⟧.", source="一个普通农民为什么要建文化大院？"),
        good("Is the economy recovering?", source="经济正在复苏吗？"),
        bad("⟦It is canceled already⟧.", source="是否已取消了"),
        good("Has it been canceled?", source="是否已取消了"),
        good("Could you help follow up on it, I am in a hurry", source="能否帮忙跟进一下，因为比较着急"),
        good("Then how can I contact the delivery person", source="那我怎样才能联系到送餐专员"),
        bad("⟦Then how can I contact the delivery person⟧.", source="那我怎样才能联系到送餐专员"),
        bad("⟦Or you may ask: why are the prices so different⟧.", source="或者又问：价格为什么差价这么大呢？"),
        good("Or you may ask: why are the prices so different?", source="或者又问：价格为什么差价这么大呢？"),
        bad("⟦I can ask for a refund of the chicken⟧.", source="但口水鸡是否可退款"),
        bad("⟦It would be possible that you can only use it after spending $100⟧.", source="会不会又要买够$100才能用"),
        good("Would it be possible that you can only use it after spending $100?", source="会不会又要买够$100才能用"),
        good("It will not happen again, he said.", source="会不会再发生，他说不会。"),
        good("We will check whether it meets the rules.", source="我们将确定是否符合规定。"),
        good("Reporters asked whether the economy was recovering.", source="记者问：经济正在复苏吗？"),
        good("He asked whether they agreed.", source="他问他们是否同意。"),
        good("Whether they agree is unclear.", source="他们是否同意尚不清楚。"),
        bad("⟦That is why it takes so long⟧.", source="为什么这么久"),
        good("Why is it taking so long?", source="为什么这么久"),
        good("Nothing happened.", source="没有什么事发生。"),
        good("Teacher teaches children what recyclable garbage is", source="老师教授孩子们什么是可回收垃圾"),
        good("But I don't know why the restaurant kept putting off the delivery", source="但餐厅不知道为什么不断推迟送货时间"),
        good("The government launched a scheme called “Love Upgrading”.", source="政府推出这项名为“特别？爱增值”的计划。"),
        # a question word under a verb of teaching: an indirect question ("teach you how to pose")
        good("After I arrived at the store, I filled in my name and chose the outfits; later in the shoot, they would "
             "teach you how to pose; they sent the photos after three days",
             source="到店先填了姓名然后选服装，后面拍摄会教你怎么摆造型，三四天就发来了"),
        # a wh-question made a clause of the sentence, as a reported question
        good("The official shooting is next week, and you don’t know who your partner will be and what interesting "
             "things might happen.", source="下周就要开始正式录制了，你并不知道自己的搭档会是谁，会有什么有趣的事情发生呢？"),
        # ... but a yes/no question with 吗 is not reported by "know what", nor a question by "know how to"
        good("Then I’ll tell you the reason for the high price of canned milk powder.",
             source="现在我跟大家先说一下听装贵的原因，贵在哪里？"),
        bad("⟦Then I’ll tell you the reason for the high price of canned milk powder⟧.",
            source="现在我跟大家先说一下听装贵的原因，是不是太贵了吗？"),
        bad("⟦You know what happened⟧.", source="你知道发生了什么吗？"),
        bad("⟦An adult who knows how to use a smartphone does not know how to open the door with a card⟧.",
            source="一个会用智能手机的成年人为什么不会用房卡开门？"),
        # a rhetorical question said as the answer it implies; with its question word, it still asks
        good("Don't try to prove we are right; we don't need to.", source="也不要试图证明咱们是正确的，何必呢？"),
        bad("⟦Don't try to prove we are right; why bother⟧.", source="也不要试图证明咱们是正确的，何必呢？"),
        # a short negative yes/no question is rhetorical too (不香吗？ "isn't it great?" = "it is great")
        good("You can enjoy the quality of a one-thousand-yuan racket.", source="二手的200块，拥有千元拍的享受不香吗？"),
        bad("⟦You can enjoy the quality of a one-thousand-yuan racket⟧.", source="二手的200块，拥有千元拍的享受香吗？"),
        # ... but one said as a question and closed by a full stop lost its mark
        bad("⟦Isn't it nice to have a one-thousand-yuan racket for 200 yuan⟧.",
            source="二手的200块，拥有千元拍的享受不香吗？"),
        # a question in form closed by a full stop, though it also reports one ("consider whether")
        bad("⟦When we buy insurance, shouldn't we consider whether the agent will serve us for years⟧.",
            source="我们在购买保险的时候，是不是应该认真思考一下，这个中介是不是可以长期为我们服务呢？"),
        good("When we buy insurance, we should consider whether the agent will serve us for years.",
             source="我们在购买保险的时候，应该认真思考一下，这个中介是否可以长期为我们服务。"),
        # chat that ends in 吗: a yes/no question closed by a full stop is a statement
        bad("⟦Shall I tell him on the phone⟧.", source="要打电话跟他说吗"),
        # "Could you …?" made a statement, though it reports another question ("ask if")
        bad("⟦Hello, you could help contact the rider and ask if he is still on the road⟧.",
            source="你好，能否帮忙联系 rider，问一下是不是还在路上？"),
        good("Hello, could you help contact the rider and ask if he is still on the road?",
             source="你好，能否帮忙联系 rider，问一下是不是还在路上？"),
        good("Please help contact the rider and ask if he is still on the road.",
             source="你好，能否帮忙联系 rider，问一下是不是还在路上？"),
        # chat with a question word that may also report one: a wh-question closed by a full stop
        bad("⟦Then what are the conditions for using the $32 one⟧.", source="那 $32 要满足什么条件才能用"),
        good("Then what are the conditions for using the $32 one", source="那 $32 要满足什么条件才能用"),
        good("I want to know what the conditions are.", source="我想知道要满足什么条件"),
        good("What is the...", source="什么叫"),
        good("Shall I tell him on the phone", source="要打电话跟他说吗"),
        # chat and headlines ask without marks on either side, also after an opening clause
        good("After his public persona collapsed, is he able to still win the re-election",
             source="特鲁多“人设崩塌”，他还能成功连任吗"),
        bad("⟦After his public persona collapsed, he is able to still win the re-election⟧",
            source="特鲁多“人设崩塌”，他还能成功连任吗"),
    ],
)

MADE = custom(
    "accuracy.questions.added",
    _made,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    langs=EN,
    message="The translation asks a question that the source does not ask.",
    description="A target question mark where the aligned source has no question mark and no question particle.",
    examples=[
        bad("Is the economy recovering⟦?⟧", source="经济正在复苏。"),
        good("Is the economy recovering?", source="经济正在复苏吗？"),
        good("Is the economy recovering?", source="经济正在复苏吗"),
        good("The economy is recovering.", source="经济正在复苏。"),
        good("How much is this set?", source="这一套多少钱啊"),
        # a request put as a polite question
        good("Can you give me a reasonable explanation?", source="麻烦你给个合理交代"),
        # chat with no end mark at all: asking leave is one reading of it
        good("Or can I cancel the order?", source="或取消订单"),
        bad("Or can I cancel the order⟦?⟧", source="或取消订单。"),
        bad("Can you give me a reasonable explanation⟦?⟧", source="你给了一个合理交代。"),
    ],
)

RULES = (MADE, LOST)
