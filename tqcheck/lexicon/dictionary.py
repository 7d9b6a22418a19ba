"""Is this an English word, and what did the writer mean if not?

Two libraries, each doing what it is good at:

* Hunspell (the ``chunspell`` binding, which ships the SCOWL-based en_US
  dictionary) judges words: its affix rules accept inflections and
  derivations a flat list misses (``co-chairs``, ``reassessments``) and
  its list holds common proper names (``Beijing``, ``Macron``). A lookup
  costs a few microseconds.
* ``pyspellchecker``'s English frequency list (160,000 words counted in
  a large subtitle corpus) accepts modern words Hunspell lacks
  (``cybersecurity``) and ranks suggestions. Hunspell's own suggester
  takes ~0.3 s a word, too slow for long documents; candidates one edit
  away, ranked by frequency, take about a millisecond.

``news_words.txt`` adds current news words both lack (``coronavirus``,
``smartphone``). Both libraries load lazily, once per process, and only when a text has a word
worth checking. Nothing is downloaded: the data ships inside the wheels.
"""

from __future__ import annotations

import gzip
import json
import mmap
import threading
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..cache import Kept, built, file_key, mapped, package_file, source_key, stored
from ..errors import RuleError
from . import packed
from .once import Memo, Once

#: Hunspell is not thread-safe: one spell check at a time
_LOCK = threading.Lock()
_LOADED = Once()

#: frequency-list words rarer than this are not trusted to be words: the
#: tail of a subtitle corpus holds misspellings and fragments
MIN_COUNT = 60
#: ...but a word the list holds at exactly 50 comes from the dictionary
#: pyspellchecker merges in (105,000 words: karst, polder, muntjac,
#: neonatology), not from the subtitles, so it is a word, merely too rare
#: to suggest. Accepting it halves the spelling alarms on human news
#: translations and finds every typo of the LanguageTool and Harper tests
#: that the stricter bar found.
ACCEPT_COUNT = 50
#: words longer than this get no suggestions and no compound analysis:
#: both grow with the length of the word
MAX_WORD = 40
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _hunspell():
    return _LOADED.get("hunspell", _open_hunspell)


def _open_hunspell():
    try:
        import hunspell
    except ImportError as exc:  # a broken installation, not a user error
        raise RuleError("the spelling dictionary (package chunspell) is not installed") from exc
    return hunspell.Hunspell("en_US")


class Frequencies:
    """pyspellchecker's English list, word -> count, read in place
    (``packed``): a short text asks about a few hundred of its 160,000
    words, and making a ``dict`` of them all cost a one-file check 0.03 s."""

    __slots__ = ("_packed",)

    def __init__(self, buf: bytes | mmap.mmap) -> None:
        self._packed = packed.Packed(buf)

    def get(self, word: str, default: int = 0) -> int:
        raw = self._packed.raw(word)
        return default if raw is None else int(raw)

    def __contains__(self, word: object) -> bool:
        return word in self._packed

    def __len__(self) -> int:
        return len(self._packed)

    def items(self) -> Iterator[tuple[str, int]]:
        """Every word and its count, in the list's own order."""
        for word, raw in self._packed.entries():
            yield word, int(raw)


def frequencies() -> Frequencies:
    return _LOADED.get("freq", _load_frequencies)


def _load_frequencies() -> Frequencies:
    """The list from the user's cache (``tqcheck.cache``), made from the
    package's data file the first time."""
    buf = mapped("frequencies", _frequency_parts(), lambda: packed.pack((w, str(n).encode()) for w, n in _read_frequencies().items()),
                 packed.valid)
    return Frequencies(buf)


def _frequency_parts() -> tuple[str, ...]:
    """What the frequency list, and what is made from it, are built from."""
    data = package_file("spellchecker", "resources", "en.json.gz")
    if data is None:
        raise RuleError("the word frequency list (package pyspellchecker) is not installed")
    return (packed.LAYOUT, source_key(packed.__file__), source_key(__file__), file_key(data))


def _read_frequencies() -> dict[str, int]:
    """The list read from pyspellchecker's data file directly: its
    ``SpellChecker`` adds a pass over the 160,000 words that makes a cold
    ``tqcheck check`` 0.1 s slower."""
    try:
        import spellchecker
    except ImportError as exc:
        raise RuleError("the word frequency list (package pyspellchecker) is not installed") from exc
    from importlib.resources import files  # here: only a build reads the package's list

    try:
        data = files(spellchecker).joinpath("resources/en.json.gz").read_bytes()
        counts = json.loads(gzip.decompress(data))
    except (OSError, ValueError):  # another layout: let the library find and read its list
        return dict(spellchecker.SpellChecker(language="en", distance=1).word_frequency.dictionary)
    if not "".join(counts).islower():
        # the library folds case, summing the counts of words that differ only in it
        folded: dict[str, int] = {}
        for word, n in counts.items():
            folded[word.lower()] = folded.get(word.lower(), 0) + n
        counts = folded
    return counts


@cache
def news_words() -> frozenset[str]:
    """Current news vocabulary both sources lack (``news_words.txt``)."""
    path = Path(__file__).with_name("news_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _spells(word: str) -> bool:
    try:
        word.encode("latin-1")  # the en_US dictionary's encoding: Hunspell raises on anything else
    except UnicodeEncodeError:
        return False
    h = _hunspell()
    with _LOCK:
        return bool(h.spell(word))


def _hunspell_parts() -> tuple[str, ...] | None:
    """What Hunspell's verdicts depend on: its dictionary files and the
    package (a new chunspell rewrites them). None when it is not installed:
    ``_spells`` then reports that."""
    dic = package_file("hunspell", "dictionaries", "en_US.dic")
    if dic is None:
        return None
    return (source_key(__file__), file_key(dic), file_key(dic.with_suffix(".aff")),
            file_key(dic.parent.parent / "_version.py"), file_key(dic.parent.parent / "__init__.py"))


#: Hunspell's verdict on a word of a text, kept per process and in the
#: user's cache (``tqcheck.cache.Kept``): a first check of 1 MB asked about
#: 12,000 words at ~10 µs each, and a run whose words are all there never
#: opens Hunspell (0.04 s). A verdict is Hunspell's alone: the user's words
#: are accepted by the rules that read them, never added to Hunspell. Only a
#: run with many new words writes the file (a rewrite costs a few ms), and
#: 40,000 words (a 4 MB text has 20,000) bound what each run reads, 8 ms.
_VERDICTS = Kept(_spells, "hunspell", _hunspell_parts, size=200_000, keep=40_000, min_new=64)
hunspell_knows: Callable[[str], bool] = _VERDICTS.__getitem__


def frequency(word: str) -> int:
    return frequencies().get(word.lower(), 0)


def _is_word(word: str) -> bool:
    """True for a dictionary word as written (``’`` counts as ``'``).

    Capitalisation follows Hunspell: ``Paris`` and ``paris`` differ, a
    lower-case word may be capitalised or written in capitals.
    """
    word = word.replace("’", "'")
    if hunspell_knows(word):
        return True
    lower = word.lower()
    if word == lower or word[:1].isupper() and word[1:] == lower[1:] or word.isupper():
        return lower in news_words() or frequencies().get(lower, 0) >= ACCEPT_COUNT
    return False


#: ``_is_word``, kept per process
is_word: Callable[[str], bool] = Memo(_is_word, 200_000).__getitem__


def _edits1(word: str) -> Iterable[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        if b:
            yield a + b[1:]
            if len(b) > 1:
                yield a + b[1] + b[0] + b[2:]
            for c in _LETTERS:
                yield a + c + b[1:]
        for c in _LETTERS:
            yield a + c + b


def _suggest_lower(lower: str, n: int) -> tuple[str, ...]:
    table = _candidates() if len(lower) > 1 and lower.isascii() and lower.isalpha() else None
    if table is None:
        freq = frequencies()
        counts = {w: freq.get(w, 0) for w in _edits1(lower)}
        counts.pop(lower, None)
        found = _accepted(counts, n, lambda w: True)
    else:
        # every candidate is of the letters a-z: one that is neither frequent nor a form the Hunspell
        # dictionary can make cannot be accepted, and is left out (nearly all of them: ~500 a word)
        raw = table.raw
        known: dict[str, bytes] = {}
        for w in set(_edits1(lower)):
            v = raw(w)
            if v is not None:
                known[w] = v
        known.pop(lower, None)
        counts = {w: int(v.rstrip(b"h")) for w, v in known.items()}
        found = _accepted(counts, n, lambda w: known[w].endswith(b"h"))
    if not found:
        return _two_edits(lower, n)
    return tuple(found)


def _accepted(counts: dict[str, int], n: int, maybe_hunspell: Callable[[str], bool]) -> list[str]:
    """The first ``n`` accepted candidates (frequent, or known to Hunspell), ranked by frequency, then
    spelling.

    They are visited in that order, so Hunspell is asked only about a rare one, and only until ``n`` are
    found: a frequent candidate outranks every rare one, so a word with ``n`` frequent neighbours asks
    Hunspell nothing, where asking about every rare candidate (~500 for a word of nine letters, 7.5
    microseconds each) cost 4 ms a new word. Their verdicts are not kept (``_spells``, not
    ``hunspell_knows``): hundreds per word, seldom asked again, they filled that cache with 60,000 entries
    (8 MB) on a 4 MB text."""
    found: list[str] = []
    for w in sorted(counts, key=lambda w: (-counts[w], w)):
        if counts[w] >= MIN_COUNT or maybe_hunspell(w) and _spells(w):
            found.append(w)
            if len(found) >= n:
                break
    return found


#: how close (difflib's ratio) a word two edits away must be to be suggested
_CUTOFF = 0.75


def _two_edits(lower: str, n: int) -> tuple[str, ...]:
    """Frequent words of similar length and the same first letter close to ``lower`` (difflib's ratio at
    least 0.75), most frequent first."""
    import difflib

    freq = frequencies()
    # difflib's quick_ratio counts the letters two words share (as multisets), so it is at most twice the
    # letters of a bucket word that occur in ``lower`` at all over the two lengths: a word with more
    # letters outside ``lower`` than its length allows fails it, and is left out here (one
    # ``str.translate`` of a whole bucket, in C) rather than visited by three ratios in Python. The
    # matches are the same: difflib keeps the best ``n`` by (ratio, word), whatever their order.
    drop = str.maketrans("", "", lower.replace("\n", ""))  # the lines stay lines
    size = len(lower)
    buckets = _LOADED.get("buckets", _buckets)
    words: list[str] = []
    for length in range(size - 2, size + 3):
        bucket = buckets.get((lower[0], length))
        if not bucket:
            continue
        # a bucket holds words of one length; the bound is difflib's own arithmetic
        most = max((k for k in range(length + 1) if 2.0 * (length - k) / (size + length) >= _CUTOFF), default=-1)
        if most < 0:
            continue
        outside = bucket.translate(drop).split("\n")
        words += [w for w, rest in zip(bucket.split("\n"), outside) if len(rest) <= most]
    close = set(difflib.get_close_matches(lower, words, n=n, cutoff=_CUTOFF))
    return tuple(sorted(close, key=lambda w: (-freq.get(w, 0), w))[:n])


#: suggestions a process makes the slow way (every rare candidate asked of Hunspell, ~6 ms a word) before it
#: builds the candidate table (~0.8 s, once per cache): a short text's first run, with a word or two to
#: suggest, does not pay for it
BUILD_AFTER = 16
_slow = [0]
#: ``_LOADED``'s entry while no table is built yet, and for good when none can be
_NOT_YET, _NONE = "not yet", "none"


def _candidates() -> packed.Packed | None:
    """What a one-edit candidate of the letters a-z can be, from the user's cache: ``COUNT`` for a word of
    the frequency list at least ``MIN_COUNT`` times, ``COUNTh`` for a form the Hunspell dictionary can
    make (``affixes.forms``, with its count, however rare). None while no run has built it and this one has
    made fewer than ``BUILD_AFTER`` suggestions without it, or when the dictionary's files are not found or
    cannot be expanded: every candidate is then asked of Hunspell."""
    table: packed.Packed | str | None = _LOADED.get("candidates", lambda: _open_candidates(build=False))
    if table == _NOT_YET:
        _slow[0] += 1
        if _slow[0] > BUILD_AFTER:
            with _LOADED.lock:
                table = _LOADED.state.get("candidates")
                if table == _NOT_YET:
                    table = _LOADED.state["candidates"] = _open_candidates(build=True)
    return table if isinstance(table, packed.Packed) else None


def _open_candidates(build: bool) -> packed.Packed | str:
    parts = _suggestion_parts()
    dic = package_file("hunspell", "dictionaries", "en_US.dic")
    if parts is None or dic is None:
        return _NONE
    # the expansion's module is read for the key, imported only to build
    parts = (*parts, source_key(Path(__file__).with_name("affixes.py")))
    if build:
        buf: bytes | mmap.mmap | None = mapped("spellcandidates", parts, lambda: _pack_candidates(dic), packed.valid)
    else:
        buf = built("spellcandidates", parts, packed.valid)
    if buf is None:
        return _NOT_YET
    table = packed.Packed(buf)
    return _NONE if _UNEXPANDED in table else table


#: the one key of a table for dictionary files ``affixes.forms`` cannot expand (not a word of a-z, so
#: never asked about a candidate)
_UNEXPANDED = "-"


def _pack_candidates(dic: Path) -> bytes:
    from . import affixes

    try:
        forms = affixes.forms(dic, dic.with_suffix(".aff"))
    except (OSError, ValueError):
        forms = None
    if forms is None:
        return packed.pack([(_UNEXPANDED, b"")])
    freq = frequencies()
    items = {w: str(c).encode() for w, c in freq.items() if c >= MIN_COUNT and w.isascii() and w.isalpha()}
    for w in forms:
        items[w] = str(freq.get(w, 0)).encode() + b"h"  # the rare count too: it ranks the candidates
    return packed.pack(items.items())


def _suggestion_parts() -> tuple[str, ...] | None:
    """What suggestions depend on: the frequency list and Hunspell."""
    hunspell = _hunspell_parts()
    try:
        return None if hunspell is None else (*_frequency_parts(), *hunspell)
    except RuleError:  # not installed: ``frequencies`` reports that
        return None


#: ``_suggest_lower`` by ``(lower, n)``, kept per process and in the user's
#: cache: a few milliseconds a word, they were 0.08 s of a first check of
#: 1 MB (20 words), and asking Hunspell about candidates opened it (0.04 s)
#: in a run whose verdicts were all kept
_SUGGESTIONS = Kept(lambda key: _suggest_lower(*key), "suggestions", _suggestion_parts,
                    size=20_000, keep=4_000, min_new=1)


def _buckets() -> dict[tuple[str, int], str]:
    """The buckets from the user's cache, made the first time: making them
    walks the whole frequency list, 0.1 s of every run that suggests a word
    two edits away (a long text nearly always has one)."""
    parts = _frequency_parts()
    buckets = stored("spellbuckets", parts, _make_buckets)
    if isinstance(buckets, dict):
        return buckets
    return _make_buckets()  # a damaged file that still unmarshals


def _make_buckets() -> dict[tuple[str, int], str]:
    buckets: dict[tuple[str, int], list[str]] = {}
    for w, c in frequencies().items():
        if c >= 10 * MIN_COUNT and w.isalpha():
            buckets.setdefault((w[0], len(w)), []).append(w)
    # each bucket kept as one string of lines, split when asked (a word two
    # edits from any other, seldom): 23,000 word objects cost 1.3 MB a process
    return {key: "\n".join(words) for key, words in buckets.items()}


def suggest(word: str, n: int = 3) -> tuple[str, ...]:
    """Up to ``n`` likely intended words, most frequent first, in the
    capitalisation of ``word``."""
    lower = word.lower()
    if len(lower) > MAX_WORD:
        return ()
    out: tuple[str, ...] = _SUGGESTIONS[lower, n]
    if word[:1].isupper():
        if word.isupper() and len(word) > 1:
            return tuple(w.upper() for w in out)
        return tuple(w[:1].upper() + w[1:] for w in out)
    return out


_PREFIXES = (
    "counter over under micro macro multi nano bio pro un re omni neo eco cyber hydro sub trans "
    "inter intra super ultra semi anti co de dis mis out post pre mega mini tele geo agro aero "
    "electro photo thermo socio poly mono auto cross extra hyper infra para quasi "
    "iso retro oxy phospho chemo immuno neuro cardio proto pseudo meta cyclo nitro"
).split()
#: (suffix, what it replaced, shortest stem): derivations English makes from
#: any word of the class (constitutionalize, impactful, thematical,
#: immersive); -ize needs a long stem so that "critize" is not crit + ize
_SUFFIXES = (("less", "", 4), ("ness", "", 4), ("ably", "able", 4), ("ibly", "ible", 4), ("ly", "", 4),
             ("wise", "", 4), ("like", "", 4), ("ful", "", 4), ("ical", "ic", 5), ("ive", "e", 5),
             ("ization", "", 6), ("isation", "", 6), ("ize", "", 6), ("ise", "", 6), ("ized", "", 6),
             ("ised", "", 6), ("izes", "", 6), ("izing", "", 6), ("ising", "", 6), ("ase", "e", 5))
#: inflections (suffix, what it replaced) of a stem the tag lexicon does not
#: inflect: heliostats, karsts, webcasting, incentivizing, cyclases (an enzyme
#: named -ase from its substrate, cycle)
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))
#: the a- of "ahistorical", "apolitical": only before an adjective of these endings
_PRIVATIVE_ENDS = ("al", "ic", "ical", "ous")
#: international nonproprietary name stems of drugs (azithromycin, amoxicillin)
_DRUG_STEMS = ("mycin", "cillin", "cycline", "floxacin", "statin", "sartan", "tinib", "prazole", "mab")


def _inflected(lower: str) -> bool:
    """An inflection of a dictionary word that the tag lexicon lacks (rare
    words such as ``heliostat``): the lexicon lists the inflections of the
    words it has, so ``writed`` is not read as write + ed."""
    from .tags import table

    for suffix, repl in _INFLECTIONS:
        if not lower.endswith(suffix):
            continue
        stem = lower[: -len(suffix)]
        stems = [stem + repl]
        if not repl and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stems.append(stem[:-1])  # a doubled consonant: "webcasting" no, "kidnapping" yes
        for st in stems:
            if len(st) >= 4 and table().get(st) is None and (is_word(st) or len(st) >= 6 and is_derived(st)):
                return True
    return False


@lru_cache(maxsize=50_000)
def is_derived(lower: str) -> bool:
    """A lower-case word built from known words the way English builds
    them: a prefix and a word (``microplastics``, ``noncompliant``), a
    word and a suffix (``driverless``, ``proactively``), or two words of
    four letters or more (``formwork``, ``armyworm``).

    Short prefixes (``re``, ``un``, ``de``) need a longer rest so that
    typos such as ``untill`` and ``deside`` are not read as words.
    """
    if len(lower) > MAX_WORD:
        return False
    for p in _PREFIXES:
        if lower.startswith(p):
            rest = lower[len(p):].lstrip("-")
            # one more level: "antiretroviral" is anti + retro + viral
            if len(rest) >= (5 if len(p) <= 3 else 4) and (is_word(rest) or len(p) > 2 and is_derived(rest)):
                return True
    for suffix, repl, shortest in _SUFFIXES:
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            # the -ize family drops a final e: incentive -> incentivize
            alts = (stem, stem + "e") if shortest == 6 else (stem + repl,)
            if any(len(st) >= shortest and is_word(st) for st in alts):
                return True
    if _inflected(lower):
        return True
    if lower.startswith("a") and len(lower) >= 9 and lower.endswith(_PRIVATIVE_ENDS) and is_word(lower[1:]):
        return True
    if len(lower) >= 8 and lower.endswith(_DRUG_STEMS):
        return True
    for i in range(4, len(lower) - 3):
        a, b = lower[:i], lower[i:]
        if a != b and hunspell_knows(a) and hunspell_knows(b):
            return True
    return False
