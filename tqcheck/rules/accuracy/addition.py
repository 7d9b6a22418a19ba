"""Target content that nothing in the source supports.

Inside each aligned pair, a clause of the translation (between commas,
semicolons, colons, dashes, brackets and sentence ends) whose content words
the lexical alignment links to nothing in the source, and that adds a name,
a number or a run of content, while the rest of the pair is well rendered.
Translators add small explanations, so the bar is high: precision first.
A pair whose source is rendered less well (down to ``MIN_REST_AT_END``) is
judged only at a clause that ends the translation after the source has
been rendered to its end.

A number whose digits the source never writes counts as a content word
of the clause (an added fact: "and more than 200 people attended"); one
the source writes is support, as the alignment links a value said twice
only once. Left alone (each a class of false alarm on clean references): a clause
with a capitalised word the lexicon does not know while a source name or
abbreviation is rendered by nothing (the clause renders it in a form the
alignment cannot match); a bracketed term cut at its comma; capitalised
words that repeat a rendered name of the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...bilingual import CONTENT, GLOSSARY, LATIN, NAME, SOFT
from ...rule import Finding, bad, custom, good
from ._common_glosses import common
from ._shared import REQUIRES, get, pair_coverage, trim

MIN_WORDS = 4  # content words in the clause, none linked
MIN_REST = 0.6  # share of the pair's source rendered
MIN_REST_AT_END = 0.4  # the same, for a clause past the end of a fully rendered source (_past_the_end)
#: (a comma inside a number, 2,760, breaks nothing: its second half alone would be a clause of its own)
# (one alternative per first character, so that the scan for it stays fast)
_BREAK = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))|[;:()\[\]—–]|(?<=\w)\.(?=\s)|\s-\s")


#: how a source word was linked when a character's gloss or a derived form did it: chance finds such a
#: link in any clause of a long sentence (举行 "hold" by 行 "move"; 人民币 by 人民 "people")
_LOOSE = frozenset({"part", "derived"})
#: jieba's tags of idioms and set phrases: the segmenter calls them soft, but a link to one (令行禁止 "orders")
#: is the idiom rendered, not a light verb's chance gloss
_IDIOM_TAGS = frozenset({"i", "l"})
#: at most one lightly supported content word in this many: a chance link leaves the rest unsupported
_LIGHT_SHARE = 4


def _chance_links(al, idx: range, starts: list[int], a: int, lo: int, hi: int, linked: list[int]) -> bool:
    """The linked words of the clause [lo, hi) (``linked``), which starts at
    ``a``, are linked only by chance: each lightly (by a character's gloss or
    a derived form, to a light verb or discourse word: 表示, 一定, 日前, or by
    a lemma CC-CEDICT glosses hundreds of words with: ``_common_glosses``) to a
    source word that does not stand where the clause does (outside the source
    words between those the rendered words around the clause render: 培育
    "cultivate", in the middle of the source, by 育 "raise" in a clause after
    its end). Asked only of a clause that ends its pair past the end of a fully
    rendered source (``_past_the_end``): in the middle, or before an unrendered
    ending, a light link is as likely the free rendering itself (一池春水 in "a
    new source of growth")."""
    source, target = al.source, al.target
    if any(target[j].content for j in range(hi, idx.stop)):
        return False
    p = target[idx.start].pair
    words = al.pair_source_words(p)
    before = next((target[j] for j in range(lo - 1, idx.start - 1, -1) if target[j].links), None)
    first = max(before.links) if before is not None else words.start - 1
    for j in linked:
        for i in target[j].links:
            w = source[i]
            if i > first:
                return False
            if w.how in _LOOSE or w.kind == SOFT and w.pos not in _IDIOM_TAGS:
                continue
            # a content word linked by a lemma CC-CEDICT glosses hundreds of words with (made by 使用 "make use of")
            if not (w.how == "lexicon" and w.kind == CONTENT and not common().isdisjoint(target[j].lemmas)):
                return False
    return _past_the_end(al, p, idx, starts, a) or _surplus(al, p, idx, lo, hi)


#: unlinked content words the rest of the translation must hold per unrendered source content word for it to
#: have rendered all of the source (dev: 1.5 let three clean references fire, 2.5 none; a margin kept)
SURPLUS = 3
#: the same, for the words between the last rendered word and the clause against the unrendered source words
#: after its source word (dev: 0.5 let two clean references fire, 0.75 none)
TAIL_SURPLUS = 1


def _surplus(al, p: int, idx: range, lo: int, hi: int) -> bool:
    """The translation outside the clause [lo, hi) of pair ``p`` has room
    to have rendered all that the lexicon could not match, freely and in
    another order, so that a clause after it that renders nothing carries on
    past the source even where ``_past_the_end`` cannot tell: the target
    words outside the clause hold ``SURPLUS`` times as many unlinked content
    words as the source has unrendered ones (坚定…信心 "strengthen their
    resolve" before 报国 "serve the country"), or those between the last
    rendered word and the clause hold ``TAIL_SURPLUS`` times as many as the
    source has unrendered after that word's source word (激活了乡村一池春水
    "which has become a new source of growth for rural areas", and then
    a clause more)."""
    source, target = al.source, al.target
    words = al.pair_source_words(p)
    u = sum(1 for i in words if not source[i].how and source[i].kind in _GAP_KINDS)
    v = sum(1 for j in idx if (j < lo or j >= hi) and target[j].content and not target[j].links)
    if v >= SURPLUS * u:
        return True
    before = next((j for j in range(lo - 1, idx.start - 1, -1) if target[j].links), None)
    if before is None:
        return False
    tail_u = sum(1 for i in range(max(target[before].links) + 1, words.stop)
                 if not source[i].how and source[i].kind in _GAP_KINDS)
    tail_v = sum(1 for j in range(before + 1, lo) if target[j].content and not target[j].links)
    return tail_v >= TAIL_SURPLUS * tail_u


def _clauses(text: str, start: int, end: int):
    pos = start
    for m in _BREAK.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


_QUOTES = ('"', "“", "”")


def _quotes(text: str, a: int, b: int) -> int:
    return sum(text.count(q, a, b) for q in _QUOTES)


#: source words that name something in a form the alignment may not spell out: proper names
#: (梁子恒 "Nono Leong", 特鲁多) and abbreviations (交行 "Bank of Communications", 武警)
_NAMED_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", "j"})


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())


def _names_unseen(al, p: int, words, text: str) -> bool:
    """The clause holds a capitalised word past the sentence start, not
    spelled in pinyin and not a place the lexicon knows, while a
    name or abbreviation of the same source sentence is rendered by nothing:
    the clause most likely renders that name (an English or Cantonese name,
    a title, an expanded abbreviation) in a form the alignment cannot
    match, as translators do, rather than adding content."""
    from ...bilingual.lexicon import load
    from ...lexicon.pinyin import is_pinyin_name

    places = load().places
    # a place the lexicon knows (Hong Kong by its first word), or a day or month, would have been
    # matched had the source said it
    unknown, known_run = False, False
    for t in words:
        if not t.name:
            known_run = False
            continue
        known_run = t.key in places or t.key in _CALENDAR or known_run
        # a name spelled in pinyin that matches no source word is a wrong name (Ban Xiangguo), not a rendering
        if not known_run and not _opens(text, t.start) and not is_pinyin_name(t.text):
            unknown = True
            break
    if not unknown:
        return False
    return any(not w.how and (w.kind == NAME or w.pos in _NAMED_TAGS) and len(w.text) >= 2
               for w in (al.source[i] for i in al.pair_source_words(p)))


def _past_the_end(al, p: int, idx: range, starts: list[int], a: int) -> bool:
    """The clause that starts at ``a`` ends its pair's target (the caller
    knows), and the rendered word right before it renders a source word
    after which the source sentence says nothing unrendered: the source has
    been rendered to its end and the translation goes on. A pair the lexicon matches poorly is judged only
    so; there a clause after an unrendered source ending most likely
    renders that ending freely (激活了乡村一池春水 "which has become a new
    source of growth for rural areas")."""
    target, source = al.target, al.source
    lo = bisect_left(starts, a, idx.start, idx.stop)
    before = next((target[j] for j in range(lo - 1, idx.start - 1, -1) if target[j].links), None)
    if before is None:
        return False
    stop = al.pair_source_words(p).stop
    return not any(not source[i].how and source[i].kind in _GAP_KINDS for i in range(max(before.links) + 1, stop))


def _repeats(al, idx, content) -> int:
    """How many of the clause's capitalised words repeat a rendered name of
    the same sentence (the second "Beijing West Station" of a timetable): a
    name said again adds nothing. Nor does a piece of a source Latin token
    that nothing renders (#PRS_ORG# -> "PRS", "ORG": the target cut it at its
    underscore). (Common words said again are content: counting them as
    repeats hid an added "secretary of the municipal party committee" for
    市长 and a wrong "US $199.8 billion" that MQM raters marked.)"""
    said = {al.target[j].name for j in idx if al.target[j].links and al.target[j].name}
    pieces = _latin_pieces(al, idx)
    return sum(1 for t in content if (t.name and t.name in said) or t.key in pieces)


_PIECE = re.compile(r"[a-z0-9]+")


def _latin_pieces(al, idx) -> set[str]:
    """The letter and digit runs, in lower case, of the pair's source Latin tokens that nothing renders."""
    if not idx:
        return set()
    source = al.source
    p = al.target[idx.start].pair
    return {x for i in al.pair_source_words(p) if source[i].kind == LATIN and not source[i].how
            for x in _PIECE.findall(source[i].text.lower())}


def _fills_gap(al, idx: range, lo: int, hi: int) -> bool:
    """Target words [lo, hi) stand between two rendered words whose source
    words have unrendered source content between them: the clause stands
    where the source says something the lexicon could not match, and most
    likely renders it freely (媒体通气会 "a press conference", 惠民生 "bring
    great benefits to people's livelihood"), rather than adding to it. A
    clause at either end of its pair has only one such neighbour and is judged
    as before."""
    target, source = al.target, al.source
    before = next((target[j] for j in range(lo - 1, idx.start - 1, -1) if target[j].links), None)
    if before is None:
        return False
    after = next((target[j] for j in range(hi, idx.stop) if target[j].links), None)
    if after is None:
        return False
    a, b = max(before.links), min(after.links)
    a, b = min(a, b), max(a, b)
    # numbers left out: a value that nothing renders is the number checks' business, not a free rendering;
    # at most _NEAR words looked at, so that many clauses of one long pair stay linear
    return any(source[i].how == "" and source[i].kind in _GAP_KINDS for i in range(a + 1, min(b, a + 1 + _NEAR)))


_NEAR = 64


_GAP_KINDS = frozenset((CONTENT, NAME, LATIN, GLOSSARY))


#: words that place a place: "Qingdao, east China's Shandong Province"
_LOCATORS = frozenset("""east eastern west western north northern south southern central northeast northeastern northwest
northwestern southeast southeastern southwest southwestern province city county region autonomous prefecture municipality
district capital state country town village""".split())


def _describes_name(al, idx: range, lo: int, hi: int, words) -> bool:
    """The clause says where a rendered place lies, right after it (news
    style: "in Qingdao, China's eastern Shandong province"), or is a
    title-cased title right before a rendered name ("Vice Chairman of the
    13th National People's Congress (NPC) Zhang Chunxian"): translators
    add both to names the source gives bare."""
    from ...bilingual.lexicon import load

    target, source = al.target, al.source

    def named(j: int) -> bool:
        return j in idx and bool(target[j].links) and target[j].capitalised and any(
            source[i].kind == NAME for i in target[j].links)

    content = [t for t in words if t.content]
    places = load().places
    if named(lo - 1) and all(t.key in _LOCATORS or (t.capitalised and t.key in places) for t in content):
        return True
    j = hi
    while j in idx and not target[j].links and target[j].text.isupper():
        j += 1  # an acronym in brackets between the title and the name
    return named(j) and all(t.capitalised or t.text[:1].isdigit() for t in content)


#: a quoted term of the source: a slogan, an idiom, a list of keywords (“六稳”, “宽于律己，严于律人”,
#: “科技、时尚、绿色”), not a quoted sentence (sentence marks inside, or more than ten characters)
_QUOTED_TERM = re.compile(r"“[^“”。！？!?]{1,12}”|\"[^\"。！？!?]{1,12}\"")


def _renders_quoted_term(al, src: str, pr, text: str, a: int, b: int) -> bool:
    """The clause opens or closes a quotation, and the source sentence quotes
    a term whose words are not all rendered: translators spell such terms
    out (“六稳” "ensuring stability in employment, financial operations…"),
    and the clause is most likely part of that."""
    if not any(q in text[max(0, a - 1):b + 1] for q in _QUOTES):
        return False
    for m in _QUOTED_TERM.finditer(src, pr.src_start, pr.src_end):
        if sum(1 for c in m.group(0) if "\u4e00" <= c <= "\u9fff") > 10:
            continue  # a quoted sentence (“法律与公正党是妇女的地狱”), not a term
        if any(not al.source[i].how and al.source[i].kind in _GAP_KINDS
               for i in al.source_words(m.start(), m.end())):
            return True
    return False


_NUMBER = re.compile(r"\d[\d,.]*")


def _new_number(text: str, t, source: str) -> bool:
    """A number of the translation whose digits, with any thousands
    separators and decimals read with it (2,760), the source never writes."""
    a = t.start
    while a > 0 and (text[a - 1].isdigit() or text[a - 1] in ",." and a > 1 and text[a - 2].isdigit()):
        a -= 1
    m = _NUMBER.match(text, a)
    digits = m.group(0).rstrip(",.").replace(",", "") if m else t.key
    return digits not in source


def _opens(text: str, start: int) -> bool:
    """The word opens a sentence (after an end mark or quote, or the text start)."""
    head = text[max(0, start - 3):start].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?:;"


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    text = unit.target.text
    min_words = options.get("min_words", MIN_WORDS)
    min_rest = options.get("min_rest", MIN_REST)
    starts = al._starts("target")
    for p in range(len(al.pairs)):
        idx = al.pair_target_words(p)
        if not idx:
            continue
        rendered, total = pair_coverage(al, p)
        if total < 3 or rendered < MIN_REST_AT_END * total:
            continue
        # a poorly rendered pair is judged only where the translation goes on past the source's end
        low = rendered < min_rest * total
        # there only the clause holding the pair's last content word can be past the end
        tail = next((al.target[j].start for j in reversed(idx) if al.target[j].content), -1) if low else -1
        pr = al.pairs[p]
        for a, b in _clauses(text, pr.tgt_start, pr.tgt_end):
            if low and not a <= tail < b:
                continue
            # the pair's words that start in [a, b): clauses follow each other, so a binary search
            # over the word starts finds them (a walk over the words was a Python step per word)
            lo, hi = bisect_left(starts, a, idx.start, idx.stop), bisect_left(starts, b, idx.start, idx.stop)
            if hi - lo < min_words:
                continue  # too few words to hold enough content words: most clauses
            if low and not (_past_the_end(al, p, idx, starts, a) or _surplus(al, p, idx, lo, hi)):
                continue
            words = al.target[lo:hi]
            linked = [j for j in range(lo, hi) if al.target[j].links]
            if linked and not _chance_links(al, idx, starts, a, lo, hi, linked):
                continue
            light = len(linked)
            # a number counts as content where the source never writes it (an added fact), and as support
            # where it does (the alignment links a value once: 2,760 said twice leaves the second unlinked)
            numbers = [_new_number(text, t, unit.source.text) for t in words if t.key.isdigit() and not (
                       t.start > 1 and text[t.start - 1] in ",." and text[t.start - 2].isdigit())]
            if not all(numbers):
                continue
            content = [t for t in words if t.content]
            if len(content) + len(numbers) < min_words or light * _LIGHT_SHARE > len(content) + len(numbers):
                continue
            if text[max(0, a - 1):a + 1].strip() in ("(", "") and _quotes(text, a, b) % 2:
                continue  # a bracketed term cut at its comma: (hereinafter “Home Credit”)
            if _names_unseen(al, p, words, text):
                continue
            if len(content) + len(numbers) - _repeats(al, idx, content) < min_words:
                continue
            if _fills_gap(al, idx, lo, hi) or _describes_name(al, idx, lo, hi, words) \
                    or _renders_quoted_term(al, unit.source.text, pr, text, a, b):
                continue
            s, e = trim(text, a, b, " \t\n\"'“”‘’.")
            yield Finding(s, e, args={"words": len(content)},
                          related=("source", *trim(unit.source.text, pr.src_start, pr.src_end, " \t\n")))


ADDITION = custom(
    "accuracy.addition",
    _check,
    category="accuracy/addition",
    severity="neutral",
    requires=REQUIRES,
    options={"min_words": MIN_WORDS, "min_rest": MIN_REST},
    message="Nothing in the source supports this part of the translation.",
    description="A clause of the translation with several content words (a number the source never writes "
    "counts as one) that the lexical alignment links to nothing in the source, while the rest of its sentence is "
    "rendered, or, in a sentence rendered less well, a clause that goes on after the source has been rendered to "
    "its end.",
    examples=[
        bad("The two sides signed a trade agreement on Monday, ⟦despite heavy snow across northern Europe⟧.",
            source="双方周一签署了贸易协定。"),
        good("The two sides signed a trade agreement on Monday.", source="双方周一签署了贸易协定。"),
        # an added number is an added fact; one the source writes supports its clause
        bad("The two sides signed a trade agreement on Monday, ⟦and more than 200 people attended the ceremony⟧.",
            source="双方周一签署了贸易协定。"),
        good("As of 17:00 on July 26, the inflow was 2,760 cubic meters per second, the outflow was 2,760 cubic meters "
             "per second, and the water level was 1,071.5 meters.",
             source="截至7月26日17时，入库流量每秒2760立方米，出库流量每秒2760立方米，坝前水位1071.5米。"),
        # a placeholder cut at its underscore
        good("I’ve used #PRS_ORG# many times, and today I had the worst experience.",
             source="多次用#PRS_ORG#，今天这次是最差的体验"),
        good("Wang Yi said China is willing to strengthen cooperation with the U.S.",
             source="王毅表示，中方愿与美方加强合作。"),
        # names the source gives in a form the alignment cannot match (English names of Macao people)
        good("The designers, Mann Lao and Nono Leong, graduated from Macao Polytechnic Institute and founded a "
             "design company in 2013.", source="设计师刘华智、梁子恒毕业于澳门理工学院，于2013年共同创立设计公司。"),
        # ... but a place the lexicon knows, or a day, is no unmatched name
        bad("The designer graduated from Macao Polytechnic Institute and founded a design company in 2013, "
            "⟦while investors fled the market in Hong Kong on Monday⟧.",
            source="设计师刘华智毕业于澳门理工学院，于2013年共同创立设计公司。"),
        # a bracketed term cut at its comma by the clause split
        good("Home Credit B.V. (hereinafter referred to as “Home Credit”) advocated rational consumption, reminding "
             "its users to develop good consumption awareness.",
             source="捷信消费金融有限公司（以下简称“捷信”）发出理性消费倡导，提醒广大用户树立良好的消费意识。"),
        # in the middle of the sentence, where the source says something the lexicon does not match (媒体通气会)
        good("On the 25th, Liu Meiying, deputy director of the Beijing Municipal Commerce Bureau, explained at a press "
             "conference that after the resumption, the consumption season would keep its subsidies.",
             source="北京市商务局副局长刘梅英在25日举行的媒体通气会上介绍，重启后的消费季将保持现有补贴力度。"),
        # where a rendered place lies, and a title before a rendered name
        good("On the 26th, China Everbright Bank set up a subsidiary in Qingdao, China's eastern Shandong province.",
             source="26日，光大银行在青岛成立子公司。"),
        good("Vice Chairman of the 13th National People's Congress (NPC) Zhang Chunxian attended the reception.",
             source="张春贤出席招待会。"),
        bad("Zhang Chunxian attended the reception, ⟦where Vice Chairman Wang Chen gave a speech⟧.",
            source="张春贤出席招待会。"),
        # a quoted term spelled out
        good("Sun Ruizhe, president of the China National Textile and Apparel Council, said the textile industry has "
             "entered a new stage, and that the development concepts of “technology, fashion, and environmental "
             "protection” continue to become more important.",
             source="中国纺织工业联合会会长孙瑞哲表示，纺织工业已经迈入新阶段，“科技、时尚、绿色”的发展理念日益深化。"),
        # ... but not where the source words around it are rendered side by side
        bad("On Monday the two sides, ⟦after months of secret talks in Geneva and Vienna⟧, signed a trade agreement.",
            source="双方周一签署了贸易协定。"),
        # a pair the lexicon matches poorly: judged only past the end of a fully rendered source
        bad("Offenders can be fined up to 1,000 euros, ⟦which has raised concerns among foreign investors⟧.",
            source="违反该规定者最高可处以1000欧元罚金。"),
        good("In recent years, national policies to alleviate poverty, revitalize rural areas, and benefit farmers and "
             "agriculture have inspired an increasing number of people outstanding migrant workers like Zhang Xiong to "
             "return to their hometowns to start their own businesses, which has become a new source of growth for "
             "rural areas.",
             source="近年来，在国家脱贫攻坚、乡村振兴等一系列支农惠农政策激励感召下，越来越多像张雄一样的优秀农民工选择返乡创业，"
                    "激活了乡村一池春水。"),
        # a rendered name said again
        good("Subway Line 7 will extend the time of the last train from 23:15 to 00:15 at Beijing West Station "
             "and from 22:25 to 23:25 at Jiaohuachang Station, bound for Beijing West Station.",
             source="地铁7号线北京西站末班车发车时间由23:15延长至00:15，焦化厂站末班车发车时间由22:25延长至23:25。"),
    ],
)

RULES = (ADDITION,)
