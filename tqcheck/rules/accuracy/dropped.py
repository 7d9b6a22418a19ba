"""A single source word that the translation drops: one of two joined words
(改革和发展 -> "development"), or an adjective of a rendered noun (公共图书馆
-> "a library").

``accuracy.omission`` wants a run of unrendered source content; one word
escapes it, and one unrendered word is usually no omission at all (a
translator leaves 重要 implicit, or says a word freely). So a word is judged
only where every sign points the same way:

* translators render it: in the references of the development corpora
  (``data/rendered_words.tsv``, made by ``benchmarks/rendered_words.py``)
  it occurs at least ``MIN_SEEN`` times and the alignment finds it
  unrendered in at most ``MAX_UNRENDERED`` of them (新 12.8% and 重要 15%
  are not judged, 公共 0% and 国际 4.7% are). A word the table does not know
  is not judged, nor a proper noun spelled like it (大兴);
* its partner is rendered: the other conjunct, or the noun right after the
  adjective (a bare attributive: with 的 the phrase is as often a relative
  clause, said freely). A noun counts as an adjective when its first
  CC-CEDICT gloss is a WordNet adjective (国际 "international", not 技术
  "technology", which before a noun is as often its subject);
* nothing in the translated sentence carries one of its gloss lemmas or
  their WordNet derivational relatives (社会 "society" ~ social): the link
  may have gone to another mention;
* no word beside the partner's rendering renders nothing: that word may be
  the dropped one, said in words the lexicon does not match;
* for a conjunct: no "and" or "or" beside the partner's rendering (a
  translation that keeps the coordination has rendered both somehow), the
  two words do not share a gloss (加强和增强 said once is no omission), are
  of one kind (与 as "with" joins a noun to a verb), and do not end or open
  longer phrases (设备硬件投资、研发软性投资, 初始注册、延续注册).

The span is the dropped word, on the source side; ``related`` is where the
target would hold it, the partner's rendering included.
"""

from __future__ import annotations

from pathlib import Path

from ... import cache
from ...bilingual import CONTENT, PUNCT
from ...bilingual.english import stem
from ...lexicon import wordnet
from ...lexicon.derivations import derivations
from ...lexicon.once import Once
from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, get, target_around
from ._shared import lexicon as load

MIN_SEEN = 3  # occurrences in the references' table
MAX_UNRENDERED = 0.05  # share of them the alignment left unrendered
#: jieba tags of adjectives and distinguishing words (新, 公共)
_ADJECTIVE_TAGS = ("a", "b")
_NEAR = 2  # target words each side of the partner's rendering that must all render something

#: words that join two conjuncts (X和Y, X、Y); 并 and 同 also open a clause, so they are left out
_JOINERS = frozenset("和 与 及 以及 、".split())
#: "and" or "or" beside the partner: the coordination is kept
_AND_EN = frozenset("and or & /".split())


_ONCE = Once()


def rendered_words() -> dict[str, tuple[int, int]]:
    """word -> (occurrences, unrendered) in the development references."""
    return _ONCE.get("rendered", _read_rendered)


def _read_rendered() -> dict[str, tuple[int, int]]:
    out = {}
    path = Path(__file__).parent / "data" / "rendered_words.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        w, n, u = line.split("\t")
        out[w] = (int(n), int(u))
    return out


def _rendered_by_translators(word: str, min_seen: int, max_unrendered: float) -> bool:
    got = rendered_words().get(word)
    return got is not None and got[0] >= min_seen and got[1] <= max_unrendered * got[0]


def _judged(w, options) -> bool:
    """An unrendered common word (CC-CEDICT has a gloss and no proper noun of
    that spelling: 大兴 is also Daxing) that translators render."""
    lex = load()
    return (w.kind == CONTENT and not w.how and bool(lex.gloss(w.text)) and w.text not in lex.proper
            and w.text not in lex.proper_pinyin
            and _rendered_by_translators(w.text, options.get("min_seen", MIN_SEEN),
                                         options.get("max_unrendered", MAX_UNRENDERED)))


def _partner(w) -> bool:
    return w.kind == CONTENT and bool(w.links)


def _said_in_pair(al, w) -> bool:
    """A target word of the pair has one of the word's gloss lemmas or their
    WordNet derivational relatives (社会 "society" ~ social), or shares the
    stem of a longer one (economic ~ economy)."""
    gloss = set(load().gloss(w.text))
    table = derivations()
    gloss.update(r for g in tuple(gloss) for r in table.get(g, ()))
    stems = {stem(g) for g in gloss if len(g) > 5}
    target = al.target
    for j in al.pair_target_words(w.pair):
        for lemma in target[j].lemmas:
            if lemma in gloss or (len(lemma) > 5 and stem(lemma) in stems):
                return True
    return False


def _span(al, w) -> tuple[int, int]:
    """First and last target word rendering ``w``."""
    first = min(w.links, key=lambda j: al.target[j].start)
    last = max(w.links, key=lambda j: al.target[j].end)
    return first, last


def _free_near(al, w) -> bool:
    """A content word within ``_NEAR`` words of ``w``'s rendering that renders nothing."""
    first, last = _span(al, w)
    rng = al.pair_target_words(w.pair)
    return any(al.target[j].content and not al.target[j].links
               for j in range(max(rng.start, first - _NEAR), min(rng.stop, last + _NEAR + 1)))


def _and_near(al, w) -> bool:
    """"and" or "or" within two words of ``w``'s rendering (the bezel and the screen)."""
    first, last = _span(al, w)
    rng = al.pair_target_words(w.pair)
    return any(al.target[j].key in _AND_EN for j in range(max(rng.start, first - 2), min(rng.stop, last + 3)))


def _same_sense(a: str, b: str) -> bool:
    """Two source words that share a gloss lemma (加强 and 增强 "strengthen")."""
    lex = load()
    return not set(lex.gloss(a)[:6]).isdisjoint(lex.gloss(b)[:6])


def _attaches(src, k: int) -> bool:
    """Whether the words joined at ``k`` end or open longer phrases, so that
    which of them is gone is unclear. Before two nouns a modifier of the
    first (市场监督管理局、国家知识产权…), after them a noun the second modifies
    or a verb it is the adverbial of (研发软性投资, 义务巡山); a verb before the
    first governs both (讨论改革和发展). Before two verbs a verb (发动攻击、
    入侵…, 初始注册、延续注册), after them a verb (延续注册); a noun after them
    is their shared object (加强和改进工作)."""
    before = src[k - 2] if k >= 2 else None
    after = src[k + 2] if k + 2 < len(src) else None
    cls = _pos_class(src[k - 1].pos)
    if cls == "n":
        return _tagged(before, "nabj") or _tagged(after, "nvbj")
    if cls == "v":
        return (before is not None and before.pos == "v") or (after is not None and after.pos == "v")
    return False


def _tagged(w, tags: str) -> bool:
    return w is not None and w.kind != PUNCT and w.pos[:1] in tags and w.text not in _JOINERS


def _attributive(w) -> bool:
    """An adjective by jieba's tag, or a noun whose first CC-CEDICT gloss is an
    adjective in WordNet (国际 "international", 军事 "military"): 技术 "technology"
    before a noun is as often its subject or one of a compound's parts."""
    if w.pos.startswith(_ADJECTIVE_TAGS):
        return True
    if not w.pos.startswith("n"):
        return False
    gloss = load().gloss(w.text)
    return bool(gloss) and gloss[0] in adjectives()


def adjectives() -> frozenset[str]:
    """The one-word lemmas of WordNet's adjectives (index.adj)."""
    return _ONCE.get("adjectives", _load_adjectives)


def _load_adjectives() -> frozenset[str]:
    d = wordnet.data_dir()
    if d is None:
        return frozenset()
    parts = (cache.source_key(__file__), cache.file_key(d / "index.adj"))
    return frozenset(cache.stored("wn-adjectives", parts, lambda: _read_adjectives(d / "index.adj")))


def _read_adjectives(path: Path) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as f:
        return tuple(line.split(" ", 1)[0] for line in f if not line.startswith("  ") and "_" not in line.split(" ", 1)[0])


def _pos_class(pos: str) -> str:
    return "n" if pos[:1] in ("n", "j") or pos == "vn" else pos[:1]


def _finding(al, i: int, partner) -> Finding:
    w = al.source[i]
    lo, hi = target_around(al, i, i + 1, w.pair)
    first, last = _span(al, partner)
    lo, hi = min(lo, al.target[first].start), max(hi, al.target[last].end)
    return Finding(w.start, w.end, side="source", args={"partner": partner.text}, related=("target", lo, hi))


def _conjuncts(unit, options):
    al = get(unit)
    if al is not None:
        yield from conjuncts(al, options)


def conjuncts(al, options):
    src = al.source
    told: set[tuple[int, int]] | None = None  # asked of omission only where a word would be reported
    for k, j in enumerate(src):
        if j.text not in _JOINERS or k == 0 or k + 1 >= len(src):
            continue
        x, y = src[k - 1], src[k + 1]
        if x.pair != y.pair or _pos_class(x.pos) != _pos_class(y.pos):
            continue  # 与 as "with" (与美方加强合作) joins no two words of a kind
        if _attaches(src, k):
            continue
        for i, gone, kept in ((k - 1, x, y), (k + 1, y, x)):
            if not _judged(gone, options) or not _partner(kept):
                continue
            if (_same_sense(gone.text, kept.text) or _said_in_pair(al, gone) or _free_near(al, kept)
                    or _and_near(al, kept)):
                continue
            if told is None:
                told = {(f.start, f.end) for f in _omission_conjuncts(al)}
            if (gone.start, gone.end) not in told:
                yield _finding(al, i, kept)


def _omission_conjuncts(al):
    """What ``accuracy.omission`` already reports as a dropped conjunct, not reported twice."""
    from .omission import _conjuncts as omitted

    return list(omitted(al))


def _modifiers(unit, options):
    al = get(unit)
    if al is not None:
        yield from modifiers(al, options)


def modifiers(al, options):
    src = al.source
    for i, w in enumerate(src):
        if not _attributive(w) or not _judged(w, options):
            continue
        # a bare attributive: with 的 the phrase is a relative clause as often, said freely
        if i + 1 >= len(src) or src[i + 1].pair != w.pair:
            continue
        head = src[i + 1]
        if not (_partner(head) and head.pos.startswith("n")):
            continue
        if _said_in_pair(al, w) or _free_near(al, head):
            continue
        yield _finding(al, i, head)


_OPTIONS = {"min_seen": MIN_SEEN, "max_unrendered": MAX_UNRENDERED}

CONJUNCT = custom(
    "accuracy.dropped.conjunct",
    _conjuncts,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options=_OPTIONS,
    message="Nothing in the translation renders this word, joined to “{partner}”, which is rendered.",
    description="One of two source words of a kind joined by 和/与/及/以及/、 that nothing in the translation "
    "renders, while the other is rendered with no “and” or “or” beside it; judged only for a word that translators "
    "render (in the references of the development corpora), whose gloss nothing in the sentence carries, beside no "
    "unmatched word, and not where the two words share a gloss.",
    examples=[
        bad("The meeting discussed development.", source="会议讨论了⟦改革⟧和发展。"),
        good("The meeting discussed reform and development.", source="会议讨论了改革和发展。"),
        # near-synonyms said once: 加强 and 增强 share the gloss "strengthen"
        good("The two sides will strengthen cooperation.", source="双方将加强和增强合作。"),
        # the partner's rendering keeps the coordination: the other word is there, in words the lexicon misses
        good("The meeting discussed development and liberalization.", source="会议讨论了发展和开放。"),
        # 与 as "with" joins no two words of a kind
        good("China is willing to strengthen cooperation with the U.S.", source="中方愿与美方加强合作。"),
    ],
)

MODIFIER = custom(
    "accuracy.dropped.modifier",
    _modifiers,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options=_OPTIONS,
    message="Nothing in the translation renders this word, which modifies “{partner}”.",
    description="A source adjective (jieba's a or b, or a noun whose first CC-CEDICT gloss is a WordNet adjective) "
    "right before a noun, that nothing in the translation renders while the noun is rendered; judged only for a "
    "word that translators render (in the references of the development corpora), whose gloss nothing in the "
    "sentence carries, and where no unmatched word stands beside the noun's rendering.",
    examples=[
        bad("The government built a library.", source="政府建设了⟦公共⟧图书馆。"),
        good("The government built a public library.", source="政府建设了公共图书馆。"),
        # an unmatched word beside the noun may be the adjective said otherwise
        good("The government built a municipal library.", source="政府建设了公共图书馆。"),
        # a word translators leave implicit is not judged
        good("This is a turning point.", source="这是一个重要转折点。"),
    ],
)

RULES = (CONJUNCT, MODIFIER)
