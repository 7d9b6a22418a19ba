"""Real-word typos whose own pairs are attested but far weaker than a
one-letter neighbour's: ``which if quite fast`` (``is``), ``I want too
go`` (``to``), ``on the some day`` (``same``), ``they where going``
(``were``), ``half an our ago`` (``hour``).

``grammar.wordpairs.real-word`` judges a common word that forms no listed
pair with either neighbour; this rule takes the windows it leaves, where at
least one of the word's pairs is listed. The evidence is the same Google
Books pair counts (``tqcheck.lexicon.bigrams``), read as odds: on each side
the neighbour ``c`` must follow (or precede) the word on its left (right)
at least ``_SIDE`` times as often, each count relative to the word's own
frequency, an unlisted pair counted as half the list's floor; and the
product of both sides with ``c``'s frequency against the word's must reach
``_ODDS``.

Pair counts cannot tell two nouns apart (``the rent of houses``: ``the
rest of`` is far more frequent, and both are right), so the word and ``c``
must differ in their parts of speech and not both be nouns (``our`` and
``hour``: a possessive and a noun). All three words are lower case, but for the
first word of a sentence (``Liu He on May 8`` is names).

A document's pairs are first tested, in C, against the pairs whose left
side can favour some neighbour that much (about 71,000, built once from the
pair table and kept in the user's cache with the listed pairs, two bits a
pair key: ``pair_flags``), then the few that pass against the pairs whose
right side can (a bitmap); only those windows are scored.
"""

from __future__ import annotations


from ...lexicon import bigrams, dialect
from ...lexicon import tags as lex
from ...rule import Finding, bad, custom, good
from ._context import CATEGORY, EN
from ._pairflags import _LEFT, ODDS_SIDE, _MISSING, _suspects, pair_flags, word_ids
from .wordpairs import _same_word, _spaced

#: each side must favour the neighbour by this factor
_SIDE = ODDS_SIDE
#: and both sides with the neighbour's frequency by this: on 93,000 WMT segments (references and
#: system outputs) the false alarms score 1,120-1,354 (``would now start``, ``people care more``),
#: the slips 3,082-11,180 (``will not fee you``, ``more that half``)
_ODDS = 1500.0

def _tags(word: str) -> frozenset[str]:
    return frozenset(t for t, _ in lex.readings(word))


def _alternative(p: int, w: int, n: int, table: bigrams.Pairs) -> str | None:
    counts, level, shift, words = table.counts, table.level, bigrams.ID_BITS, table.words
    uw = counts[w]
    left_w, right_w = level(p << shift | w), level(w << shift | n)
    if not left_w and not right_w:
        return None  # grammar.wordpairs.real-word's windows
    lw = bigrams.unlevel(left_w) if left_w else _MISSING
    rw = bigrams.unlevel(right_w) if right_w else _MISSING
    best, score = None, _ODDS
    for c in table.near[w]:
        left_level, right_level = level(p << shift | c), level(c << shift | n)
        if not left_level or not right_level:
            continue
        uc = counts[c]
        r_left = bigrams.unlevel(left_level) * uw / (uc * lw)
        r_right = bigrams.unlevel(right_level) * uw / (uc * rw)
        if r_left < _SIDE or r_right < _SIDE:
            continue
        s = r_left * r_right * uc / uw
        if s < score:
            continue
        word, alt = words[w], words[c]
        tw, tc = _tags(word), _tags(alt)
        if tw == tc or ("NN" in tw and "NN" in tc) or _same_word(word, alt) or dialect.variant(alt) is not None:
            continue
        best, score = alt, s
    return best


def _opens(doc, i: int) -> bool:
    """Word ``i`` opens a sentence (its capital says nothing of a name)."""
    text = doc.text
    j = doc.word_starts[i] - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in ".!?"


def _check(unit, options):
    doc = unit.target
    keys = doc.word_keys
    n = len(keys)
    if n < 3:
        return
    table = bigrams.pairs()
    idx = word_ids(doc, table)
    shift = bigrams.ID_BITS
    right = _suspects()[1]
    suspect = pair_flags(doc, table).translate(_LEFT)
    texts = doc.word_texts
    j = suspect.find(1)
    while j >= 0:
        i = j + 1  # the pair (j, j + 1) is suspect: word i is the one judged
        j = suspect.find(1, i)
        if i + 1 >= n or not bigrams.has(right, idx[i] << shift | idx[i + 1]):
            continue
        if not (texts[i].islower() and texts[i + 1].islower()):
            continue
        if not texts[i - 1].islower() and not (texts[i - 1][1:].islower() and _opens(doc, i - 1)):
            continue
        if not _spaced(doc, i) or not _spaced(doc, i + 1) or dialect.variant(keys[i]) is not None:
            continue
        c = _alternative(idx[i - 1], idx[i], idx[i + 1], table)
        if c is not None:
            yield Finding(doc.word_starts[i], doc.word_ends[i], suggestions=(c,))


ODDS = custom(
    "grammar.wordodds.real-word",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is unlikely between these words; did you mean “{fix}”?",
    description="A common word whose pairs with the words on both sides are far weaker, by Google Books pair "
    "counts, than those of a one-letter neighbour of another part of speech (which if quite fast -> is, want too "
    "go -> to, on the some day -> same).",
    examples=[
        bad("The rules are tested, which ⟦if⟧ quite fast.", "is"),
        bad("It happened on the ⟦some⟧ day.", "same"),
        bad("It seems unlikely that they ⟦where⟧ going to achieve it.", "were"),
        bad("Type in the ⟦from⟧ on the web page.", "form"),
        bad("Which ⟦if⟧ quite fast, they said.", "is"),
        good("The rules are tested, which is quite fast. It happened on the same day. They were going."),
        good("The city will reduce the rent of houses for three months. The call between Liu He on May 8."),
        good("Firms that looked down on it would now start doing foundry work. As people care more about it."),
        good("Fill in the form on the web page. It came from the west to the east."),
        good("Mr. He on Monday said so; the rest of it."),
    ],
)

RULES = (ODDS,)
