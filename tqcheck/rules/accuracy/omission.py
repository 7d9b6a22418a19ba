"""A source clause that nothing in the translation renders.

Inside each aligned sentence pair, a clause of the source (between ，；：
and sentence ends) with several content words of which the alignment finds
none in the target, while the rest of the pair is well rendered, has most
likely been dropped. Light verbs, discourse words and idioms never count
(translators leave them implicit); a whole sentence without translation is
``translation.sentences.missing``'s, a lone number ``translation.numbers.missing``'s.

A single word is reported where the source joins two nouns (国际和地区合作)
and the translation keeps one with no coordination beside it: a free
rendering keeps the "and", a dropped word does not.

A clause is left alone where the target holds, in its place, several
content words that render nothing (the clause said in words the lexicon
does not match). A clause that only names a speaker (阮氏金银女士强调，) is left alone when
the target has someone say something ("She affirmed…"), and a conjunct when
a word beside its partner's rendering renders nothing (it may be the
missing word, which the lexicon does not match: 社会 "social").

A speaker is reported where the translation makes a statement impersonal
("It was said that…") while the source names who said it and nothing renders
that subject; a subject where the translation opens on "It" and an auxiliary
while the source opens on a name (or a noun right before its verb, or a 《》
title; behind an opening adverbial clause such as 自…以来，) that nothing renders; and the source of a report (据美联社报道，) or whose view it is
(各海湾国家认为，) where nothing renders it and the translation attributes the
statement to nobody. A name counts as rendered there only by a target
word that no other mention of it in the sentence also claims (据巴西媒体报道，
巴西还有… -> "… in Brazil": that Brazil is the second mention's).
"""

from __future__ import annotations

import re

from ...bilingual import CONTENT, GLOSSARY, LATIN, NAME, NUMBER, PUNCT
from ...bilingual.kinds import CONTENT_KINDS
from ...bilingual.names import SAYING
from ...rule import Finding, bad, custom, good
from ._shared import CLAUSE_WORDS, REQUIRES, get, pair_coverage, target_around, trim
from ._shared import lexicon as load
from ._tail import TAIL  # a sentence's dropped tail: its own module, as it judges a sentence, not a clause

MIN_WORDS = CLAUSE_WORDS  # content words in the clause, none rendered
MIN_REST = 0.5  # share of the rest of the pair rendered


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    min_words = options.get("min_words", MIN_WORDS)
    min_rest = options.get("min_rest", MIN_REST)
    src = unit.source.text
    told: set[int] = set()  # the starts of what is reported already: a clause whole, a speaker
    source = al.source
    for cl in al.clauses:
        words = source[cl.first:cl.last]
        # most clauses have a rendered word: that test, which stops at the first, goes first
        # (w.rendered and w.content, without two property calls per word)
        if any(w.how and w.kind in CONTENT_KINDS for w in words):
            continue
        # numbers and dates are the value checks' business: a clause must have words
        content = [w for w in words if w.kind in _OWN_KINDS and len(w.text) >= 2]
        if len(content) < min_words:
            continue
        t0, t1 = al.pair_target(cl.pair)
        if t1 <= t0:
            continue
        rendered, total = pair_coverage(al, cl.pair, range(cl.first, cl.last))
        if total < 2 or rendered < min_rest * total:
            continue  # the pair as a whole is poorly aligned: no evidence this clause is the one missing
        if content[-1].text in _SAYING and _SPEAKER_EN.search(al.target_text, t0, t1):
            continue  # "X强调，…" rendered "She affirmed that…": the speaker named otherwise, or by a pronoun
        if _rendered_freely(al, cl, len(content)):
            continue
        s, e = trim(src, cl.src_start, cl.src_end)
        lo, hi = target_around(al, cl.first, cl.last, cl.pair)
        told.add(s)
        yield Finding(s, e, side="source", args={"words": len(content)}, related=("target", lo, hi))
    yield from _conjuncts(al)
    for f in _speakers(al):
        told.add(f.start)
        yield f
    yield from _it_subjects(al, told)
    yield from _sources(al, told)


def _rendered_freely(al, cl, n: int) -> bool:
    """Where the target would hold the clause (between the renderings of the
    rendered words around it) stand target content words that render
    nothing, at least two and at least half as many as the clause has: the
    clause is most likely there, in words the lexicon does not match
    (打算动用武力镇压 "they will implement a harsh crackdown"; an acronym counts
    a word per letter). Not judged when no rendered word bounds the place,
    as the whole pair is then the place and any unmatched word in it would
    count."""
    lo, hi = al.neighbourhood(cl.first, cl.last, cl.pair)
    if (lo, hi) == al.pair_target(cl.pair):
        return False
    # unrendered source words beside the clause, between the same rendered words, may be what those
    # target words render: they are not counted for the clause
    source = al.source
    rng = al.pair_source_words(cl.pair)
    # (at most _NEAR words each way: many clauses of one long unrendered run stay linear)
    a = cl.first
    while a > max(rng.start, cl.first - _NEAR) and not source[a - 1].how:
        a -= 1
    b = cl.last
    while b < min(rng.stop, cl.last + _NEAR) and not source[b].how:
        b += 1
    free = -sum(1 for i in (*range(a, cl.first), *range(cl.last, b)) if source[i].kind in _OWN_KINDS)
    for j in al.target_words(lo, hi):
        t = al.target[j]
        if t.content and not t.links:
            # an acronym stands for as many words as it has letters (受到兄弟大学民主基金会的支持 "the MCDF")
            free += len(t.text) if t.text.isupper() and t.text.isalpha() else 1
    return free >= 2 and 2 * free >= n


_OWN_KINDS = frozenset((CONTENT, NAME, LATIN, GLOSSARY))
_NEAR = 64


#: source verbs of saying, whose subject is the speaker
_SAYING = SAYING | frozenset("宣布 说道 重申 补充".split())
#: someone says something in the target: a pronoun or a capitalised word (not "It was said")
_SPEAKER_EN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?!It\b|This\b|That\b|There\b)[A-Z][\w’'.-]*)\s+(?:also\s+)?"
                         r"(?:said|says|affirmed|stressed|noted|stated|added|told|explained|emphasi[sz]ed|pointed out|"
                         r"expressed|announced|reiterated|underlined|remarked|revealed|introduced|insisted|argued|"
                         r"claimed|believed|thinks|thought|recalled)\b")
#: verbs whose subject is the speaker of what follows, for the impersonal check
_SPEAKS = _SAYING | frozenset("提出 写道 表明 报道 报导".split())
#: subjects that name no speaker (报道称 "it is reported", 有人说 "some say")
_NO_SPEAKER = frozenset("报道 报导 消息 据悉 据说 有人 人们 外界 舆论 分析 据 网友 媒体 外媒".split())
#: an impersonal report, a speaker's whole place in English: "It was said that ..."
# the lookaheads: the letters the words begin with (tests/rules/accuracy/test_regex_guards.py)
_IMPERSONAL = re.compile(r"(?=I)\bIt (?:was|is|has been|had been) (?:said|stated|noted|pointed out|stressed|emphasi[sz]ed|added|"
                         r"reported|revealed|disclosed|announced|explained|introduced|claimed|reiterated|believed|"
                         r"told)\b")


def _speakers(al):
    """The speaker of a reported statement dropped: the target says "It was
    said that…" while the source names who said it (王毅表示, 检方指出, 他表示)
    and nothing renders that subject. The subject is the noun phrase that
    opens the clause, before any adverb, preposition or verb (行政长官也在19日宣布:
    行政长官, not the date, which the target may well render). Reported at the
    subject's words."""
    source = al.source
    for p in range(len(al.pairs)):
        t0, t1 = al.pair_target(p)
        m = _IMPERSONAL.search(al.target_text, t0, t1)
        if m is None:
            continue
        words = al.pair_source_words(p)
        for i in words:
            if source[i].text not in _SPEAKS and not _glued_saying(source, i):
                continue
            if (i + 1 < len(source) and source[i + 1].text == "的") or (i > 0 and source[i - 1].text == "所"):
                continue  # the verb of a relative clause (部长所提出的法案): no statement follows
            first = i  # back to the start of its clause
            while first - 1 in words and source[first - 1].clause == source[i].clause:
                first -= 1
            lead = []
            for k in range(first, i):
                w = source[k]
                if lead and w.kind != NAME and w.pos.startswith(("d", "p", "v", "c")):
                    break
                if w.kind != PUNCT:
                    lead.append(w)
            subject = [w for w in lead if w.content]
            if not subject and len(lead) == 1 and lead[0].text in _PERSONAL:
                subject = lead  # 他表示 -> "It was said": who said it is dropped all the same
            elif (not subject or (any(w.text in _NO_SPEAKER for w in subject) and not any(w.kind == NAME for w in subject))
                    or not any(w.kind == NAME or w.pos.startswith("n") or _party(w.text) for w in subject)):
                continue
            # a subject word counts as said where the speaker would stand, before the statement ("It was
            # said by the Wallis police that…"); its rendering inside the statement is another mention of it
            # (中国商务部指出 -> "It was pointed out that … China is firmly opposed")
            that = al.target_text.find(" that ", m.end(), t1)
            said_by = that if that >= 0 else m.end()
            if any(al.target[j].start < said_by for w in subject for j in w.links):
                continue
            end = subject[-1].end
            if subject[-1] is source[i - 1] and _glued_saying(source, i):
                end += 1  # 马克/龙说: the name's last character is glued to the verb
            yield Finding(subject[0].start, end, side="source", args={"words": len(subject)},
                          related=("target", m.start(), m.end()))
            break


#: personal pronouns that can be a speaker
_PERSONAL = frozenset("他 她 他们 她们 我 我们".split())


def _glued_saying(source, i: int) -> bool:
    """A verb of saying the segmenter glued to the last character of the name
    before it (马克/龙说): the name is the speaker all the same."""
    w = source[i]
    return (len(w.text) == 2 and w.text[1] in _SAYING_CHARS and w.pos.startswith("v") and i > 0
            and source[i - 1].kind == NAME and source[i - 1].end == w.start)


#: a sentence that opens on "It" and an auxiliary: the subject of a statement, with nothing it points back
#: to in the sentence ("It stresses", "It said" speak for a body or a paper named before, as English does;
#: the lookahead: the letter the match begins with, tests/rules/accuracy/test_regex_guards.py)
_IT_OPENS = re.compile(r"(?=[\s\"“‘'(]*I)[\s\"“‘'(]*It(?:'s|’s)?\s+(?:also\s+|still\s+|now\s+)?"
                       r"(?:has|have|had|is|was|will|would|can|could|shall|should|may|might|must)\b")
#: jieba tags that end a sentence's opening subject: a verb, adverb, preposition, pronoun, conjunction,
#: particle, numeral, measure word or adjective
_NOT_SUBJECT = ("v", "d", "p", "r", "c", "u", "m", "q", "a")
#: "It was the school's negligence that…": a cleft says the subject in its own words
_CLEFT = re.compile(r"[\s\"“‘'(]*It(?:'s|’s)?\s+(?:is|was)\s+[^,;.!?]{1,80}?\s(?:that|who|which|whom)\b")
#: what may stand before that subject: a conjunction, a time, a number or measure word, a place word
_BEFORE_SUBJECT = ("c", "t", "m", "q", "f")


def _all_rendered(al, pair: int, skip: range) -> bool:
    """Every content word of the pair outside ``skip`` rendered, however few (none counts)."""
    rendered, total = pair_coverage(al, pair, skip)
    return rendered == total


#: what ends an opening adverbial clause: a time or place after which the main clause begins
_ADVERBIAL_ENDS = frozenset("以来 以后 之后 以前 之前 期间 时 中 上 下 里 后 前 来".split())
_COMMAS = frozenset("，,")


def _after_adverbial(source, words: range) -> int:
    """Where the subject may begin: after an opening adverbial clause up to
    its comma (一直以来，香港…; 自1929年联赛改制以来，国际米兰是…; 按照计划，武汉市…),
    one that opens on a preposition, or ends on a time or place word, or
    holds only adverbs, times and numbers; the pair's start otherwise."""
    cut = next((i for i in words if source[i].text in _COMMAS), None)
    if cut is None or cut == words.start or cut - words.start > 16:
        return words.start
    lead = [source[i] for i in range(words.start, cut) if source[i].kind != PUNCT]
    if not lead or lead[0].text in _ACCORDING or lead[0].text in _NO_SPEAKER:
        return words.start  # 据悉，据报道，: whose report it is, the source checks' business
    if (lead[0].pos.startswith("p") or lead[-1].text in _ADVERBIAL_ENDS
            or all(w.pos.startswith(("t", "d", "l", "m", "q")) and w.kind != NAME for w in lead)):
        return cut + 1
    return words.start


def _opening_title(source, words: range) -> tuple[int, int] | None:
    """[first, last) of the words inside a 《》 title that opens the words, when
    a verb follows it (《征途》改编自…, 《工作方案》是…)."""
    i = words.start
    while i < words.stop and source[i].kind == PUNCT and source[i].text != "《":
        i += 1
    if i >= words.stop or source[i].text != "《":
        return None
    for k in range(i + 1, words.stop):
        if source[k].text == "》":
            if k + 1 < words.stop and source[k + 1].pos.startswith("v") and k > i + 1:
                return i + 1, k
            return None
    return None


def _well_rendered(al, pair: int, skip: range) -> bool:
    """The rest of the pair rendered as the clause check asks (``MIN_REST``): in a poorly aligned pair an
    unrendered subject says nothing."""
    rendered, total = pair_coverage(al, pair, skip)
    return total >= 2 and rendered >= MIN_REST * total


def _it_subjects(al, told):
    """The subject of a sentence replaced by "It": the target sentence opens
    on "It" and an auxiliary (沙特阿拉伯重新开放了边界 -> "It has reopened its border")
    while the words the source sentence opens on, before its first verb,
    hold a name (a place, an organisation, a product, a Latin word), or a
    noun of CC-CEDICT's right before a verb (人才是关键 -> "It is the key"), and
    nothing renders its head or a name in it (``_subject_said``). A pronoun in the source opening (它, 这),
    据悉, a noun that runs into an adjective or a particle (学校的过失…), a
    cleft target ("It was the school's negligence that…", the subject said
    in its own words), or any rendered word among them leaves it alone: the
    subject is then said, or there is none ("It is necessary to…" for 要…).
    Reported at the subject."""
    text = al.target_text
    source = al.source
    for p in range(len(al.pairs)):
        t0, t1 = al.pair_target(p)
        m = _IT_OPENS.match(text, t0, t1)
        if m is None:
            continue
        subject = []
        first = last = -1
        verb = False  # the subject ends at a verb (旅游业是…), not at an adjective or a clause's end
        words = al.pair_source_words(p)
        begin = _after_adverbial(source, words)
        title = _opening_title(source, range(begin, words.stop))
        if title is not None:
            # 《征途》改编自… -> "It is adapted from…": the title of a work is its name, whatever the segmenter
            # tags its words; said if any of its words is rendered
            a, b = title
            named = [source[k] for k in range(a, b) if source[k].kind != PUNCT]
            if (not named or _IMPERSONAL.match(text, m.start(), t1)
                    or any(_said_here(al, w, a, b) and not _borrowed(al, w, a, b) for w in named)
                    or named[0].start in told
                    or not _well_rendered(al, p, range(a, b))):
                continue
            yield Finding(named[0].start, named[-1].end, side="source", args={"words": len(named)},
                          related=("target", m.start() + m.group(0).index("It"), m.end()))
            continue
        for i in range(begin, words.stop):
            w = source[i]
            if w.kind == PUNCT:
                if subject:
                    break
                continue
            if not subject and w.kind != NAME and w.pos.startswith(_BEFORE_SUBJECT) and not _party(w.text):
                continue  # 同时，宁夏…; 1984年萨拉热窝冬奥会…; 尽管德尔塔…
            if w.kind != NAME and w.pos.startswith(_NOT_SUBJECT):
                verb = w.pos.startswith("v")
                break
            if first < 0:
                first = i
            last = i + 1
            subject.append(w)
        own = [w for w in subject if w.kind in _OWN_KINDS and len(w.text) >= 2]
        if (not own or _subject_said(al, subject, own, first, last) or own[0].start in told
                or any(w.text in _NO_SPEAKER or w.text[0] in _ACCORDING for w in own)
                or not (any(w.kind != CONTENT and not _common(w.text) for w in own)
                        or (verb and not _CLEFT.match(text, m.start(), t1)
                            and any((w.pos.startswith("n") or _party(w.text)) and _known(w.text) for w in own)))):
            continue
        if not _well_rendered(al, p, range(first, last)) and not (
                any(w.kind != CONTENT and not _common(w.text) for w in own) and _all_rendered(al, p, range(first, last))):
            continue  # (a short sentence whose every other word is rendered: 吉林市是其中之一 -> "It is one of them")
        end = own[-1].end
        while end - own[-1].start > 2 and al.source_text[end - 1] in _SAYING_CHARS:
            end -= 1  # a verb of saying glued to the name (皮莱说)
        yield Finding(own[0].start, end, side="source", args={"words": len(own)},
                      related=("target", m.start() + m.group(0).index("It"), m.end()))


def _party(word: str) -> bool:
    """A side in talks or a case, which the segmenter tags as a place word (中方 "China", 美方, 校方, 警方): a
    subject like any noun. Directions and sides in general (东方, 对方, 双方) are left out."""
    return len(word) == 2 and word[1] == "方" and word[0] not in _NOT_PARTY


#: the first characters of words in 方 that name no party: a direction, a place, or sides in general
_NOT_PARTY = frozenset("东西南北上下前后左右地远一多各双对四八他我某")


#: the first words of a source named for what follows (据美联社报道, 根据《刑法》规定, 按照要求)
_ACCORDING = frozenset("据 根据 按照 依据 依照".split())
#: the same in English, or a rendering that names the source another way ("X reported", "under the law")
_ACCORDING_EN = re.compile(r"(?i)\b(?:according|accordance|reported|basis|in light of|in view of|cit(?:e|ed|es|ing)|"
                           r"quot(?:e|ed|es|ing)|based on|in line with|under|per|sources?|in the (?:eyes|words|view)|"
                           r"show(?:s|ed|n|ing)?|indicat(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|f(?:ou|i)nd(?:s|ing|ings)?)\b")
_SAYING_CHARS = frozenset("说称")
#: the words of a clause that says only that there is a report (据报道，报道称，)
_REPORTED = frozenset(("报道", "报导"))
#: a target that says it was reported or learnt in other words
_HEARD_EN = re.compile(r"(?i)\b(?:reportedly|learn(?:ed|t)|known|understood|informed|introduc\w*)\b")
#: verbs of saying, believing and showing that end a clause naming whose statement follows (网友认为，…)
_SAYS = _SAYING | frozenset("表明 显示 称 报道 认定 发现 预计 估计 相信 宣称 声称 提到 写道".split())


#: a verb of saying anywhere in the target sentence: the speaker may be named after the statement
#: ("…, said Cong Peiwu"), in a spelling the alignment does not match
_SAID_EN = re.compile(r"\b(?:said|says?|saying|told|tells?|stated?|states|added|noted|believe[sd]?|thinks?|thought|argue[sd]?|"
                      r"claim(?:s|ed)?|insist(?:s|ed)|maintain(?:s|ed)|according|reported|stress(?:es|ed)|emphasi[sz](?:es|ed)|"
                      r"pointed out|warn(?:s|ed)|explain(?:s|ed)|announc(?:es|ed)|declar(?:es|ed)|remark(?:s|ed)|"
                      r"comment(?:s|ed)|wrote|writes|quoted)\b")


def _in_title(al, cl) -> set[int]:
    """The starts of the words of a clause inside 《》: the title of a paper, a law or a report names a source
    (据俄《消息报》报道) whatever the segmenter tags its words."""
    out: set[int] = set()
    inside = False
    for w in al.source[cl.first:cl.last]:
        if w.text == "《":
            inside = True
        elif w.text == "》":
            inside = False
        elif inside:
            out.add(w.start)
    return out


def _opens_statement(al, cl) -> bool:
    """The speaker's clause opens its sentence, and the target sentence
    opens on the rendering of what was said: its first content word renders
    a source word after the clause. A target that opens on a word that
    renders nothing may name the speaker in a way the lexicon does not
    match ("Macron hopes", "The statement makes clear")."""
    rng = al.pair_source_words(cl.pair)
    if cl.first != rng.start and any(al.source[i].kind != PUNCT for i in range(rng.start, cl.first)):
        return False
    for j in al.pair_target_words(cl.pair):
        t = al.target[j]
        if t.content:
            return bool(t.links) and min(t.links) >= cl.last
    return False


def _sources(al, told):
    """The source of a report dropped: a source clause opens on 据/根据/按照
    and names where what follows comes from (据美联社报道, 根据此类案件的侦办经验;
    据报道 and 报道称 say at least that it is reported),
    or opens the sentence and ends in a verb of saying or believing
    (有网友认为，各海湾国家认为，); nothing renders the names or nouns of that
    source, and the target sentence attributes nothing ("according to",
    "reported", "under", "based on"…). Reported at the clause."""
    source = al.source
    for cl in al.clauses:
        if cl.last - cl.first < 2:
            continue
        # only a clause that opens on 据/根据… or ends in a verb of saying is asked about: its first and
        # last words are looked at before its words are gathered
        a, b = cl.first, cl.last - 1
        while a < b and source[a].kind == PUNCT:
            a += 1
        while b > a and source[b].kind == PUNCT:
            b -= 1
        if source[a].text not in _ACCORDING and source[b].text not in _SAYS:
            continue
        words = [w for w in source[cl.first:cl.last] if w.kind != PUNCT]
        if len(words) < 2:
            continue
        according = words[0].text in _ACCORDING
        if according:
            body = words[1:]
        elif (words[-1].text in _SAYS and not words[-1].rendered and _opens_statement(al, cl)
              and not _SAID_EN.search(al.target_text, *al.pair_target(cl.pair))):
            body = words[:-1]
        else:
            continue
        titled = _in_title(al, cl)
        nouns = [w for w in body if w.kind in (NAME, GLOSSARY, LATIN) or (w.kind == CONTENT and (
                 w.start in titled or w.pos.startswith("n") and len(w.text) >= 2 and _known(w.text)))]
        # 据报道 and 报道称 say there is a report: what was learnt or foreseen (据了解, 据预报) translators drop
        vague = (not nouns and len(words) <= 2 and not any(w.rendered for w in words)
                 and any(w.text in _REPORTED for w in words))
        if not vague and (not nouns or any(_said_here(al, w, cl.first, cl.last) for w in nouns)
                          or (not according and any(_said_here(al, w, cl.first, cl.last) for w in body if w.content))):
            continue
        t0, t1 = al.pair_target(cl.pair)
        if vague and (_SAID_EN.search(al.target_text, t0, t1) or _HEARD_EN.search(al.target_text, t0, t1)):
            continue
        if (t1 <= t0 or _ACCORDING_EN.search(al.target_text, t0, t1)
                or not _well_rendered(al, cl.pair, range(cl.first, cl.last))):
            continue
        s, e = trim(al.source_text, cl.src_start, cl.src_end)
        if s in told:
            continue
        lo, hi = target_around(al, cl.first, cl.last, cl.pair)
        yield Finding(s, e, side="source", args={"words": len(nouns)}, related=("target", lo, hi))


#: words that join two conjuncts (X和Y, X、Y); 并 and 同 are also adverbs or verbs
_AND_ZH = frozenset("和 与 及 以及".split())
#: what joins conjuncts in English
_AND_EN = frozenset("and or as plus nor both & , / -".split())


def _conjuncts(al):
    """One of two joined content words left out (国际和地区合作 -> "regional
    cooperation"): its partner is rendered, nothing renders it, and no
    "and", "or" or comma stands next to the partner's rendering, so the
    translation has no coordination where the source has one. A word the
    translator renders freely still leaves the "and" in place."""
    src = al.source
    tgt_text = al.target_text
    for i in [i for i, w in enumerate(src) if w.text in _AND_ZH]:
        if i == 0 or i + 1 >= len(src):
            continue
        x, y = src[i - 1], src[i + 1]
        if x.pair != y.pair or x.kind != "content" or y.kind != "content" or len(x.text) < 2 or len(y.text) < 2 \
                or not (x.pos.startswith("n") and y.pos.startswith("n")):
            continue  # nouns: verbs joined by 和 (解放和发展) are rendered by one phrase as often as not
        if x.rendered == y.rendered:
            continue
        kept, gone, g = (x, y, i + 1) if x.rendered else (y, x, i - 1)
        if not _known(gone.text):
            continue  # a word the lexicon does not know cannot be found anyway
        first = min(kept.links, key=lambda j: al.target[j].start)
        last = max(kept.links, key=lambda j: al.target[j].end)
        rng = al.pair_target_words(kept.pair)
        a, b = max(rng.start, first - 3), min(rng.stop, last + 4)
        near = [al.target[j] for j in range(a, b)]
        lo = near[0].start if near else al.target[first].start
        hi = near[-1].end if near else al.target[last].end
        between = tgt_text[lo:hi]
        if any(t.key in _AND_EN for t in near) or any(c in between for c in ",&/;(") or " - " in between:
            continue
        if any(t.content and not t.links for t in near):
            continue  # a word beside the partner that renders nothing may be the missing one, unmatched
        yield Finding(gone.start, gone.end, side="source", args={"words": 1},
                      related=("target", al.target[first].start, al.target[last].end))


def _subject_said(al, subject, own, first: int, last: int) -> bool:
    """The subject is rendered: its head (its last word of its own) or a name
    in it, by a link of its own (``_said_here``, not ``_borrowed``). A
    modifier's link may be another word's: 中国儿童中心将举办…让孩子… -> "It will
    hold … to let children …", where "children" renders 孩子."""
    return any(_said_here(al, w, first, last) and not _borrowed(al, w, first, last)
               for w in subject if w.content and (w is own[-1] or w.kind == NAME))


def _borrowed(al, w, first: int, last: int) -> bool:
    """Every target word linked to common word ``w`` is linked as well to a
    source word of other text outside [first, last) (旅游业 -> "industries",
    also 支柱产业's): the link says more of that word than of this one."""
    if w.kind == NAME:
        return False
    return all(any(not first <= k < last and al.source[k].text != w.text for k in al.target[j].links) for j in w.links)


def _said_here(al, w, first: int, last: int) -> bool:
    """Source word ``w``, of words [first, last), is rendered; a name only by
    a target word of its own, one that no source word outside them also
    links. A name the source says twice (据巴西媒体报道，巴西还有…) and the
    target once ("in Brazil") is said where the other mention stands, not
    here. Where the target has as many renderings as the source has
    mentions, each mention counts as said. (Common words keep any link: a
    word said again and again is linked to renderings the alignment shares
    out unevenly.)"""
    target = al.target
    if not w.links:
        return False
    if w.kind != NAME:
        return True
    others: set[int] = set()
    for j in w.links:
        out = [k for k in target[j].links if not first <= k < last]
        if not out:
            return True
        others.update(out)
    # a word said again and again (困难职工 four times, "employment-challenged" four times) is linked to
    # every rendering of it: said here where its renderings are enough for every mention
    return len(w.links) > len(others)


def _common(word: str) -> bool:
    """A common word of CC-CEDICT's that the segmenter tagged as a name (入口 "entrance" as a place)."""
    lex = load()
    return word in lex.glosses and word not in lex.proper and word not in lex.proper_pinyin


def _known(word: str) -> bool:
    return bool(load().gloss(word))


OMISSION = custom(
    "accuracy.omission",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options={"min_words": MIN_WORDS, "min_rest": MIN_REST},
    message="Nothing in the translation renders this part of the source.",
    description="A source clause with several content words none of which the lexical alignment finds in the "
    "translation, while the rest of its sentence is rendered; or one of two nouns joined by 和/与/及 that nothing "
    "renders while its partner is rendered with no “and” or comma beside it; or the named speaker of a statement "
    "that the translation makes impersonal (“It was said that…”), or a named subject replaced by “It”; or the source "
    "of a report (据美联社报道，) or whose view it is (各海湾国家认为，) that the translation drops without saying "
    "anyone said it.",
    examples=[
        bad("The two sides signed a trade agreement on Monday.",
            source="双方周一签署了贸易协定，⟦并宣布将扩大农产品进口⟧。"),
        bad("Exports rose sharply, the customs office said.",
            source="海关总署表示，出口大幅增长，⟦进口则因国际油价下跌而减少⟧。"),
        good("The two sides signed a trade agreement on Monday and announced that they would expand imports "
             "of farm products.", source="双方周一签署了贸易协定，并宣布将扩大农产品进口。"),
        good("Wang Yi said China is willing to strengthen cooperation with the U.S.",
             source="王毅表示，中方愿与美方加强合作。"),
        good("Deputies discussed the Belt and Road Initiative during the two sessions.",
             source="两会期间，代表们讨论了一带一路。"),
        bad("They discussed regional cooperation.", source="他们讨论了⟦国际⟧和地区合作。"),
        good("They discussed international and regional cooperation.", source="他们讨论了国际和地区合作。"),
        # a word beside the partner renders the other one in a form the lexicon does not match (社会 "society")
        good("The procuratorate has integrated its functions into social governance.",
             source="检察院将检察职能和社会治理行为有机融合。"),
        # a speaker's clause rendered with a pronoun or another form of the name
        good("She affirmed that the Vietnamese Party and State would continue working closely with the Lao Party "
             "and State.", source="阮氏金银女士强调，越南党和国家将继续同老挝党和国家保持密切配合。"),
        bad("It was affirmed that the Vietnamese Party and State would continue working closely with the Lao Party "
            "and State.", source="⟦阮氏金银女士强调⟧，越南党和国家将继续同老挝党和国家保持密切配合。"),
        good("The situation is urgent, and the government has to act.",
             source="形势迫在眉睫，政府必须采取行动。"),
        # the clause said in words the lexicon does not match, where it belongs; an acronym for a name
        good("Yet the authorities have made it clear that they will implement a harsh crackdown.",
             source="但当局已经表明，打算动用武力镇压。"),
        good("The funds of the projects came mainly from campus donations, as well as the MCDF.",
             source="这些项目的资金主要来自校园捐款，并受到兄弟大学民主基金会的支持。"),
        # the speaker of a reported statement made impersonal
        bad("It was noted that the suspect had tried to renew his visa.", source="⟦检方⟧指出，他尝试更新签证。"),
        good("Prosecutors noted that the suspect had tried to renew his visa.", source="检方指出，他尝试更新签证。"),
        good("It was reported that the suspect had tried to renew his visa.", source="报道称，他尝试更新签证。"),
        bad("It was said that the SAR government is building quarantine facilities.",
            source="⟦他⟧表示，特区政府正在兴建隔离检疫设施。"),
        good("He said that the SAR government is building quarantine facilities.",
             source="他表示，特区政府正在兴建隔离检疫设施。"),
        # a verb of saying glued to the name's last character (马克/龙说); a named source of a message
        bad('It was said that "France cannot accommodate everyone."', source="⟦马克龙⟧说：“法国不能接纳所有人。”"),
        bad('It was said that "the airspace of the Arctic region has increased."',
            source="⟦俄北方舰队新闻处消息⟧说：“北极地区的空域增大。”"),
        good("It was said that the airspace of the Arctic region has increased.", source="有消息说，北极地区的空域增大。"),
        bad("It was reported that security forces detained a number of scholars on the 25th.",
            source="⟦半岛电视台⟧报导，安全部队25日拘押多位学者。"),
        good("Al Jazeera reported that security forces detained a number of scholars on the 25th.",
             source="半岛电视台报导，安全部队25日拘押多位学者。"),
        # a named subject replaced by "It"; a subject that is a pronoun or absent, a cleft, a common noun that
        # runs into no verb is left alone
        bad("It has reopened its border with Qatar.", source="⟦沙特阿拉伯⟧重新开放了与卡塔尔的边界。"),
        good("Saudi Arabia has reopened its border with Qatar.", source="沙特阿拉伯重新开放了与卡塔尔的边界。"),
        good("It is necessary to strengthen the supervision of food safety.", source="要加强对食品安全的监管。"),
        good("It was negligence of the university that led to the incident.", source="学校的过失导致上述事件发生。"),
        bad("It is the key to rural revitalization.", source="⟦人才⟧是乡村振兴的关键。"),
        # a party the segmenter tags as a place word (中方); a direction or sides in general are no subject
        bad("It is willing to strengthen cooperation with the U.S.", source="⟦中方⟧愿与美方加强合作。"),
        good("China is willing to strengthen cooperation with the U.S.", source="中方愿与美方加强合作。"),
        good("It was agreed to strengthen cooperation.", source="双方同意加强合作。"),
        # a subject behind an opening adverbial clause; a title that opens the sentence; a named subject
        # of a short sentence whose other words are all rendered
        bad("It is the only team never to have missed a Serie A season since the league was reorganized in 1929.",
            source="自1929年联赛改制以来，⟦国际米兰⟧是唯一一支从未缺席意甲的队伍。"),
        good("Inter Milan is the only team never to have missed a Serie A season since the league was reorganized "
             "in 1929.", source="自1929年联赛改制以来，国际米兰是唯一一支从未缺席意甲的队伍。"),
        bad("It is a TV series adapted from an online game of the same name.", source="《⟦征途⟧》是一部根据同名网络游戏改编的电视剧。"),
        good("Journey is a TV series adapted from an online game of the same name.",
             source="《征途》是一部根据同名网络游戏改编的电视剧。"),
        bad("It is one of them.", source="⟦吉林市⟧是其中之一。"),
        good("Jilin City is one of them.", source="吉林市是其中之一。"),
        # the subject's head unrendered, where a modifier's link belongs to another word ("children" for 孩子),
        # or its only link shared with another word of the sentence ("industries", also 支柱产业's)
        bad("It will hold a series of activities to let children celebrate Children's Day.",
            source="⟦中国儿童中心⟧将举办系列活动让孩子过六一。"),
        good("The China Children's Center will hold a series of activities to let children celebrate Children's Day.",
             source="中国儿童中心将举办系列活动让孩子过六一。"),
        bad("It is one of Spain's most important industries.", source="⟦旅游业⟧是西班牙的重要支柱产业。"),
        good("Tourism is one of Spain's most important industries.", source="旅游业是西班牙的重要支柱产业。"),
        # "It" and a verb of its own speaks for a paper or a body named before
        good("It stresses that this path suits China's national conditions.", source="白皮书强调，这条道路符合中国国情。"),
        good("It was the university that caused the incident.", source="学校导致了上述事件的发生。"),
        good("It is mellow and fresh, with a slight taste of vanilla.", source="入口浓醇清新，略带香草味道。"),
        # the source of a report, or whose view it is, dropped
        bad("A physician organization in South Africa says that their patients have mild symptoms.",
            source="⟦据美联社报道⟧，南非一个医师组织说，他们的病人症状都比较轻微。"),
        good("According to AP, a physician organization in South Africa says that their patients have mild symptoms.",
             source="据美联社报道，南非一个医师组织说，他们的病人症状都比较轻微。"),
        good("Investigation and monitoring at the site show that the landslide remains unstable.",
             source="据现场勘查监测，滑坡体目前仍处于不稳定状态。"),
        # that there is a report at all; what was learnt (据了解) translators leave out
        bad("Rainfall in southern Texas is expected to reach 12 inches tonight.",
            source="⟦据报道⟧，得州南部地区降水量预计将在今晚达到12英寸。"),
        good("Rainfall in southern Texas is reportedly expected to reach 12 inches tonight.",
             source="据报道，得州南部地区降水量预计将在今晚达到12英寸。"),
        good("Rainfall in southern Texas is expected to reach 12 inches tonight.",
             source="据了解，得州南部地区降水量预计将在今晚达到12英寸。"),
        # the name of the source said again in the sentence, and rendered there only
        bad("Five other cabinet ministers and ten state governors have been diagnosed with COVID-19 in Brazil so far.",
            source="⟦据巴西媒体报道⟧，巴西还有5名内阁部长和10名州长确诊感染了新冠肺炎。"),
        good("According to Brazilian media, five other cabinet ministers and ten state governors in Brazil have been "
             "diagnosed with COVID-19 so far.", source="据巴西媒体报道，巴西还有5名内阁部长和10名州长确诊感染了新冠肺炎。"),
        bad("Not solving the problem of Iranian missiles is flawed.", source="⟦各海湾国家认为⟧，不解决伊朗导弹问题是有缺陷的。"),
        good("The Gulf states believe that not solving the problem of Iranian missiles is flawed.",
             source="各海湾国家认为，不解决伊朗导弹问题是有缺陷的。"),
        # the speaker named after the statement, in a spelling the alignment does not match
        good("China has created a rare miracle in the history of human development, said Cong Peiwu.",
             source="丛培武表示，中国创造了世界人类发展史上的罕见奇迹。"),
    ],
)

RULES = (OMISSION, TAIL)
