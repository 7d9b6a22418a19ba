"""The tagged token layer: each word's possible Penn tags and lemmas, and the
one tag its context picks.

``Document.tagged`` makes one ``Tagged`` per document, shared by every rule
that reads tags. The readings of all words are looked up once (a dict lookup
per word, in C); the choice among them is made lazily, word by word, when a
rule asks for ``tag(i)``, and kept. Rules mostly ask about a few words near
their trigger, so a megabyte of text pays for the lookups and a few
thousand choices, not for tagging every word.

The choice is rule-based, as LanguageTool's disambiguator is: ``RULES``
below is data, one line per rule::

    NN|VB|VBP -> NN  if prev DT|PRP$|JJ|POS

reads "a word that can be NN, VB or VBP (among other readings) becomes
NN when the previous word is tagged DT, PRP$, JJ or POS". Conditions
(all must hold): ``prev TAGS`` / ``next TAGS`` (the neighbour's chosen tag;
for ``next``, any of its readings), ``prevword WORDS`` / ``nextword WORDS``
(lower case), ``prev2 TAGS`` (two back); ``^`` as a tag is "no word there
in the same sentence" (a sentence start, or punctuation between). Rules
are tried in order; the first that applies decides. Without one, the
reading listed first for the word's ambiguity class in ``DEFAULT`` wins,
and otherwise the lexicon's first reading.

Tokens are the document's words: ``EU's`` is tagged as ``EU``, ``don't``
as ``do`` (VBP) and ``can't`` as MD.
"""

from __future__ import annotations


import threading
from array import array

from ..lexicon import tags as lex

RULES_TEXT = """
# adjectives before nouns
JJR -> JJR  if next NN|NNS|JJ
JJ|NN -> JJ  if prev DT|PRP$|JJ|JJR|RB|VB|VBP|VBZ|VBD|^ next NNS
VBN|VBD|JJ -> JJ  if prev DT|PRP$ next NN|NNS|NNP
JJ|VB -> JJ  if prev DT|PRP$|RB
JJ|NN -> JJ  if prev DT|PRP$ next NN|NNS
JJ|NN -> JJ  if prev JJ|CD next NN
JJ -> JJ  if prev DT|PRP$ next NN|NNS
# a noun subject before its verb and object
VBZ -> VBZ  if prev NN|NNP next DT|PRP$|TO|JJ|PRP
VBZ -> VBZ  if prev NN|NNP nextword that
# after a determiner, possessive or adjective a word is nominal
NN|VB -> NN  if prev DT|PRP$|POS|CD|JJS|JJR|JJ
NNS|VBZ -> NNS  if prev DT|PRP$|JJ|POS|CD|JJS|JJR|NN
VBN|VBD -> VBN  if prev DT|PRP$
VBG|NN -> NN  if prev DT|PRP$|JJ
VBG|NN -> VBG  if prevword not|never|am|is|are|was|were|been|'m|'re
VBG|NN -> VBG  if prev NNS|PRP next IN|DT|PRP$|TO
NN|PDT -> PDT  if next DT|PRP$
NN|PDT -> NN  if prev IN
IN|RB -> RB  if next CD
IN|RB -> IN  if next DT|PRP$|NNP|PRP
JJ|NNP -> JJ  if next NN|NNS|JJ
# after "to" or a modal, a verb
VB|NN -> VB  if prev TO|MD
VB|JJ -> VB  if prev TO|MD
VB|VBP -> VB  if prev TO|MD
VBP|VB -> VB  if prev RB prev2 TO|MD
VB|VBP|NN -> VB  if prevword did|does|do|didn't|doesn't|don't|let
NN|VB -> VB  if prevword not prevword2 did|does|do|will|would|can|could|should|may|might|must|to
# a participle after have/be, and before "by"
VBD|VBN -> VBN  if prevword have|has|had|having|been|be|is|are|was|were|being|'ve|got|get|gets
VBD|VBN -> VBN  if prev RB prevword2 have|has|had|having|been|be|is|are|was|were|being|'ve
VBD|VBN -> VBN  if nextword by
# a pronoun subject picks the finite reading
VBZ -> VBZ  if prevword he|she|it|that|which|who|what|this
VBP -> VBP  if prevword i|we|they|you|who
VBD -> VBD  if prevword i|we|they|you|he|she|it|who
VBD|VBN -> VBD  if prev PRP|NNP|NNS|NN|WP|EX
VBP -> VBP  if prev NNS next DT|PRP$|JJ|JJR|RB|IN|TO|PRP
VBD -> VBD  if prev NN|NNS|NNP next DT|PRP$|RB|CD|JJ|PRP|IN|TO|^
# a plural noun before a finite verb
NNS|VBZ -> NNS  if next VBP|VBD|MD|VBZ
# "in place", "for sale": a noun after a preposition
NN|VB|VBP -> NN  if prev IN
NNS|VBZ -> NNS  if prev IN
# "that": a complementiser after a verb, a determiner before a noun
IN|DT|WDT -> IN  if prev VBD|VBZ|VBP|VB|VBN|VBG
IN|DT|WDT -> DT  if next NN
IN|DT|WDT -> WDT  if prev NNS|NN next VBZ|VBP|VBD|MD
# "her": a possessive before a noun or adjective
PRP$|PRP -> PRP$  if next NN|NNS|JJ|NNP|JJS|CD
PRP$|PRP -> PRP  if nextword ^
# "updates daily.", "prices rose sharply.": an adverb ends the clause
NN|RB -> RB  if prev NNS|VBD|VBZ|VBP|VBN nextword ^
# an adjective after a linking verb: "getting closer", "is ready"
JJR|NN -> JJR  if prevword getting|get|got|grow|grew|growing|become|became|becoming
"""

#: the default pick for an ambiguity class: first listed tag the word has
DEFAULT = ("MD", "PRP", "PRP$", "IN", "WP", "WP$", "WDT", "EX", "TO", "CC", "DT", "PDT", "CD", "POS",
           "NNP", "NNS", "NN", "VBZ", "VBD", "VBN", "VBG", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "RP",
           "VBP", "VB", "UH", "SYM")
_RANK = {t: i for i, t in enumerate(DEFAULT)}



#: a condition's kind -> its code: bit 0 set for the word kinds, 0-1 one
#: word back, 2-3 two back, 4-5 the next word
_KINDS = {"prev": 0, "prevword": 1, "prev2": 2, "prevword2": 3, "next": 4, "nextword": 5}


class _Rule:
    __slots__ = ("cls", "pick", "conds", "codes", "line")

    def __init__(self, line: str) -> None:
        self.line = line
        head, _, cond = line.partition(" if ")
        cls, _, pick = head.partition("->")
        self.cls = frozenset(cls.strip().split("|"))
        self.pick = pick.strip()
        toks = cond.split()
        self.conds = [(toks[i], frozenset(toks[i + 1].split("|"))) for i in range(0, len(toks), 2)]
        # the kinds as small integers: a decision tests a few of these per word
        self.codes = tuple((_KINDS[kind], want) for kind, want in self.conds)
        assert self.pick in self.cls, line


RULES = tuple(_Rule(line.strip()) for line in RULES_TEXT.strip().splitlines()
              if line.strip() and not line.lstrip().startswith("#"))


#: the distinct sets of tags a word can have, numbered from 1 (0: not
#: looked up yet), and the tag names likewise: a document keeps each word's
#: set and chosen tag as numbers, in arrays of 2 and 1 bytes a word, where
#: dicts keyed by word index cost 2.6 MB each for 4 MB of text
_OPTION_SETS: list[frozenset[str]] = [frozenset()]
_OPTION_NUMBER: dict[frozenset[str], int] = {}
_TAG_NAMES: list[str] = [""]
_TAG_NUMBER: dict[str, int] = {}
_NUMBERING = threading.Lock()
#: readings -> the number of the set of their tags, and a set of tags -> the
#: rules that can apply to it: shared by all documents (a few thousand entries)
_OPTIONS: dict[tuple, int] = {}
_APPLICABLE: dict[frozenset[str], tuple[_Rule, ...]] = {}
_DEFAULT_PICK: dict[frozenset[str], str] = {}


def _options_number(readings: tuple) -> int:
    tags = frozenset(t for t, _ in readings)
    with _NUMBERING:
        k = _OPTION_NUMBER.get(tags)
        if k is None:
            k = _OPTION_NUMBER[tags] = len(_OPTION_SETS)
            _OPTION_SETS.append(tags)
        if len(_OPTIONS) >= 1 << 16:  # the readings of unknown words are made per word: bounded
            _OPTIONS.clear()
        _OPTIONS[readings] = k
    return k


def _tag_number(tag: str) -> int:
    k = _TAG_NUMBER.get(tag)
    if k is None:
        with _NUMBERING:
            k = _TAG_NUMBER.get(tag)
            if k is None:
                k = _TAG_NUMBER[tag] = len(_TAG_NAMES)
                _TAG_NAMES.append(tag)
    return k


class Tagged:
    """Tags and lemmas of one document's words (indices as in ``Document.words``)."""

    __slots__ = ("doc", "_tags", "_deep", "_sets", "_text", "_starts", "_ends", "_n", "_table", "keys", "_texts")

    def __init__(self, doc) -> None:
        self.doc = doc
        # readings are looked up when a rule first asks about a word: rules
        # visit a few places near their triggers, not every word. They are
        # not kept by word (a dict keyed by index held 2.6 MB and an int per
        # key at 4 MB): the set of tags is, and rules seldom ask again.
        self._n = n = len(doc.word_keys)
        # the tag chosen at depth 0, by word (its number in _TAG_NAMES; 0: not yet)
        self._tags = bytearray(n)
        self._deep: tuple[dict[int, str], ...] = ({}, {})  # choices at depths 1 and 2
        # the set of a word's tags (its number in _OPTION_SETS; 0: not yet):
        # hashing its readings (a tuple of pairs) for the shared table on
        # every ask cost more than the test. A byte a word while the numbers
        # fit (a few hundred sets exist), two bytes after.
        self._sets = array("B", bytes(n))
        # what comes before word i is text[ends[i - 1]:starts[i]] (``Document._word_gaps``)
        self._text, self._starts, self._ends = doc.text, doc.word_starts, doc.word_ends
        self._table = lex.table()
        self.keys = doc.word_keys  # lower-case word keys, as ``Document.word_keys``
        self._texts = doc.word_texts

    def __len__(self) -> int:
        return self._n

    def readings(self, i: int) -> tuple[lex.Reading, ...]:
        text = self._texts[i]
        got = self._table.get(self.keys[i])
        if got is None:
            got = lex.readings(text)
        elif text[:1].isupper() and i > 0 and text != "I" and self.joined(i) \
                and not any(t in ("PRP", "NNP") for t, _ in got):
            # a capitalised word inside a sentence is a name: "Bank of China", "New Deal"
            got = (("NNP", text),) + got
        return got

    def tags(self, i: int) -> frozenset[str]:
        """Every tag word ``i`` can have."""
        # a negative index (before the first word) is answered, not kept
        k = self._sets[i] if i >= 0 else 0
        if k:
            return _OPTION_SETS[k]
        readings = self.readings(i)
        got = _OPTIONS.get(readings)
        k = _options_number(readings) if got is None else got
        if 0 <= i:
            if k > 255 and self._sets.typecode == "B":
                self._sets = array("H", self._sets)
            if k < 1 << 16:
                self._sets[i] = k
        return _OPTION_SETS[k]

    def joined(self, i: int) -> bool:
        """Words ``i - 1`` and ``i`` are in one stretch of prose: only spaces
        between them."""
        if i <= 0 or i >= self._n:
            return False
        gap = self._text[self._ends[i - 1]:self._starts[i]]
        return gap == " " or (gap != "" and not gap.strip(" \t\u00a0"))

    def lemma(self, i: int) -> str:
        tag = self.tag(i)
        for t, lemma in self.readings(i):
            if t == tag:
                return lemma
        return self.readings(i)[0][1]

    def lemmas(self, i: int) -> frozenset[str]:
        return frozenset(lemma for _, lemma in self.readings(i))

    def tag(self, i: int, _depth: int = 0) -> str:
        # A word's tag reads its neighbours' tags chosen one level more
        # coarsely (depth 1, whose own neighbours count at depth 2 with any
        # tag they can have), never the tags already chosen at depth 0: so a
        # word's tag does not depend on which words were asked about before
        # it, and a rule may test its cheap items first. Each depth keeps its
        # own choices.
        if _depth:
            memo = self._deep[_depth - 1]
            got = memo.get(i)
            if got is not None:
                return got
        elif i >= 0:  # a negative index (before the first word) is answered, not kept
            k = self._tags[i]
            if k:
                return _TAG_NAMES[k]
        options = self.tags(i)
        if len(options) == 1:
            (only,) = options  # the tag of every reading
            self._keep(i, only)
            if _depth:
                memo[i] = only
            return only
        got = self._decide(i, options, _depth)
        if _depth:
            memo[i] = got
        else:
            self._keep(i, got)
        return got

    def _keep(self, i: int, tag: str) -> None:
        k = _tag_number(tag)
        if 0 <= i and k < 256:
            self._tags[i] = k

    def _decide(self, i: int, options: frozenset[str], depth: int) -> str:
        rules = _APPLICABLE.get(options)
        if rules is None:
            rules = _APPLICABLE[options] = tuple(r for r in RULES if r.cls <= options)
        holds = self._holds
        for rule in rules:
            for code, want in rule.codes:
                if not holds(i, code, want, depth):
                    break
            else:
                return rule.pick
        got = _DEFAULT_PICK.get(options)
        if got is None:
            got = _DEFAULT_PICK[options] = min(options, key=lambda t: _RANK.get(t, 99))
        return got

    def _holds(self, i: int, code: int, want: frozenset[str], depth: int) -> bool:
        joined = self.joined
        if code < 2:
            j = i - 1 if joined(i) else -1
        elif code < 4:
            j = i - 2 if joined(i) and joined(i - 1) else -1
        else:
            j = i + 1 if joined(i + 1) else -1
        if j < 0:  # joined() is False before the first word, so -1 is free
            return "^" in want
        if code & 1:
            return self.keys[j] in want
        if code == 4 or depth >= 2:
            return not want.isdisjoint(self.tags(j))
        return self.tag(j, depth + 1) in want
