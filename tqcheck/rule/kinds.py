"""The rule kinds: ``custom``, ``pattern``, ``triggered``, ``phrases`` and
``tagged`` build a ``Rule`` (``model``) and its check from a description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Sequence

from ..scan import matches_at
from ..text import index_words
from ..text.patterns import EdgeScan, lowered_edges, trie_pattern
from ..unit import Unit
from .model import CheckFn, Example, Finding, Rule

class _Lazy:
    """A rule's regular expression, compiled when the rule first runs: a
    process that builds the catalogue (``tqcheck rules``, a check whose
    settings or input leave a rule out) compiles only what it runs. A bad
    pattern still fails the examples test of its rule."""

    __slots__ = ("_source", "_flags", "_rx")

    def __init__(self, source: str | re.Pattern[str] | Callable[[], str], flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._rx: re.Pattern[str] | None = source if isinstance(source, re.Pattern) else None

    def __call__(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            source = self._source
            rx = self._rx = re.compile(source() if callable(source) else source, self._flags)
        return rx


def custom(
    id: str,
    check: CheckFn,
    *,
    category: str,
    severity: str,
    message: str,
    description: str,
    examples: Sequence[Example],
    **kw: Any,
) -> Rule:
    return Rule(id, category, severity, message, description, check, tuple(examples), **kw)


class _Findings:
    """The match pipeline ``pattern`` and ``triggered`` share: a match becomes
    a ``Finding`` over its span (``locate`` or ``group``) unless the span is
    protected or quoted (when skipped), ``when`` vetoes it, or (``once``)
    an earlier match reported the same span; ``suggest`` makes its suggestions."""

    def __init__(
        self,
        group: int | str,
        locate: Callable[[re.Match[str]], tuple[int, int]] | None,
        suggest: str | Callable[[re.Match[str]], Sequence[str]] | None,
        when: Callable[[re.Match[str], Unit], bool] | None,
        skip_protected: bool,
        skip_quotations: bool,
        *,
        once: bool = False,
    ) -> None:
        self.group, self.locate, self.suggest, self.when = group, locate, suggest, when
        self.skip_protected, self.skip_quotations, self.once = skip_protected, skip_quotations, once

    def __call__(self, matches: Iterable[re.Match[str]], unit: Unit) -> Iterator[Finding]:
        doc = unit.target
        group, locate, suggest, when = self.group, self.locate, self.suggest, self.when
        skip_protected, skip_quotations, once = self.skip_protected, self.skip_quotations, self.once
        seen: set[tuple[int, int]] = set()  # two triggers can reach one span
        for m in matches:
            s, e = locate(m) if locate is not None else m.span(group)
            if s < 0:
                continue
            if skip_protected and doc.is_protected(s, max(e, s + 1)):
                continue
            if skip_quotations and doc.in_quotation(s, max(e, s + 1)):
                continue
            if when is not None and not when(m, unit):
                continue
            if once:
                if (s, e) in seen:
                    continue
                seen.add((s, e))
            if suggest is None:
                sugg: tuple[str, ...] = ()
            elif callable(suggest):
                sugg = tuple(suggest(m))
            else:
                sugg = (m.expand(suggest),)
            yield Finding(s, e, suggestions=sugg)


def pattern(
    id: str,
    regex: str | re.Pattern[str],
    *,
    category: str,
    severity: str,
    message: str,
    description: str,
    examples: Sequence[Example],
    group: int | str = 0,
    locate: Callable[[re.Match[str]], tuple[int, int]] | None = None,
    suggest: str | Callable[[re.Match[str]], Sequence[str]] | None = None,
    when: Callable[[re.Match[str], Unit], bool] | None = None,
    skip_protected: bool = True,
    skip_quotations: bool = False,
    flags: int = 0,
    starts: Callable[[Any], Iterable[int]] | None = None,
    **kw: Any,
) -> Rule:
    """A rule that flags every match of ``regex`` (or one group of it).

    Speed: start the regex with a literal or a character class, and put
    look-behinds *after* the first character (``,(?<=\\w,)`` rather than
    ``(?<=\\w),``). ``re`` then skips to candidates in a tight C loop;
    a pattern opening with a look-behind, an alternation of branches or a
    repeat is tried position by position, five to twenty times slower.
    It must also be linear: no unbounded repeat that can fail and retry
    from the next position (use possessive ``*+``/``++`` and a look-behind
    that only lets a run start where the run starts).

    Even so a scan costs 5-15 ms per megabyte, however rare its first
    characters: ``starts(document)``, when given, lists in increasing order
    every offset where a match may start (more do no harm), for example
    where ``str.find`` meets a literal every match holds, several times
    faster than a scan. The pattern is then tried at those offsets only,
    with the matches a scan would find; it must not match empty text.

    ``locate`` maps a match to the span to report (default: ``group``);
    ``suggest`` is a replacement template (``\\1`` refers to groups) or a
    function of the match; ``when`` can veto a match.
    """
    compiled = _Lazy(regex, flags)
    findings = _Findings(group, locate, suggest, when, skip_protected, skip_quotations)

    def check(unit: Unit, options: Mapping[str, Any]) -> Iterator[Finding]:
        doc = unit.target
        rx = compiled()
        matches = rx.finditer(doc.text) if starts is None else matches_at(rx, doc.text, starts(doc))
        yield from findings(matches, unit)

    return Rule(id, category, severity, message, description, check, tuple(examples), **kw)


def triggered(
    id: str,
    triggers: Iterable[str],
    regex: str | re.Pattern[str],
    *,
    category: str,
    severity: str,
    message: str,
    description: str,
    examples: Sequence[Example],
    group: int | str = 0,
    locate: Callable[[re.Match[str]], tuple[int, int]] | None = None,
    suggest: str | Callable[[re.Match[str]], Sequence[str]] | None = None,
    when: Callable[[re.Match[str], Unit], bool] | None = None,
    skip_protected: bool = True,
    skip_quotations: bool = False,
    flags: int = re.IGNORECASE,
    **kw: Any,
) -> Rule:
    """A pattern rule that is tried only where one of its trigger words
    starts: ``regex`` is *matched* (not searched) at each occurrence.

    Grammar slips hang on a few words (``he have``, ``could went``, ``its
    a``); looking them up in the document's word index costs nothing per
    megabyte, where a scan per rule would cost a pass over the text each.
    Triggers are whole words, compared in lower case with ``’`` read as
    ``'``. ``group``, ``locate``, ``suggest`` and ``when`` work as in
    ``pattern``.
    """
    compiled = _Lazy(regex, flags)
    keys = tuple(sorted({t.lower().replace("’", "'") for t in triggers}))
    index_words(keys)
    keyset = frozenset(keys)

    findings = _Findings(group, locate, suggest, when, skip_protected, skip_quotations, once=True)

    def matches(doc: Any) -> Iterator[re.Match[str]]:
        rx = compiled()
        starts = doc.word_starts
        for key in sorted(doc.keys_present(keyset)):
            for i in doc.word_positions(key):
                m = rx.match(doc.text, starts[i])
                if m is not None:
                    yield m

    def check(unit: Unit, options: Mapping[str, Any]) -> Iterator[Finding]:
        yield from findings(matches(unit.target), unit)

    kw.setdefault("triggers", keyset)
    return Rule(id, category, severity, message, description, check, tuple(examples), **kw)


def match_case(template: str, found: str) -> str:
    """Give a replacement the capitalisation of the text it replaces."""
    if found.isupper() and len(found) > 1:
        return template.upper()
    if found[:1].isupper():
        return template[:1].upper() + template[1:]
    return template


class _PhraseStarts:
    """Where a phrase of any ``phrases`` rule can start in a document, found
    in one scan for all of them.

    A scan for a table of phrases costs about the same however long the
    table is, so the tables share one: a zero-width look-ahead over every
    phrase yields each place where some phrase matches (overlaps included),
    and each rule then tries its own pattern there only. Each rule finds
    exactly what its own scan would: its matches all start at such places.
    """

    def __init__(self) -> None:
        self.phrases: set[str] = set()
        self._rx: re.Pattern[str] | None = None
        self._caseless: re.Pattern[str] | None = None
        self._edge: EdgeScan | None = None
        # the memo key of the current scan: a compiled pattern hashes its
        # whole code at every lookup (tens of microseconds for this trie,
        # paid by each phrases rule on each document), a plain object by id
        self._key: object = object()

    def add(self, phrases: Iterable[str]) -> None:
        self.phrases.update(phrases)
        self._rx = None

    def __call__(self, doc) -> list[int]:
        rx = self._rx
        if rx is None:
            # case-insensitive, so it also covers the case-sensitive tables
            lowered = sorted({p.lower() for p in self.phrases})
            body = rf"(?<![\w'’-])(?=(?:{trie_pattern(lowered)})(?![\w'’-]))"
            rx = self._rx = re.compile(body, re.IGNORECASE)
            self._key = object()
            # the same against Document.caseless, which asks for caseless characters outside ASCII
            plain = all(c.isascii() or (c.lower() == c.upper() == c and not c.isalpha()) for p in lowered for c in p)
            self._caseless = re.compile(body) if plain else None
            # phrases that all open on a-z are found by an edge scan, which
            # does not try the look-behind at every character (a third faster,
            # on a short text too, its patterns being compiled here once)
            self._edge = EdgeScan(rf"(?:{trie_pattern(lowered)})(?![\w'’-])", keep=True) \
                if plain and all("a" <= p[:1] <= "z" for p in lowered) else None
        caseless = self._caseless
        edge = self._edge

        def scan(d) -> list[int]:
            if caseless is not None and d.caseless is not None:
                if edge is not None:
                    return edge(d.caseless, lowered_edges(d, d.caseless))
                return [m.start() for m in caseless.finditer(d.caseless)]
            return [m.start() for m in rx.finditer(d.text)]

        return doc.memo(self._key, scan)


_phrase_starts = _PhraseStarts()


def phrases(
    id: str,
    table: Mapping[str, str | Sequence[str]],
    *,
    category: str,
    severity: str,
    message: str,
    description: str,
    examples: Sequence[Example],
    skip_quotations: bool = False,
    case_sensitive: bool = False,
    **kw: Any,
) -> Rule:
    """A rule from a table ``phrase -> replacement(s)``, matched as whole
    words. All phrases compile into one alternation, so a table of
    hundreds costs one scan, and every table shares it (``_PhraseStarts``).
    An empty replacement means "delete"."""
    norm = {(k if case_sensitive else k.lower()): ([v] if isinstance(v, str) else list(v)) for k, v in table.items()}
    # A prefix tree, not a flat alternation: each position tries one path per
    # character instead of every phrase, so a table of hundreds stays fast.
    compiled = _Lazy(lambda: rf"(?<![\w'’-])(?:{trie_pattern(norm)})(?![\w'’-])",
                     0 if case_sensitive else re.IGNORECASE)
    _phrase_starts.add(norm)

    def check(unit: Unit, options: Mapping[str, Any]) -> Iterator[Finding]:
        doc = unit.target
        rx = compiled()
        text = doc.text
        end = 0  # as finditer: a match starts where the previous one ended or later
        for pos in _phrase_starts(doc):
            if pos < end:
                continue
            m = rx.match(text, pos)
            if m is None:
                continue
            s, e = m.span()
            end = e
            if doc.is_protected(s, e):
                continue
            if skip_quotations and doc.in_quotation(s, e):
                continue
            found = m.group(0)
            key = " ".join(found.split())
            repl = norm.get(key if case_sensitive else key.lower(), [])
            yield Finding(s, e, args={"phrase": found}, suggestions=tuple(match_case(r, found) for r in repl))

    return Rule(id, category, severity, message, description, check, tuple(examples), **kw)


# --------------------------------------------------------------------------
# Patterns over the tagged token layer


@dataclass(frozen=True, slots=True)
class _TokenTest:
    words: frozenset[str] | None  # lower-case words
    tags: frozenset[str] | None  # the chosen tag (``<NN|NNS>``)
    any_tags: frozenset[str] | None  # any reading (``<?VBN>``)
    lemmas: frozenset[str] | None  # ``{have}``
    negated: bool
    optional: bool
    marked: bool

    def __call__(self, tg, i: int) -> bool:
        ok = True
        if self.words is not None:
            ok = tg.doc.word_keys[i] in self.words
        if ok and self.tags is not None:
            ok = tg.tag(i) in self.tags
        if ok and self.any_tags is not None:
            ok = not self.any_tags.isdisjoint(tg.tags(i))
        if ok and self.lemmas is not None:
            ok = not self.lemmas.isdisjoint(tg.lemmas(i))
        return ok != self.negated


def parse_token_pattern(spec: str) -> tuple[_TokenTest, ...]:
    """``"@{have} <RB>? @<VBN> !to"`` -> token tests.

    Each space-separated item tests one word: ``a|an`` the word (any case),
    ``<NN|NNS>`` its chosen tag, ``<?VBN>`` any tag it can have, ``{have}``
    any of its lemmas; combine with ``+`` (``{be}+<VBZ>``). A leading ``!``
    negates, a trailing ``?`` makes the item optional, a leading ``@`` puts
    the word in the reported span (default: the whole match)."""
    tests = []
    for item in spec.split():
        marked = item.startswith("@")
        item = item.lstrip("@")
        negated = item.startswith("!")
        item = item.lstrip("!")
        optional = item.endswith("?") and len(item) > 1
        if optional:
            item = item[:-1]
        words = tags = any_tags = lemmas = None
        for part in item.split("+"):
            if part.startswith("<?"):
                any_tags = frozenset(part[2:-1].split("|"))
            elif part.startswith("<"):
                tags = frozenset(part[1:-1].split("|"))
            elif part.startswith("{"):
                lemmas = frozenset(part[1:-1].split("|"))
            else:
                words = frozenset(w.lower().replace("’", "'") for w in part.split("|"))
        tests.append(_TokenTest(words, tags, any_tags, lemmas, negated, optional, marked))
    return tuple(tests)


def match_tokens(tg, tests: Sequence[_TokenTest], i: int) -> list[int | None] | None:
    """Word indices matched by ``tests`` from word ``i`` on (``None`` for a
    skipped optional item), each word joined to the previous by spaces only;
    None if no match. Optional items are tried greedily, then skipped."""
    return _matcher(tuple(tests))(tg, i)


def _compiled(t: _TokenTest) -> Callable[[Any, int], bool]:
    """``t`` as a function of (tagged, index), for the common forms: a word
    test alone, a chosen-tag test alone. The same tests in the same order
    (a tag is chosen only where ``t`` would choose it)."""
    if t.lemmas is None and t.any_tags is None and not t.negated:
        words, tags = t.words, t.tags
        if tags is None and words is not None:
            return lambda tg, i: tg.keys[i] in words
        if words is None and tags is not None:
            return lambda tg, i: tg.tag(i) in tags
    return t.__call__


def _word_only(t: _TokenTest) -> frozenset[str] | None:
    """The words ``t`` accepts, when a word test is all it is."""
    if t.words is not None and t.tags is None and t.any_tags is None and t.lemmas is None and not t.negated:
        return t.words
    return None


def _matcher(tests: tuple[_TokenTest, ...]) -> Callable[[Any, int], list[int | None] | None]:
    """``match_tokens`` for one pattern, its tests compiled once; a pattern
    without optional items is matched by a loop, not by recursion.

    The items that test a word alone are tried first, where they can stand
    (an item after optional ones has a range of places): a place where one
    of them cannot match is ruled out before any tag is chosen. Most places
    of a common trigger (``of``, ``to``) go no further. The order of the
    tests does not change a match: a word's tag does not depend on which
    words were asked about first (``Tagged.tag``)."""
    fs = tuple(_compiled(t) for t in tests)
    size = len(fs)
    # (first place, last place, words) of each word-only item, from the match's start
    cheap = []
    required = 0
    for k, t in enumerate(tests):
        words = _word_only(t)
        if words is not None and not t.optional and k > 0:
            cheap.append((required, k, words))
        if not t.optional:
            required += 1
    if not any(t.optional for t in tests):
        first, rest = fs[0], fs[1:]
        fixed = tuple((lo, words) for lo, _, words in cheap)
        checked = {lo for lo, _ in fixed}
        rest_left = tuple((k, f) for k, f in enumerate(rest, 1) if k not in checked)

        def straight(tg, i: int) -> list[int | None] | None:
            n = len(tg)
            if i + size > n:
                return None
            keys = tg.keys
            for k, words in fixed:
                if keys[i + k] not in words:
                    return None
            joined = tg.joined
            for j in range(i + 1, i + size):
                if not joined(j):
                    return None
            if not first(tg, i):
                return None
            for k, f in rest_left:
                if not f(tg, i + k):
                    return None
            return list(range(i, i + size))

        return straight
    optional = tuple(t.optional for t in tests)
    ranges = tuple(cheap)

    def go(tg, n: int, k: int, j: int, got: list[int | None], last: int) -> bool:
        # depth first, an item taken before it is skipped
        if k == size:
            return True
        if j < n and (last < 0 or tg.joined(j)) and fs[k](tg, j):
            got.append(j)
            if go(tg, n, k + 1, j + 1, got, j):
                return True
            got.pop()
        if optional[k]:
            got.append(None)
            if go(tg, n, k + 1, j, got, last):
                return True
            got.pop()
        return False

    def branching(tg, i: int) -> list[int | None] | None:
        n = len(tg)
        if ranges:
            keys = tg.keys
            for lo, hi, words in ranges:
                for j in range(i + lo, min(i + hi, n - 1) + 1):
                    if keys[j] in words:
                        break
                else:
                    return None
        got: list[int | None] = []
        return got if go(tg, n, 0, i, got, -1) else None

    return branching


_ELLIPSES = ("...", "…")
#: ``text[:start].strip() in _ELLIPSES``
_ELLIPSIS_BEFORE = re.compile(r"\s*+(?:\.\.\.|…)\s*+")
#: ``not text[end:].strip(".… \n\"'”’)")``
_ELLIPSIS_TAIL = re.compile("[.… \n\"'”’)]*+\\Z")


def cut_off(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a word an excerpt's ellipsis may have cut:
    the first word of a text that opens with ``...`` glued to it (``...an
    be``), or the last word of one that ends with ``...`` glued to it
    (``she continue...``). Its tags say nothing about the word that was there."""
    # Matched in place, not by stripping ``text[:start]`` and ``text[end:]``:
    # copying the text before each candidate cost a long document the square
    # of its size. ``\s`` is ``str.strip``'s whitespace.
    if _ELLIPSIS_BEFORE.fullmatch(text, 0, start) is not None:
        return True
    return text.startswith(_ELLIPSES, end) and _ELLIPSIS_TAIL.match(text, end) is not None


Words = Collection[str] | Callable[[], Collection[str]]


class _Near:
    """``tagged``'s ``near`` test: the places whose neighbouring words are in
    the sets declared for them, found for a list of places in one pass per
    set, with no function call per place (a ``pre`` lambda costs a common
    trigger's thousands of places a call each).

    Each entry maps an offset from the trigger (``-1`` the word before) to a
    set, or an inclusive range ``(lo, hi)`` of offsets to a set any of those
    words may be in; an offset outside the document fails. A set may be a
    function giving it, asked at each check (a lexicon set made on first use).
    """

    __slots__ = ("_tests", "_reach")

    def __init__(self, near: Mapping[int | tuple[int, int], Words]) -> None:
        tests = []
        for where, words in near.items():
            lo, hi = (where, where) if isinstance(where, int) else where
            if lo > hi:
                raise ValueError(f"empty range of offsets: {where}")
            tests.append((tuple(range(lo, hi + 1)), words))
        self._tests = tuple(tests)
        self._reach = max((abs(o) for offsets, _ in tests for o in offsets), default=0)

    def __call__(self, keys: Sequence[str], positions: list[int]) -> list[int]:
        n = len(keys)
        reach = self._reach
        if reach > n:
            return [i for i in positions if self._exact(keys, i)]
        for offsets, words in self._tests:
            if not positions:
                return positions
            ws = words() if callable(words) else words
            # No bounds tests: ``keys[i + o - n]`` is ``keys[i + o]`` wherever
            # that word exists, and some word (never an error) where it does
            # not, so this keeps every place that passes, and maybe a few
            # within ``reach`` of the document's edges, tested again below.
            ds = [o - n if o > 0 else o for o in offsets]
            if len(ds) == 1:
                d = ds[0]
                positions = [i for i in positions if keys[i + d] in ws]
            elif len(ds) == 2:
                d, e = ds
                positions = [i for i in positions if keys[i + d] in ws or keys[i + e] in ws]
            elif len(ds) == 3:
                d, e, f = ds
                positions = [i for i in positions if keys[i + d] in ws or keys[i + e] in ws or keys[i + f] in ws]
            else:
                positions = [i for i in positions if any(keys[i + d] in ws for d in ds)]
        if positions and (min(positions) < reach or max(positions) >= n - reach):
            positions = [i for i in positions if self._exact(keys, i)]
        return positions

    def _exact(self, keys: Sequence[str], i: int) -> bool:
        n = len(keys)
        for offsets, words in self._tests:
            ws = words() if callable(words) else words
            if not any(0 <= i + o < n and keys[i + o] in ws for o in offsets):
                return False
        return True


def tagged(
    id: str,
    spec: str,
    *,
    triggers: Iterable[str],
    category: str,
    severity: str,
    message: str,
    description: str,
    examples: Sequence[Example],
    when: Callable[[Any, list[int | None], Unit], bool] | None = None,
    suggest: Callable[[Any, list[int | None]], Sequence[str]] | None = None,
    args: Callable[[Any, list[int | None]], Mapping[str, Any]] | None = None,
    pre: Callable[[Any, int], bool] | None = None,
    near: Mapping[int | tuple[int, int], Words] | None = None,
    skip_quotations: bool = False,
    at: int = 0,
    **kw: Any,
) -> Rule:
    """A rule over the document's tagged token layer (``Document.tagged``):
    ``spec`` (see ``parse_token_pattern``) is matched at every occurrence
    of a trigger word, which is item ``at`` of a match (the first word by
    default). A pattern that hangs on its rarest word rather than its first
    (``"was|wasn't not? @been"`` on ``been``, ``at=2``) gets a few places per
    megabyte from the word index instead of thousands: it is matched from
    ``at`` words before each trigger, or from each shorter start where
    optional items come before it, and the match must put the trigger at
    item ``at``.

    ``when(tagged, matched, unit)`` can veto a match and ``suggest(tagged,
    matched)`` gives replacements for the marked words; ``matched`` lists the
    word index each item matched (None for a skipped optional item).
    ``pre(document, i)``, asked first at trigger word ``i``, can rule a place
    out from the words alone, before any tag is chosen: most places of a
    common trigger (``to``, ``a``) fail it, for the price of a set lookup.
    ``near`` (see ``_Near``) declares neighbouring words a place needs, as
    ``{-1: {"the", "a"}}`` for ``i > 0 and word_keys[i - 1] in {"the", "a"}``:
    tested before ``pre``, for every place in one pass, it costs a tenth of
    a ``pre`` call per place. ``pre``, when also given, is asked only at the
    places ``near`` keeps.
    """
    tests = parse_token_pattern(spec)
    keys = tuple(sorted({t.lower().replace("’", "'") for t in triggers}))
    index_words(keys)
    keyset = frozenset(keys)
    marked = [k for k, t in enumerate(tests) if t.marked] or list(range(len(tests)))
    # how many words can come before the trigger: optional items shorten it
    fewest = sum(1 for t in tests[:at] if not t.optional)

    matcher = _matcher(tests)
    neighbours = _Near(near) if near else None

    def match(tg: Any, i: int) -> list[int | None] | None:
        if at == 0:
            return matcher(tg, i)
        for start in range(max(i - at, 0), i - fewest + 1):
            m = matcher(tg, start)
            if m is not None and m[at] == i:
                return m
        return None

    def check(unit: Unit, options: Mapping[str, Any]) -> Iterator[Finding]:
        doc = unit.target
        positions = doc.positions_of(keyset)
        if not positions:
            return
        if neighbours is not None:
            positions = neighbours(doc.word_keys, positions)
            if not positions:
                return
        if pre is not None:
            positions = [i for i in positions if pre(doc, i)]
            if not positions:
                return
        tg = doc.tagged
        seen: set[tuple[int, int]] = set()
        for i in sorted(positions):
            got = match(tg, i)
            if got is None:
                continue
            span = [j for k in marked if (j := got[k]) is not None]
            if not span:
                continue
            s, e = doc.word_starts[span[0]], doc.word_ends[span[-1]]
            if (s, e) in seen or doc.is_protected(s, e) or cut_off(doc.text, s, e):
                continue
            if skip_quotations and doc.in_quotation(s, e):
                continue
            if when is not None and not when(tg, got, unit):
                continue
            seen.add((s, e))
            sugg = tuple(suggest(tg, got)) if suggest is not None else ()
            yield Finding(s, e, args=dict(args(tg, got)) if args is not None else {}, suggestions=sugg)

    kw.setdefault("triggers", keyset)
    return Rule(id, category, severity, message, description, check, tuple(examples), **kw)
