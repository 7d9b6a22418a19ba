"""Words in a slot their part of speech cannot fill, read off the tagged
token layer.

``too-to``: a function word followed by a word class it never takes, where its
one-letter neighbour takes that class all the time: ``expanded too all the
new locations``, ``increases too 1000's of Hertz``, ``I would like her too
do it``. The degree adverb ``too`` modifies an adjective or an adverb
(``too many``, ``too late``); before a determiner, a possessive, a number or
a bare verb the writer meant ``to``.

The class is read off the tagged token layer: the next word is tagged
as one of those classes in context and has no reading that ``too`` can
grade (an adjective or an adverb: ``too close``; the quantities ``many``,
``much``, ``few``, ``more`` stay out), with only a
space between the two (``me too, the others``; ``too: all``). Left alone:
``there too this evening`` (``this``/``that``/``these`` before a time word:
``too`` closes the clause), a decade (``too 1990's for me``) and ``me
too``/``you too`` before a capital (a new sentence missing its stop).

``adverb``: between a form of ``be`` (or an auxiliary and ``not``) and an
adjective or a participle stands an adverb (``were very happy``, ``is not
yet decided``). A word there that can only be a noun or a bare verb, one
letter from an adverb at least ten times as frequent (the frequency list
bundled for the spelling check), is that adverb mistyped: ``were vary
happy``, ``it's event impossible``, ``is not jet decided``. The adverb must
have no noun reading, and the word after must be only an adjective or only
a participle: noun-adjective compounds (``cost effective``, ``ice cold``,
``world famous``) have neighbours that are no adverbs, or words that are
adjectives too. On 93,000 segments of WMT references and system outputs
(newstest2021, generaltest2022, newstest2020) it never fires.
"""

from __future__ import annotations

from ...lexicon import dictionary
from ...lexicon import tags as lex
from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN, SUBJECT_PRONOUNS
from .confusables import _TOO_AFTER

index_words(["too"])
#: classes "too" never comes before: determiners, possessives, numbers, bare verbs
_CLASSES = frozenset({"DT", "PDT", "PRP$", "CD", "VB", "VBP"})
_VERBS = frozenset({"VB", "VBP"})
#: what "too" grades: a word with any such reading is left alone ("too one-sided", "too close")
_GRADABLE = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})
#: determiners that are quantities too: "too many", "too much", "too few"
_QUANTITIES = frozenset("many much few little more less enough several".split())
_DEICTIC = frozenset("this that these those".split())
_TIME = frozenset("morning afternoon evening night week weekend month year time season summer winter spring "
                  "autumn fall day weeks months years".split())


def _decade(word: str) -> bool:
    """``1990's``, ``1960s``: a decade, which "too" may grade ("too 1990's")."""
    digits = word.rstrip("s").rstrip("'’")
    return len(digits) == 4 and digits.isdigit() and digits[:2] in ("18", "19", "20") and digits[3] == "0"


def _check(unit, options):
    doc = unit.target
    at = doc.word_positions("too")
    if not at:
        return
    keys, texts = doc.word_keys, doc.word_texts
    n = len(keys)
    tg = doc.tagged
    for j in at:
        w = j + 1
        if w >= n or not tg.joined(w) or keys[w] in _QUANTITIES:
            continue
        nxt = keys[w]
        if nxt[:1].isdigit():
            if _decade(nxt):
                continue
        elif tg.tags(w) & _GRADABLE or tg.tag(w) not in _CLASSES:
            continue
        if nxt in _DEICTIC and w + 1 < n and keys[w + 1] in _TIME:
            continue  # "he was there too this evening"
        if texts[w][:1].isupper() and not texts[j][:1].isupper():
            continue  # "me too The others": a lost full stop
        if j > 0 and tg.tag(w) in _VERBS and (keys[j - 1] in SUBJECT_PRONOUNS or keys[j - 1] in _TOO_AFTER):
            # "I too have a son": too is "also" and the verb is the subject's; "want too go" is
            # grammar.confusables.to-too's
            continue
        fix = "To" if texts[j][:1].isupper() else "to"
        yield Finding(doc.word_starts[j], doc.word_ends[j], suggestions=(fix,))


TOO_TO = custom(
    "grammar.slots.too-to",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” before a determiner, a number or a verb: did you mean “{fix}”?",
    description="The degree adverb too before a word it cannot grade: a determiner, a possessive, a number or a "
    "bare verb (expanded too all the new locations, increases too 1000's of Hertz, like her too do it) -> to.",
    examples=[
        bad("The company expanded from there ⟦too⟧ all the proposed new locations.", "to"),
        bad("The frequency quickly increases ⟦too⟧ 1000's of Hertz.", "to"),
        bad("We are expanding ⟦too⟧ ten new locations.", "to"),
        bad("I would like her ⟦too⟧ do it now.", "to"),
        bad("He gave the book ⟦too⟧ his brother.", "to"),
        good("They get too many warnings; too much money; too few seats; it is too late."),
        good("Oddly enough, Jake was there too this evening. It's too 1990's for me."),
        good("Me too, the others said. It costs too little. She came too. I too have a son. We too go there."),
        good("The company is expanding to dozens of new locations; he was too ill; far too long."),
    ],
)

_BE = frozenset("is are was were be been being am it's that's he's she's there's isn't wasn't aren't weren't "
                "hasn't haven't hadn't".split())
_AUX = frozenset("is are was were be been has have had can could will would shall should may might must "
                 "does did do".split())
_SLOT_WORD = frozenset({"NN", "NNS", "VB", "VBP"})
_ADJECTIVE = frozenset({"JJ", "JJR", "JJS"})
_PARTICIPLE = frozenset({"VBN", "VBD", "JJ"})
_NOUNS = frozenset({"NN", "NNS"})
#: the adverb must be this many times as frequent as the word (and never rarer than the floor)
_RATIO = 10
_FLOOR = 1000
index_words(_BE | {"not"})


def _adverb_for(word: str) -> str | None:
    """The most frequent one-letter neighbour of ``word`` that is an adverb
    and never a noun, ``_RATIO`` times as frequent."""
    freq = dictionary.frequencies()
    floor = max(freq.get(word, 0) * _RATIO, _FLOOR)
    best, top = None, 0
    for c in set(dictionary._edits1(word)):
        f = freq.get(c, 0)
        if c == word or f < floor or f <= top:
            continue
        tags = {t for t, _ in lex.readings(c)}
        if "RB" in tags and not tags & _NOUNS:
            best, top = c, f
    return best


def _adverb(unit, options):
    doc = unit.target
    present = doc.keys_present(_BE | {"not"})
    if not present:
        return
    keys, texts = doc.word_keys, doc.word_texts
    n = len(keys)
    tg = None
    for key in present:
        for j in doc.word_positions(key):
            i = j + 1
            if i + 1 >= n or (key == "not" and (j == 0 or keys[j - 1] not in _AUX)):
                continue
            text = texts[i]
            if len(text) < 3 or not text.isalpha() or not text.islower():
                continue
            tg = tg or doc.tagged
            if not tg.joined(i) or not tg.joined(i + 1) or not tg.tags(i) <= _SLOT_WORD:
                continue
            after = tg.tags(i + 1)
            if not (after <= _ADJECTIVE or after <= _PARTICIPLE):
                continue
            fix = _adverb_for(keys[i])
            if fix:
                yield Finding(doc.word_starts[i], doc.word_ends[i], suggestions=(fix,))


ADVERB = custom(
    "grammar.slots.adverb",
    _adverb,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” cannot stand before this adjective or participle; did you mean “{fix}”?",
    description="A noun or bare verb between be (or an auxiliary and not) and an adjective or participle, one "
    "letter from a far more frequent adverb (were vary happy -> very, it's event impossible -> even, is not jet "
    "decided -> yet).",
    examples=[
        bad("They were ⟦vary⟧ happy.", "very"),
        bad("Possibly, it's ⟦event⟧ impossible.", "even"),
        bad("That is not ⟦jet⟧ decided.", "yet"),
        good("They were very happy. It's even impossible. That is not yet decided. The file is top secret."),
        good("The plan is cost effective; the brand is world famous; the water was ice cold; it is user friendly."),
        good("Prices vary widely. The event is over. The jet was damaged. It is not jet fuel."),
    ],
)

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november "
                    "december".split())
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
index_words(["in", "at", "on"])


def _day_number(word: str) -> bool:
    """1-31, bare or ordinal (``21``, ``3rd``)."""
    digits = word[:-2] if word.endswith(_ORDINAL_ENDS) else word
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


def _date_preposition(unit, options):
    doc = unit.target
    keys, texts = doc.word_keys, doc.word_texts
    n = len(keys)
    tg = None
    for prep in ("in", "at"):
        for j in doc.word_positions(prep):
            w = j + 1
            if w >= n or not texts[w][:1].isupper():
                continue
            key = keys[w]
            if key in _WEEKDAYS:
                # "in Friday afternoon", but "in Friday night's briefing": the possessive's noun is the object
                if any(k.endswith(("'s", "’s")) for k in keys[w:w + 3]) or texts[w].endswith(("'s", "’s")):
                    continue
            elif key in _MONTHS:
                if w + 1 >= n or not _day_number(keys[w + 1]):
                    continue  # "in January 1900", "in May": a month, rightly "in"
            else:
                continue
            tg = tg or doc.tagged
            if not tg.joined(w) or (key in _MONTHS and not tg.joined(w + 1)):
                continue
            if key in _MONTHS and w + 2 < n and tg.joined(w + 2) and tg.tags(w + 2) & {"NN", "NNS"}:
                continue  # "in May 21 years ago": the number counts the noun after it
            fix = "On" if texts[j][:1].isupper() else "on"
            yield Finding(doc.word_starts[j], doc.word_ends[j], suggestions=(fix,))


DATE = custom(
    "grammar.slots.date-preposition",
    _date_preposition,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A day takes “on”: “{fix}”, not “{found}”.",
    description="in or at before a day of the week or a date with its day (In February 21, at Friday afternoon) "
    "-> on; a month or a year alone keeps in.",
    examples=[
        bad("⟦In⟧ February 21, we ate the poison.", "On"),
        bad("⟦In⟧ Friday afternoon, the President announced the embargo.", "On"),
        bad("The vote took place ⟦at⟧ Monday.", "on"),
        good("Cuba Gooding Jr. was born on January 2, 1968. The following events occurred in January 1900."),
        good("In Friday night's press briefing, police said so. In May the rain came. In March 2020, it closed."),
        good("It opened in May 21 years ago? No: in March, 12 people died."),
    ],
)

RULES = (TOO_TO, ADVERB, DATE)
