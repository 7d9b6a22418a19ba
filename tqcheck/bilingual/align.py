"""Which target words render which source words, once per unit.

The source is segmented and tagged (``segment``); the target is split into
words with lemmas (``english``). Inside each aligned sentence pair
(``tqcheck.align.pairs``) every source word that carries content looks
for the target word that renders it, by these means in turn:

1. anchors the checker already knows: numbers and dates by value
   (``tqcheck.numbers``, ``tqcheck.dates``), Latin-script tokens, glossary
   terms (source term -> approved target term);
2. names: pinyin / Wade–Giles spellings, or the consonants of a
   transliterated foreign name (``names``);
3. the lexicon: a CC-CEDICT gloss lemma equal to a target lemma, then a
   looser stem (``development`` ~ ``develop``), then the glosses of the
   word's characters and two-character parts (中方 -> 中 -> China), then a
   WordNet derivational relative of a gloss lemma (社会 "society" ->
   ``social``, ``tqcheck.lexicon.derivations``), then the word's pinyin as
   one target word (新华 -> Xinhua).

Among several candidates the one not yet taken and nearest the position
the word's place in the source predicts wins. What is left unlinked on
either side is what the accuracy rules ask about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import AbstractSet, Any, Collection, Iterable, NamedTuple, Sequence

from .. import anchors as anchors_mod
from .. import dates as dates_mod
from ..lexicon.derivations import derivations
from ..lexicon.synonyms import synonyms
from ..numbers import quantities
from . import cantonese, english, names
from .kinds import CONTENT, CONTENT_KINDS, FUNCTION, GLOSSARY, LATIN, NAME, NUMBER, PUNCT, SOFT
from .lexicon import Lexicon, load
from .segment import document_tags, tag

#: the tag of a person's name the segmenter cut in two and ``_join_cut_names`` joined again
JOINED_NAME = "nrj"
#: jieba tags of words that carry content
_CONTENT_TAGS = ("n", "v", "a", "t", "s", "j", "i", "l", "z", "b", "eng", "vn", "an", "nz", "nr", "ns", "nt", "ng", "vg")
NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", JOINED_NAME})
#: characters a segmenter glues onto a name by mistake (纳尔说, 米左右)
_NOT_IN_NAMES = frozenset("说在和与等的了向称对将是为从到被把")
#: last characters of place names that English renders as a word of its own
_GENERIC_PLACE = frozenset("河湖山江省市县区镇村岛州乡港湾峡岭峰寺桥路街")
_PARTICLES = frozenset("von der de van den al bin la le du da".split())
_CLAUSE_END = frozenset("，,；;。！？!?：:…")
#: spellings that name the same country or people on the English side
_EQUIV = {"usa": "us", "america": "us", "american": "us", "americans": "us", "chinese": "china",
          "britain": "uk", "british": "uk", "russian": "russia", "japanese": "japan", "korean": "korea",
          "european": "europe", "eu": "europe", "indian": "india", "french": "france", "german": "germany"}


@lru_cache(maxsize=1)
def soft_words() -> frozenset[str]:
    """Light verbs and discourse words that translators routinely leave
    implicit (表示, 进行, 左右); see ``data/light_words.txt`` for how the list
    was taken from aligned reference translations."""
    path = Path(__file__).parent / "data" / "light_words.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.split("#", 1)[0].split("\t")[0].strip()
        if w:
            out.add(w)
    return frozenset(out)


@dataclass(slots=True)
class SourceWord:
    start: int
    end: int
    text: str
    pos: str  # jieba tag
    kind: str  # CONTENT, NAME, NUMBER, LATIN, GLOSSARY, SOFT, FUNCTION, PUNCT
    pair: int  # index into Alignment.pairs
    clause: int  # index into Alignment.clauses
    # target word indexes: a tuple (the empty one shared), not a list per word: see _link
    links: tuple[int, ...] = ()
    # what linked it: "lexicon", "stem", "part", "derived", "synonym", "compound", "pinyin", "name", "value",
    # "latin", "glossary"
    how: str = ""

    @property
    def rendered(self) -> bool:
        return bool(self.how)

    @property
    def content(self) -> bool:
        return self.kind in CONTENT_KINDS


@dataclass(slots=True)
class TargetWord:
    start: int
    end: int
    text: str
    key: str  # lower case, no dots
    lemmas: tuple[str, ...]
    content: bool
    pair: int
    name: str  # capitalised words only: letters, lower case, as names are compared (names.key)
    links: tuple[int, ...] = ()  # source word indexes (see _link)
    #: the text opens with a capital: stored, not a property, as the name rules ask it of every word again and again
    capitalised: bool = False


@dataclass(slots=True)
class Clause:
    """A run of source words between clause punctuation (，；。：！？), in one pair."""

    src_start: int
    src_end: int
    first: int  # source word indexes [first, last)
    last: int
    pair: int


@dataclass(slots=True)
class NameCheck:
    """One source name and what became of it: ``rendered`` (``links`` hold
    its target words), ``changed`` (``links`` hold the target words that
    stand where it should: a different given name, a different place),
    or ``missing``."""

    word: int
    status: str
    links: tuple[int, ...] = ()
    expected: str = ""  # the spelling looked for (``Han Zheng``)
    chinese: bool = False  # read as a Chinese surname + given name


@dataclass
class Alignment:
    source_text: str
    target_text: str
    pairs: list  # tqcheck.align.Pair
    source: list[SourceWord]
    target: list[TargetWord]
    clauses: list[Clause]
    names: list[NameCheck]

    #: per pair, [first, last) source and target word indexes (filled by ``build``)
    source_ranges: list[tuple[int, int]] = field(default_factory=list)
    target_ranges: list[tuple[int, int]] = field(default_factory=list)
    #: what rules and the passes below work out once per alignment, by name. A field rather than the
    #: instance ``__dict__``: compiled with mypyc, a class has no ``__dict__`` (see docs/compiled.md)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # --- questions rules ask -------------------------------------------------

    def pair_source_words(self, p: int) -> range:
        return range(*self.source_ranges[p])

    def pair_target_words(self, p: int) -> range:
        return range(*self.target_ranges[p])

    def source_words(self, start: int, end: int) -> list[int]:
        """Indexes of the source words that start in [start, end)."""
        starts = self._starts("source")
        return list(range(bisect_left(starts, start), bisect_left(starts, end)))

    def target_words(self, start: int, end: int) -> list[int]:
        """Indexes of the target words that start in [start, end)."""
        starts = self._starts("target")
        return list(range(bisect_left(starts, start), bisect_left(starts, end)))

    def source_index(self, start: int, end: int) -> int | None:
        """The index of the source word spanning exactly [start, end), if
        any: a binary search, where a scan of ``source`` per question would
        make a rule quadratic on a long document."""
        starts = self._starts("source")
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] == start and self.source[i].end == end:
            return i
        return None

    def _starts(self, side: str) -> list[int]:
        """Word starts of one side, in order (words are in text order), made once."""
        key = "_starts_" + side
        got: list[int] | None = self.memo.get(key)
        if got is None:
            got = self.memo[key] = [w.start for w in (self.source if side == "source" else self.target)]
        return got

    def target_span(self, words: Iterable[int]) -> tuple[int, int] | None:
        """The target text spanned by what ``words`` (source indexes) link to."""
        links = [j for i in words for j in self.source[i].links]
        if not links:
            return None
        return min(self.target[j].start for j in links), max(self.target[j].end for j in links)

    def clause_target(self, c: int) -> tuple[int, int] | None:
        cl = self.clauses[c]
        return self.target_span(range(cl.first, cl.last))

    def pair_target(self, p: int) -> tuple[int, int]:
        pr = self.pairs[p]
        return pr.tgt_start, pr.tgt_end

    def coverage(self, words: Iterable[int] | None = None) -> tuple[int, int]:
        """(rendered, all) content words among ``words`` (default: all)."""
        idx = range(len(self.source)) if words is None else words
        content = [i for i in idx if self.source[i].content]
        return sum(1 for i in content if self.source[i].rendered), len(content)

    def neighbourhood(self, first: int, last: int, pair: int) -> tuple[int, int]:
        """Where the target would hold source words [first, last): between
        the nearest rendered words before and after them in the same pair."""
        t0, t1 = self.pair_target(pair)
        lo, hi = t0, t1
        for i in range(first - 1, -1, -1):
            w = self.source[i]
            if w.pair != pair:
                break
            if w.links:
                lo = max(self.target[j].end for j in w.links)
                break
        for i in range(last, len(self.source)):
            w = self.source[i]
            if w.pair != pair:
                break
            if w.links:
                hi = min(self.target[j].start for j in w.links)
                break
        if hi < lo:
            lo, hi = t0, t1
        return lo, hi

    def to_dict(self) -> dict:
        """A compact view for debugging and the report."""
        return {
            "source": [{"start": w.start, "end": w.end, "text": w.text, "pos": w.pos, "kind": w.kind,
                        "how": w.how, "target": [self.target[j].text for j in w.links]} for w in self.source
                       if w.kind != PUNCT],
        }


# --------------------------------------------------------------------------


def build(source_text: str, target_text: str, pairs: list, *, glossary=None, source_doc=None,
          target_doc=None, lexicon: Lexicon | None = None) -> Alignment:
    lex = lexicon or load()
    global _MEMO_LEX
    if lex is not _MEMO_LEX:  # the memos below hold what one lexicon said
        _KINDS.clear()
        _TWORDS.clear()
        _PARTS.clear()
        _GLOSS_KEYS.clear()
        _HEADS.clear()
        _PLACES.clear()
        _PLAIN.clear()
        _COMPOUNDS.clear()
        _NAMES.clear()
        _PINYIN.clear()
        _DERIVED.clear()
        _OPENS.clear()
        _MEMO_LEX = lex
    shared = source_doc is not None and source_doc.text == source_text
    tokens = _source_tokens(source_doc, lex) if shared else _names(tag(source_text), lex)
    src_words, clauses = _source_words(tokens, pairs, lex)
    tgt_words, tgt_stems = _target_words(target_text, pairs, lex)
    al = Alignment(source_text, target_text, pairs, src_words, tgt_words, clauses, [])
    al.source_ranges = _ranges([w.pair for w in src_words], len(pairs))
    al.target_ranges = _ranges([w.pair for w in tgt_words], len(pairs))
    if source_doc is not None and target_doc is not None:
        _anchor_values(al, source_doc, target_doc)
        _anchor_latin(al, source_doc)
        if glossary is not None:
            _anchor_glossary(al, glossary, source_doc, target_doc)
    for p in range(len(pairs)):
        _align_pair(al, lex, al.pair_source_words(p), al.pair_target_words(p), tgt_stems)
    return al


#: the memo key of ``_source_tokens`` on the source document
_TOKENS_KEY = "_tqcheck_alignment_tokens"


def _source_tokens(doc, lex: Lexicon) -> list[_Word]:
    """The source document's words with proper nouns and cut names joined:
    read off the source alone, so kept with it, for the lexicon that read
    them. A batch checks one source against each system's output in turn
    (``api.Checker``'s ``reuse_sources``). The words are tuples and nothing
    changes the list."""
    return doc.memo_with(_TOKENS_KEY, lex, lambda: _names(list(document_tags(doc).rows()), lex))


def _ranges(pair_of: list[int], n: int) -> list[tuple[int, int]]:
    """Each pair's [first, last) word indexes, given each word's pair: words
    are in text order and so are pairs, so each pair's words are one run
    (an empty one where the next pair's words begin)."""
    bounds = [bisect_left(pair_of, p) for p in range(n + 1)]
    return list(zip(bounds, bounds[1:]))


#: a source word as (start, end, text, jieba tag): a ``Token`` or a plain tuple
_Word = tuple[int, int, str, str]
_TEXT = itemgetter(2)


def _merge(tokens: Sequence[_Word], lex: Lexicon) -> list[_Word]:
    """Join runs of two or three words that CC-CEDICT lists as one proper
    noun (一带/一路 -> 一带一路), longest first: jieba's dictionary lacks many."""
    proper = lex.proper
    heads = _proper_heads(lex)
    n = len(tokens)
    # only a word that begins some short proper noun can begin a run (most words begin none): the
    # others are copied a slice at a time between those that may, not appended one by one
    starts = list(compress(count(), map(heads.__contains__, map(_TEXT, tokens))))
    out: list[_Word] = []
    add = out.append
    i = 0  # tokens[i:] are not in ``out`` yet
    for k in starts:
        if k < i:
            continue  # inside the run joined before
        if k + 1 >= n:
            break
        t = tokens[k]
        two = t[2] + tokens[k + 1][2]
        three = two + tokens[k + 2][2] if k + 2 < n else ""
        if three and len(three) <= 6 and three in proper:
            out.extend(tokens[i:k])
            add((t[0], tokens[k + 2][1], three, "nz"))
            i = k + 3
        elif len(two) <= 6 and two in proper:  # only proper nouns: 经济|增长 stay two words for the clause rules
            out.extend(tokens[i:k])
            add((t[0], tokens[k + 1][1], two, "nz"))
            i = k + 2
    out.extend(tokens[i:])
    return out


#: tags of the word after a lone surname that may be the rest of its name (竞帆/n, 腾华/nz, 伏山/ns, 潇潇/z)
_GIVEN_TAGS = frozenset("n nz ns ng nr z a an j".split())
_NOUN_TAGS = frozenset("n ns nz ng".split())
#: the characters of places' levels and waters, which end no given name (金|山镇, 龙山|村); 峰 and 山
#: do (陈|海峰, 杨|伏山)
_PLACE_LEVEL = frozenset("省市县区镇村乡州河湖江港湾岛")
#: how CC-CEDICT's gloss of a surname of two characters opens (欧阳, 诸葛, 上官), as the lexicon keys it
_COMPOUND_SURNAME = ("two", "character", "surname")
#: tags of a two-character word opening on a surname that may be a cut name's start (王国/ns, 白金/n)
_CUT_HEAD_TAGS = frozenset("n ns nz nr nrfg nt ng".split())
#: tags of the single character after it (王国|军/n, 白金|海/n, 张家|祺/g)
_CUT_TAIL_TAGS = frozenset("n ng g nr zg j".split())


def _join_cut_names(tokens: list[_Word], lex: Lexicon) -> list[_Word]:
    """Join a person's name the segmenter cut in two into one ``nr`` word:
    a lone surname it tagged as a person and the given name after it
    (周/nr 竞帆/n, 赵/nr 相国/ns), or a word that opens on a common surname
    and one character (王国/ns 军/n, 白金/n 海/n). A given name is often a
    word too (相国 "chancellor", 乘风 "ride the wind", 王国 "kingdom"), so
    the join needs a person's context (a role before it, a verb of saying
    after it: ``names.ROLE_END``, ``names.SAYING``), or, after a surname
    jieba tagged, a rest that is no word of CC-CEDICT's."""
    out: list[_Word] = []
    i, n = 0, len(tokens)
    surnames, glosses = lex.surnames, lex.glosses
    # a word none of the branches below can take is copied as it is, a slice at a time (nine words in ten)
    for k in _name_openers(tokens, lex):
        if k < i:
            continue  # joined to the name before
        out.extend(tokens[i:k])
        i = k
        t = tokens[i]
        text = t[2]
        if t[3] == "x" and _han(text):
            # jieba tags a block with a character its dictionary lacks as x, as it tags punctuation:
            # 王喆/x is a person, 迤/x 那/r 镇 the place 迤那镇
            nxt = tokens[i + 1] if i + 1 < n else None
            if len(text) == 1 and nxt is not None and nxt[0] == t[1] and 1 <= len(nxt[2]) <= 2 and _han(nxt[2]):
                out.append((t[0], nxt[1], text + nxt[2], "nz"))
                i += 2
                continue
            t = (t[0], t[1], text, "nr" if 2 <= len(text) <= 3 and text[0] in surnames else "nz")
        if (2 <= len(text) <= 3 and text[0] in names.COMMON_SURNAMES and t[3] not in NAME_TAGS
                and text not in glosses and _han(text) and text not in lex.proper and text[1:] not in _NOT_IN_NAMES
                and text[-1] not in _PLACE_LEVEL and _person_around(tokens, i, i + 1)):
            # a whole name the segmenter took for another word (记者陈毓珊/i, 秘书长王准/n): no word of
            # CC-CEDICT's, a common surname first, a role before it or a verb of saying after it
            out.append((t[0], t[1], text, JOINED_NAME))
            i += 1
            continue
        if (len(text) == 3 and t[3] == "ns" and text[0] in names.COMMON_SURNAMES and text not in glosses
                and text not in lex.proper and _han(text) and text[-1] not in _PLACE_LEVEL
                and i + 1 < n and tokens[i + 1][0] == t[1] and tokens[i + 1][2] in names.TITLES_AFTER):
            # a whole name the segmenter read as a place by its last character (钟南山/ns 院士: 南山 "south
            # mountain"), before a title that follows only a person's name
            out.append((t[0], t[1], text, JOINED_NAME))
            i += 1
            continue
        if (len(text) == 2 and lex.gloss(text)[:3] == _COMPOUND_SURNAME and i + 1 < n and tokens[i + 1][0] == t[1]
                and 1 <= len(tokens[i + 1][2]) <= 2 and _han(tokens[i + 1][2]) and tokens[i + 1][3] in _GIVEN_TAGS
                and tokens[i + 1][2] not in _NOT_IN_NAMES and tokens[i + 1][2][-1] not in _PLACE_LEVEL
                and text + tokens[i + 1][2] not in glosses
                and (tokens[i + 1][2] not in glosses or tokens[i + 1][3].startswith("nr")
                     or _person_around(tokens, i, i + 2))):
            # a surname of two characters (CC-CEDICT's first sense) and its given name (欧阳/ns 瑜/nr);
            # not 东方 "east" nor 司马 "minister of war"; a given name that is a word too needs a person's
            # context (诸葛|八卦村 is a village)
            out.append((t[0], tokens[i + 1][1], text + tokens[i + 1][2], JOINED_NAME))
            i += 2
            continue
        # most words open on no surname: one length and set test each, no call
        if len(text) == 1 and text in surnames:
            # the calls only where they can say yes: a verb of saying ends the next word (韩|正说), or
            # is the word after it (both a role and saying are needed: ``need`` 2)
            after = tokens[i + 1][2] if i + 1 < n else ""
            said = _name_before_saying(tokens, i, lex) if len(after) == 2 and after[1:] in names.SAYING else []
            if said:
                out.extend(said)
                i += 2
                continue
            if (t[3] == "nr" and len(after) == 2 and i + 2 < n and after[1] + tokens[i + 2][2] in names.SAYING
                    and tokens[i + 1][0] == t[1] and tokens[i + 2][0] == tokens[i + 1][1] and _han(after)
                    and text + after[0] not in glosses and after[0] not in _NOT_IN_NAMES):
                # the verb of saying cut across: 葛/nr 平坦/a 言 is 葛平 坦言 "Ge Ping said frankly"
                mid = tokens[i + 1][0] + 1
                out.append((t[0], mid, text + after[0], JOINED_NAME))
                out.append((mid, tokens[i + 2][1], after[1] + tokens[i + 2][2], "v"))
                i += 3
                continue
            cut = i + 1 < n and tokens[i + 1][0] == t[1] and (
                t[3].startswith("nr") or _given_after_classifier(tokens, i)
                or (i + 2 < n and tokens[i + 2][2] in names.SAYING and _person_around(tokens, i, i + 2, 2)))
        else:
            cut = (len(text) == 2 and text[0] in names.COMMON_SURNAMES and t[3] in _CUT_HEAD_TAGS
                   and i + 1 < n and tokens[i + 1][0] == t[1])
        if cut:
            nxt = tokens[i + 1]
            rest = nxt[2]
            joined = text + rest
            if len(text) == 1:
                fits = (1 <= len(rest) <= 2 and nxt[3] in _GIVEN_TAGS and _han(rest)
                        and rest[-1] not in _NOT_IN_NAMES and rest[-1] not in _PLACE_LEVEL)
                # both halves tagged as a person's (王/nr 吉祥/nr, 张/q 雪峰/nr): jieba's dictionary reads the rest
                # as a given name, word of CC-CEDICT's or not
                free = (rest not in glosses and nxt[3] != "nr") or nxt[3] in _GIVEN_NAME_TAGS
                # a rest that is a word too needs a noun's tag: 周|平均/a after 就业人员 is "weekly average"
                fits = fits and (free or nxt[3] in _NOUN_TAGS)
                if not fits and nxt[3] == "v" and len(rest) == 2 and rest not in glosses and _han(rest):
                    # a rest the segmenter read as a verb that is no word of CC-CEDICT's (鄂|竟平/v, 蔡|拥军/v):
                    # a given name, but only where a role or saying marks a person (记者蔡拥军)
                    fits = t[3].startswith("nr") and _person_around(tokens, i, i + 2)
            else:
                fits = (len(rest) == 1 and nxt[3] in _CUT_TAIL_TAGS and _han(rest) and rest not in _NOT_IN_NAMES
                        and rest not in _PLACE_LEVEL)
                free = False
            if (fits and joined not in glosses and joined not in lex.proper
                    and (free or _person_around(tokens, i, i + 2))):
                out.append((t[0], nxt[1], joined, JOINED_NAME))
                i += 2
                continue
        out.append(t)
        i += 1
    out.extend(tokens[i:])
    return out


def _names(tokens: Sequence[_Word], lex: Lexicon) -> list[_Word]:
    """The source words with proper nouns and cut names joined, places the
    segmenter took for common nouns tagged as places, and the document's
    own names made whole again where the segmenter cut them elsewhere."""
    return _rejoin_known_names(_tag_places(_join_cut_names(_merge(tokens, lex), lex), lex), lex)


#: ``_pinyin_places_of`` by lexicon (its id): emptied with the other memos when ``build`` is given another
#: lexicon, so a lexicon dropped and another made at the same address never reads its table
_PLACES: dict[int, frozenset[str]] = {}


def _pinyin_places_of(lex: Lexicon) -> frozenset[str]:
    """Chinese words CC-CEDICT gives only as a city spelled in its own
    pinyin (合肥 Hefei, capital of Anhui; 银川 Yinchuan city; 恩施 Enshi
    prefecture-level city): a place whatever tag the segmenter gave it.
    Not a proper noun that is a common word too (新建 Xinjian county,
    "newly built"), nor a county's or a town's name, which are often words
    the segmenter cut out of others (投资|兴业 Xingye county, 行|政和)."""
    got = _PLACES.get(id(lex))
    if got is None:
        places, homographs, reading = lex.places, lex.homographs, lex.proper_pinyin
        got = _PLACES[id(lex)] = frozenset(
            w for w, eng in lex.proper.items()
            if 2 <= len(w) <= 4 and w not in homographs and _han(w)
            and (head := names.key(eng.split()[0])) in places and head == reading.get(w, "").replace(" ", "")
            and _SMALL_PLACE.isdisjoint(eng.lower().split()[1:]) and not _CITY.isdisjoint(lex.gloss(w)))
    return got


#: the levels of a place too small for ``_pinyin_places_of`` (Xingye county, Guanyin township)
_SMALL_PLACE = frozenset("county town township village district suburban".split())
#: how CC-CEDICT's gloss of a city says so (Hefei "capital of Anhui province", Tianshui "prefecture level city")
_CITY = frozenset(("city", "capital"))


#: the segmenter's tags that ``_tag_places`` corrects: a common noun (合肥/n, 银川/n) or an adverb (大连/d in a
#: headline's 大连：无新增…)
_PLACE_MISTAGS = frozenset({"n", "d"})


def _tag_places(tokens: list[_Word], lex: Lexicon) -> list[_Word]:
    """Tag ``ns`` the words the segmenter called common nouns that CC-CEDICT
    knows only as a Chinese place (``_pinyin_places_of``): the alignment
    judges names by their tag, so 合肥/n was never looked for."""
    places = _pinyin_places_of(lex)
    # the words of those texts found in one pass in C (most documents have none)
    hits = [k for k in compress(count(), map(places.__contains__, map(_TEXT, tokens)))
            if tokens[k][3] in _PLACE_MISTAGS]
    if not hits:
        return tokens
    out = list(tokens)
    for k in hits:
        t = out[k]
        out[k] = (t[0], t[1], t[2], "ns")
    return out


def _rejoin_known_names(tokens: list[_Word], lex: Lexicon) -> list[_Word]:
    """Join a cut person's name that the document gives whole elsewhere: a
    name of three characters tagged as a person or joined above (傅昆宝,
    丛培武) is that name where the segmenter cut it as 傅昆/nr 宝家/n or
    丛培/nr 武于/v. The first piece must be tagged a person (or be the
    surname alone), so 王国/ns 军队 stays a kingdom's army beside 王国军."""
    glosses = lex.glosses
    # each name with the tag it has whole (a name joined above keeps being one joined); not a place's
    # name, whatever its tag (蒋口河/nr, 柯桥区)
    people = compress(tokens, map(_PERSON_TAGS.__contains__, map(_TAG, tokens)))
    whole = {t[2]: t[3] for t in people if len(t[2]) == 3 and t[2] not in glosses
             and t[2][-1] not in _GENERIC_PLACE and t[2][-1] not in _PLACE_LEVEL and _han(t[2])}
    if not whole:
        return tokens
    heads = {n[:k]: n for n in whole for k in (1, 2)}
    out: list[_Word] = []
    i, n = 0, len(tokens)  # tokens[i:] are not in ``out`` yet
    for k in compress(count(), map(heads.__contains__, map(_TEXT, tokens))):
        if k < i or k + 1 >= n:
            continue
        t, nxt = tokens[k], tokens[k + 1]
        name = heads[t[2]]
        rest = name[len(t[2]):]
        if (nxt[0] != t[1] or not nxt[2].startswith(rest) or nxt[2] in whole
                or not (t[3].startswith("nr") or len(t[2]) == 1 and t[2] in lex.surnames)):
            continue
        out.extend(tokens[i:k])
        cut = t[1] + len(rest)
        out.append((t[0], cut, name, whole[name]))
        if cut < nxt[1]:
            # what the segmenter glued to the name's end (宝|家, 武|于): tagged alone
            out.extend((cut + w[0], cut + w[1], w[2], w[3]) for w in tag(nxt[2][len(rest):]))
        i = k + 2
    out.extend(tokens[i:])
    return out


_TAG = itemgetter(3)
#: the tags of a name ``_rejoin_known_names`` takes as a person's when it stands whole
_PERSON_TAGS = frozenset(("nr", JOINED_NAME))


#: per word text: may ``_join_cut_names`` do anything with a word of that text (tagged other than x)?
_OPENS: dict[str, bool] = {}


def _name_openers(tokens: Sequence[_Word], lex: Lexicon) -> list[int]:
    """Indexes of the words ``_join_cut_names`` must look at: a block jieba
    tagged x, a lone surname, a word of two or three characters opening on a
    common surname, or a surname of two characters (欧阳). The test is made
    once per distinct word text (``_OPENS``)."""
    opens = _OPENS
    new = set(map(_TEXT, tokens)).difference(opens)
    if new:
        if len(opens) > 200_000:
            opens.clear()
            new = set(map(_TEXT, tokens))
        surnames, common = lex.surnames, names.COMMON_SURNAMES
        for w in new:
            size = len(w)
            opens[w] = ((size == 1 and w in surnames) or (2 <= size <= 3 and w[0] in common)
                        or (size == 2 and lex.gloss(w)[:3] == _COMPOUND_SURNAME))
    return [k for k, t in enumerate(tokens) if t[3] == "x" or opens[t[2]]]


#: jieba's tags of a given name it read as one after a lone surname (吉祥/nr, 志成/nrfg)
_GIVEN_NAME_TAGS = frozenset(("nr", "nrfg"))
#: tags of the word before a classifier (两|张, 这|张, 南京|段 "the Nanjing stretch"): 张 there counts a thing
_BEFORE_CLASSIFIER = ("m", "mq", "r", "ns", "q")


def _given_after_classifier(tokens: Sequence[_Word], i: int) -> bool:
    """A common surname jieba tagged as a classifier (张/q, 段/q) before a word it tagged as a given
    name, with nothing before it that a classifier follows (a numeral, a demonstrative, a place:
    南京段/q 洪水/nr is "the Nanjing stretch's flood"): 名师张雪峰, 记者 张尚武, ，张常宁在进攻端."""
    t = tokens[i]
    if t[3] != "q" or t[2] not in names.COMMON_SURNAMES or i + 1 >= len(tokens) or tokens[i + 1][3] not in _GIVEN_NAME_TAGS:
        return False
    return i == 0 or not tokens[i - 1][3].startswith(_BEFORE_CLASSIFIER)


def _name_before_saying(tokens: list[_Word], i: int, lex: Lexicon) -> list[_Word]:
    """A surname and a name's last character that the segmenter glued to the
    verb of saying after it (韩|正说 "Han Zheng said", not 韩 and 正说 "is
    saying"): the name and the verb, when the name is one of CC-CEDICT's
    people or a role stands before it."""
    t = tokens[i]
    if len(t[2]) != 1 or t[2] not in lex.surnames or i + 1 >= len(tokens):
        return []
    nxt = tokens[i + 1]
    if nxt[0] != t[1] or len(nxt[2]) != 2 or nxt[2][1:] not in names.SAYING or not _han(nxt[2]):
        return []
    name = t[2] + nxt[2][0]
    if name in lex.glosses and name not in lex.proper or not (name in lex.proper or _person_around(tokens, i, i + 1)):
        return []
    return [(t[0], nxt[0] + 1, name, JOINED_NAME), (nxt[0] + 1, nxt[1], nxt[2][1:], "v")]


def _han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _person_around(tokens: Sequence[_Word], first: int, last: int, need: int = 1) -> bool:
    """A role ends the word before tokens [first, last) (记者, 主席, 作者：),
    or a verb of saying follows them (说, 介绍); with ``need`` 2, both (a
    surname jieba did not tag as one: 工作人员段/q 开元 介绍)."""
    k = first - 1
    while k >= 0 and tokens[k][2] in ("：", ":", " ", "\u3000"):
        k -= 1
    role = k >= 0 and len(tokens[k][2]) >= 2 and tokens[k][2][-1] in names.ROLE_END and _han(tokens[k][2])
    says = last < len(tokens) and tokens[last][2] in names.SAYING
    return role + says >= need


_HEADS: dict[int, frozenset[str]] = {}


def _proper_heads(lex: Lexicon) -> frozenset[str]:
    """Every proper start of a proper noun of at most six characters: what
    a word must be for ``_merge`` to join it to the next."""
    got = _HEADS.get(id(lex))
    if got is None:
        got = _HEADS[id(lex)] = frozenset(k[:n] for k in lex.proper if len(k) <= 6 for n in range(1, len(k)))
    return got


_MEMO_LEX: Lexicon | None = None
#: a word's kind by its tag, then its text: two look-ups cost less than a (text, tag) tuple made per word
_KINDS: defaultdict[str, dict[str, str]] = defaultdict(dict)
_TWORDS: dict[str, tuple] = {}


def _kind(text: str, pos: str, soft: frozenset[str], lex: Lexicon) -> str:
    if not text.strip() or pos == "x" or all(c in _CLAUSE_END or not c.isalnum() for c in text):
        return PUNCT
    if pos == "m" or text.isdigit():
        return NUMBER
    if pos == "eng" or text.isascii():
        return LATIN
    if text in soft:
        return SOFT
    if pos in NAME_TAGS and len(text) >= 2:
        return NAME
    if len(text) >= 2 and text.endswith("方") and text[:-1] in lex.glosses:
        return CONTENT  # 中方, 美方: "the Chinese side", usually just "China"
    if pos in ("i", "l") and len(text) >= 4:
        return SOFT  # idioms are rendered freely: they never make an omission alone
    if pos.startswith(_CONTENT_TAGS) and (len(text) >= 2 or pos.startswith(("n", "v", "a"))):
        return CONTENT
    return FUNCTION


def _source_words(tokens: Sequence[_Word], pairs: list, lex: Lexicon) -> tuple[list[SourceWord], list[Clause]]:
    soft = soft_words()
    out: list[SourceWord] = []
    add = out.append
    clauses: list[Clause] = []
    p = 0
    starts = [pr.src_start for pr in pairs]
    n_pairs = len(pairs)
    nxt = starts[1] if n_pairs > 1 else float("inf")  # where the next pair starts
    kinds = _KINDS
    cl: Clause | None = None
    c = -1  # the clause's index
    closes = True  # the last word ends a clause (or there is none yet)
    last_end = 0
    for t_start, t_end, text, pos in tokens:
        while t_start >= nxt:
            p += 1
            nxt = starts[p + 1] if p + 1 < n_pairs else float("inf")
        of_tag = kinds[pos]
        kind = of_tag.get(text)
        if kind is None:
            if len(of_tag) > 200_000:  # memory stays bounded (jieba has a few dozen tags)
                of_tag.clear()
            kind = of_tag[text] = _kind(text, pos, soft, lex)
        if closes or cl.pair != p:  # type: ignore[union-attr]
            if cl is not None:  # a clause's last word and end are set when it closes
                cl.last, cl.src_end = len(out), last_end
            cl = Clause(t_start, t_end, len(out), len(out), p)
            clauses.append(cl)
            c += 1
        add(SourceWord(t_start, t_end, text, pos, kind, p, c))
        closes = kind == PUNCT and text[-1:] in _CLAUSE_END
        last_end = t_end
    if cl is not None:
        cl.last, cl.src_end = len(out), last_end
    return out, clauses


def _target_word(w: str, lex: Lexicon) -> tuple:
    key = english.norm(w)
    content = (not english.is_function(key) or w.isupper() or "." in w) and not key.isdigit() and len(key) > 1
    lemmas = lex.lemma_keys(key)
    eq = _EQUIV.get(key)
    if eq is not None:
        lemmas = (*lemmas, eq)
    if "." in w and w.rsplit(".", 1)[1].islower() and len(w.split(".", 1)[0]) > 2:
        # a web address names its site: Chinanews.com, Xinhuanet.com (中新网, 新华网)
        lemmas = (*lemmas, w.split(".", 1)[0].lower())
    if "-" in key:  # Sino-US, Beijing-based: each part counts
        parts = tuple(x for x in key.split("-") if len(x) > 1)
        lemmas = (*lemmas, *parts, *(_EQUIV[x] for x in parts if x in _EQUIV))
    return key, lemmas, content, names.key(w) if w[:1].isupper() else ""


def _target_words(text: str, pairs: list, lex: Lexicon) -> tuple[list[TargetWord], list[tuple[str, ...]]]:
    """The target's words (``english.words``) and, for each, the loose keys
    (stems) of its lemmas. One ``re.split`` finds every word and the running
    sum of the pieces' lengths gives the offsets, in C; what a word is made
    of is worked out once per distinct word (``_TWORDS``)."""
    out: list[TargetWord] = []
    stems: list[tuple[str, ...]] = []
    p = 0
    last = len(pairs) - 1
    starts = [pr.tgt_start for pr in pairs]
    nxt = starts[1] if last > 0 else len(text) + 1
    pieces = english.WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces)))
    get = _TWORDS.get
    add = out.append
    add_stems = stems.append
    # each word with the offsets of its start and end (the running sums before and after it)
    for raw, s, e in zip(pieces[1::2], offsets[0::2], offsets[1::2]):
        while s >= nxt:
            p += 1
            nxt = starts[p + 1] if p < last else len(text) + 1
        got = get(raw)
        if got is None:
            got = _target_word_entry(raw, lex)
            if len(_TWORDS) > 200_000:
                _TWORDS.clear()
            _TWORDS[raw] = got
        w, cut, key, lemmas, content, name, word_stems, cap = got
        add(TargetWord(s, e - cut, w, key, lemmas, content, p, name, (), cap))
        add_stems(word_stems)
    return out, stems


def _target_word_entry(raw: str, lex: Lexicon) -> tuple:
    """What ``english.words`` and ``_target_word`` make of a word as the
    pattern matched it: its text (a final dot of a sentence end cut), how
    many characters were cut, key, lemmas, content, name key, stems, capitalised."""
    w, cut = raw, 0
    if raw.endswith(".") and raw.count(".") == 1:
        w, cut = raw[:-1], 1
    key, lemmas, content, name = _target_word(w, lex)
    return w, cut, key, lemmas, content, name, tuple(_stem(x) for x in lemmas), w[:1].isupper()


def _link(al: Alignment, i: int, j: int, how: str) -> None:
    # links are tuples grown by copying (a word has one or two): a list per
    # word was 300,000 objects per MB that every garbage collection walked,
    # where the empty tuple is one shared object and a tuple of ints drops
    # out of the collector's sight after its first pass
    sw, tw = al.source[i], al.target[j]
    if j not in sw.links:
        sw.links += (j,)
    if i not in tw.links:
        tw.links += (i,)
    if not sw.how:
        sw.how = how


def _overlapping(al: Alignment, start: int, end: int, side: str) -> list[int]:
    words = al.source if side == "source" else al.target
    starts = al._starts(side)
    k = max(0, bisect_left(starts, start) - 1)
    out = []
    while k < len(words) and words[k].start < end:
        if words[k].end > start:
            out.append(k)
        k += 1
    return out


def _anchor_values(al: Alignment, src_doc, tgt_doc) -> None:
    """Numbers by value, dates by month/day: the same readers the value checks use."""
    tq = quantities(tgt_doc)
    used: set[int] = set()  # target mentions taken (ids), as ``_nearest_free`` asks
    used_dates: set[int] = set()
    by_value: dict = {}
    for q in tq:
        by_value.setdefault(q.value, []).append(q)
    for q in quantities(src_doc):
        s_idx = _overlapping(al, q.start, q.end, "source")
        if not s_idx:
            continue
        for i in s_idx:
            if al.source[i].kind in (FUNCTION, CONTENT, SOFT):
                al.source[i].kind = NUMBER
        cands = by_value.get(q.value, ())
        if not cands:
            if not q.firm:
                for i in s_idx:
                    al.source[i].kind = SOFT if al.source[i].kind == NUMBER else al.source[i].kind
            continue
        pair = al.source[s_idx[0]].pair
        t0, t1 = al.pair_target(pair)
        best = _nearest_free(cands, t0, t1, used)
        for j in _overlapping(al, best.start, best.end, "target"):
            for i in s_idx:
                _link(al, i, j, "value")
    try:
        sm, tm = dates_mod.mentions(src_doc), dates_mod.mentions(tgt_doc)
    except Exception:  # pragma: no cover - a date reader bug must not stop the alignment
        return
    by_date: dict[tuple, list] = {}
    for t in tm:
        if t.day or t.month or t.hour is not None:
            by_date.setdefault((t.kind, t.month, t.day, t.hour), []).append(t)
    for m in sm:
        s_idx = _overlapping(al, m.start, m.end, "source")
        if not s_idx:
            continue
        for i in s_idx:
            if al.source[i].kind in (FUNCTION, CONTENT, SOFT):
                al.source[i].kind = NUMBER
        cands = (by_date.get((m.kind, m.month, m.day, m.hour)) or by_date.get((m.kind, None, m.day, m.hour))
                 or by_date.get((m.kind, m.month, None, m.hour)) or ())
        if cands:
            t0, t1 = al.pair_target(al.source[s_idx[0]].pair)
            t = _nearest_free(cands, t0, t1, used_dates)
            for j in _overlapping(al, t.start, t.end, "target"):
                for i in s_idx:
                    _link(al, i, j, "value")


def _nearest_free(cands: list, t0: int, t1: int, used: set[int]):
    """``_nearest``, but inside the pair a mention no earlier source mention
    took (``used``: their ids) comes first: a value the source says twice is
    rendered by both of the target's mentions, not twice by the first."""
    best = _nearest(cands, t0, t1)
    if id(best) in used and t0 <= best.start < t1:
        k = bisect_left(cands, t0, key=lambda c: c.start)
        while k < len(cands) and cands[k].start < t1:
            if id(cands[k]) not in used:
                best = cands[k]
                break
            k += 1
    used.add(id(best))
    return best


def _nearest(cands: list, t0: int, t1: int):
    """The first candidate (sorted by start) inside [t0, t1), else the nearest
    to t0: a binary search, as a document may hold thousands of the same value."""
    k = bisect_left(cands, t0, key=lambda c: c.start)
    if k < len(cands) and cands[k].start < t1:
        return cands[k]
    if k == 0:
        return cands[0]
    if k == len(cands):
        return cands[-1]
    before, after = cands[k - 1], cands[k]
    return before if t0 - before.start <= after.start - t0 else after


_KEY_OF = attrgetter("key")


def _anchor_latin(al: Alignment, src_doc) -> None:
    # a hashtag of Latin letters is a Latin token after its mark (#PRS_ORG#, the test sets' placeholders)
    toks = [a for a in anchors_mod.find(src_doc)
            if a.kind == "latin" or (a.kind == "hashtag" and a.text[1:].replace("_", "").isascii())]
    if not toks:
        return
    wanted = {anchors_mod.normalise(a.text.lstrip("#")) for a in toks}
    # which word keys match, worked out once per distinct key (a document says most words many times);
    # the keys as one column and the matching words by ``compress``, in C: no frame per target word
    match: dict[str, str] = {}
    keys = list(map(_KEY_OF, al.target))
    for key in set(keys):
        k = key.replace("-", "").replace("'", "") if "-" in key or "'" in key else key
        if k in wanted or k[:-1] in wanted:
            match[key] = k
    by_key: dict[str, list[int]] = {}
    if match:
        for j in compress(count(), map(match.__contains__, keys)):
            by_key.setdefault(match[keys[j]], []).append(j)
    for a in toks:
        s_idx = _overlapping(al, a.start, a.end, "source")
        k = anchors_mod.normalise(a.text.lstrip("#"))
        cands = by_key.get(k) or by_key.get(k + "s") or []
        run: tuple[int, ...] = ()
        if not cands and s_idx:
            run = _split_latin(al, k, al.source[s_idx[0]].pair)
        for i in s_idx:
            if al.source[i].kind != PUNCT:
                al.source[i].kind = LATIN
                for j in cands[:1]:
                    _link(al, i, j, "latin")
                for j in run:
                    _link(al, i, j, "latin")


def _split_latin(al: Alignment, k: str, pair: int) -> tuple[int, ...]:
    """The adjacent target words of a pair that spell a Latin token the
    target's word pattern cut in pieces (#PRS_ORG# -> PRS, ORG): their keys
    make ``k`` and only joiners stand between them."""
    target, text = al.target, al.target_text
    idx = al.pair_target_words(pair)
    for j in idx:
        if not target[j].key or not k.startswith(target[j].key) or target[j].key == k:
            continue
        got, n = target[j].key, j
        while len(got) < len(k) and n + 1 in idx:
            gap = text[target[n].end:target[n + 1].start]
            if len(gap) > 2 or gap.strip("_-.·/ "):
                break
            n += 1
            got += target[n].key
        if got == k and n > j:
            return tuple(range(j, n + 1))
    return ()


def _anchor_glossary(al: Alignment, glossary, src_doc, tgt_doc) -> None:
    from ..glossary.match import APPROVED, hits, source_hits

    by_entry: dict = {}
    for h in hits(glossary, tgt_doc):
        if h.kind == APPROVED:
            by_entry.setdefault(id(h.entry), []).append(h)
    for sh in source_hits(glossary, src_doc):
        s_idx = _overlapping(al, sh.start, sh.end, "source")
        targets = [h for e in sh.entries for h in by_entry.get(id(e), ())]
        for i in s_idx:
            if al.source[i].kind in (CONTENT, NAME, SOFT, FUNCTION):
                al.source[i].kind = GLOSSARY
        if not targets or not s_idx:
            continue
        t0, _ = al.pair_target(al.source[s_idx[0]].pair)
        h = min(targets, key=lambda h: abs(h.start - t0))
        for j in _overlapping(al, h.start, h.end, "target"):
            for i in s_idx:
                _link(al, i, j, "glossary")


def _align_pair(al: Alignment, lex: Lexicon, s_idx: Sequence[int], t_idx: Sequence[int],
                t_stems: Sequence[tuple[str, ...]]) -> None:
    if not s_idx:
        return
    source, target = al.source, al.target
    s0 = source[s_idx[0]].start
    s1 = max(source[s_idx[-1]].end, s0 + 1)
    pr = al.pairs[source[s_idx[0]].pair]
    t0, t1 = pr.tgt_start, pr.tgt_end

    def pick(i: int, cands: Collection[int]) -> int | None:
        if len(cands) == 1:  # the usual case: no position to weigh
            for j in cands:
                return j
        best, best_key = None, None
        e = t0 + (source[i].start - s0) / (s1 - s0) * (t1 - t0)
        for j in cands:
            k = (bool(target[j].links), abs(target[j].start - e))
            if best_key is None or k < best_key:
                best, best_key = j, k
        return best

    names_from = len(al.names)
    caps = [j for j in t_idx if target[j].name]
    for i in s_idx:
        if source[i].kind == NAME:
            _align_name(al, lex, i, t_idx, caps)
    chinese_names = {nc.word for nc in al.names[names_from:] if nc.chinese}
    proper = lex.proper
    todo = []
    plain: list[int] = []
    for i in s_idx:
        w = source[i]
        kind = w.kind
        if w.links or kind not in _ALIGNED_KINDS or i in chinese_names:
            continue
        if kind == NUMBER and not any(c in w.text for c in "十百千万亿两"):
            continue
        # a name CC-CEDICT knows is rendered by its English form, not by a word of its
        # description (北京 "capital of China" is not rendered by "city"); a gloss that is
        # only other names of the same thing (美国 "United States/USA/US") is asked below
        if kind == NAME and w.text in proper:
            if _plain_proper(w.text, lex):
                plain.append(i)
            continue
        todo.append(i)
    if not todo and not plain:
        return _settle_names(al, names_from)
    # the pair's target content words by lemma and by stem (made only when some
    # source word asks; the lists are in word order, as the candidate sets below
    # are built in the same order as they always were: ties in ``pick`` go by it)
    exact: defaultdict[str, list[int]] = defaultdict(list)
    loose: defaultdict[str, list[int]] = defaultdict(list)
    for tj in t_idx:
        tw = target[tj]
        if not tw.content:
            continue
        for lemma in tw.lemmas:
            exact[lemma].append(tj)
        for st in t_stems[tj]:
            loose[st].append(tj)
    exact_keys, loose_keys = exact.keys(), loose.keys()
    gloss_keys = _GLOSS_KEYS.get  # (a pair of tuples: never empty)
    keys = {i: gloss_keys(source[i].text) or _gloss_keys(source[i].text, lex) for i in todo}
    by_name: dict[str, list[int]] = {}
    for tj in caps:
        by_name.setdefault(target[tj].name, []).append(tj)
    pinyin = lex.pinyin
    # strongest evidence first, over the whole pair, so that a loose match
    # never takes a word that an exact one would have claimed. A word none of
    # whose keys the pair holds is passed over by one set operation in C.
    # One loop per means, each the branch of that means alone, in the same order
    for i in todo:  # lexicon
        if source[i].links:
            continue
        k = keys[i][0]
        if exact_keys.isdisjoint(k):
            continue
        _take(al, i, {j for x in k for j in exact.get(x, ())}, pick, t_idx, k, "lexicon")
    for i in plain:  # a known name by its gloss, among capitalised words only (US, UK, Chinanews.com)
        if source[i].links:
            continue
        k = _plain_proper(source[i].text, lex)
        if exact_keys.isdisjoint(k):
            continue
        caps_hit = {j for x in k for j in exact.get(x, ()) if target[j].capitalised}
        if caps_hit:
            _take(al, i, caps_hit, pick, t_idx, k, "lexicon")
    for i in todo:  # stem
        if source[i].links:
            continue
        k, k_stems = keys[i]
        if loose_keys.isdisjoint(k_stems):
            continue
        # five shared letters alone are chance as often as kinship (完成 "complete" is no complacency,
        # 国家 "country" no counted): such a pair needs WordNet to relate the two (medicine ~ medical)
        # (each gloss lemma asked only of the target lemmas on its own stem)
        kin: set[int] = set()
        for g, gs in zip(k, k_stems):
            for tj in loose.get(gs, ()):
                if tj not in kin and any(s == gs and _stem_kin(g, t) for t, s in zip(target[tj].lemmas, t_stems[tj])):
                    kin.add(tj)
        if kin:
            _take(al, i, kin, pick, t_idx, k, "stem")
    for i in todo:  # part
        w = source[i]
        if w.links or len(w.text) <= 1:
            continue
        parts = _PARTS.get(w.text)
        if parts is None:
            parts = _parts(w.text, lex)
        if exact_keys.isdisjoint(parts):
            continue
        hits = exact_keys & parts
        cands: Collection[int]
        if len(hits) == 1:  # the same insertions, in the same order, as the loop over all parts
            cands = {j for j in exact[next(iter(hits))] if not target[j].links}
        else:
            cands = {j for x in parts for j in exact.get(x, ()) if not target[j].links}
        if cands:
            _take(al, i, cands, pick, t_idx, keys[i][0], "part")
    for i in todo:  # derived
        w = source[i]
        if w.links:
            continue
        rel = _DERIVED.get(w.text)
        if rel is None:
            rel = _derived(w.text, keys[i][0])
        if exact_keys.isdisjoint(rel):
            continue
        cands = {j for x in rel for j in exact.get(x, ()) if not target[j].links}
        if cands:
            _take(al, i, cands, pick, t_idx, keys[i][0], "derived")
    # the looser means below ask only of the words still unlinked (a quarter of them)
    rest = [i for i in todo if not source[i].links and len(source[i].text) >= 2]
    for i in rest:  # synonym: WordNet's first sense of a leading gloss lemma (飞机 "airplane" -> plane)
        w = source[i]
        rel = _SYNONYMS.get((w.text, w.pos[:1]))
        if rel is None:
            rel = _synonyms(w.text, w.pos[:1], keys[i][0])
        if exact_keys.isdisjoint(rel):
            continue
        window = _between_neighbours(al, i)
        if window is None:
            continue
        lo, hi = window
        cands = {j for x in rel for j in exact.get(x, ()) if not target[j].links and lo <= j <= hi}
        if cands:
            _take(al, i, cands, pick, t_idx, keys[i][0], "synonym")
    for i in rest:  # compound: the word with its neighbour is one CC-CEDICT word (新冠|肺炎 -> COVID-19)
        w = source[i]
        if w.links:
            continue
        for n in (i - 1, i + 1):
            if not (s_idx[0] <= n <= s_idx[-1]) or source[n].kind not in _ALIGNED_KINDS:
                continue
            whole = w.text + source[n].text if n > i else source[n].text + w.text
            ck = _compound_keys(whole, lex)
            if not ck or exact_keys.isdisjoint(ck):
                continue
            # the target word may already render the other half of the compound, but by a sense
            # the whole adds (COVID), not by the other half's own (政府|官员 "government official":
            # "government" renders 政府 alone and says nothing of 官员)
            other = _gloss_keys(source[n].text, lex)[0]
            cands = {j for x in ck if x not in other for j in exact.get(x, ()) if set(target[j].links) <= {n}}
            if cands:
                j = pick(i, cands)
                if j is not None:
                    _link(al, i, j, "compound")
                    if not source[n].links:
                        _link(al, n, j, "compound")
                break
    if not by_name:
        return _settle_names(al, names_from)  # the pinyin pass looks only among capitalised words
    for i in todo:  # pinyin
        w = source[i]
        if w.links:
            continue
        py = _PINYIN.get(w.text)
        if py is None:
            if len(_PINYIN) > 100_000:
                _PINYIN.clear()
            py = _PINYIN[w.text] = "".join([pinyin.get(c, "?") for c in w.text])
        if len(py) <= 3:
            continue
        cands = [j for j in by_name.get(py, ()) if not target[j].links]
        if cands:
            _take(al, i, cands, pick, t_idx, keys[i][0], "pinyin")
    _settle_names(al, names_from)


def _take(al: Alignment, i: int, cands: Collection[int], pick, t_idx: Sequence[int], k: tuple[str, ...],
          how: str) -> None:
    """Link source word ``i`` to the candidate ``pick`` prefers, and a
    neighbour that shares a gloss lemma: a gloss of several words (United
    States, News Agency)."""
    j = pick(i, cands)
    if j is None:
        return
    _link(al, i, j, how)
    target = al.target
    for n in (j - 1, j + 1):
        if n not in t_idx:
            continue
        tn = target[n]
        if tn.links or not tn.content:
            continue
        # a lemma among the keys (tuples of a few: no set of each per neighbour, nor a generator)
        for x in tn.lemmas:
            if x in k:
                _link(al, i, n, how)
                break


#: a source word's pinyin as one string (``_align_pair``'s last means), per distinct word
_PINYIN: dict[str, str] = {}


_ALIGNED_KINDS = frozenset((CONTENT, NAME, SOFT, GLOSSARY, NUMBER))


def _settle_names(al: Alignment, names_from: int) -> None:
    """A name the lexicon passes linked is rendered after all."""
    for nc in al.names[names_from:]:
        w = al.source[nc.word]
        if nc.status != "rendered" and w.links:
            nc.status, nc.links = "rendered", tuple(w.links)


_GLOSS_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_PLAIN: dict[str, tuple[str, ...]] = {}


def _plain_proper(word: str, lex: Lexicon) -> tuple[str, ...]:
    """The gloss lemmas by which a capitalised target word renders a proper
    noun CC-CEDICT knows, where its gloss holds only its English names (美国
    "United States/USA/US" -> usa, us): only lemmas that are no common English
    word, as "News" and "Agency" of 新华社 "Xinhua News Agency" are no sign
    of the name; none where the gloss describes (北京 "Beijing, capital of
    the People's Republic of China": "China" does not render it)."""
    got = _PLAIN.get(word)
    if got is None:
        gloss = lex.gloss(word)
        got = ()
        if gloss and _DESCRIBING.search(" ".join(gloss)) is None:
            # another place named in the gloss describes it (新华社 "... news outlet of China")
            own = set(english.norm(x) for x in lex.proper.get(word, "").split())
            mine = tuple(k for k in gloss if not _common_word(k)
                         and (k in own or (k not in lex.places and _EQUIV.get(k, k) not in lex.places)))
            got = _keys(mine)
        if len(_PLAIN) > 100_000:
            _PLAIN.clear()
        _PLAIN[word] = got
    return got


#: gloss lemmas that describe a proper noun rather than name it (as ``lexicon._PLACE``, lemma keys)
_DESCRIBING = re.compile(r"\b(?:city|capital|province|country|county|prefecture|island|district|region|town|"
                         r"municipality|river|lake|mountain|surname)\b")


def _gloss_keys(word: str, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A source word's gloss lemmas (with ``_EQUIV`` spellings) and their
    stems, in the same order, worked out once per distinct word."""
    got = _GLOSS_KEYS.get(word)
    if got is None:
        k = _keys(lex.gloss(word))
        got = (k, tuple(_stem(x) for x in k))
        if len(_GLOSS_KEYS) > 100_000:
            _GLOSS_KEYS.clear()
        _GLOSS_KEYS[word] = got
    return got


@lru_cache(maxsize=100_000)
def _stem(lemma: str) -> str:
    return english.stem(lemma)


@lru_cache(maxsize=100_000)
def _stem_kin(gloss: str, lemma: str) -> bool:
    """A gloss lemma and a target lemma that meet on their stem and are
    forms of one word: by their letters (``english.stems_agree``), else by
    a WordNet derivational link between them or to a third word (digitize ~
    digital through digit). The target's lemma may be an unknown plural."""
    if _stem(gloss) != _stem(lemma):
        return False
    agree = english.stems_agree(gloss, lemma)
    if agree is not None:
        return agree
    short, long = sorted((gloss.replace("-", ""), lemma.replace("-", "")), key=len)
    rest = long[len(short):]
    # a compound of the shorter and another common word (smart ~ smartphone, grass ~ grassroots, laugh ~
    # laughingstock), but not a place made with -land (绿地 "green" is no Greenland)
    if long.startswith(short):
        rest = rest.removeprefix("ing") if rest.startswith("ing") and len(rest) > 6 else rest
        if len(rest) >= 4 and rest != "land" and _common_word(rest):
            return True
    table = derivations()
    mine = table.get(gloss, ())
    for t in {lemma, english.fallback_lemma(lemma)}:
        theirs = table.get(t, ())
        if t in mine or gloss in theirs or not set(mine).isdisjoint(theirs):
            return True
    return False


def _keys(gloss: tuple[str, ...]) -> tuple[str, ...]:
    extra = tuple(_EQUIV[k] for k in gloss if k in _EQUIV)
    return gloss + extra if extra else gloss


_PARTS: dict[str, frozenset[str]] = {}
_SYNONYMS: dict[tuple[str, str], frozenset[str]] = {}
#: how far (source words) to look for a linked neighbour, and how far (target words) past its link a synonym may stand
_NEIGHBOUR_REACH = 3
_NEIGHBOUR_SLACK = 3


def _between_neighbours(al: Alignment, i: int) -> tuple[int, int] | None:
    """The target words a looser link of source word ``i`` may take: around
    and between the links of its nearest linked neighbours in its own clause.
    A synonym is weaker evidence than a gloss lemma, and an added clause is
    made of exactly the unlinked words it could take; a word placed where the
    clause's neighbours put it is most likely its rendering. None where no
    neighbour is linked."""
    source = al.source
    w = source[i]
    cl = al.clauses[w.clause]
    got: list[int] = []
    for step in (-1, 1):
        n = i + step
        while cl.first <= n < cl.last and abs(n - i) <= _NEIGHBOUR_REACH:
            if source[n].links:
                got.extend(source[n].links)
                break
            n += step
    if not got:
        return None
    return min(got) - _NEIGHBOUR_SLACK, max(got) + _NEIGHBOUR_SLACK
#: gloss lemmas a synonym is looked for by: the leading ones, as the later lemmas of a gloss are its
#: rarer senses (凳子 "stool, small seat": "seat" as a verb is "place")
_SYNONYM_GLOSSES = 4


def _synonyms(word: str, tag: str, gloss: tuple[str, ...]) -> frozenset[str]:
    """Synonyms of the first WordNet sense of a source word's leading gloss
    lemmas, in the part of speech of its jieba tag (问题/n "issue" is not
    "publish"), less the lemmas themselves and function words."""
    table = synonyms().get(tag, {})
    out = {r for g in gloss[:_SYNONYM_GLOSSES] for r in table.get(g, ()) if len(r) > 2}
    if len(_SYNONYMS) > 100_000:
        _SYNONYMS.clear()
    got = _SYNONYMS[(word, tag)] = frozenset(out - set(gloss) - english.FUNCTION)
    return got
_COMPOUNDS: dict[str, tuple[str, ...]] = {}


def _compound_keys(whole: str, lex: Lexicon) -> tuple[str, ...]:
    """Gloss lemmas (the first twelve) of two neighbouring source words read
    as one CC-CEDICT word, where the segmenter cut it (新冠|肺炎 "COVID-19");
    none for a run of more than four characters or one CC-CEDICT lacks."""
    got = _COMPOUNDS.get(whole)
    if got is None:
        got = _keys(lex.gloss(whole)[:12]) if len(whole) <= 4 else ()
        if len(_COMPOUNDS) > 100_000:
            _COMPOUNDS.clear()
        _COMPOUNDS[whole] = got
    return got
_DERIVED: dict[str, frozenset[str]] = {}


def _derived(word: str, gloss: tuple[str, ...]) -> frozenset[str]:
    """WordNet's derivational relatives of a source word's gloss lemmas
    (the first twelve, as for a word's parts: a long gloss list ends in
    rare senses), less the lemmas themselves and function words."""
    table = derivations()
    out = {r for g in gloss[:12] for r in table.get(g, ()) if len(r) > 2} - set(gloss) - english.FUNCTION
    if len(_DERIVED) > 100_000:
        _DERIVED.clear()
    got = _DERIVED[word] = frozenset(out)
    return got


def _parts(word: str, lex: Lexicon) -> frozenset[str]:
    """Gloss lemmas of the two-character parts and characters of a word."""
    got = _PARTS.get(word)
    if got is None:
        if len(_PARTS) > 100_000:
            _PARTS.clear()
        got = _PARTS[word] = frozenset(_parts_of(word, lex))
    return got


def _parts_of(word: str, lex: Lexicon) -> set[str]:
    out: set[str] = set()
    for n in (2, 1):
        for a in range(0, len(word) - n + 1):
            sub = word[a:a + n]
            if sub != word:
                out.update(_keys(lex.gloss(sub)[:12]))
    return out


class _Chinese(NamedTuple):
    """What a Chinese person name may be spelled as (``_name_info``)."""

    syl: tuple[str, ...]
    given: tuple[str, ...]
    sur_keys: frozenset[str]
    given_keys: frozenset[str]
    whole: frozenset[str]
    hk: str | None
    expected: str
    transliterated: bool  # a foreign name with a Chinese surname's character (刘易斯 Lewis)
    sur_hk: frozenset[str]  # Hong Kong (Cantonese) spellings that pinyin does not give
    given_hk: frozenset[str]


class _Other(NamedTuple):
    """What a place, organisation or foreign name may be spelled as."""

    syl: tuple[str, ...]
    proper: str
    want: frozenset[str]
    py: frozenset[str]
    head: str
    expected: str


_NAMES: dict[tuple[str, str], _Chinese | _Other | None] = {}


def _name_info(text: str, pos: str, lex: Lexicon) -> _Chinese | _Other | None:
    """Everything about a source name that does not depend on its
    sentence, worked out once per distinct (word, tag)."""
    key = (text, pos)
    if key in _NAMES:
        return _NAMES[key]
    if len(_NAMES) > 50_000:
        _NAMES.clear()
    got = _NAMES[key] = _name_info_of(text, pos, lex)
    return got


#: words of CC-CEDICT's glosses that make a proper noun a place
_PLACE_GLOSS = frozenset("county city province district prefecture town township village municipality".split())


def _name_info_of(text: str, pos: str, lex: Lexicon) -> _Chinese | _Other | None:
    reading = lex.proper_pinyin.get(text, "").split()
    syl = tuple(reading) if len(reading) == len(text) else tuple(lex.pinyin.get(c, "") for c in text)
    if not all(syl):
        return None
    sur_n = (2 if len(text) >= 3 and (text[:2] in lex.surnames or lex.gloss(text[:2])[:3] == _COMPOUND_SURNAME)
             else (1 if text[0] in lex.surnames else 0))
    if sur_n == 1 and text[0] in lex.surname_pinyin:
        syl = (lex.surname_pinyin[text[0]].replace(" ", ""), *syl[1:])
    # a word CC-CEDICT lists as a common word (卫星, 盛夏) is not a name, whatever jieba's tag
    proper = lex.proper.get(text, "")
    # CC-CEDICT's famous people (韩正 "Han Zheng") are names; its other
    # words (卫星, 盛夏) are not, whatever the segmenter's tag
    # (a place is no person: 惠民 Huimin county is "to benefit the people" as often)
    famous = (bool(proper) and names.key(_proper_words(proper)) == "".join(syl)
              and _PLACE_GLOSS.isdisjoint(lex.gloss(text)))
    chinese = (pos.startswith("nr") and sur_n and 2 <= len(text) <= 2 + sur_n and text[-1] not in _NOT_IN_NAMES
               and not (len(text) >= 3 and text[-1] in _GENERIC_PLACE and pos != JOINED_NAME)  # 蒋口河, 卓乃湖: places
               and (famous or pos == JOINED_NAME  # joined in a person's context: 王国|军 is no kingdom there
                    or (text not in lex.glosses and text[:2] not in lex.glosses
                        and (len(text) < 3 or not _ordinary(text[sur_n:], lex)
                             or text[0] in names.COMMON_SURNAMES))))
    if chinese:
        sur, given = syl[:sur_n], syl[sur_n:]
        sur_keys, given_keys = names.spellings(sur), names.spellings(given)
        for alt in _alternatives(text[sur_n:], given, lex):  # 柴长江: Changjiang, not Zhangjiang
            given_keys = given_keys | names.spellings(alt)
        whole = {a + b for a in sur_keys for b in given_keys} if given else set()
        # a letter said twice at the join is often written once (安楠 An Nan: Anan)
        whole |= {a + b[1:] for a in sur_keys for b in given_keys if given and b and a[-1:] == b[:1]}
        if len(given) >= 2 and not (sur_n == 2 and pos == JOINED_NAME):
            # the segmenter glued a character on (殷飞|用): its given name is shorter; not a name joined
            # here from a surname of two characters and the word after it (欧阳|倚玲 is no Ouyang Yinling)
            given_keys = given_keys | names.spellings(given[:-1])
        hk = names.HK_SURNAMES.get(text[0]) if sur_n == 1 else None
        if hk:
            sur_keys = sur_keys | {hk}
        # Hong Kong and Macau spell names in Cantonese (余鹏春 Yu Pang-chun). Its spellings are
        # many and short (氏 "Chi", 何 "Ho"), so they count only as a whole name, never one
        # syllable alone: Chi of Ho Chi Minh is no rendering of 阮氏
        jp = tuple(tuple(lex.jyutping.get(c, "").split()) for c in text)
        sur_hk = frozenset(cantonese.spellings(jp[:sur_n])) - sur_keys
        given_hk = frozenset(cantonese.spellings(jp[sur_n:])) - given_keys if given else frozenset()
        whole = whole | {a + b for a in sur_keys | sur_hk for b in given_hk} | {a + b for a in sur_hk for b in given_keys}
        expected = " ".join(s.capitalize() for s in ("".join(sur), "".join(given)) if s)
        return _Chinese(syl, given, frozenset(sur_keys), frozenset(given_keys), frozenset(whole), hk, expected,
                        any(c in names.TRANSLITERATION for c in text[1:]), sur_hk, given_hk)
    want = frozenset(names.key(x) for x in _proper_words(proper).split()) if proper else frozenset()
    py = names.spellings(syl)
    for alt in _alternatives(text, syl, lex):  # 长河 Changhe, not only Zhanghe
        py |= names.spellings(alt)
    if len(syl) >= 2 and text[-1] in _GENERIC_PLACE:  # 唐河 -> Tang River, 巢湖 -> Chaohu Lake
        py |= names.spellings(syl[:-1])
    head = names.key(_proper_words(proper).split()[0]) if proper and _proper_words(proper) else ""
    expected = _proper_words(proper) if proper else " ".join(s.capitalize() for s in syl)
    return _Other(syl, proper, want, frozenset(py), head, expected)


def _align_name(al: Alignment, lex: Lexicon, i: int, t_idx, caps: list[int]) -> None:
    w = al.source[i]
    text = w.text
    info = _name_info(text, w.pos, lex)
    if info is None:
        return
    syl = info.syl
    if isinstance(info, _Chinese):
        given, sur_keys, given_keys, whole, hk, expected = (info.given, info.sur_keys, info.given_keys, info.whole,
                                                            info.hk, info.expected)
        changed: tuple[int, ...] = ()
        # a name said twice (作者：王思硕 责任编辑：王思硕) needs two renderings: the words an
        # earlier mention of it in this pair took are not this one's
        claimed_of = al.memo.setdefault("_claimed", {})
        claimed = claimed_of.get((w.pair, text))
        if claimed is None:
            claimed = claimed_of[(w.pair, text)] = set()
        # a later mention of the same name in this pair (寿光 ... 寿光人) takes a spelling of its own
        again = _last_mention(al, w.pair).get(text, i) > i
        for j in caps:
            if j in claimed:
                continue
            tw = al.target[j]
            k = tw.name
            if ((k in given_keys and given) or k in whole or (hk and k == hk) or (len(given) >= 2 and k in info.given_hk)
                    or (("-" in tw.text or "–" in tw.text) and _abbreviates(syl, tw.text))):
                # a whole given name of two syllables is the name's (Chiling Tong for 董继玲, in English order);
                # one syllable, or a given name cut short, is as likely another person's (Li Li, Jia Qilong)
                if (k in given_keys and k not in whole and k not in sur_keys and k != hk
                        and not (len(given) >= 2 and k in names.spellings(given))):
                    other = _other_name(al, j, t_idx, sur_keys | info.sur_hk | frozenset(lex.char_readings(text[0])))
                    if other:  # Li Li for 孙俪, Jia Qilong for 杨嘉仁: the given name's syllable in another's name
                        changed = changed or other
                        continue
                _link(al, i, j, "name")
                if again and k in whole:
                    break
                continue
            cantonese_only = k in info.sur_hk and k not in sur_keys
            if k not in sur_keys and not cantonese_only:
                continue
            nxt = [n for n in (j + 1, j + 2) if n < len(al.target) and n in t_idx]
            joined1 = al.target[nxt[0]].name if nxt else ""
            joined2 = joined1 + al.target[nxt[1]].name if len(nxt) > 1 else ""
            prev = al.target[j - 1].name if j - 1 in t_idx else ""
            either = given_keys | info.given_hk
            if cantonese_only:  # a Hong Kong surname counts only with its given name (Choi Chi Wang)
                if joined1 in either:
                    _link(al, i, j, "name")
                    _link(al, i, nxt[0], "name")
                    break
                if joined2 in either:
                    _link(al, i, j, "name")
                    _link(al, i, nxt[0], "name")
                    _link(al, i, nxt[1], "name")
                    break
                continue
            if given and (joined1 in info.given_hk or joined2 in info.given_hk):
                _link(al, i, j, "name")  # Cheung Kin-chung, Chan Mo Po
                for n in nxt[:1 if joined1 in info.given_hk else 2]:
                    _link(al, i, n, "name")
                break
            if not given or joined1 in given_keys or prev in given_keys:
                _link(al, i, j, "name")
                if joined1 in given_keys:
                    _link(al, i, nxt[0], "name")
                    break  # the whole name: later ones are another mention's
                if again:
                    break
            elif joined2 in given_keys:
                _link(al, i, j, "name")
                _link(al, i, nxt[0], "name")
                _link(al, i, nxt[1], "name")
                break
            elif joined1 and any(joined1.startswith(g) or joined2.startswith(g) for g in given_keys):
                _link(al, i, j, "name")  # the segmenter cut the given name short (傅昆|宝 -> Fu Kunbao)
                _link(al, i, nxt[0], "name")
                break
            elif (nxt and al.target[nxt[0]].capitalised and al.target[nxt[0]].start - al.target[j].end <= 1
                  and _pinyin_shaped(al.target[nxt[0]].name, 3, al.target[nxt[0]].text)):
                # Han Zhen for 韩正, Wu Xiaoheba for 吴桂英 (not Chu Army for 楚家军)
                changed = (j, nxt[0])
            else:
                _link(al, i, j, "name")  # the surname alone: Wang said
                if again:
                    break  # 周某 ... 周某: Zhou's family ... Zhou reached, one each
        claimed.update(w.links)
        if not w.links and not changed and info.transliterated:
            # a foreign name with a Chinese surname's character (刘易斯 Lewis); a pinyin word (Chengfeng for
            # 倪妮) is some Chinese name's reading, no transliteration
            # and, as for a foreign name below, no English word or date (李斯 is no Journalists, 刘梅英 no
            # Municipal Commerce): each translates another source word. Words rarer than the foreign
            # path's bar count here, as a Chinese surname's character opens few transliterations
            _skeleton(al, i, syl, [j for j in caps if not _pinyin_shaped(al.target[j].name, 2, al.target[j].text)],
                      t_idx, [j for j in caps if not _pinyin_shaped(al.target[j].name, 2, al.target[j].text)
                              and not _common_word(_bare(al.target[j].text), _KNOWN_WORD)
                              and al.target[j].name not in _CALENDAR],
                      lex)
        if w.links:
            al.names.append(NameCheck(i, "rendered", tuple(w.links), expected, True))
        elif changed:
            al.names.append(NameCheck(i, "changed", changed, expected, True))
        else:
            al.names.append(NameCheck(i, "missing", (), expected, True))
        return
    # places, organisations, foreign names: the lexicon's English form, its
    # pinyin as one word, or the consonants of a transliteration
    proper, want, py, head = info.proper, info.want, info.py, info.head
    for j in caps:
        tw = al.target[j]
        k = tw.name
        # Xinhua (News Agency), not Chaoyang News Agency; a hyphenated word is tried part by part
        if k == head or k in py or (("-" in tw.text or "–" in tw.text) and _hyphen_part(tw.text, py)):
            _link(al, i, j, "name")
            for n in (j + 1, j + 2, j + 3):
                if n in t_idx and al.target[n].name in want:
                    _link(al, i, n, "name")
    if not w.links and len(syl) >= 2 and not proper and not _ordinary(text, lex):
        # 城市 'city' or 王国 'kingdom' tagged as a place is a word, not a transliteration:
        # a consonant match would link it to whatever name stands there (Zhengzhou). A word read as
        # pinyin is some Chinese name's reading: a name without a transliteration's character takes it
        # only by the very same consonants (赛西 Ceci), not by consonants found among more (乃吉沟 is
        # no Zhongtai Checkpoint, 捷杰 no Zhao Beijia)
        # nor by the consonants of common English words or dates (潇湘 is no Industry Talent Summit,
        # 湖南日报 no International Rail Transport, 强降雨 no Bejing July): they translate something else
        loose = caps
        if not any(c in names.TRANSLITERATION for c in text):
            loose = [j for j in caps if not _pinyin_shaped(al.target[j].name, 4, al.target[j].text)
                     and not _common_word(_bare(al.target[j].text)) and al.target[j].name not in _CALENDAR]
        _skeleton(al, i, syl, caps, t_idx, loose, lex)
    if w.links:
        al.names.append(NameCheck(i, "rendered", tuple(w.links), info.expected))
    else:
        al.names.append(NameCheck(i, "missing", (), info.expected))


def _other_name(al: Alignment, j: int, t_idx, sur_keys: AbstractSet[str]) -> tuple[int, ...]:
    """Target word ``j`` and a pinyin-shaped capitalised word right before or
    after it that nothing renders and that is not the name's surname: the
    two are another person's name (``Jia Qilong``), whatever syllable of
    the source name ``j`` spells."""
    for n in (j - 1, j + 1):
        if n not in t_idx:
            continue
        a, b = (al.target[n], al.target[j]) if n < j else (al.target[j], al.target[n])
        x = al.target[n]
        # the surname misspelled by a nasal (Cheng for 陈 chen) is still the surname
        # (Lv Ling for 吕玲: v writes ü)
        if (not x.links and x.capitalised and x.name not in sur_keys and x.name.removesuffix("g") not in sur_keys
                and x.name.replace("v", "u") not in sur_keys
                and b.start - a.end <= 1
                and _pinyin_shaped(x.name, 2, x.text)):
            return (min(n, j), max(n, j))
    return ()


def _last_mention(al: Alignment, pair: int) -> dict[str, int]:
    """The index of the last source word of each text in a pair, made once per pair."""
    memo = al.memo.setdefault("_last_mention", {})
    got = memo.get(pair)
    if got is None:
        got = memo[pair] = {al.source[n].text: n for n in al.pair_source_words(pair)}
    return got


def _ordinary(text: str, lex: Lexicon) -> bool:
    """A common word of CC-CEDICT's (城市 city, 农耕 farming), not one of its
    proper nouns (云龙 Yunlong, which is a given name as often)."""
    return text in lex.glosses and text not in lex.proper and text not in lex.proper_pinyin


@lru_cache(maxsize=50_000)
def _proper_words(proper: str) -> str:
    """The capitalised words that open a CC-CEDICT proper gloss: ``Shanghai
    municipality, central east China`` -> ``Shanghai``."""
    out = []
    for x in proper.split(",")[0].split():
        if not (x[:1].isupper() or x in _PARTICLES or x in ("of", "and")):
            break
        out.append(x)
    while out and not out[-1][:1].isupper():
        out.pop()
    return " ".join(out)


def _skeleton(al: Alignment, i: int, syl: tuple[str, ...], caps: list[int], t_idx: Sequence[int],
              loose: Sequence[int] | None = None, lex: Lexicon | None = None) -> None:
    """Link a transliterated name to the shortest run of capitalised words
    whose consonants carry its initials (卡拉斯 -> Kallas, 冯德莱恩 -> von der Leyen).
    ``loose``: the words a run may be made of when its consonants only hold
    the name's among others (default: any of ``caps``)."""
    skel = names.skeleton_zh(syl)
    if len(syl) < 2 or len(skel.replace("H", "")) < 2:
        return  # skeleton_match turns down every run for such a skeleton
    sk = _pair_skeletons(al, al.source[i].pair, t_idx)
    # a word with the same consonants first (塞西 S-S: Sisi, not Social, whose S-S-L holds them too)
    same = names.collapse(skel)
    # a word that the gloss of another source word of the pair holds renders that word, not this name
    # by chance consonants (上海站 is no Russian beside 俄罗斯, 刘易斯 no Spinoza beside 斯宾诺莎). A word
    # another name took by consonants stays open: the first name to try is not always its owner
    if lex is not None:
        text = al.source[i].text
        glossed = _glossed_in_pair(al, al.source[i].pair, lex)
        sk = {j: x for j, x in sk.items() if all(glossed.get(k, text) == text for k in al.target[j].lemmas)}
    for j in caps:
        if j in sk and names.collapse(sk[j]) == same and names.skeleton_match(skel, sk[j]):
            _link(al, i, j, "name")
            return
    get = sk.get
    inside = None if loose is None else set(loose)  # membership per word and span: a list would be quadratic
    for span in (1, 2, 3):
        for j in (caps if loose is None else loose):
            # the skeletons of words j .. j + span - 1, none past the pair's end nor a word that is
            # neither capitalised nor a particle (read one by one: no list per word and span)
            run = get(j)
            if run is None:
                continue
            if span > 1:
                if inside is not None and (j + 1 not in inside or (span > 2 and j + 2 not in inside)):
                    continue
                nxt = get(j + 1)
                if nxt is None:
                    continue
                run += nxt
                if span > 2:
                    nxt = get(j + 2)
                    if nxt is None:
                        continue
                    run += nxt
            if names.skeleton_match(skel, run):
                for n in range(j, j + span):
                    _link(al, i, n, "name")
                return


def _glossed_in_pair(al: Alignment, pair: int, lex: Lexicon) -> dict[str, str]:
    """Each gloss lemma of the pair's source words, with the text of a word
    that holds it ("" when words of two texts do), made once per pair and
    only when a name is left to its consonants."""
    memo = al.memo.setdefault("_glossed", {})
    got: dict[str, str] | None = memo.get(pair)
    if got is None:
        made: dict[str, str] = {}
        for n in al.pair_source_words(pair):
            w = al.source[n]
            if w.kind not in _ALIGNED_KINDS:
                continue
            for k in _gloss_keys(w.text, lex)[0]:
                made[k] = w.text if made.get(k, w.text) == w.text else ""
        got = memo[pair] = made
    return got


def _pair_skeletons(al: Alignment, pair: int, t_idx: Sequence[int]) -> dict[int, str]:
    """The consonant skeleton of each target word of a pair that may be
    part of a name (capitalised, or a particle: von der), made once per
    pair rather than once per name and run tried."""
    memo = al.memo.setdefault("_skeletons", {})
    got = memo.get(pair)
    if got is None:
        target = al.target
        places = _pinyin_places()
        # a Chinese place in pinyin (Beijing, Hubei) renders a source word by its pinyin or not at all:
        # its consonants matching a transliteration's (布堆 B-D) are chance
        # (the set test before ``_initial_word``: both are pure)
        got = memo[pair] = {n: names.skeleton_en(target[n].text) for n in t_idx
                            if (target[n].capitalised and target[n].name not in places
                                and not _initial_word(al, n))
                            or target[n].key in _PARTICLES}
    return got


def _initial_word(al: Alignment, n: int) -> bool:
    """An English word capitalised only because it opens a sentence or a
    quotation (``Therefore``, ``Familiar``): no transliteration."""
    w = al.target[n]
    before = al.target_text[max(0, w.start - 3):w.start].rstrip()
    if before and before[-1] not in '.?!:"“‘(':
        return False
    return _common_word(w.text)


@lru_cache(maxsize=50_000)  # pure: a word's case and two word lists; sentence openers recur
def _common_word(text: str, bar: int = 0) -> bool:
    """A common English word (Lewis and Ross are rare as words, so they stay
    names): seen at least ``bar`` times (default ``_COMMON_WORD``)."""
    from ..lexicon.dictionary import frequency, hunspell_knows  # here: a check without a source never asks

    low = text.lower()
    return text[1:].islower() and frequency(low) >= (bar or _COMMON_WORD) and hunspell_knows(low)


#: how often (in the frequency list) a word must be seen to count as common English
_COMMON_WORD = 5000
#: the lower bar for the words a Chinese name's consonants may be found among (Municipal 3,149,
#: Commerce 2,309; Lewis 654 stays a name)
_KNOWN_WORD = 1000
#: months and days, which open with a capital and render dates, not names
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def _bare(word: str) -> str:
    """A word without its possessive ending (Summit's -> Summit)."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


@lru_cache(maxsize=50_000)  # a pure test of fixed word lists, asked of the same names again and again
def _pinyin_shaped(name: str, max_syllables: int = 2, text: str = "") -> bool:
    """A word that reads as pinyin and is no English word, unless a surname
    or a Chinese place (``Zhen``, ``Ma``, ``Beijing`` yes; ``Army``, ``Long``,
    ``American``, ``Chinese`` no)."""
    from ..lexicon.dictionary import hunspell_knows
    from ..lexicon.pinyin import syllables

    n = syllables(name) if name else 0
    if not 0 < n <= max_syllables:
        return False
    if name in _surname_keys() or name in _pinyin_places():
        return True
    return not hunspell_knows(name) and not (text and hunspell_knows(text))


@lru_cache(maxsize=1)
def _pinyin_places() -> frozenset[str]:
    """Places CC-CEDICT spells in plain pinyin (Beijing, Shanghai; not China, Chinese)."""
    lex = load()
    out = set()
    for word, english in lex.proper.items():
        py = lex.proper_pinyin.get(word, "").replace(" ", "")
        head = names.key(_proper_words(english).split()[0]) if _proper_words(english) else ""
        if py and head == py and head in lex.places:
            out.add(head)
    return frozenset(out)


@lru_cache(maxsize=1)
def _surname_keys() -> frozenset[str]:
    return frozenset(v.replace(" ", "") for v in load().surname_pinyin.values())


def _abbreviates(syl: tuple[str, ...], word: str) -> bool:
    """郑万 for Zhengzhou-Wanzhou: each syllable opens one part of a hyphenated word."""
    if "-" not in word and "–" not in word:
        return False
    parts = [names.key(p) for p in word.replace("–", "-").split("-")]
    return len(parts) == len(syl) > 1 and all(p.startswith(s) for p, s in zip(parts, syl))


def _hyphen_part(word: str, keys: AbstractSet[str]) -> bool:
    """Zhengzhou-Xiangyang renders 襄阳 (and 郑州)."""
    if "-" not in word and "–" not in word:
        return False
    return any(names.key(p) in keys for p in word.replace("–", "-").split("-"))


def _alternatives(chars: str, usual: tuple[str, ...], lex: Lexicon) -> list[tuple[str, ...]]:
    """Other readings of a given name whose characters have several (长 chang/zhang), at most eight."""
    options = [lex.readings.get(c, (u,)) for c, u in zip(chars, usual)]
    if all(len(o) == 1 for o in options):
        return []
    from itertools import islice, product

    return [alt for alt in islice(product(*options), 8) if alt != usual]
