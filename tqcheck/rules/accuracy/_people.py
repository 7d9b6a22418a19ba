"""Who a pair's sentence is about, for the pronoun-gender rule.

* ``name_runs``: the source's person names (a run of name-tagged words is
  one name: 哈|利王子);
* ``another_name``: whether the target names somebody besides one person;
* ``NameGenders``: the names a unit has already called 他 or 她, so that a
  later sentence that says the name and no pronoun still says the gender
  (``李元忠说，他…`` … ``李元忠也开始实现自己的心愿`` — "his").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._gendered import FEMALE, FEMININE, MALE, PRONOUNS, zh_gender

# 他/她 that the segmenter joined to a neighbour (他应) is still a pronoun; these words hold none, and 他们,
# 她们 and 他俩 are "they"
_NOT_PRONOUN = re.compile(r"其他|其它|他人|吉他|他乡|他国|他处|他方|[他她](?:们|俩)")


def source_pronouns(text: str) -> frozenset[str]:
    """The genders of the singular third-person pronouns of a Chinese text,
    read character by character (the segmenter may have joined one to a
    neighbour)."""
    if "他" not in text and "她" not in text:
        return frozenset()
    rest = _NOT_PRONOUN.sub("", text)
    return frozenset(g for ch, g in (("他", MALE), ("她", FEMALE)) if ch in rest)


def _first_pronoun(text: str) -> int:
    """The offset of the first singular 他/她 of a text (len(text) if none)."""
    rest = _NOT_PRONOUN.sub(lambda m: "_" * len(m.group(0)), text)
    return min((i for i in (rest.find("他"), rest.find("她")) if i >= 0), default=len(text))


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


def another_name(unit, p, own: Sequence[tuple[int, int]]) -> bool:
    """Whether the target of pair ``p`` names somebody besides the person
    whose title and name lie in ``own`` (spans relative to the pair's
    target): a capitalised word that opens no sentence. The source may
    spell the second person as no name at all (小文 for ``Xiaowen``), so a
    word the alignment links to no source word counts; one that renders only
    places and organisations (上海 Shanghai) or words by their meaning
    (公安局 Bureau) does not, and neither does the rest of a run of
    capitalised words that holds a word translated by its meaning (an
    organisation: ``Beijing News``, ``Public Security Bureau``)."""
    from ...bilingual import alignment

    text = p.tgt_text
    al = alignment(unit)
    run: list[str] = []  # for each word of the current run of capitalised words: "person", "meaning" or ""
    last_end = -2
    for m in _CAPITAL.finditer(text):
        if m.start() != last_end + 1 or text[last_end] != " ":
            if "person" in run and "meaning" not in run:
                return True
            run = []
        last_end = m.end()
        if any(a <= m.start() < b for a, b in own) or _OPENS.search(text, 0, m.start()):
            run.append("")
        elif _NO_PERSON.fullmatch(m.group(0)):
            run.append("")
        else:
            run.append(_reading(al, p.tgt_start + m.start(), p.tgt_start + m.end()) if al is not None else "person")
    return "person" in run and "meaning" not in run


def _reading(al, start: int, end: int) -> str:
    """What the target word at [start, end) renders: "meaning" for a word
    translated by its meaning, "" for a place or an organisation (上海 →
    Shanghai), "person" for a name, a word read by its sound (黄 → Huang,
    tagged an adjective: a name the tagger missed) or a word linked to
    nothing."""
    links = [al.source[i] for j in al.target_words(start, end) for i in al.target[j].links]
    if not links or not all(w.pos in _NOT_PERSON_TAGS or w.how in _BY_MEANING for w in links):
        return "person"
    return "meaning" if any(w.how in _BY_MEANING and w.pos not in _NOT_PERSON_TAGS for w in links) else ""


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
    gender only. A name taught both genders is forgotten. Each pair is read
    once, when a later pair first asks, so a unit costs one pass."""

    def __init__(self, unit, pairs: Sequence) -> None:
        self.unit, self.pairs = unit, pairs
        self.upto = 0
        self.known: dict[str, str | None] = {}

    def gender(self, name: str, before: int) -> str | None:
        """The gender the pairs before index ``before`` gave ``name``."""
        while self.upto < before:
            self._learn(self.pairs[self.upto])
            self.upto += 1
        return self.known.get(name)

    def _learn(self, p) -> None:
        said = source_pronouns(p.src_text)
        if len(said) != 1:
            return
        g = next(iter(said))
        fem, masc = target_genders(p.tgt_text)
        if not (fem if g == FEMALE else masc) or (masc if g == FEMALE else fem):
            return
        from ...bilingual.segment import tags_between

        words = tags_between(self.unit.source, p.src_start, p.src_end)
        names = name_runs(words)
        if len(names) != 1:
            return
        name, at = next(iter(names.items()))
        if words[at[0]].start - p.src_start > _first_pronoun(p.src_text) or any(zh_gender(w.text).genders
                                                                               for w in words):
            return
        if name in self.known and self.known[name] != g:
            self.known[name] = None
        else:
            self.known[name] = g
