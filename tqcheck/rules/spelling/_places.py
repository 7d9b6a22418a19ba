"""Where the spelling rules look: each distinct token's verdict (no
dictionary knows it; it has a British or American variant), and the places
of the tokens so judged, found for both rules in one pass over the words.

``spelling.misspelled`` visits the tokens no dictionary knows and
``spelling.dialect`` those with a variant: a few hundred distinct tokens
each, a few thousand places per megabyte. Each rule made a pass of its own
over every word to find them (6 ms per MB each); the first to ask now finds
the places of both kinds at once, and each keeps its own."""

from __future__ import annotations

from itertools import compress, filterfalse

from ...lexicon import dialect as dl
from ...lexicon import dictionary
from ...lexicon.once import Memo

#: longer tokens are codes, hashes or run-together text, not misspellings;
#: the cap also keeps suggestion search (edits of the word) bounded
MAX_LENGTH = 40


def _fine(t: str) -> bool:
    return len(t) < 3 or len(t) > MAX_LENGTH or "." in t or (not t.isalpha() and any(c.isdigit() for c in t)) \
        or dictionary.is_word(t.replace("’", "'"))


#: a token ``spelling.misspelled`` leaves alone wherever it stands; kept per
#: process, as the dictionaries' answers are: words recur across documents
fine_anywhere = Memo(_fine, 1 << 17).__getitem__


def _variant_of(token: str):
    t = token.replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    if not t.replace("-", "").isalpha() or not t.islower() or len(t) < 4:
        return None
    v = dl.variant(t)
    return (len(t), *v) if v else None


#: a token's variant for ``spelling.dialect`` (its length, kind and other
#: spelling), or None; kept per process: words recur across documents
variant_of = Memo(_variant_of, 1 << 17).__getitem__


def places(doc, tokens) -> list[int]:
    """The indices of the words of ``doc`` whose text is in ``tokens``, in
    text order. ``tokens`` holds only tokens that are not ``fine_anywhere``
    or that have a ``variant_of``: the places of all such are found once."""
    found = doc.memo("spelling.places", _places)
    texts = doc.word_texts
    return [i for i in found if texts[i] in tokens]


def _places(doc) -> list[int]:
    texts = doc.word_texts
    vocabulary = doc.vocabulary
    looked_for = set(filterfalse(fine_anywhere, vocabulary)).union(filter(variant_of, vocabulary))
    return list(compress(range(len(texts)), map(looked_for.__contains__, texts)))
