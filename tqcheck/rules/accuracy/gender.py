"""A third-person pronoun of the wrong gender.

The source says 他 (he) and not 她 (she), and the aligned target sentence
says ``she``/``her``/``herself`` and no masculine pronoun; or the reverse.
The alignment must be clear, so the pair is left alone when its source
names a woman or a man some other way (女士, 母亲, 妻子… / 先生, 父亲, 丈夫…):
``张女士说，他的儿子…`` is "Ms. Zhang said her son…". 他们 and 她们 are
"they" and do not count; 其他, 他人 and 吉他 are other words.

A source without 他 or 她 (a name, a title, 此人, a dropped subject) still
says a gender when it calls the one person of the sentence a man or a
woman (男子, 女士, 李先生, 女孩: CC-CEDICT's glosses, ``_gendered``) and the
target renders that word (``the man``, ``Mr. Li``, ``the girl``): a
target whose third-person pronouns are then all of the other gender
contradicts both. Left alone: a sentence with a word of the pronoun's
gender on either side (a wife, a mother: the pronoun may be hers), with two
named people, or a group (``women``), a pronoun inside a quotation, and a
feminine pronoun in a sentence that names a place (a country is "she").
A capitalised target word counts as a second person unless the alignment
says it renders a place, an organisation or a word by its meaning
(``_people``), and so does a month, a common word in capitals (``Z164
Railway``), the adjective of a place the source names (``Belgian``) or a
run of capitals that holds a place or an organisation before it; a name
CC-CEDICT calls a place (the tagger's 格尔木 of 格尔木市) is no second name.
And ``her wife``/``his husband``/``her ex-girlfriend`` where the source's
partner word says which (妻子 for ``wife``, 前女友 for ``ex-girlfriend``;
a plain ``her girlfriend`` may be a friend).

Where the pair says 她 and names a man too (or says both 他 and 她), the
whole-sentence test cannot tell whose pronoun is whose; the alignment
still can when the word right after 她 (她奶奶: 奶奶) is rendered right
after ``his`` (``His grandma``) and after no feminine pronoun; so for 他
where the pair calls nobody a woman (他 may still be said of one: 张女士说，
他的儿子). And a sentence that opens with 他 (他补充说, 他的母亲) against a
translation that opens with ``She``/``Her`` and says no he/his: the subject
opening both sides is one person, whoever else the sentence names. Words
for relatives of both genders together (兄弟姐妹, 父母, 子女: CC-CEDICT's
"sibling", "parent", "child") are a group, no second man or woman.

A name that an earlier sentence of the unit called 他 or 她 (that sentence
naming one person, nobody else gendered, and its translation agreeing;
or naming nobody, after a sentence that named that one person) keeps its
gender in a later sentence that says the name and no pronoun. So does a
name that an earlier sentence's translation called he or she, where that
sentence's source says no 他/她 and names only that person and nobody
gendered, and its target says the name before pronouns of one gender only:
a later translation that calls the name the other gender contradicts it.
So does a name that an earlier source put right after a word of one gender
(和妻子周燕: 妻子 "wife"; not a word after it: 特朗普夫人 is Trump's wife).
A sentence that names nobody and drops its subject (曾先后指挥…) is about
the person named last before it (nobody else named or gendered in
between), when the unit called that person 他 or 她: its translation's
pronouns of the other gender contradict it, unless the target names or
calls somebody a man, a woman or a person (``the nurse``) before them.

A name whose given name nearly always names a man or a woman (``Donald``,
``Angela``: the data of ``lexicon.given_names``) says the gender too, where
CC-CEDICT's English form of the source name gives it (特朗普 "Donald
Trump", 阿瑟·米勒) or the target's rendering of the name holds it
(``Christopher Hui`` for 许正宇). The sentence must name that one person
and nobody else, with no person noun (``the nurse``: WordNet's
noun.person) before the pronoun, and, for a feminine pronoun, no place
rendered between the name and the pronoun (``Trump said Britain would keep
her promises``).
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._gendered import (FEMALE, FEMALE_ZH, MALE, MALE_ZH, en_gendered, en_person, en_plural, other, outside_quotes,
                        zh_gender, zh_genders_around, zh_glosses, zh_group)
from ._meaning import meaning_pairs, usable
from ._people import (NOT_PRONOUN, SHE_THING, NameGenders, another_name, name_gender, name_runs, people, rendering,
                      source_pronouns, target_genders)

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

_HE, _SHE = "他", "她"


def _check(unit, options):
    if not usable(unit):
        return
    pairs = meaning_pairs(unit)
    earlier = NameGenders(unit, pairs)
    for k, p in enumerate(pairs):
        words = p.word_set()  # only tested: the shared set, no copy per pair
        he, she = _HE in words, _SHE in words
        if he == she and not he:
            if not source_pronouns(p.src_text):
                got = _unsaid(unit, p, earlier, k)
                if got is not None:
                    yield got
            continue
        fem, masc = target_genders(p.tgt_text)
        if he and not she and fem and not masc and not FEMALE_ZH.search(_ungrouped(unit, p, FEMALE_ZH)):
            m, said = fem[0], "他 (he)"
        elif (she and not he and masc and not fem and not MALE_ZH.search(_ungrouped(unit, p, MALE_ZH))
              and not _male_word(_ungrouped(unit, p, MALE_ZH))):
            m, said = masc[0], "她 (she)"
        else:
            if fem or masc:
                pinned = _opening(p, he, she, fem, masc) or _pinned(unit, p)
                if pinned is not None:
                    yield pinned
            continue
        yield Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": said})


_PRONOUN_OF = {_HE: frozenset({"he", "him", "his", "himself"}), _SHE: frozenset({"she", "her", "hers", "herself"})}
_OTHER = {_HE: _SHE, _SHE: _HE}


#: what may come before a sentence's first word: quotation marks, brackets, spaces
_LEAD_ZH = re.compile(r"[\s“”\"'‘’「『(（]*")
_LEAD_EN = re.compile(r"[\s“”\"'‘’(]*([A-Za-z]+)\b")


def _opening(p, he: bool, she: bool, fem: list, masc: list) -> Finding | None:
    """A sentence that opens with 他 (他说, 他的母亲) and whose translation
    opens with ``She``/``Her`` and says no masculine pronoun; or the reverse.
    The subject that opens both sides is the same one, whoever else the
    sentence names (a mother, two girls): the test that blocks on any
    gendered word cannot see this. Only a pair that says one of 他 and 她."""
    if he == she:
        return None
    lead = _LEAD_ZH.match(p.src_text)
    at = lead.end() if lead else 0
    said = _HE if he else _SHE
    if not p.src_text.startswith(said, at) or NOT_PRONOUN.match(p.src_text, at):  # 他们, 他国: no "he"
        return None
    own, wrong = (masc, fem) if he else (fem, masc)
    m = _LEAD_EN.match(p.tgt_text)
    if own or not wrong or m is None or m.start(1) != wrong[0].start():
        return None
    return Finding(p.tgt_start + m.start(1), p.tgt_start + m.end(1),
                   args={"said": f"{said} ({'he' if he else 'she'}) to open the sentence"})


def _pinned(unit, p) -> Finding | None:
    """A 她 (他) that the alignment pins to a masculine (feminine) target pronoun: the word
    right after it in the source (的 skipped: 她的奶奶) is rendered by a
    target word right after ``he``/``his``/``him``, and by none right after
    a feminine pronoun. Read where the pair mentions a man and a woman, or
    says both 他 and 她, so that the whole-sentence test cannot tell:
    ``她奶奶…一个大爷…送她`` against "His grandma… an old man… took her".
    他 only where the pair calls nobody a woman (女士, 女孩): it may still
    be said of one (``张女士说，他的儿子`` is "Ms. Zhang said her son"); a
    mother or a wife is somebody's relative, not the 他."""
    from ...bilingual import alignment

    al = alignment(unit)
    if al is None:
        return None
    src, tgt, text = al.source, al.target, al.target_text
    idx = al.source_words(p.src_start, p.src_end)
    woman = None
    for i in idx:
        w = src[i]
        if w.text not in _PRONOUN_OF:
            continue
        if w.text == _HE:
            # 他 may still be said of a woman the pair calls one (张女士说，他的儿子…: "her son"); 她 never of a man
            if woman is None:
                woman = any(FEMALE in zh_gender(src[j].text).person for j in idx)
            if woman:
                continue
        k = i + 1
        if k < len(src) and src[k].text == "的":
            k += 1
        if k >= len(src) or src[k].pair != w.pair or not src[k].links:
            continue
        own, wrong = _PRONOUN_OF[w.text], _PRONOUN_OF[_OTHER[w.text]]
        before = [tgt[j - 1] for j in src[k].links if j > 0 and not text[tgt[j - 1].end:tgt[j].start].strip()]
        if any(b.key in own for b in before):
            continue
        for b in before:
            # ``his or her``: both are said
            if b.key in wrong and not re.search(r"\b(?:or|and)\s*$", text[max(0, b.start - 12):b.start], re.I):
                return Finding(b.start, b.end, args={"said": f"{w.text}{src[k].text if k == i + 1 else '的' + src[k].text} "
                                                            f"({'he' if w.text == _HE else 'she'})"})
    return None


def _ungrouped(unit, p, gendered: re.Pattern[str]) -> str:
    """The pair's source with its words for relatives of both genders
    together blanked (兄弟姐妹, 父母, 子女: ``zh_group``): a group is no
    second man or woman whom the singular pronoun may stand for."""
    text = p.src_text
    if not gendered.search(text) and not ("子" in text or "儿" in text):
        return text
    from ...bilingual.segment import tags_between

    for w in tags_between(unit.source, p.src_start, p.src_end):
        if len(w.text) > 1 and zh_group(w.text):
            a = w.start - p.src_start
            text = text[:a] + "　" * len(w.text) + text[a + len(w.text):]
    return text


def _male_word(text: str) -> bool:
    return ("子" in text or "儿" in text) and MALE in zh_genders_around(text, "子儿")


#: the names that follow the title that calls a person a man or a woman (Mr. Li Ming)
_NAME_RUN = re.compile(r"\.?(?:\s+[A-Z][\w'’-]*)+")


#: a partner the source's word names (妻子 wife, 前女友 ex-girlfriend) with the possessive of its own gender: the
#: source then says whose, and which gender that is. A plain ``her girlfriend`` may be a woman's friend, so only the
#: ex-partner counts there.
_SPOUSE = {FEMALE: ((re.compile(r"\bher (?:(?:ex-|former |late )?wife|ex-girlfriend)\b", re.I), ("wife", "girlfriend")),),
           MALE: ((re.compile(r"\bhis (?:(?:ex-|former |late )?husband|ex-boyfriend)\b", re.I), ("husband", "boyfriend")),)}


def _unsaid(unit, p, earlier: NameGenders, k: int) -> Finding | None:
    """A source without 他/她 whose one person is called a man or a woman,
    against target pronouns of the other gender only."""
    text = p.tgt_text
    fem, masc = target_genders(text)  # most pairs: one scan, no pronoun or both genders
    if bool(fem) == bool(masc):
        return None
    said = FEMALE if fem else MALE
    want = other(said)
    noun = en_person(text, want)
    wife = None
    for spouse, spouse_nouns in _SPOUSE[said]:
        wife = spouse.search(text)
        if wife is not None:
            break
    if noun is None and wife is None:  # nothing in the target says a gender: a name said earlier may, or its given name
        return _said_before(unit, p, earlier, k, said, fem or masc)
    seen = outside_quotes(text, fem or masc, noun)
    if not seen:
        return None
    from ...bilingual.segment import tags_between

    words = tags_between(unit.source, p.src_start, p.src_end)
    if wife is not None:
        noun_said = wife.group(0).rsplit(None, 1)[-1].lower().removeprefix("ex-")
        for w in words:
            if noun_said in spouse_nouns and noun_said in zh_glosses(w.text):  # 两口子 "husband and wife": still
                return Finding(p.tgt_start + wife.start(), p.tgt_start + wife.start() + 3,  # the other one's wife
                               args={"said": f"{w.text} (a {noun_said}) and no 他/她"})
    if noun is None:
        return None
    person = None
    for i, w in enumerate(words):
        g = zh_gender(w.text)
        if said in g.genders:
            return None
        if want in g.person and person is None:
            person = i
    # one person: at most one name (said again or not; a run of name-tagged words is one: 哈|利王子), the
    # gendered word's own (李|先生) when both are there
    names = people(unit, p, words, name_runs(words))
    if len(names) > 1:
        return None
    if person is not None and names and not any(abs(j - person) <= 1 for js in names.values() for j in js):
        return None
    # the one name's own rendering is no second person (黄某某 → Huang, read by its sound)
    own = [_own(text, noun)] + (rendering(unit, p, [words[i] for i in next(iter(names.values()))]) if names else [])
    if _may_be_another(unit, p, words, said, own):
        return None
    m = seen[0]
    how = f"{words[person].text} ({'male' if want == MALE else 'female'}) and no 他/她" if person is not None \
        else f"no 他/她 (and the translation calls the person “{noun.group(0)}”)"
    return Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": how})


def _own(text: str, noun: re.Match[str]) -> tuple[int, int]:
    """The span of the gendered noun or title and the names after it."""
    run = _NAME_RUN.match(text, noun.end())
    return noun.start(), run.end() if run is not None else noun.end()


def _may_be_another(unit, p, words, said: str, own: list[tuple[int, int]], upto: int | None = None) -> bool:
    """Whether the pronouns of gender ``said`` may be somebody else's than
    the one person's: a place or a ship (a feminine pronoun), a word of the
    pronouns' gender in the target, a group, or another name. With
    ``upto`` (the first pronoun's offset), a place counts only when the
    target renders it after the person and before ``upto``, or not at all:
    ``US President Donald Trump… her achievements`` is no country's."""
    text = p.tgt_text
    # a place or an organisation may be "she"; a word the tagger calls a place that CC-CEDICT calls a relative
    # (哥哥) is none
    if said == FEMALE and (any(w.pos in ("ns", "nt") and not zh_gender(w.text).genders
                               and (upto is None or _between(unit, p, w, own, upto)) for w in words)
                           or SHE_THING.search(text)):
        return True
    return en_gendered(text, said) or en_plural(text) or another_name(unit, p, own)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _someone_before(text: str, upto: int) -> bool:
    """Whether the target names a person by a common noun before offset
    ``upto`` (``Trump praised the nurse for her work``: WordNet's
    noun.person, ``lexicon.person_nouns``): the pronoun may be theirs. Read
    for a gender that only a given name says."""
    from ...lexicon.person_nouns import is_person

    return any(is_person(m.group(0)) for m in _LOWER_WORD.finditer(text, 0, upto))


def _between(unit, p, w, own: list[tuple[int, int]], upto: int) -> bool:
    """Whether the target renders the source word ``w`` after the person's
    rendering ``own`` begins and before offset ``upto``, or not at all
    (where a word comes before ``upto``)."""
    spans = rendering(unit, p, [w])
    start = min((a for a, _ in own if a < upto), default=0)
    if not spans:  # somewhere: before the pronoun unless the pronoun opens the sentence
        return bool(_LOWER_WORD.search(p.tgt_text.lower(), 0, upto))
    return any(start <= a < upto for a, _ in spans)


def _said_before(unit, p, earlier: NameGenders, k: int, said: str, pronouns: list[re.Match[str]]) -> Finding | None:
    """The pair's one name, called 他 (or 她) by an earlier pair of the unit,
    or whose given name nearly always names a man (a woman: ``Donald``,
    ``Angela``; ``_people.name_gender``), against target pronouns of the
    other gender only."""
    seen = outside_quotes(p.tgt_text, pronouns)
    if not seen:
        return None
    from ...bilingual.segment import tags_between

    words = tags_between(unit.source, p.src_start, p.src_end)
    names = people(unit, p, words, name_runs(words))
    if not names and k:
        return _dropped(unit, p, earlier, k, said, words, seen)
    if len(names) != 1:
        return None
    name, at = next(iter(names.items()))
    want = other(said)
    before = earlier.gender(name, k) if k else None
    given = name_gender(unit, p, words, at) if before is None else None
    if want not in (before, given and given[0]) or any(said in zh_gender(w.text).genders for w in words):
        return None
    own = rendering(unit, p, [words[i] for i in at])
    if _may_be_another(unit, p, words, said, own, seen[0].start()):
        return None
    # a given name knows nothing of anybody else the sentence mentions (an earlier sentence's 他 was at least said of
    # this person; ``told the reporter he…`` is too common there to block on)
    if given is not None and _someone_before(p.tgt_text, seen[0].start()):
        return None
    m = seen[0]
    if given is not None:
        how = f"{name} and no 他/她, and {given[1]} is a {'man' if want == MALE else 'woman'}'s given name"
    elif name in earlier.apposed:
        how = f"{name} and no 他/她, called {earlier.apposed[name]} earlier in the text"
    elif name in earlier.translated:
        how = f"{name} and no 他/她, whom the translation called “{'he' if want == MALE else 'she'}” earlier"
    else:
        how = f"{name}, {'他' if want == MALE else '她'} earlier in the text, and no 他/她 here"
    return Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": how})


def _dropped(unit, p, earlier: NameGenders, k: int, said: str, words, seen: list[re.Match[str]]) -> Finding | None:
    """A sentence that names nobody and drops its subject (曾先后指挥…:
    "He conducted…"), after the sentences before it named one person last
    (``NameGenders.last_named``: nobody else named or called a man or a
    woman in between) whom the unit called 他 (她): target pronouns of the
    other gender only, with nobody else the target names or calls a man, a
    woman or a person (``the nurse``) before them, contradict it."""
    want = other(said)
    name = earlier.last_named(k)
    if name is None or earlier.gender(name, k) != want or any(zh_gender(w.text).genders for w in words):
        return None
    text = p.tgt_text
    if en_gendered(text, MALE) or en_gendered(text, FEMALE) or _someone_before(text, seen[0].start()):
        return None
    # whoever the target names after the pronoun is no antecedent of it (曾先后指挥中央乐团… "He conducted the Central
    # Philharmonic…")
    if _may_be_another(unit, p, words, said, [(seen[0].start(), len(text))], seen[0].start()):
        return None
    m = seen[0]
    how = f"no name and no 他/她, after {name} ({'他' if want == MALE else '她'} earlier in the text)"
    return Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": how})


RULES = (
    custom(
        "accuracy.gender.pronoun",
        _check,
        category="accuracy/mistranslation",
        severity="major",
        requires=REQUIRES,
        langs=EN,
        message="The source says {said}; the translation says “{found}”.",
        description="A pronoun of the other gender: the source says 他 and the aligned target only she/her, or the "
        "source 她 and the target only he/him/his (a group of relatives, 兄弟姐妹 or 父母, is no second person), or both sides open with the pronoun, or the word after 她 (or after 他, where nobody is called a woman) is rendered right after his/he/him; or the source says neither but calls the sentence's one person a man "
        "or a woman (男子, 李先生, 女孩: CC-CEDICT glosses), the target renders it so, and its pronouns are all of the "
        "other gender (`her wife` against 妻子, `her ex-girlfriend` against 前女友, too); or the sentence's one name was called 他 (她) earlier in the unit (by a sentence that names it, or by one that names nobody after it), or called he (she) by an earlier sentence of the translation that names only that person, or put right after a word of one gender (妻子周燕), or (a sentence that names nobody and drops its subject) named last before it; or whose given name nearly always names a man (a woman: Donald, Angela; in CC-CEDICT's English form of the source name or in the target's rendering) while nobody else, no place before the pronoun and no person noun (nurse) before it, is there.",
        examples=[
            bad("⟦She⟧ said the plan would go ahead.", source="他说计划将继续进行。"),
            bad("The minister said ⟦his⟧ visit was a success.", source="部长说，她的访问很成功。"),
            good("He said the plan would go ahead.", source="他说计划将继续进行。"),
            good("Ms. Zhang said her son was safe.", source="张女士说，他的儿子很安全。"),
            good("They said the plan would go ahead.", source="他们说计划将继续进行。"),
            good("Other people said she left.", source="其他人说她走了。"),
            good("He told her the news.", source="他告诉她这个消息。"),
            bad("⟦His⟧ grandma wished to see snow, so an old man next door drove her to the Northeast.",
                source="她奶奶有个愿望是想看下雪，然后剧情就安排邻里中的一个大爷开着小面包车送她去东北看雪。"),
            good("His and her children came, the old man said.", source="他和她的孩子都来了，大爷说。"),
            # 他 opening both sides is the same subject, whoever else is named; siblings are no woman
            bad("⟦She⟧ added that John ignored her mother's warning.", source="他补充说，约翰没有听从母亲的警告。"),
            good("He added that John ignored his mother's warning.", source="他补充说，约翰没有听从母亲的警告。"),
            good("Mother is safe, she said.", source="他说，母亲很安全。"),
            bad("Lewis's brothers and sisters described ⟦her⟧ as a caring family man.",
                source="刘易斯的兄弟姐妹谈到他是一个充满爱心的男人。"),
            bad("This time, the man admitted to ⟦her⟧ arson.", source="这一次，男子承认了自己纵火的行为。"),
            bad("Mr. Li first thought it was the basin, but ⟦her⟧ father still felt numb.",
                source="李先生一开始以为是足浴盆引起的，没想到父亲还是感觉脚底麻麻的。"),
            bad("The girl did this to raise money for ⟦his⟧ elder sister.", source="该女孩是在为姐姐募捐。"),
            bad("Fu Kunbao packed up with ⟦her⟧ wife Zhou Yan.", source="傅昆宝和妻子周燕忙着收拾东西。"),
            bad("Andy Lau takes orders from ⟦her⟧ ex-girlfriend Ni Ni.", source="刘德华又被前女友倪妮指挥行动。"),
            good("Li Fang went shopping with her girlfriend.", source="李芳和女友去逛街。"),
            good("This time, the man admitted to his arson.", source="这一次，男子承认了自己纵火的行为。"),
            good("The man told the woman she could leave.", source="男子告诉女子可以离开。"),
            good("The man said: “She will come back.”", source="男子说：“会回来的。”"),
            good("The man said Britain would keep her promises.", source="男子说英国会遵守承诺。"),
            good("You can take the time to get to know the girl,\" he said.", source="你可以尽量花时间去了解这个女孩。”"),
            good("The man said she was the fastest ship in the fleet.", source="男子说这是舰队里最快的船。"),
            good("Mr. Li told Zhang Wei she could go home.", source="李先生告诉张伟可以回家了。"),
            good("Bolsonaro posted a photo of her medicine.", source="博索纳罗发布了自己服药的照片。"),
            good("He should consider paying compensation to Ms. Ayton.", source="他应考虑向Ayton女士支付赔偿金。"),
            good("Mr. Wen took Xiaowen to the hospital, and she was diagnosed with a head injury.",
                 source="文先生立即带小文去医院治疗，被诊断为头外伤。"),
            # places and organisations the target names are nobody; 孩子 "child" is no man, 哥哥 no place
            bad("A girl in Hangzhou raised money for ⟦his⟧ elder sister, the Beijing News reported.",
                source="杭州女孩为姐姐募捐，新京报报道。"),
            bad("Mrs. Sun, from Shanghai, said ⟦he⟧ had not left home this year.",
                source="来自上海的孙阿姨说，今年一直没有出门。"),
            bad("A 3-year-old girl died in Belgium, making ⟦him⟧ the youngest patient, Belgian officials said.",
                source="比利时卫生部门说，一名3岁女童死于新冠病毒感染，是最年幼的患者。"),
            good("A 3-year-old girl died in Belgium, making him the youngest patient, Bellamy said.",
                 source="比利时卫生部门说，一名3岁女童死于新冠病毒感染，是最年幼的患者。"),
            bad("This year, ⟦his⟧ child graduated.", source="今年，她的孩子已经顺利毕业。"),
            bad("Prince Harry thinks ⟦her⟧ older brother is arrogant.", source="哈利王子觉得哥哥势利傲慢。"),
            bad("A female college student surnamed Huang took a train to Beijing, and ⟦his⟧ phone was turned off.",
                source="南京某大学学生黄某某乘坐列车到北京，手机关机。"),
            good("The son said his exams went well.", source="她儿子说考试很顺利。"),
            good("A female college student surnamed Huang and Wang took a train to Beijing, and his phone was turned off.",
                 source="学生黄某某和王某某乘坐列车到北京，手机关机。"),
            # a name called 他 earlier in the unit
            bad("Li Yuanzhong told the reporter he received dividends last year. With more income, Li Yuanzhong has "
                "started to realize ⟦her⟧ dreams.",
                source="李元忠告诉记者，他去年得了分红。腰包鼓起来的李元忠也开始实现自己的心愿。"),
            good("Li Yuanzhong told the reporter he received dividends last year. With more income, Li Yuanzhong has "
                 "started to realize his dreams.",
                 source="李元忠告诉记者，他去年得了分红。腰包鼓起来的李元忠也开始实现自己的心愿。"),
            good("Li Yuanzhong told the reporter he received dividends last year. Li Yuanzhong and Wang Fang started "
                 "to realize her dreams.", source="李元忠告诉记者，他去年得了分红。李元忠和王芳开始实现自己的心愿。"),
            # the last person named before a 他 that names nobody; what the translation itself said earlier
            bad("Chirac served as president for 12 years. He supported European integration. Later, Chirac's "
                "warning about ⟦her⟧ plan proved correct.",
                source="希拉克曾担任法国总统长达12年。他坚定支持欧洲一体化。后来的事实证明，希拉克的警告十分正确。"),
            bad("Prime Minister Trudeau gave his speech. Old photos of Trudeau were exposed. Trudeau lifted a rock only "
                "to drop it on ⟦her⟧ own toes.", source="总理特鲁多发表了自己的讲话。特鲁多的旧照被曝光。特鲁多算是搬起石头砸了自己的脚。"),
            good("Trudeau and his mother gave a speech. Old photos of Trudeau were exposed. Trudeau lifted a rock only "
                 "to drop it on her own toes.", source="特鲁多和母亲发表了讲话。特鲁多的旧照被曝光。特鲁多算是搬起石头砸了自己的脚。"),
            good("Li Yuanzhong told the reporter he was happy. Li Yuanzhong said: “She will come back.”",
                 source="李元忠告诉记者，他很高兴。李元忠说：“会回来的。”"),
            good("Li Yuanzhong told the reporter he was happy. Li Yuanzhong said Britain would keep her promises.",
                 source="李元忠告诉记者，他很高兴。李元忠说英国会遵守承诺。"),
            good("Li Yuanzhong told the reporter he was happy. Li Yuanzhong said she was the fastest ship in the fleet.",
                 source="李元忠告诉记者，他很高兴。李元忠说这是舰队里最快的船。"),
            # a given name that nearly always names a man or a woman (nomquamgender's data), in CC-CEDICT's English
            # form of the source name or in the target's rendering of it
            bad("US President Donald Trump boasted about ⟦her⟧ achievements.", source="美国总统特朗普吹嘘自己取得的成就。"),
            bad("Christopher Hui said ⟦she⟧ is optimistic about Hong Kong's economy.", source="许正宇对香港经济表示乐观。"),
            bad("Arthur Miller rehearsed ⟦her⟧ own play.", source="阿瑟·米勒排演了自己的作品。"),
            good("US President Donald Trump boasted about his achievements.", source="美国总统特朗普吹嘘自己取得的成就。"),
            good("Donald Trump praised the nurse for her work.", source="特朗普称赞护士的工作。"),
            good("Donald Trump said Britain would keep her promises.", source="特朗普说英国会遵守承诺。"),
            good("Arthur Miller came to China to rehearse her work.", source="阿瑟·米勒来到中国，排演了自己这部作品。"),
            good("Jean Hui said she is optimistic about Hong Kong's economy.", source="许正宇对香港经济表示乐观。"),
            good("Venus made up her mind for her master.", source="维纳斯为了师父而下定决心。"),
            good("Donald Trump and Wang Fang said she was optimistic.", source="特朗普和王芳表示乐观。"),
            # a name right after a word of one gender earlier (妻子周燕); a sentence that drops its subject
            bad("Fu Kunbao and his wife Zhou Yan were packing. Zhou Yan said that ⟦his⟧ house is a bungalow.",
                source="傅昆宝和妻子周燕来来回回地收拾东西。周燕说，家里是平房。"),
            good("Fu Kunbao and his wife Zhou Yan were packing. Zhou Yan said that her house is a bungalow.",
                 source="傅昆宝和妻子周燕来来回回地收拾东西。周燕说，家里是平房。"),
            bad("Yang Hongnian founded the Beijing Philharmonic Chorus in 1983. For thirty years, he led it around the "
                "world. ⟦She⟧ conducted more than 30 ensembles.",
                source="杨鸿年于1983年创办北京爱乐合唱团。三十余年来，他率领这支合唱团唱遍世界各地。曾先后指挥30余个团体的演出。"),
            good("Yang Hongnian founded the Beijing Philharmonic Chorus in 1983. For thirty years, he led it around the "
                 "world. A soprano sang with them, and she was praised.",
                 source="杨鸿年于1983年创办北京爱乐合唱团。三十余年来，他率领这支合唱团唱遍世界各地。曾先后请一位女高音演出。"),
            good("Yang Hongnian founded the Beijing Philharmonic Chorus in 1983. For thirty years, he led it around the "
                 "world. Wang Fang performed with them, and she was praised.",
                 source="杨鸿年于1983年创办北京爱乐合唱团。三十余年来，他率领这支合唱团唱遍世界各地。曾先后与王芳合作演出。"),
        ],
    ),
)
