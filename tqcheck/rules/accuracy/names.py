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

from ...bilingual.lexicon import load
from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, get

#: English titles that stand in for a name (``the president said``)
TITLES = frozenset("""president premier minister chairman chairwoman chair spokesman spokeswoman spokesperson
secretary leader ambassador governor mayor head chief director envoy official officer commander
general king queen prince emperor pope chancellor counselor councillor""".split())


def _is_place(al, nc) -> bool:
    w = al.source[nc.word]
    return w.pos == "ns" and w.text in load().proper


def _suspect(al, nc):
    """An unaligned known proper name in the same pair (``Beijing`` for 上海)."""
    from ...bilingual.names import key
    from ...lexicon.pinyin import syllables

    w = al.source[nc.word]
    known = load().places
    for j, t in enumerate(al.target):
        if t.pair != w.pair or t.links or not t.capitalised or not t.content:
            continue
        k = key(t.text)
        if k in known and syllables(k) >= 2:  # a Chinese place in pinyin: Beijing, Guangzhou
            return j
    return None


def _titled(al, pair: int) -> bool:
    """The sentence names someone by a bare title (``the president said``)."""
    ts = [t for t in al.target if t.pair == pair]
    for k, t in enumerate(ts):
        if t.key in TITLES:
            nxt = ts[k + 1] if k + 1 < len(ts) else None
            if nxt is None or not nxt.capitalised or nxt.links:
                return True
    return False


def _unexplained_capital(al, pair: int) -> bool:
    """A capitalised word inside a sentence that nothing in the source
    explains: it may well be the name in a spelling not predicted."""
    text = al.target_text
    for t in al.target:
        if t.pair != pair or t.links or not t.capitalised or not t.content:
            continue
        before = text[max(0, t.start - 3):t.start].strip()
        if t.start == al.pairs[pair].tgt_start or before[-1:] in (".", "?", "!", "“", '"', "") and t.start - 3 <= al.pairs[pair].tgt_start:
            continue
        if before[-1:] in (".", "?", "!", ":"):
            continue
        return True
    return False


def _changed(unit, options):
    al = get(unit)
    if al is None:
        return
    src = unit.source.text
    for nc in al.names:
        w = al.source[nc.word]
        if nc.status == "changed" and nc.links:
            s, e = al.target[min(nc.links)].start, al.target[max(nc.links)].end
            yield Finding(s, e, args={"source": w.text, "expected": nc.expected}, suggestions=(nc.expected,),
                          related=("source", w.start, w.end))
        elif nc.status == "missing" and _is_place(al, nc):
            j = _suspect(al, nc)
            if j is not None:
                t = al.target[j]
                yield Finding(t.start, t.end, args={"source": src[w.start:w.end], "expected": nc.expected},
                              related=("source", w.start, w.end))


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
        # places are often left implicit or folded into an adjective (瑞士 -> the Alps, 中国 -> national):
        # only person names are reported missing
        if not nc.chinese or _titled(al, w.pair) or _unexplained_capital(al, w.pair):
            continue
        yield Finding(w.start, w.end, side="source", args={"expected": nc.expected}, related=("target", t0, t1))


CHANGED = custom(
    "accuracy.names.changed",
    _changed,
    category="accuracy/mistranslation",
    severity="major",
    requires=REQUIRES,
    message="“{found}” does not render the source name {source} ({expected}).",
    description="A source name rendered as a different name: another given name after the right surname, or "
    "another place where the source's place is missing.",
    examples=[
        bad("Vice President ⟦Han Zhen⟧ met Kallas.", "Han Zheng", source="国家副主席韩正会见了卡拉斯。"),
        bad("Foreign Minister ⟦Wang Li⟧ arrived on Monday.", "Wang Yi", source="外交部长王毅周一抵达。"),
        bad("The economy of ⟦Beijing⟧ grew by 5 percent.", source="上海的经济增长了5%。"),
        good("Vice President Han Zheng met Kallas.", source="国家副主席韩正会见了卡拉斯。"),
        good("Shanghai's economy grew by 5 percent.", source="上海的经济增长了5%。"),
        good("Former leader Teng Hsiao-ping visited the city.", source="前领导人邓小平访问了该市。"),
        good("Tsai Ing-wen spoke on Monday.", source="蔡英文周一发表讲话。"),
        good("Wang said the talks were useful.", source="王毅说，会谈很有益。"),
    ],
)

MISSING = custom(
    "accuracy.names.missing",
    _missing,
    category="accuracy/omission",
    severity="major",
    requires=REQUIRES,
    message="The source name “{found}” ({expected}) is not in the translation.",
    description="A Chinese person name of the source that nothing in the translation renders "
    "(pinyin, Wade–Giles, a Hong Kong surname, or a transliteration).",
    examples=[
        bad("Kallas was received in Beijing on Monday.", source="⟦王毅⟧周一在北京会见了卡拉斯。"),
        good("Wang Yi received Kallas in Beijing on Monday.", source="王毅周一在北京会见了卡拉斯。"),
        good("The president met Kallas.", source="习近平会见了卡拉斯。"),
        good("Vice President Han Zheng met Kallas.", source="国家副主席韩正会见了卡拉斯。"),
        good("EU foreign policy chief Kaja Kallas met Costa.", source="欧盟外交主管卡拉斯会见了科斯塔。"),
    ],
)

RULES = (CHANGED, MISSING)
