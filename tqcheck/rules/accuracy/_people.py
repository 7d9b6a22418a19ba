"""Who a pair's sentence is about, for the pronoun-gender rule.

* ``name_runs``: the source's person names (a run of name-tagged words is
  one name: 哈|利王子);
* ``another_name``: whether the target names somebody besides one person;
* ``NameGenders``: the names a unit has already called 他 or 她, so that a
  later sentence that says the name and no pronoun still says the gender
  (``李元忠说，他…`` … ``李元忠也开始实现自己的心愿`` — "his").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from ._gendered import (FEMALE, FEMALE_ZH, FEMININE, MALE, MALE_ZH, PRONOUNS, en_gendered, en_plural, outside_quotes,
                        zh_gender)

# 他/她 that the segmenter joined to a neighbour (他应) is still a pronoun; these words hold none, and 他们,
# 她们 and 他俩 are "they"
NOT_PRONOUN = re.compile(r"其他|其它|他人|吉他|他乡|他国|他处|他方|[他她](?:们|俩)")


def source_pronouns(text: str) -> frozenset[str]:
    """The genders of the singular third-person pronouns of a Chinese text,
    read character by character (the segmenter may have joined one to a
    neighbour)."""
    if "他" not in text and "她" not in text:
        return frozenset()
    rest = NOT_PRONOUN.sub("", text)
    return frozenset(g for ch, g in (("他", MALE), ("她", FEMALE)) if ch in rest)


def _first_pronoun(text: str) -> int:
    """The offset of the first singular 他/她 of a text (len(text) if none)."""
    rest = NOT_PRONOUN.sub(lambda m: "_" * len(m.group(0)), text)
    return min((i for i in (rest.find("他"), rest.find("她")) if i >= 0), default=len(text))


#: what parts the words of a transliterated foreign name (阿瑟·米勒)
_NAME_DOT = re.compile(r"[·•‧・.]")
#: a capitalised word
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")
_OPENS = re.compile(r"(?:^|[.!?:;]\s*[“\"]?|[“\"(])\s*$")
#: capitalised words that name nobody: an acronym or a code (COVID-19, PCOO, Z164), the pronoun I
_NO_PERSON = re.compile(r"I|[A-Z0-9-]{2,}|.*\d.*")
#: links by meaning, not by sound (a Latin token, Ayton, may be a name): such a word translates its source word
#: (Bureau for 公安局) and names nobody
_BY_MEANING = frozenset({"lexicon", "stem", "part", "derived", "glossary", "value"})
#: the tagger's places, organisations and other proper nouns (a person is nr)
_NOT_PERSON_TAGS = frozenset({"ns", "nt", "nz"})


def name_runs(words: Sequence) -> dict[str, list[int]]:
    """The person names among segmented words (``pos`` nr…), each with the
    indexes of its words; a name said twice is one key. A surname and
    某某 ("so-and-so"), as the news hides a person's name (黄|某某: the
    tagger calls 黄 "yellow" an adjective), is a name too."""
    from ...bilingual.lexicon import load

    names: dict[str, list[int]] = {}
    run: list[int] = []
    surnames = None
    for i in range(len(words) + 1):
        if i < len(words) and words[i].pos.startswith("nr"):
            run.append(i)
        elif (run and i + 1 < len(words) and _NAME_DOT.fullmatch(words[i].text)
              and words[i + 1].pos.startswith("nr")):  # 阿瑟·米勒: one foreign name, parted by its dot
            run.append(i)
        elif i < len(words) and words[i].text in ("某某", "某") and i and len(words[i - 1].text) == 1:
            if surnames is None:
                surnames = load().surnames
            if words[i - 1].text in surnames:
                if not run:
                    run.append(i - 1)
                run.append(i)
            elif run:
                names.setdefault("".join(words[j].text for j in run), []).extend(run)
                run = []
        elif run:
            names.setdefault("".join(words[j].text for j in run), []).extend(run)
            run = []
    return names


def people(unit, p, words: Sequence, names: dict[str, list[int]]) -> dict[str, list[int]]:
    """The names of ``name_runs`` less those that name no person: a word
    CC-CEDICT calls a place (the tagger's 格尔木 of 格尔木市 → Golmud city),
    or a name the target renders inside a run of capitalised words that
    holds a word translated by its meaning (索南达杰保护站 → ``Suonandajie
    Natural Protection Station``)."""
    if len(names) < 2:
        return names
    from ...bilingual import alignment

    al = alignment(unit)
    out: dict[str, list[int]] = {}
    for name, at in names.items():
        if cedict_place(name):
            continue
        if al is not None and (_named_thing(al, p, [words[i] for i in at]) or _common_rendering(unit, p, words, at)):
            continue
        out[name] = at
    return out


def _common_rendering(unit, p, words: Sequence, at: Sequence[int]) -> bool:
    """Whether the target renders the name only by words in lower case: the
    tagger's name is a common word (展望未来 "looking to the future")."""
    spans = rendering(unit, p, [words[i] for i in at])
    text = p.tgt_text
    return bool(spans) and all(0 <= a < b <= len(text) and text[a:b].islower() for a, b in spans)


@lru_cache(maxsize=2048)
def cedict_place(word: str) -> bool:
    """Whether CC-CEDICT's proper noun ``word`` is a place (its gloss opens
    with a place's name: 格尔木 "Golmud or Ge'ermu city")."""
    from ...bilingual.lexicon import load

    lx = load()
    head = lx.proper.get(word, "").split()[:1]
    return bool(head) and head[0].lower() in lx.places


def _named_thing(al, p, words: Sequence) -> bool:
    """Whether every target word rendering ``words`` sits in a run of
    capitalised words that holds a word translated by its meaning."""
    text = p.tgt_text
    spans: list[tuple[int, int]] = []
    for w in words:
        i = al.source_index(w.start, w.end)
        if i is not None:
            spans.extend((al.target[j].start - p.tgt_start, al.target[j].end - p.tgt_start) for j in al.source[i].links)
    if not spans:
        return False
    for a, b in spans:
        if not (0 <= a < b <= len(text)):
            return False
        lo, hi = a, b
        while True:  # the run of capitalised words around the rendering
            m = _RUN_LEFT.search(text, 0, lo)
            if m is None:
                break
            lo = m.start()
        while True:
            m = _RUN_RIGHT.match(text, hi)
            if m is None:
                break
            hi = m.end()
        if not any(_reading(al, p.tgt_start + m.start() + lo, p.tgt_start + m.end() + lo) == "meaning"
                   for m in _CAPITAL.finditer(text[lo:hi])):
            return False
    return True


#: a capitalised word and one space just before a position, or just after one
_RUN_LEFT = re.compile(r"\b[A-Z][\w'’-]* $")
_RUN_RIGHT = re.compile(r" [A-Z][\w'’-]*")


def another_name(unit, p, own: Sequence[tuple[int, int]]) -> bool:
    """Whether the target of pair ``p`` names somebody besides the person
    whose title and name lie in ``own`` (spans relative to the pair's
    target): a capitalised word that opens no sentence. The source may
    spell the second person as no name at all (小文 for ``Xiaowen``), so a
    word the alignment links to no source word counts; one that renders only
    places and organisations (上海 Shanghai) or words by their meaning
    (公安局 Bureau) does not, and neither does the rest of a run of
    capitalised words that holds such a word (an organisation: ``Beijing
    News``, ``Public Security Bureau``, where 公安局 is linked to
    ``Bureau`` alone). A month or a weekday names nobody, and neither does
    the adjective of a place the pair's source names (``Belgian`` beside
    比利时 → ``Belgium``)."""
    from ...bilingual import alignment

    text = p.tgt_text
    al = alignment(unit)
    run: list[str] = []  # for each word of the current run of capitalised words: "person", "meaning", "place" or ""
    last_end = -2
    places: list[str] | None = None
    for m in _CAPITAL.finditer(text):
        if m.start() != last_end + 1 or text[last_end] != " ":
            if _person_run(run):
                return True
            run = []
        last_end = m.end()
        word = m.group(0)
        if any(a <= m.start() < b for a, b in own) or _OPENS.search(text, 0, m.start()):
            run.append("")
        elif _NO_PERSON.fullmatch(word) or word in _CALENDAR:
            run.append("")
        elif al is None:
            run.append("person")
        else:
            got = _reading(al, p.tgt_start + m.start(), p.tgt_start + m.end())
            if got == "unlinked":
                if places is None:
                    places = _place_renderings(al, p)
                low = word.lower()
                if any(_adjective_of(low, pl) for pl in places):
                    got = "place"
                elif _common_word(low):  # a common word in capitals (Z164 Railway, Security Bureau) names nobody
                    got = ""
                else:
                    got = "person"
            run.append(got)
    return _person_run(run)


def _person_run(run: list[str]) -> bool:
    """A run of capitalised words names a person when it holds a person's
    word, no word translated by its meaning, and no place after the
    person's word (``Golmud's Wang Wei`` is a person, ``Public Security
    Bureau`` a thing)."""
    if "person" not in run or "meaning" in run:
        return False
    last_place = max((i for i, r in enumerate(run) if r == "place"), default=-1)
    return any(r == "person" and i > last_place for i, r in enumerate(run))


#: English month and weekday names (the stdlib's, in the C locale), with their usual abbreviations
_CALENDAR = frozenset(n for names in (calendar.month_name, calendar.month_abbr, calendar.day_name, calendar.day_abbr)
                      for n in names if n) | frozenset({"Sept"})


def _common_word(lower: str) -> bool:
    from ...lexicon.dictionary import hunspell_knows  # here: the spelling dictionary loads on first use

    return hunspell_knows(lower)


def _place_renderings(al, p) -> list[str]:
    """The lower-case target words that render the places the source of
    pair ``p`` names, and the words of CC-CEDICT's English name of each
    (比利时 → ``belgium``; 海西蒙古族藏族自治州 → ``haixi mongol and
    tibetan autonomous prefecture``)."""
    from ...bilingual.lexicon import load

    lx = load()
    out: list[str] = []
    for i in al.source_words(p.src_start, p.src_end):
        w = al.source[i]
        if w.pos == "ns":
            out.extend(al.target[j].key for j in w.links)
            out.extend(t.lower() for t in _LETTERS.findall(lx.proper.get(w.text, "")))
    return out


_LETTERS = re.compile(r"[A-Za-z]{4,}")


def _adjective_of(word: str, place: str) -> bool:
    """``belgian`` of ``belgium``, ``brazilian`` of ``brazil``, ``chinese``
    of ``china`` (or the word itself): a long enough shared beginning and an
    adjective's ending (French of France and Polish of Poland are missed)."""
    if word == place:
        return True
    if not word.endswith(("an", "ese", "ish", "i")):
        return False
    n = 0
    for a, b in zip(word, place):
        if a != b:
            break
        n += 1
    return n >= 4 and n >= len(place) - 2


def _reading(al, start: int, end: int) -> str:
    """What the target word at [start, end) renders: "meaning" for a word
    translated by its meaning, "place" for a place or an organisation (上海 →
    Shanghai), "person" for a name or a word read by its sound (黄 → Huang,
    tagged an adjective: a name the tagger missed), "unlinked" for a word
    linked to nothing (``another_name`` reads it further)."""
    links = [al.source[i] for j in al.target_words(start, end) for i in al.target[j].links]
    if not links:
        return "unlinked"
    if not all(w.pos in _NOT_PERSON_TAGS or w.how in _BY_MEANING or cedict_place(w.text) for w in links):
        return "person"
    return "meaning" if any(w.how in _BY_MEANING and w.pos not in _NOT_PERSON_TAGS for w in links) else "place"


def target_genders(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The feminine and the masculine third-person pronouns of a text."""
    fem: list[re.Match[str]] = []
    masc: list[re.Match[str]] = []
    for pm in PRONOUNS.finditer(text):
        (fem if pm.group(0).lower() in FEMININE else masc).append(pm)
    return fem, masc


class NameGenders:
    """The names a unit has called 他 or 她 so far, read on demand.

    A pair teaches a name's gender when its source says one name and then
    one of 他 or 她 (not both; a pronoun before the name is somebody else's:
    她接着说，特朗普要求…), calls nobody else a man or a woman (no 父亲, no
    男子: the pronoun may be theirs), and its target agrees: pronouns of that
    gender only; a pair that says 他 or 她 and names nobody teaches the
    gender of the one person named last (``希拉克曾任法国总统。他…``). A pair
    whose source says no 他/她 teaches what its
    translation says, when the source names one person and nobody gendered
    and the target renders that name before pronouns of one gender, outside
    quotations, with no other person, group or gendered noun beside it
    (``特鲁多算是…自己的脚`` → "Trudeau … his own feet"): a later sentence
    whose translation calls the same name the other gender contradicts the
    translation itself. A name right after a word of one gender (和妻子周燕:
    CC-CEDICT's "wife") is that gender. A name taught both genders is forgotten. Each pair
    is read once, when a later pair first asks, so a unit costs one pass."""

    def __init__(self, unit, pairs: Sequence) -> None:
        self.unit, self.pairs = unit, pairs
        self.upto = 0
        self.known: dict[str, str | None] = {}
        #: the names whose gender only translations taught
        self.translated: set[str] = set()
        #: the gendered word an earlier source put right before a name (妻子 of 妻子周燕)
        self.apposed: dict[str, str] = {}

    def gender(self, name: str, before: int) -> str | None:
        """The gender the pairs before index ``before`` gave ``name``."""
        while self.upto < before:
            self._learn(self.upto)
            self.upto += 1
        return self.known.get(name)

    def _learn(self, k: int) -> None:
        p = self.pairs[k]
        self._learn_apposition(p)
        said = source_pronouns(p.src_text)  # the cheap tests first: most pairs teach nothing
        if len(said) > 1:
            return
        fem, masc = target_genders(p.tgt_text)
        if bool(fem) == bool(masc):
            return
        if not said:
            self._learn_translation(p, fem or masc, FEMALE if fem else MALE)
            return
        g = next(iter(said))
        if not (fem if g == FEMALE else masc):
            return
        words = self._words(p)
        if any(zh_gender(w.text).genders for w in words):
            return
        names = people(self.unit, p, words, name_runs(words))  # a chorus the tagger calls a name (爱乐) is none
        if not names:
            # 希拉克曾任法国总统。他既继承了…: a sentence that names nobody, the last one's one person
            last = self._last_named(k)
            if last is not None:
                self._teach(last, g, False)
            return
        if len(names) != 1:
            return
        name, at = next(iter(names.items()))
        if words[at[0]].start - p.src_start > _first_pronoun(p.src_text):
            return
        self._teach(name, g, False)

    def _learn_apposition(self, p) -> None:
        """A name right after a word CC-CEDICT glosses with one gender only
        (和妻子周燕: "wife"; 男子王某, 女儿李芳): that is the name's gender,
        whatever pronoun the sentence uses. A word after the name is left
        alone: 特朗普夫人 is Trump's wife, 王明妻子 Wang Ming's."""
        if not (FEMALE_ZH.search(p.src_text) or MALE_ZH.search(p.src_text)):
            return
        words = self._words(p)
        for name, at in name_runs(words).items():
            i = at[0]
            if i == 0 or cedict_place(name):
                continue
            genders = zh_gender(words[i - 1].text).genders
            if len(genders) == 1 and words[i - 1].end == words[i].start:
                self._teach(name, next(iter(genders)), False)
                self.apposed.setdefault(name, words[i - 1].text)

    def _words(self, p) -> list:
        from ...bilingual.segment import tags_between

        return tags_between(self.unit.source, p.src_start, p.src_end)

    #: how many sentences that name nobody a pronoun may reach back over to the last named person
    _REACH = 3

    def last_named(self, k: int) -> str | None:
        """The one person the pairs before ``k`` named last (``_last_named``)."""
        return self._last_named(k)

    def _last_named(self, k: int) -> str | None:
        """The one person the pairs before ``k`` named last: none when that
        pair names two or calls somebody a man or a woman (the pronoun may
        be theirs), or when none of the few pairs before names anybody."""
        for j in range(k - 1, max(-1, k - 1 - self._REACH), -1):
            words = self._words(self.pairs[j])
            if any(zh_gender(w.text).genders for w in words):
                return None
            names = people(self.unit, self.pairs[j], words, name_runs(words))
            if names:
                return next(iter(names)) if len(names) == 1 else None
        return None

    def _teach(self, name: str, g: str, translated: bool) -> None:
        if name in self.known and self.known[name] != g:
            self.known[name] = None
        else:
            if translated and name not in self.known:
                self.translated.add(name)
            elif not translated:
                self.translated.discard(name)
            self.known[name] = g

    def _learn_translation(self, p, pronouns: list[re.Match[str]], g: str) -> None:
        text = p.tgt_text
        if (en_gendered(text, MALE) or en_gendered(text, FEMALE) or en_plural(text)
                or (g == FEMALE and SHE_THING.search(text)) or outside_quotes(text, pronouns) != pronouns):
            return
        words = self._words(p)
        names = people(self.unit, p, words, name_runs(words))
        # a place or an organisation may be "she"
        if len(names) != 1 or any(zh_gender(w.text).genders or (g == FEMALE and w.pos in ("ns", "nt")) for w in words):
            return
        name, at = next(iter(names.items()))
        own = rendering(self.unit, p, [words[i] for i in at])
        if not own or min(a for a, _ in own) > pronouns[0].start() or another_name(self.unit, p, own):
            return
        self._teach(name, g, True)


#: English calls a country or a ship "she"
SHE_THING = re.compile(r"\b(?:ship|vessel|boat|liner|carrier|yacht|country|nation|motherland)s?\b", re.I)


def rendering(unit, p, words) -> list[tuple[int, int]]:
    """The target spans (relative to the pair) that the alignment links to
    the source words ``words``."""
    from ...bilingual import alignment

    al = alignment(unit)
    if al is None:
        return []
    out: list[tuple[int, int]] = []
    for w in words:
        i = al.source_index(w.start, w.end)
        if i is not None:
            out.extend((al.target[j].start - p.tgt_start, al.target[j].end - p.tgt_start) for j in al.source[i].links)
    return out


#: a run of capitalised words (a name with its title: ``US President Donald Trump``, ``Christopher Hui Ching-yu``)
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def name_gender(unit, p, words: Sequence, at: Sequence[int]) -> tuple[str, str] | None:
    """The gender the given name of the person named by ``words[at]``
    carries, from data (``lexicon.given_names``), with that given name; or
    None:

    * the English form CC-CEDICT gives the source name, or the first part of
      a transliterated one (特朗普 "Donald Trump", 阿瑟·米勒 → 阿瑟 "Arthur");
    * the target's rendering: a given name in the run of capitalised words
      that holds it, followed there by another capitalised word (``Steven
      Reed``, ``US President Donald Trump``), and not a word the alignment
      says translates a source word by its meaning (``Major General``).

    Names that disagree (a Western given name beside a Chinese one that
    says nothing cannot disagree) give None."""
    from ...bilingual import alignment
    from ...bilingual.lexicon import load
    from ...lexicon import given_names

    found: dict[str, str] = {}
    lx = load()
    name = "".join(words[i].text for i in at)
    first = _NAME_DOT.split(name)[0]  # a transliterated name's given name comes first: 阿瑟 of 阿瑟·米勒
    for part in {name, *(words[i].text for i in at), first}:
        english = lx.proper.get(part, "").split()
        if not english:
            continue
        if len(english) > 1 or (part == first != name):
            g = given_names.gender(english[0])
            if g is not None:
                found.setdefault(g, english[0])
        else:  # 拜登 "Biden": the gloss may go on with the person's given name ("Biden, Joe (1942-)…"), right after
            lemmas = lx.gloss(part)
            if len(lemmas) > 1 and lemmas[0] == english[0].lower():
                g = given_names.gender(lemmas[1])
                if g is not None:
                    found.setdefault(g, lemmas[1].capitalize())
    al = alignment(unit)
    text = p.tgt_text
    for a, b in rendering(unit, p, [words[i] for i in at]):
        if not (0 <= a < b <= len(text)):
            continue
        for run in _CAPITAL_RUN.finditer(text):
            if run.start() > a or run.end() < b:
                continue
            tokens = list(_CAPITAL.finditer(text, run.start(), run.end()))
            for m, nxt in zip(tokens, tokens[1:]):
                g = given_names.gender(m.group(0))
                if g is None:
                    continue
                if al is not None and _reading(al, p.tgt_start + m.start(), p.tgt_start + m.end()) in ("meaning", "place"):
                    continue
                found.setdefault(g, m.group(0))
            break
    return next(iter(found.items())) if len(found) == 1 else None

