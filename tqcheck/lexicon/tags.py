"""Which parts of speech (Penn Treebank tags) and lemmas can an English word have?

The open classes come from lemminflect's lookup tables (``infl_lu.csv.gz``:
one row per lemma with its inflections, tagged ``noun``/``verb``/``adj``/
``adv``; ``lemma_lu.csv.gz``: forms and their lemmas), which ship inside the
lemminflect wheel. Only the tables are read: lemminflect's statistical
models are not used. The closed classes (determiners, pronouns,
prepositions, auxiliaries, conjunctions...) are listed below, as data.

``readings(word)`` gives a lower-case word's readings, ``(tag, lemma)``
pairs, most likely first where the tables say so (closed-class readings
first). Nouns those tables lack come from the affix classes of the Hunspell
en_US dictionary that chunspell ships (``_add_hunspell_nouns``). A word in none of the tables gets readings guessed from its ending
(``guess``). Everything loads once per process, on first use (about 0.2 s).
"""

from __future__ import annotations

import gzip
import threading
from itertools import chain
from pathlib import Path
from typing import Iterator

from .. import cache
from ..gcsettle import loaded
from . import packed

Reading = tuple[str, str]  # (Penn tag, lemma)

# ---------------------------------------------------------------------------
# closed classes: "word TAG[:lemma] TAG[:lemma]..."; the first reading is the
# most frequent one
_CLOSED = """
a DT
an DT
the DT
this DT
that IN DT WDT
these DT
those DT
some DT
any DT
no DT
every DT
each DT
either DT CC
neither DT CC
another DT
all DT PDT
both DT CC
half PDT NN
such JJ PDT
what WP WDT
which WDT
whose WP$
who WP
whom WP
whoever WP
whatever WDT
how WRB
when WRB
where WRB
why WRB
whereby WRB
i PRP
me PRP
you PRP
he PRP
him PRP
she PRP
her PRP$ PRP
it PRP
we PRP
us PRP
they PRP
them PRP
my PRP$
your PRP$
his PRP$
its PRP$
our PRP$
their PRP$
mine PRP
yours PRP
hers PRP
ours PRP
theirs PRP
myself PRP
yourself PRP
himself PRP
herself PRP
itself PRP
ourselves PRP
themselves PRP
one CD PRP NN
there EX RB
to TO
and CC
or CC
nor CC
but CC
plus CC
yet RB CC
so RB IN
than IN
of IN
in IN RP
on IN RP
at IN
by IN
for IN
from IN
with IN
within IN
without IN
into IN
onto IN
upon IN
about IN RB RP
above IN
across IN
after IN
against IN
along IN
amid IN
among IN
around IN RB
as IN RB
because IN
before IN
behind IN
below IN
beneath IN
beside IN
besides IN
between IN
beyond IN
despite IN
down RP IN
during IN
except IN
if IN
inside IN
like IN VB VBP
near IN
off RP IN
out RP IN
outside IN
over IN RP
per IN
since IN
through IN
throughout IN
toward IN
towards IN
under IN
underneath IN
unless IN
unlike IN
until IN
till IN
up RP IN
via IN
whether IN
while IN
although IN
though IN
once RB IN
not RB
n't RB
never RB
also RB
very RB
be VB:be
am VBP:be
is VBZ:be
are VBP:be
was VBD:be
were VBD:be
been VBN:be
being VBG:be
have VBP:have VB:have
has VBZ:have
had VBD:have VBN:have
having VBG:have
do VBP:do VB:do
does VBZ:do
did VBD:do
done VBN:do
doing VBG:do
can MD:can
could MD:can
may MD:may
might MD:may
must MD:must
shall MD:shall
should MD:shall
will MD:will
would MD:will
ought MD:ought
cannot MD:can
can't MD:can
couldn't MD:can
won't MD:will
wouldn't MD:will
shouldn't MD:shall
mustn't MD:must
don't VBP:do
doesn't VBZ:do
didn't VBD:do
isn't VBZ:be
aren't VBP:be
wasn't VBD:be
weren't VBD:be
hasn't VBZ:have
haven't VBP:have
hadn't VBD:have
i'm PRP
you're PRP
we're PRP
they're PRP
he's PRP
she's PRP
it's PRP
that's DT
there's EX
i've PRP
you've PRP
we've PRP
they've PRP
i'll PRP
you'll PRP
he'll PRP
she'll PRP
it'll PRP
we'll PRP
they'll PRP
i'd PRP
you'd PRP
he'd PRP
she'd PRP
we'd PRP
they'd PRP
let's VB:let
zero CD
two CD
three CD
four CD
five CD
six CD
seven CD
eight CD
nine CD
ten CD
eleven CD
twelve CD
twenty CD
thirty CD
forty CD
fifty CD
hundred CD
thousand CD
million CD
billion CD
trillion CD
dozens NNS:dozen
more JJR:much RBR:much
less JJR:little RBR:little
fewer JJR:few
most JJS:much RBS:much
least JJS:little RBS:little
first JJ RB
second JJ NN
third JJ
fourth JJ
fifth JJ
people NNS:person
many JJ
much JJ RB
few JJ
several JJ
police NNS
"""


def _parse_closed() -> dict[str, tuple[Reading, ...]]:
    table: dict[str, tuple[Reading, ...]] = {}
    for line in _CLOSED.strip().splitlines():
        word, *tags = line.split()
        table[word] = tuple((t.split(":")[0], t.split(":")[1] if ":" in t else word) for t in tags)
    return table


CLOSED = _parse_closed()
#: tags that only closed-class words have: a listed word never takes an
#: open-class reading from the tables as well ("that", "after")
_KEEP_OPEN = frozenset({"one", "half", "like", "yet", "so", "round", "near", "once", "down", "up", "out",
                        "off", "over", "about", "around", "inside", "outside", "above", "below",
                        "before", "after", "since", "but"})

#: nouns whose plural is the singular
_INVARIANT = frozenset("sheep fish deer species series aircraft means offspring headquarters crossroads "
                       "people police cattle personnel data media".split())

_LOCK = threading.Lock()
_TABLE: Table | None = None


def _resource(name: str):
    # here: only a build reads the package's tables, and importlib.resources (with tempfile and
    # random) cost every warm run ~3 ms to import
    from importlib.resources import files

    return files("lemminflect").joinpath("resources", name)


def _build() -> dict[str, tuple[Reading, ...]]:
    readings: dict[str, list[Reading]] = {}

    def add(form: str, tag: str, lemma: str) -> None:
        form = form.lower()
        got = readings.setdefault(form, [])
        if (tag, lemma) not in got:
            got.append((tag, lemma))

    with gzip.open(_resource("infl_lu.csv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            lemma, pos, *forms = line.rstrip("\n").split(",")
            if lemma[:1].isupper():
                # names: NNP, with a plural
                add(lemma, "NNP", lemma)
                continue
            lemma = lemma.lower()
            alt = lambda i: [f for f in forms[i].split("/") if f] if i < len(forms) else []  # noqa: E731
            if pos == "noun":
                add(lemma, "NN", lemma)
                for f in alt(0):
                    # "security/security": a mass noun, no plural reading;
                    # "sheep", "species": both (listed in _INVARIANT)
                    if f.lower() != lemma or lemma in _INVARIANT:
                        add(f, "NNS", lemma)
            elif pos == "verb":
                add(lemma, "VB", lemma)
                add(lemma, "VBP", lemma)
                past = alt(0)
                for f in past:
                    add(f, "VBD", lemma)
                for f in (alt(1) or past):
                    add(f, "VBN", lemma)
                for f in alt(2):
                    add(f, "VBG", lemma)
                for f in alt(3):
                    add(f, "VBZ", lemma)
            elif pos == "adj":
                add(lemma, "JJ", lemma)
                for f in alt(0):
                    add(f, "JJR", lemma)
                for f in alt(1):
                    add(f, "JJS", lemma)
            elif pos == "adv":
                add(lemma, "RB", lemma)
                for f in alt(0):
                    add(f, "RBR", lemma)
                for f in alt(1):
                    add(f, "RBS", lemma)
    # forms the inflection table lacks ("running" as a noun, participles used
    # as adjectives): the lemma table says which class they belong to
    with gzip.open(_resource("lemma_lu.csv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            form, pos, lemmas = line.rstrip("\n").split(",")
            if form[:1].isupper() or pos == "aux":
                continue
            form_l = form.lower()
            for lemma in lemmas.split("/"):
                if pos == "noun":
                    add(form_l, "NN" if lemma == form_l else "NNS", lemma)
                elif pos == "adj":
                    add(form_l, "JJ" if lemma == form_l else "JJR" if form_l.endswith("er") else "JJS"
                        if form_l.endswith("est") else "JJ", lemma)
                elif pos == "adv":
                    add(form_l, "RB", lemma)
                elif pos == "verb" and form_l not in readings:
                    if form_l.endswith("ing"):
                        add(form_l, "VBG", lemma)
                    elif form_l.endswith("ed"):
                        add(form_l, "VBD", lemma)
                        add(form_l, "VBN", lemma)
    _add_hunspell_nouns(readings, add)
    table: dict[str, tuple[Reading, ...]] = {}
    for w, r in readings.items():
        # a name reading from a capitalised lemma ("Young", "Many", "Rose")
        # only where the word has no other: names in running text are
        # recognised by their capital (``Tagged.readings``)
        plain = [x for x in r if x[0] != "NNP"]
        if not plain and w.endswith(("ese", "ian", "an", "ish", "ic", "ean")):
            plain = [("JJ", w), ("NNP", w)]  # Chinese, Asian, British: adjectives first
        table[w] = tuple(plain or r)
    for word, closed in CLOSED.items():
        extra = tuple(r for r in table.get(word, ()) if word in _KEEP_OPEN and r not in closed)
        table[word] = closed + extra
    return table


def _sources() -> tuple[str, ...]:
    """What the table is built from: this module's code, lemminflect's two
    tables and Hunspell's word list (a new package version replaces them)."""
    return (
        cache.source_key(__file__),
        cache.file_key(cache.package_file("lemminflect", "resources", "infl_lu.csv.gz") or "none"),
        cache.file_key(cache.package_file("lemminflect", "resources", "lemma_lu.csv.gz") or "none"),
        cache.file_key(cache.package_file("hunspell", "dictionaries", "en_US.dic") or "none"),
    )


#: separates the tags and lemmas of a word's readings in the stored table
_SEP = "\x1f"
#: each tag name once (decoded readings share them)
_NAMES: dict[str, str] = {}


class Table:
    """The table: a lower-case word -> its readings (``get``), decoded from
    the stored form when first asked for. A word's readings are stored as one
    string (tag, lemma, tag, lemma...) in a map read in place
    (``lexicon.packed``): a check asks about a few hundred of its 82,829
    words, and making them all Python objects cost a one-file check 0.02 s."""

    __slots__ = ("_stored", "_decoded")

    def __init__(self, stored: packed.Packed) -> None:
        self._stored = stored
        self._decoded: dict[str, tuple[Reading, ...]] = {}

    def get(self, word: str, default: tuple[Reading, ...] | None = None) -> tuple[Reading, ...] | None:
        got = self._decoded.get(word)
        if got is None:
            raw = self._stored.raw(word)
            if raw is None:
                return default
            parts = raw.decode("utf-8", "surrogatepass").split(_SEP)
            # one string per tag name, and the word itself as its own lemma:
            # decoding made two new strings per reading, kept per process
            tags = parts[::2]
            got = self._decoded[word] = tuple(zip(map(_NAMES.setdefault, tags, tags),
                                                  [word if lemma == word else lemma for lemma in parts[1::2]]))
        return got

    def __getitem__(self, word: str) -> tuple[Reading, ...]:
        got = self.get(word)
        if got is None:
            raise KeyError(word)
        return got

    def __contains__(self, word: object) -> bool:
        return word in self._stored

    def __len__(self) -> int:
        return len(self._stored)

    def __iter__(self) -> Iterator[str]:
        return (w for w, _ in self._stored.entries())

    def items(self) -> Iterator[tuple[str, tuple[Reading, ...]]]:
        for w in self:
            yield w, self[w]


def _build_packed() -> bytes:
    table = _build()
    # the groups come from the same build: a first run builds once for both files
    cache.stored("taggroups", _sources(), lambda: _groups_of(table))
    return packed.pack((w, _SEP.join(x for reading in r for x in reading).encode("utf-8", "surrogatepass"))
                       for w, r in table.items())


def _groups_of(table: dict[str, tuple[Reading, ...]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    groups: dict[frozenset[str], list[str]] = {}
    for w, r in table.items():
        groups.setdefault(frozenset(t for t, _ in r), []).append(w)
    return tuple((tuple(sorted(tags)), "\n".join(words)) for tags, words in groups.items())


def _load() -> Table:
    """The table, from the user's cache (``tqcheck.cache``), built the first
    time: building it from lemminflect's tables takes about a second."""
    parts = (packed.LAYOUT, cache.source_key(packed.__file__), *_sources())
    return Table(packed.Packed(cache.mapped("tagtable", parts, _build_packed, packed.valid)))


def _groups() -> tuple[tuple[frozenset[str], str], ...]:
    """The table's words grouped by their set of tags (127 sets), each group
    one string of lines, so ``words_where`` tests sets, not words, and splits
    only the groups that pass."""
    global _GROUPS
    if _GROUPS is None:
        with _LOCK:
            if _GROUPS is None:
                _GROUPS = tuple((frozenset(tags), words)
                                for tags, words in cache.stored("taggroups", _sources(), lambda: _groups_of(_build())))
    return _GROUPS


def _plural(noun: str) -> str:
    """Hunspell's ``S`` suffix rule of the en_US affix file."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "h")):
        return noun + "es"
    return noun + "s"


def _add_hunspell_nouns(readings, add) -> None:
    """Nouns lemminflect's tables lack (``bar``, ``bars``), from the affix
    classes of the Hunspell en_US dictionary that chunspell ships: a
    lower-case entry with the possessive flag ``M`` is a noun, and with
    ``S`` as well it has a regular plural."""
    try:
        import hunspell

        dic = Path(hunspell.__file__).parent / "dictionaries" / "en_US.dic"
        lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    except Exception:  # no dictionary: the lemminflect tables alone
        return
    for line in lines:
        word, _, flags = line.partition("/")
        if "M" not in flags or not word.isalpha() or not word.islower():
            continue
        got = readings.get(word)
        if got is None or not any(t in ("NN", "NNS") for t, _ in got):
            add(word, "NN", word)
        if "S" in flags:
            plural = _plural(word)
            got = readings.get(plural)
            if got is None or not any(t == "NNS" for t, _ in got):
                add(plural, "NNS", word)


def table() -> Table:
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                _TABLE = _load()
                loaded()
    return _TABLE


def guess(word: str) -> tuple[Reading, ...]:
    """Readings of a word no table holds, from its shape."""
    if not word:
        return (("SYM", word),)
    if word[0].isdigit():
        return (("CD", word),)
    low = word.lower()
    if word[0].isupper():
        return (("NNP", word),)
    if "-" in low:
        head = low.rsplit("-", 1)[1]
        got = table().get(head)
        if got:
            # "well-known" JJ, "long-term" JJ/NN, "co-operates" VBZ: the last part decides
            return tuple((t, low.rsplit("-", 1)[0] + "-" + lemma) for t, lemma in got if t not in ("IN", "DT", "CC"))\
                + (("JJ", low),)
        return (("JJ", low), ("NN", low))
    if low.endswith("ly"):
        return (("RB", low),)
    if low.endswith("ing"):
        return (("VBG", low[:-3]), ("NN", low))
    if low.endswith("ed"):
        return (("VBD", low[:-2]), ("VBN", low[:-2]), ("JJ", low))
    if low.endswith("s") and not low.endswith("ss"):
        return (("NNS", low[:-1]), ("VBZ", low[:-1]))
    return (("NN", low), ("JJ", low))


def readings(word: str) -> tuple[Reading, ...]:
    """All readings of a word (any case; ``’`` read as ``'``)."""
    low = word.lower().replace("’", "'")
    got = table().get(low)
    if got is None:
        if low.endswith("'s") and len(low) > 2:
            # a possessive is tagged as its noun: "China's", "the city's"
            base = readings(word[:-2])
            nouns = tuple(("NN" if t == "NNS" else t, lemma) for t, lemma in base if t in ("NN", "NNS", "NNP"))
            return nouns or (("NNP" if word[:1].isupper() else "NN", low[:-2]),)
        return guess(word)
    return got



_SETS: dict[tuple, frozenset[str]] = {}
_GROUPS: tuple[tuple[frozenset[str], str], ...] | None = None
#: each group's words, split once (by group number): the sets share their
#: strings, where splitting a group for each set that takes it made 150,000
#: strings of 69,000 words (8 MB)
_SPLIT: dict[int, list[str]] = {}


def _words_of(k: int, words: str) -> list[str]:
    got = _SPLIT.get(k)
    if got is None:
        got = _SPLIT.setdefault(k, words.split("\n"))
    return got


def _grown(n: int) -> int:
    """The hash table of a set grown to ``n`` items one at a time: CPython
    resizes it when three fifths full, to the power of two above four times
    its items (twice past 50,000). A set made from a dict is sized once, to
    the power of two above twice its items: a quarter to a half as large
    for 20,000 to 33,000 words (1 MB instead of 2 for each such set)."""
    size = 8
    while True:
        at = -(-3 * (size - 1) // 5)  # the number of items whose adding resizes it
        if n < at:
            return size
        grow = 2 * at if at > 50000 else 4 * at
        size = 8
        while size <= grow:
            size <<= 1


def words_where(name: str, test) -> frozenset[str]:
    """The lexicon's words whose set of tags passes ``test`` (kept under
    ``name``): rules use such sets to skip, by one set lookup, places where
    their pattern cannot match. ``test`` is asked once per distinct set of
    tags, not once per word."""
    got = _SETS.get((name,))
    if got is None:
        parts = [_words_of(k, words) for k, (tags, words) in enumerate(_groups()) if test(tags)]
        n = sum(map(len, parts))  # a word is in one group only
        once = 8
        while once <= 2 * n:
            once <<= 1
        # the same set either way; made through a dict where that gives a smaller table
        got = _SETS[(name,)] = frozenset(dict.fromkeys(chain.from_iterable(parts))) if once < _grown(n) \
            else frozenset().union(*parts)
    return got
