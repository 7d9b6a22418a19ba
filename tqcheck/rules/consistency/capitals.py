"""One name or term in different capitalisations: ``EU-China Summit``
beside ``EU-China summit``, ``COVID-19`` beside ``Covid-19``."""

from __future__ import annotations

import re
from array import array
from itertools import compress

from ...rule import bad, custom, good
from ...text.patterns import trie_pattern
from .._prose import FUNCTION_WORDS, TITLE_CASE_MINOR, in_title_case_heading, is_sentence_start
from ._vote import Occurrence, minority


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _inner_capital(w: str) -> bool:
    return any(c.isupper() for c in w[1:])


# Patterns open on the capital, which re skips to in C; the look-behind
# after it checks the capital starts the word.
_PAIR = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+)(?= ([A-Za-z][\w'’-]*))")
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


#: a text this long or shorter reads the spellings of its matches in C
#: (``findall``, or ``map`` over the kept matches) and visits the places
#: only of spellings in question, instead of Python work at every match:
#: most short texts have no word in two forms. A long text keeps the one
#: pass into arrays, where a string or match object per match would hold
#: tens of megabytes.
_SHORT = 1 << 16


def _numbered(pattern: re.Pattern[str], text: str, group: int):
    """Every match of ``pattern`` as its place (start, end of ``group``) in
    two arrays and the number of its spelling in a third, numbered in order
    of first use: ``ids`` maps a spelling to its number. One string per
    distinct spelling: a tuple of two ints and two strings per match held
    18-25 MB for 4 MB of text, where this holds a tenth, and it is no slower."""
    ids: dict[str, int] = {}
    number = ids.setdefault
    code = "i" if len(text) < 2 ** 31 else "q"
    starts, ends, which = array(code), array(code), array("i")
    start_at, end_at, spell = starts.append, ends.append, which.append
    for m in pattern.finditer(text):
        start, end = m.start(), m.end(group)
        start_at(start)
        end_at(end)
        spell(number(text[start:end], len(ids)))
    return ids, starts, ends, which


def _phrases(unit):
    """A capitalised word and the word after it, e.g. (EU-China, Summit):
    grouped by spelling, the second word's case is the form. A pair followed
    by a capital is skipped: a title before a name is capitalised by rule
    ("Premier Li") where the same words elsewhere are not. The costly checks
    run only for pairs seen in two forms."""
    doc = unit.target
    text = doc.text
    groups: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}
    if len(text) <= _SHORT:
        matches = list(_PAIR.finditer(text))
        spelt = list(map(re.Match.groups, matches))  # (word, next word) of each pair, in text order
        wanted = _two_forms(dict.fromkeys(spelt))
        if not wanted:
            return
        for m in compress(matches, map(wanted.__contains__, spelt)):
            a, b = m.groups()
            groups.setdefault((a, b.lower()), []).append((m.start(), m.end(2), a, b))
    else:
        # the spelling of a pair is the two words and the one space between them ("EU-China Summit")
        ids, starts, ends, which = _numbered(_PAIR, text, 2)
        # the pairs in question: two spellings that differ only in the second word's case
        first: dict[str, int] = {}  # "EU-China summit" -> the number of its first spelling
        numbers: set[int] = set()
        for pair, n in ids.items():
            a, _, b = pair.partition(" ")
            low = b.lower()
            if low in FUNCTION_WORDS or (b.isupper() and len(b) > 1) or not b[:1].isalpha():
                continue
            seen = first.setdefault(pair if low == b else f"{a} {low}", n)
            if seen != n:
                numbers.update((seen, n))
        del first
        if not numbers:
            return
        pairs = list(ids)
        for i in compress(range(len(which)), map(numbers.__contains__, which)):
            a, _, b = pairs[which[i]].partition(" ")
            groups.setdefault((a, b.lower()), []).append((starts[i], ends[i], a, b))
    for key, found in groups.items():
        for a_start, b_end, a, b in found:
            if is_sentence_start(doc, a_start) and not _inner_capital(a):
                continue  # capitalised only because it starts the sentence
            if text[b_end:b_end + 1] == " " and text[b_end + 1:b_end + 2].isupper():
                continue
            if in_title_case_heading(doc, a_start) or doc.in_quotation(a_start, b_end):
                continue
            if _in_long_title(text, a_start, b_end) or _in_title_before_name(text, a_start):
                continue
            yield Occurrence(a_start, b_end, key, f"{a} {b}")


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


def _words(unit):
    """Words with a capital inside (COVID, WeChat) beside another casing of
    the same word that also has a capital (Covid): not "US"/"us", which are
    different words."""
    doc = unit.target
    text = doc.text
    inner = _inner_capital_words(text)  # rare: (start, end, word)
    if len(text) <= _SHORT:
        spelt = _CAPITAL_FIRST.findall(text)
        wanted = _casings(set(spelt).union(w for _, _, w in inner))
        if not wanted:
            return
        # a second scan for the places: cheaper than keeping a match object
        # per capitalised word, as few texts have two casings of one word
        found = [(m.start(), m.end(), m.group())
                 for m in compress(_CAPITAL_FIRST.finditer(text), map(wanted.__contains__, spelt))]
    else:
        # every such word with its place in one pass: cheaper than the strings
        # first and a second scan for those in question, with its pattern to compile
        ids, starts, ends, which = _numbered(_CAPITAL_FIRST, text, 0)
        wanted = _casings(set(ids).union(w for _, _, w in inner))
        if not wanted:
            return
        words = list(ids)
        found = [(starts[i], ends[i], words[which[i]])
                 for i in compress(range(len(which)), map(wanted.__contains__, map(words.__getitem__, which)))]
    found = sorted(found + [w for w in inner if w[2] in wanted])
    forms: dict[str, list[tuple[int, int, str]]] = {}
    for m in found:
        forms.setdefault(m[2].lower(), []).append(m)
    for key, ms in forms.items():
        for start, end, w in ms:
            if is_sentence_start(doc, start) and (not _inner_capital(w) or w[1:2].islower()):
                continue  # "Covid" or "Al-Sisi" opening a sentence: the capital is the sentence's
            if w.isupper() and text[end:end + 1] == "," and is_sentence_start(doc, start):
                continue  # a dateline: "FUZHOU, Sept. 27 -"
            if in_title_case_heading(doc, start) or doc.in_quotation(start, end):
                continue
            yield Occurrence(start, end, key, w)


def _casings(spellings_seen: set[str]) -> set[str]:
    """The spellings in question: casings of one word, two or more, one with
    a capital inside, that title case alone does not explain."""
    spellings: dict[str, set[str]] = {}
    for w in spellings_seen:
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
    lambda unit, options: minority(unit, _phrases(unit)),
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
    lambda unit, options: minority(unit, _words(unit)),
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
