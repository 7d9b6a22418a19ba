"""One name or term in different capitalisations: ``EU-China Summit``
beside ``EU-China summit``, ``COVID-19`` beside ``Covid-19``."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, repeat
from operator import add, itemgetter, or_
from typing import Collection

from ...rule import bad, custom, good
from ...text.patterns import trie_pattern
from .._prose import (FUNCTION_WORDS, TITLE_CASE_MINOR, in_quotations, in_title_case_headings,
                      sentence_start_set)
from ._vote import minority_of_places


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _inner_capital(w: str) -> bool:
    return any(c.isupper() for c in w[1:])


# Patterns open on the capital, which re skips to in C; the look-behind
# after it checks the capital starts the word. The rules read these words
# from the document's table (``Document.capitalised``), made by one scan.
#: a word with a capital: one that opens with it, or (rarer) a run of [a-z'’-] before it
_CAPITAL_FIRST = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*+")
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z'’-][A-Z])")
_WORD_REST = re.compile(r"[\w'’-]*+")
_LOWER_RUN = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


def _inner_capital_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word whose first capital follows a run of
    ``[a-z'’-]`` (``iPhone``, ``-Abc``); rare, so walked by hand."""
    inner = []
    end = 0
    for m in _INNER_CAPITAL.finditer(text, 1):
        q = m.start()
        if q < end:
            continue  # a second capital in a word already taken
        start = q - 1
        while start > 0 and text[start - 1] in _LOWER_RUN:
            start -= 1
        before = text[start - 1] if start else ""
        if before and (before.isalnum() or before in "_'’.-"):
            continue  # not where a word starts (an opening capital is _CAPITAL_FIRST's)
        rest = _WORD_REST.match(text, q + 1)
        assert rest is not None  # it matches the empty string
        end = rest.end()
        inner.append((start, end, text[start:end]))
    return inner


def capitalised_words(text: str, only: set[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word with a capital (``EU``, ``Covid``,
    ``iPhone``, ``-Abc``): a run of ``[\\w'’-]`` not preceded by one or by a
    full stop, with a capital after at most one letter and a run of
    ``[a-z'’-]``. In text order; the matches of
    ``(?<![\\w'’.-])[A-Za-z]?[a-z'’-]*[A-Z][\\w'’-]*`` found in two fast scans.
    ``only`` limits them to those words, found by a pattern of just those."""
    if only is None:
        found = [(m.start(), m.end(), m.group()) for m in _CAPITAL_FIRST.finditer(text)]
    else:
        opening = sorted(w for w in only if w[:1].isupper())
        rx = re.compile("(?:" + trie_pattern(opening, r"(?<![\w'’.-][\s\S])") + r")(?![\w'’-])")
        found = [(m.start(), m.end(), m.group()) for m in rx.finditer(text)] if opening else []
    inner = _inner_capital_words(text)
    if only is not None:
        inner = [w for w in inner if w[2] in only]
    if inner:
        found = sorted(found + inner)
    return found


#: how far the title tests look each way, and the nearer window they read
#: first: a run of capitals nearly always ends within a few words, and the
#: walk stops there, so the far window is read only when the near one runs
#: out (a long text examines more places per MB than a short one: pairs seen
#: in two spellings grow with the text, and a 200-character split at each was
#: most of the rule's cost at 8 MB)
_FAR, _NEAR = 200, 48


def _in_long_title(text: str, start: int, end: int) -> bool:
    """Inside five or more capitalised words (up to two minor words between
    them): the title of a document or work, capitalised by title rules
    ("the Notice on ... During the National Day Holiday")."""
    left = _title_run(text, start, -1)
    return left >= 3 or left + _title_run(text, end, 1) >= 3


def _title_run(text: str, at: int, way: int) -> int:
    """How many capitalised words run from ``at`` leftwards (``way`` -1) or
    rightwards (1) within ``_FAR`` characters, as ``_run_length`` counts."""
    if way < 0:
        lo = at - _NEAR
        if lo > max(0, at - _FAR):
            # the window's first word may be cut: it is left to the far window
            got = _run_length(reversed(text[lo:at].split()[1:]))
            if got is not None:
                return got
        return _run_length(reversed(text[max(0, at - _FAR):at].split()), True) or 0
    hi = at + _NEAR
    if hi < min(len(text), at + _FAR):
        got = _run_length(text[at:hi].split()[:-1])
        if got is not None:
            return got
    return _run_length(text[at:at + _FAR].split(), True) or 0


def _run_length(tokens, last: bool = False) -> int | None:
    """Capitalised words in a row, with up to two minor words between them,
    up to a word that is neither or that ends in punctuation; None when the
    tokens ran out first and ``last`` is false (a wider window may go on)."""
    n = minor = 0
    for tok in tokens:
        if tok[:1].isupper():
            n, minor = n + 1, 0
        elif tok.lower() in TITLE_CASE_MINOR and minor < 2:
            minor += 1
        else:
            return n
        if not tok[-1:].isalnum():
            return n
    return n if last else None


def _in_title_before_name(text: str, start: int) -> bool:
    """The pair starts a capitalised run that holds a title word ("EU Foreign
    and Security Policy Chief Kaja Kallas"): a title before a name is
    capitalised by its own rule."""
    hi = start + _NEAR
    if hi < min(len(text), start + _FAR):
        got = _title_word_ahead(text[start:hi].split()[:-1])  # the last word may be cut
        if got is not None:
            return got
    return bool(_title_word_ahead(text[start:start + _FAR].split()))


def _title_word_ahead(tokens) -> bool | None:
    """A title word in the capitalised run the tokens open; None when the
    run is still going where the tokens end."""
    from .titles import TITLE_WORDS

    minor = 0
    for w in tokens:
        bare = w.rstrip(".,;:").lower()
        if bare in TITLE_WORDS:
            return True
        if w[:1].isupper():
            minor = 0
        elif w.lower() in TITLE_CASE_MINOR and minor < 2:
            minor += 1
        else:
            return False
        if not w[-1:].isalnum():
            return False
    return None


def _phrases(unit) -> dict[tuple[str, str], dict[str, list[tuple[int, int]]]]:
    """A capitalised word and the word after it, e.g. (EU-China, Summit):
    grouped by spelling (key -> form -> places, in text order), the second
    word's case is the form. A pair followed
    by a capital is skipped: a title before a name is capitalised by rule
    ("Premier Li") where the same words elsewhere are not. The checks run
    only for pairs seen in two forms, the cheap ones first for all their
    places at once, the title tests last and only where two forms are left."""
    doc = unit.target
    text = doc.text
    table = doc.capitalised
    tokens, followers = table.tokens, table.followers
    # the distinct (word, next word) pairs, in order of first use, found in C
    distinct = list(dict.fromkeys(zip(tokens, followers)))
    # only a pair whose key (first word, second in lower case) is shared can
    # have two forms: most are alone, and skip the Python below
    keys = list(zip(map(itemgetter(0), distinct), map(str.lower, map(itemgetter(1), distinct))))
    shared = {k for k, n in Counter(keys).items() if n > 1}
    if not shared:
        return {}
    wanted = _two_forms(list(compress(distinct, map(shared.__contains__, keys))))
    if not wanted:
        return {}
    rows = list(compress(range(len(tokens)), map(wanted.__contains__, zip(tokens, followers))))
    a_starts = list(map(table.starts.__getitem__, rows))
    firsts = list(map(tokens.__getitem__, rows))
    seconds = list(map(followers.__getitem__, rows))
    # the second word ends its length after the space after the first
    b_ends = list(map(add, a_starts, map(len, map(" ".join, zip(firsts, seconds)))))
    opening = sentence_start_set(doc)
    plain = {w: not _inner_capital(w) for w in set(firsts)}  # capitalised only as a sentence opens
    skipped = map(or_, in_title_case_headings(doc, a_starts), in_quotations(doc, a_starts, b_ends))
    # key -> form (the second word as written) -> its places left
    groups: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = {}
    for a_start, b_end, a, b, skip in zip(a_starts, b_ends, firsts, seconds, skipped):
        if skip or (plain[a] and a_start in opening):
            continue
        if text[b_end:b_end + 1] == " " and text[b_end + 1:b_end + 2].isupper():
            continue
        groups.setdefault((a, b.lower()), {}).setdefault(b, []).append((a_start, b_end))
    voted: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = {}
    for key, forms in groups.items():
        if len(forms) < 2:
            continue  # one form left: nothing to vote on, whatever the title tests say
        left: dict[str, list[tuple[int, int]]] = {}
        # the rarer forms first: when none of theirs is left, the commonest
        # form's places need no title tests (a long text has pairs used a
        # thousand times beside one odd spelling)
        ordered = sorted(forms.items(), key=lambda f: len(f[1]))
        for n, (b, places) in enumerate(ordered):
            if n == len(ordered) - 1 and not left:
                break
            kept = [(s, e) for s, e in places if not (_in_long_title(text, s, e) or _in_title_before_name(text, s))]
            if kept:
                left[f"{key[0]} {b}"] = kept
        if len(left) > 1:
            voted[key] = left
    return voted


def _two_forms(pairs) -> set[tuple[str, str]]:
    """The pairs in question, of the distinct ``(word, next word)`` pairs in
    order of first use: two spellings that differ only in the second word's
    case (the long text's loop in ``_phrases``, on pairs of strings)."""
    first: dict[tuple[str, str], tuple[str, str]] = {}  # (EU-China, summit) -> its first spelling
    wanted: set[tuple[str, str]] = set()
    for pair in pairs:
        a, b = pair
        low = b.lower()
        if low in FUNCTION_WORDS or (b.isupper() and len(b) > 1) or not b[:1].isalpha():
            continue
        seen = first.setdefault((a, low), pair)
        if seen != pair:
            wanted.update((seen, pair))
    return wanted


def _words(unit) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Words with a capital inside (COVID, WeChat) beside another casing of
    the same word that also has a capital (Covid): not "US"/"us", which are
    different words. Grouped: lower case -> casing -> places, in text order."""
    doc = unit.target
    text = doc.text
    table = doc.capitalised
    inner = _inner_capital_words(text)  # rare: (start, end, word)
    # a word opening with a capital is its token up to the first full stop
    distinct = list(dict.fromkeys(table.tokens))
    spellings = list(map(itemgetter(0), map(str.partition, distinct, repeat("."))))
    wanted = _casings(set(spellings).union(w for _, _, w in inner))
    if not wanted:
        return {}
    spelling_of = dict(compress(zip(distinct, spellings), map(wanted.__contains__, spellings)))
    rows = list(compress(range(len(table)), map(spelling_of.__contains__, table.tokens)))
    starts = list(map(table.starts.__getitem__, rows))
    words = list(map(spelling_of.__getitem__, map(table.tokens.__getitem__, rows)))
    found = list(zip(starts, map(add, starts, map(len, words)), words))
    found = sorted(found + [w for w in inner if w[2] in wanted])
    starts = [m[0] for m in found]
    opening = sentence_start_set(doc)
    skipped = map(or_, in_title_case_headings(doc, starts), in_quotations(doc, starts, [m[1] for m in found]))
    # "Covid" or "Al-Sisi" opening a sentence: the capital is the sentence's
    plain = {w: not _inner_capital(w) or w[1:2].islower() for w in wanted}
    forms: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for (start, end, w), skip in zip(found, skipped):
        if skip:
            continue
        if start in opening and (plain[w] or (w.isupper() and text[end:end + 1] == ",")):
            continue  # the second: a dateline, "FUZHOU, Sept. 27 -"
        forms.setdefault(w.lower(), {}).setdefault(w, []).append((start, end))
    # one casing left: nothing to vote on
    return {key: spelt for key, spelt in forms.items() if len(spelt) > 1}


def _casings(spellings_seen: Collection[str]) -> set[str]:
    """The spellings in question: casings of one word, two or more, one with
    a capital inside, that title case alone does not explain."""
    # only a word whose lower case is shared can have two casings: most are
    # alone, and are left out in C
    lowers = list(map(str.lower, spellings_seen))
    shared = {k for k, n in Counter(lowers).items() if n > 1}
    spellings: dict[str, set[str]] = {}
    for w in compress(spellings_seen, map(shared.__contains__, lowers)):
        spellings.setdefault(w.lower(), set()).add(w)
    wanted: set[str] = set()
    for texts in spellings.values():
        if len(texts) < 2 or not any(_inner_capital(t) for t in texts):
            continue
        # "State-Owned" in a title-case name beside "State-owned" is title case, not spelling
        if len({"-".join(p[:1].upper() + p[1:] for p in t.split("-")) for t in texts}) < 2:
            continue
        wanted |= texts
    return wanted


PHRASE = custom(
    "consistency.capitals.phrase",
    lambda unit, options: minority_of_places(unit, _phrases(unit)),
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); capitalise it one way.",
    description="A two-word name or term capitalised differently in one document (EU-China Summit/summit).",
    examples=[
        bad("Kallas will attend the EU-China Summit in Beijing. She will join the ⟦EU-China summit⟧ on Thursday."
            " The EU-China Summit marks 50 years.", "EU-China Summit"),
        bad("Kallas will attend the EU-China Summit in Beijing. She will join the ⟦EU-China summit⟧ on Thursday.",
            "EU-China Summit"),
        good("Kallas will attend the EU-China summit in Beijing. She will join the EU-China summit on Thursday."),
        good("Chinese Premier Li Qiang spoke. The Chinese premier said trade matters."),
        good("EU Foreign and Security Policy Chief Kaja Kallas spoke. The EU foreign ministers met."),
        good("The Notice on Lessons During the National Day Holiday came out before the National Day holiday."),
        good("Summit talks began. The Beijing summit ended. Beijing Summit Hotel was full."),
    ],
)

WORD = custom(
    "consistency.capitals.word",
    lambda unit, options: minority_of_places(unit, _words(unit)),
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); capitalise it one way.",
    description="One word with inner capitals written in two casings (COVID-19/Covid-19, WeChat/Wechat).",
    examples=[
        bad("COVID-19 cases rose. The COVID-19 ward was full. Cases of ⟦Covid-19⟧ spread.", "COVID-19"),
        good("COVID-19 cases rose. The COVID-19 ward was full. Tell us, the US said."),
        good("WHO said so. Who knows?"),
        good("FUZHOU, Sept. 27 - Fuzhou opened. Al-Sisi spoke; al-Sisi left. State-Owned Assets and state-owned firms."),
    ],
)

RULES = (PHRASE, WORD)
