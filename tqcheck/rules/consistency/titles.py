"""One person introduced with different titles: ``EU Chief Foreign Affairs
Officer Kaja Kallas`` and ``EU Foreign and Security Policy Chief Kaja
Kallas``.

A title is the run of words right before a full name (two capitalised
words ending the run) that holds a title word (``Minister``, ``chief``…).
A shorter form of the same title is not a different one: ``President Xi
Jinping`` after ``Chinese President Xi Jinping`` is news style.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...rule import Finding, bad, custom, good
from ...text import index_words
from ...text.patterns import fold
from .._prose import FUNCTION_WORDS, glossary_spans, overlaps

TITLE_WORDS = frozenset(
    """
    president vice premier minister secretary undersecretary chief officer director chairman chairwoman chair
    chairperson spokesperson spokesman spokeswoman ambassador envoy governor mayor senator representative
    congressman congresswoman commissioner chancellor king queen prince princess emperor pope general admiral
    colonel commander captain lieutenant sergeant judge justice head leader councilor councillor counselor
    counsellor deputy speaker prosecutor attorney inspector superintendent ceo cfo founder dean professor dr mr
    mrs ms adviser advisor coordinator executive manager editor correspondent analyst economist academician
    delegate consul marshal premier-designate president-elect secretary-general director-general
    """.split()
)
# found with the document's other indexed words, in its one pass (``_reachable``)
index_words(TITLE_WORDS)
_CONNECTORS = frozenset("of for and on in to".split())
#: capitalised only because they open the sentence
_OPENERS = frozenset("later earlier meanwhile however yesterday today previously recently then also moreover "
                     "furthermore additionally subsequently finally afterwards last next former".split())
_POSSESSIVE = re.compile(r"['’]s?\Z")


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _is_title_word(w: str) -> bool:
    return w.lower().rstrip(".") in TITLE_WORDS


@lru_cache(maxsize=1 << 16)
def _name_word(w: str) -> bool:
    w = _bare(w)
    return len(w) >= 2 and w.istitle() and w.isalpha() and w.lower() not in FUNCTION_WORDS and not _is_title_word(w)


_ABBREVIATIONS = {"pm": ("prime", "minister"), "fm": ("foreign", "minister"), "gen": ("general",),
                  "sec": ("secretary",), "under": ("undersecretary",)}


def _norm(title: list[str]) -> tuple[str, ...]:
    words: list[str] = []
    for w in title:
        for part in _bare(w).replace("-", " ").split():
            part = part.replace(".", "").lower()
            if part == "secretary" and words and words[-1] == "undersecretary":
                continue  # "Under Secretary" is one word
            if part and part != "the":
                words.extend(_ABBREVIATIONS.get(part, (part,)))
    return tuple(words)


def _heads(title: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in title if w in TITLE_WORDS)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    it = iter(longer)
    return all(w in it for w in shorter)


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return _contains(a, b) or _contains(b, a)


def _token_before(text: str, pos: int) -> tuple[int, str] | None:
    """The space-separated token that ends one space before ``pos``, looking
    back at most 60 characters: (its start, its text)."""
    j = pos - 1
    lo = max(0, pos - 60)
    if j <= lo or text[j] != " " or text[j - 1].isspace():
        return None
    token = text[lo:j].rsplit(None, 1)[-1]
    return j - len(token), token


_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){1,4}|[A-Z][a-z]{0,3}\.")


def mentions(doc):
    """(name, title start, title end, normalised title, title text) for each
    full name introduced with a title; found once per document."""
    return doc.memo(mentions, _find_mentions)


def _find_mentions(doc):
    from .names import name_pairs

    text = doc.text
    rows = name_pairs(doc)
    found = (_mention(text, rows.starts[k], rows.firsts[k], rows.seconds[k]) for k in _reachable(doc, rows.starts))
    return tuple(m for m in found if m is not None)


def _mention(text: str, start: int, a: str, b: str) -> tuple | None:
    """The mention of the name pair ``a b`` at ``start`` (see ``mentions``),
    when a title comes before it."""
    after = start + len(a) + 1 + len(b)
    if text[after:after + 1] == " " and text[after + 1:after + 2].isupper():
        return None  # the capitalised run goes on: this is not where the name ends
    if not (_name_word(a) and _name_word(b)):
        return None
    # walk back over the title, one space-separated word at a time
    title: list[tuple[int, str]] = []
    pos = start
    while pos > 0:
        t = _token_before(text, pos)
        if t is None:
            break
        t_start, w = t
        if not w[:1].isalnum() or not (w[-1:].isalnum() or _ABBREVIATION.fullmatch(w)):
            break  # punctuation ends the title ("spoke. Later"), an abbreviation does not ("U.S.")
        if w.lower() in FUNCTION_WORDS and w.lower() not in _CONNECTORS:
            break
        title.append((t_start, w))
        pos = t_start
    title.reverse()
    while title and (title[0][1].lower() in _CONNECTORS or title[0][1][:1].islower()
                     or title[0][1].lower() in _OPENERS):
        title.pop(0)  # "said EU foreign policy chief" starts at "EU"
    if not title or not any(_is_title_word(w) for _, w in title):
        return None
    name = (fold(a).lower(), fold(_bare(b)).lower())
    t_start, t_end = title[0][0], title[-1][0] + len(title[-1][1])
    return name, t_start, t_end, _norm([w for _, w in title]), text[t_start:t_end]


def _reachable(doc, starts) -> list[int]:
    """The indices, in order, of the name pairs (``starts``, in order) that
    a title can come before: those after a title word with neither a line
    break nor ``", "`` between. A title's tokens are one space apart, hold
    no whitespace, and none ends in a comma (each ends in a letter, a digit
    or an abbreviation's full stop), so neither can lie between a title word
    and the name; and every title word, a token but for its full stops, is a
    word of the document with that key. The walk back over the title, a
    few steps for each of thousands of names, is taken for these only.

    Linear in the text: the next line break and the next ``", "`` after a
    title word are searched for only past the last ones found, and the
    names each title word reaches are taken only past those already taken
    (both ends only move forward)."""
    text, word_starts = doc.text, doc.word_starts
    out: list[int] = []
    taken = 0  # the names before this index are taken or out of reach
    line_end = comma = -1  # the next "\n" and ", " at or after the last title word (len(text): none)
    for p in sorted(map(word_starts.__getitem__, doc.positions_of(TITLE_WORDS))):
        if line_end < p:
            line_end = _found(text.find("\n", p), text)
        if comma < p:
            comma = _found(text.find(", ", p), text)
        lo = max(bisect_right(starts, p), taken)
        hi = bisect_right(starts, min(line_end, comma + 1))
        if hi > lo:
            out.extend(range(lo, hi))
            taken = hi
    return out


def _found(at: int, text: str) -> int:
    return len(text) if at < 0 else at


def _two_words_after(text: str, pos: int) -> list[str]:
    """``text[pos:].split(None, 2)``, less what follows its first two words,
    read from a window after ``pos``: splitting all the rest of the text
    for each finding cost a long text the square of its size."""
    parts = text[pos:pos + 200].split(None, 2)
    if len(parts) < 3:  # the window may cut the second word: rare, near the end
        parts = text[pos:].split(None, 2)
    return parts[:2]


def _check(unit, options):
    doc = unit.target
    spans = glossary_spans(unit)
    people: dict[tuple[str, str], list] = {}
    for m in mentions(doc):
        if spans[0] and overlaps(spans, m[1], m[2]):
            continue
        people.setdefault(m[0], []).append(m)
    for name, ms in people.items():
        if len(ms) < 2:
            continue
        counts: dict[tuple[str, ...], int] = {}
        for m in ms:
            counts[m[3]] = counts.get(m[3], 0) + 1
        # the reference: the title that covers most mentions, then the first;
        # each distinct title weighed once (a person named a thousand times
        # in a long text has a few dozen titles, not a thousand)
        support = {t: sum(c for u, c in counts.items() if compatible(t, u)) for t in counts}
        ref = max(ms, key=lambda m: (support[m[3]], -m[1]))
        for m in ms:
            # "Italian Minister of Education" and "Italian Education Minister" are one title
            # in other words; a different rank or post has other title words
            if not compatible(m[3], ref[3]) and _heads(m[3]) != _heads(ref[3]):
                full = _two_words_after(doc.text, m[2] + 1)
                yield Finding(m[1], m[2], args={"person": " ".join(full[:2]).rstrip(".,;:"), "majority": ref[4]},
                              suggestions=(ref[4],))


TITLES = custom(
    "consistency.titles",
    _check,
    category="fluency/inconsistency",
    severity="neutral",
    message="{person} is introduced as “{majority}” elsewhere; “{found}” is a different title.",
    description="One person introduced with different titles in one document (a shorter form of the "
    "same title is fine).",
    examples=[
        bad("EU Chief Foreign Affairs Officer Kaja Kallas spoke. The paper interviewed "
            "⟦EU Foreign and Security Policy Chief⟧ Kaja Kallas on July 21.", "EU Chief Foreign Affairs Officer"),
        bad("Chinese Foreign Minister Wang Yi spoke. Later ⟦Vice Premier⟧ Wang Yi left.", "Chinese Foreign Minister"),
        good("Chinese President Xi Jinping spoke. Later President Xi Jinping left."),
        good("EU foreign policy chief Kaja Kallas spoke. Kallas said the EU foreign policy chief Kaja Kallas is here."),
        good("Foreign Minister Wang Yi met Foreign Minister Wang Yu."),
        good("Italian Education Minister Lorenzo Fioramonti spoke; Italian Minister of Education Lorenzo Fioramonti left."),
        good("Deputy PM Igor Lyashenko spoke; Belarusian Deputy Prime Minister Igor Lyashenko left."),
    ],
)

RULES = (TITLES,)
