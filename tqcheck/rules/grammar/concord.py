"""Subject–verb agreement with a singular noun subject (``The dog eat``, ``My
mother are a doctor``, ``whether your room are big enough``, ``Marketing,
for instance, are bad``), and the subject pronoun after ``between``.

The subject is read off the tagged token layer at a clause opening: the
start of a sentence, or right after ``whether``, ``if``, ``when``, ``where``,
``because``, ``although`` or ``while``. It is a determiner, up to three
modifiers and a singular head noun, optionally followed by one
parenthetical between commas (``My dog, whose name is Joe, eat``); the
next word must be the finite verb. Left alone: collective nouns, which
British English uses with a plural verb (``the government are``),
partitives (``the rest are``), nouns whose plural is the singular
(``sheep``, ``data``), names, and a clause after ``that`` (the subjunctive:
``demand that the minister resign``).
"""

from __future__ import annotations

from array import array

from ...lexicon.tags import words_where
from ...lexicon.verbs import third_person
from ...rule import Finding, bad, custom, good, match_case, tagged
from ...text import index_words
from ._anchored import anchored
from ._context import AUX_PLURAL, CATEGORY, EN, opening_words, sentence_openings

#: words after which a new clause, with its own subject, starts
CLAUSE_OPENERS = ("whether", "if", "when", "where", "because", "although", "though", "while")
index_words(CLAUSE_OPENERS)

_SINGULAR_OPENERS = frozenset("the this that my your his her its our their every each".split())
#: nouns British English uses with a plural verb, and partitives
_COLLECTIVE = frozenset(
    "police staff team government family committee public crew audience majority minority band group council "
    "board company management press jury class couple pair clergy youth faculty side squad panel firm club "
    "party union army navy ministry cabinet opposition parliament congress senate leadership rest remainder "
    "bulk lot number total half percent proportion share".split())
_SAME_PLURAL = frozenset("sheep fish deer species series aircraft means offspring headquarters crossroads people "
                         "police cattle personnel data media salmon trout moose bison swine shrimp squid corps "
                         "chassis barracks".split())
#: nouns whose singular and plural are one form: which is meant is unclear
_INVARIANT = frozenset("sheep fish deer species series aircraft means offspring headquarters crossroads data media "
                       "salmon trout moose bison swine shrimp squid corps chassis barracks".split())
_PLURAL_FORMS = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
                 "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't"}
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "VBN", "VBG", "CD"})
_COORDINATING = frozenset(("and", "or", "nor", "with", "plus", "along", "together", "as", "like", "including"))


def parenthetical(tg, j: int, *, allow_and: bool) -> int | None:
    """If a comma comes before word ``j`` and a second one closes a short
    aside within twelve words (``, for example,``), the index of the word
    after the second comma; else None."""
    doc = tg.doc
    text, starts, ends, keys = doc.text, doc.word_starts, doc.word_ends, doc.word_keys
    if j >= len(keys) or text[ends[j - 1]:starts[j]].strip(" \t\u00a0") != ",":
        return None
    for k in range(j + 1, min(j + 13, len(keys))):
        if not tg.joined(k):
            if text[ends[k - 1]:starts[k]].strip(" \t\u00a0") == ",":
                return k
            return None
        if not allow_and and keys[k] in _COORDINATING:
            return None
    return None


def _openings(doc) -> array:
    """Indices of the words that open a clause: at a sentence opening, or
    right after a subordinating conjunction (kept with the document, as an
    array: a list of ints held 0.7 MB at 4 MB)."""
    def find(d) -> array:
        keys = d.word_keys
        at = set(opening_words(d))
        for word in CLAUSE_OPENERS:
            for i in d.word_positions(word):
                if i + 1 < len(keys):
                    at.add(i + 1)
        return array("q", sorted(at))

    return doc.memo("grammar.clause-openings", find)


def openings(doc) -> array:
    """``_openings``, for the other grammar modules."""
    return _openings(doc)


def clause_starts(doc, openers: frozenset[str]) -> list[int]:
    """Indices of words in ``openers`` that open a clause."""
    keys = doc.word_keys
    return [i for i in _openings(doc) if keys[i] in openers]


_VERBISH: list[frozenset[str]] = []


_SINGULAR_NOUNS: list[frozenset[str]] = []


def _singular_nouns() -> frozenset[str]:
    """Words with a singular noun reading and no plural one (-ing nouns too)."""
    if not _SINGULAR_NOUNS:
        _SINGULAR_NOUNS.append(words_where("NN, no NNS", lambda t: ("NN" in t or "VBG" in t) and "NNS" not in t))
    return _SINGULAR_NOUNS[0]


def _verbish() -> frozenset[str]:
    """Words that can be the plural or bare verb the rule looks for: a set
    lookup rules most openings out before any tag is chosen."""
    if not _VERBISH:
        _VERBISH.append(frozenset(_PLURAL_FORMS) | words_where(
            "VB, maybe VBP/NN/JJ", lambda t: "VB" in t and t <= {"VB", "VBP", "NN", "JJ"}))
    return _VERBISH[0]


def _singular_head(tg, i: int) -> bool:
    doc = tg.doc
    key = doc.word_keys[i]
    tags = tg.tags(i)
    if tg.tag(i) != "NN" or not tags <= {"NN", "VB", "VBP", "JJ", "VBG"} or "NN" not in tags:
        return False
    if key in _COLLECTIVE or key in _SAME_PLURAL or key.endswith(("ics", "'s", "’s")) \
            or (key.endswith("s") and not key.endswith(("ss", "us", "is"))):  # "the surroundings are"
        return False
    return doc.word_texts[i].islower()


def _plural_verb(tg, v: int) -> str | None:
    """The singular form to suggest when word ``v`` is a plural (or base)
    finite verb, else None."""
    keys = tg.doc.word_keys
    key = keys[v]
    if key in _PLURAL_FORMS:
        return _PLURAL_FORMS[key]
    tags = tg.tags(v)
    if "VB" not in tags or not tags <= {"VB", "VBP", "NN", "JJ"} or key in ("be", "let"):
        return None
    if not tags <= {"VB", "VBP"}:
        # "marketing mean a lot": a noun or adjective reading too, so an
        # object or the end of the clause must follow
        n = v + 1
        if n < len(keys) and tg.joined(n):
            if tg.tag(n) not in ("DT", "PRP$", "PRP", "RB", "TO"):
                return None
        elif n < len(keys) and tg.doc.text[tg.doc.word_ends[v]:tg.doc.word_starts[n]].strip()[:1] not in (".", "!",
                                                                                                          "?"):
            return None
    return third_person(tg.lemma(v))


def _singular_subject(unit, options):
    doc = unit.target
    keys = doc.word_keys
    if not keys:
        return
    tg = None
    starts = sorted(set(clause_starts(doc, _SINGULAR_OPENERS)) | set(_bare_gerunds(doc)))
    verbish = _verbish()
    nouns = _singular_nouns()
    n = len(keys)
    for d in starts:
        # cheap first, from the words alone: a verb-like word right after a
        # possible singular noun within five words, or a comma there (an
        # aside, after which the verb may come later)
        if not any(keys[j] in verbish and keys[j - 1] in nouns for j in range(d + 1, min(d + 6, n))) \
                and not doc.comma_before(d + 1, min(d + 5, n - 1)):
            continue
        if tg is None:
            tg = doc.tagged
        if keys[d] in _SINGULAR_OPENERS:
            j = d + 1
            while j < len(keys) and j <= d + 4 and tg.joined(j) and tg.tag(j) in _MODIFIER_TAGS:
                j += 1
            head = j - 1
            if head == d or not _singular_head(tg, head):
                continue
        else:
            head, j = d, d + 1  # "Marketing are bad"
        if j >= len(keys):
            continue
        if not tg.joined(j):
            after = parenthetical(tg, j, allow_and=False)
            if after is None:
                continue
            j = after
        fix = _plural_verb(tg, j)
        if fix is None:
            continue
        found = doc.word_texts[j]
        yield Finding(doc.word_starts[j], doc.word_ends[j], args={"head": doc.word_texts[head]},
                      suggestions=(match_case(fix, found),))


def _bare_gerunds(doc) -> list[int]:
    """Clause-opening -ing nouns with no determiner ("Marketing are bad"),
    followed by a plural verb or a comma."""
    keys, starts, ends, text = doc.word_keys, doc.word_starts, doc.word_ends, doc.text
    n = len(keys)
    return [d for d in _openings(doc) if keys[d].endswith("ing") and d + 1 < n
            and (keys[d + 1] in _PLURAL_FORMS or text[ends[d]:starts[d + 1]].strip() == ",")]


SINGULAR_SUBJECT = custom(
    "grammar.concord.singular-subject",
    _singular_subject,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject “{head}” is singular: use “{fix}”.",
    description="A singular noun subject at the start of a clause with a plural or bare verb (The dog eat; "
    "My mother are a doctor; whether your room are big enough; Marketing, for instance, are bad).",
    examples=[
        bad("The dog ⟦eat⟧.", "eats"),
        bad("My mother ⟦are⟧ a doctor.", "is"),
        bad("She wants to know whether your room ⟦are⟧ big enough.", "is"),
        bad("My dog, whose name is Joe, ⟦eat⟧.", "eats"),
        bad("Marketing, for instance, ⟦are⟧ bad for you.", "is"),
        good("The dog eats; my mother is a doctor; the government are divided; the data are clear."),
        good("The teacher, with her students, is here. The car I drive is old. The rest are here."),
        good("They demand that the minister resign. The price increase was small. The sheep are out."),
        good("The surroundings are nice."),
        good("The cat, the dog and the horse are friends. Running shoes are cheap. The United States are."),
        good("Every day people die. This year prices rise. The more you eat, the more you want."),
    ],
)

_NOMINATIVE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}

def _between_subject(tg, got, unit) -> bool:
    pron, after = got[1], got[0] + 3
    # "between I and II": Roman numerals, not the pronoun
    return tg.doc.word_texts[pron] in ("I", "he", "she", "they", "we") and not (
        after < len(tg) and tg.doc.word_texts[after].isupper())


BETWEEN_PRONOUN = anchored(
    "grammar.concord.between-pronoun",
    "between @he|she|they|we|i and",
    triggers=["between"],
    at=0,
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 1] in _NOMINATIVE
    and doc.word_keys[i + 2] == "and",
    when=_between_subject,
    suggest=lambda tg, got: (match_case(_NOMINATIVE[tg.doc.word_keys[got[1]]], tg.doc.word_texts[got[1]])
                             if tg.doc.word_keys[got[1]] != "i" else "me",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After between use the object form: “{fix}”.",
    description="A subject pronoun after between (tension between he and his roommate).",
    examples=[
        bad("It causes tension between ⟦he⟧ and his roommate.", "him"),
        bad("It causes tension between ⟦I⟧ and Davis.", "me"),
        good("It causes tension between him and his roommate; between me and Davis; between I and II."),
    ],
)



def _question_be(tg, got, unit) -> bool:
    doc = tg.doc
    noun = got[-1]
    if doc.word_starts[got[0]] not in sentence_openings(doc):
        return False
    nxt = noun + 1
    if nxt < len(tg) and (tg.joined(nxt) or doc.text[doc.word_ends[noun]:doc.word_starts[nxt]].strip()[:1] != "?"):
        return False
    if nxt >= len(tg) and not doc.text[doc.word_ends[noun]:].strip().startswith("?"):
        return False
    tags = tg.tags(noun)
    return "NNS" in tags and tags <= {"NNS", "VBZ"} and doc.word_texts[noun].islower() \
        and not doc.word_keys[noun].endswith(("ss", "us", "is", "ics", "news"))


QUESTION_BE = anchored(
    "grammar.concord.question-be",
    "where|what|how|why|when|who @is|was|'s <DT|PRP$> <JJ>? <NNS>",
    triggers=["where", "what", "how", "why", "when", "who"],
    at=0,
    near={1: {"is", "was"}},
    when=_question_be,
    suggest=lambda tg, got: (match_case("are" if tg.doc.word_keys[got[1]] == "is" else "were",
                                        tg.doc.word_texts[got[1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject of this question is plural: “{fix}”.",
    description="A wh-question with is/was and a plural noun subject after it (Where is your dogs?).",
    examples=[
        bad("Where ⟦is⟧ your dogs?", "are"),
        bad("Where ⟦was⟧ the cars?", "were"),
        good("Where are your dogs? Where is your dog? What is the news? Why is the US sanctions bill late?"),
    ],
)



def _relative_plural(tg, got, unit) -> bool:
    doc = tg.doc
    noun = got[0]
    keys = doc.word_keys
    tags = tg.tags(noun)
    if not ("NNS" in tags and tags <= {"NNS", "VBZ"}) or not doc.word_texts[noun].islower() \
            or keys[noun].endswith(("ss", "us", "is", "ics", "news")) or keys[noun] in _INVARIANT:
        return False
    # "one of the few countries that has": singular by attraction, widely accepted
    if any(keys[k] in ("one", "each", "every", "only") for k in range(max(0, noun - 5), noun)):
        return False
    prev = noun - 1
    if prev >= 0 and tg.joined(noun) and (tg.tag(prev) in ("NN", "NNP") or keys[prev] in ("the", "a")
                                          and tg.tag(noun) == "VBZ"):
        return False  # "the sales tax that has", a compound's head is unclear
    return True


RELATIVE_PLURAL = anchored(
    "grammar.concord.relative-plural",
    "<NNS|VBZ> who @has|is|was|does|doesn't|hasn't|isn't|wasn't",
    triggers=["who"],
    at=1,
    pre=lambda doc, i: i > 0 and i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] in AUX_PLURAL,
    when=_relative_plural,
    suggest=lambda tg, got: (match_case(AUX_PLURAL[tg.doc.word_keys[got[-1]]], tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“who” refers to a plural noun here: “{fix}”.",
    description="A relative who after a plural noun with a singular verb (people who has expertise).",
    examples=[
        bad("We are looking for people who ⟦has⟧ expertise in this area.", "have"),
        good("We want people who have expertise; one of the students who has done well; the boss who has."),
        good("He is one of the few leaders who has visited; the news, who is to say."),
    ],
)

def _relative_singular(tg, got, unit) -> bool:
    doc = tg.doc
    noun, verb = got[0], got[-1]
    keys = doc.word_keys
    if not _singular_head(tg, noun):
        return False
    # the noun right after its determiner, and not inside a prepositional
    # phrase: "households with limited mobility who practice" refers further back
    det = noun - 1
    if det < 0 or not tg.joined(noun) or keys[det] not in ("a", "an", "the", "this", "that", "every", "each", "my",
                                                            "your", "his", "her", "our", "their"):
        return False
    if det > 0 and tg.joined(det) and tg.tag(det - 1) == "IN":
        return False
    tags = tg.tags(verb)
    # right after "who" a word that can be a plural present is one
    return keys[verb] in _PLURAL_FORMS or ("VBP" in tags and not tags & {"VBZ", "VBD", "MD", "VBN", "VBG"})


def _singular_fix(tg, got) -> tuple[str, ...]:
    verb = got[-1]
    key = tg.doc.word_keys[verb]
    lemma = _PLURAL_FORMS.get(key) or third_person(next(lemma for t, lemma in tg.readings(verb) if t == "VBP"))
    return (match_case(lemma, tg.doc.word_texts[verb]),)


RELATIVE_SINGULAR = anchored(
    "grammar.concord.relative-singular",
    "<NN> who @<?VBP|VB>",
    triggers=["who"],
    at=1,
    pre=lambda doc, i: i > 0 and i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] in _verbish(),
    when=_relative_singular,
    suggest=_singular_fix,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“who” refers to a singular noun here: “{fix}”.",
    description="A relative who after a singular noun with a plural or bare verb (the woman who live next "
    "door).",
    examples=[
        bad("The woman who ⟦live⟧ next door is nice.", "lives"),
        bad("I know a man who ⟦have⟧ three cars.", "has"),
        good("The women who live next door; the family who live there; the man who lives; the man who can."),
        good("The kind of person who make things; anyone who dares; the man who, they say, wins."),
        good("Poor households with limited mobility who practice farming; people in the village who work."),
    ],
)

_PLURAL_SUBJECTS = ("i", "you", "we", "they")


def _does_plural(tg, got, unit) -> bool:
    verb = got[-1]
    return "VB" in tg.tags(verb) and tg.doc.word_keys[verb] not in ("good", "no", "harm", "well", "justice")


DOES_PLURAL = anchored(
    "grammar.concord.does-plural",
    "@does|doesn't i|you|we|they <?VB>",
    triggers=["does", "doesn't"],
    at=0,
    near={1: frozenset(_PLURAL_SUBJECTS)},
    when=_does_plural,
    suggest=lambda tg, got: (match_case("don't" if tg.doc.word_keys[got[0]] == "doesn't" else "do",
                                        tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="With I, you, we or they use “{fix}”.",
    description="does before I, you, we or they in a question (Does you have your glasses?).",
    examples=[
        bad("But ⟦Does⟧ you have your glasses?", "Do"),
        bad("But ⟦does⟧ I have to go there?", "do"),
        good("Do you have them? It does you good; it does them no harm; does it work?"),
    ],
)

def _who_question(tg, got, unit) -> bool:
    doc = tg.doc
    verb = got[1]
    if doc.word_starts[got[0]] not in sentence_openings(doc):
        return False
    tags = tg.tags(verb)
    text = doc.text
    end = [k for k in (text.find(c, doc.word_ends[verb]) for c in ".?!\n") if k >= 0]
    return bool(end) and text[min(end)] == "?" and tags <= {"VB", "VBP", "NN"} and "VBP" in tags \
        and doc.word_keys[verb] not in ("do", "have", "are", "were", "be", "am")


WHO_QUESTION = tagged(
    "grammar.concord.who-question",
    "who @<?VBP>",
    triggers=["who"],
    pre=lambda doc, i: doc.word_starts[i] in sentence_openings(doc),
    when=_who_question,
    suggest=lambda tg, got: (match_case(third_person(next(lemma for t, lemma in tg.readings(got[1]) if t == "VBP")),
                                        tg.doc.word_texts[got[1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="who as a question subject takes a singular verb: “{fix}”.",
    description="A question opening with who and a plural verb form (Who want to go to the mall?).",
    examples=[
        bad("Who ⟦want⟧ to go to the mall?", "wants"),
        good("Who wants to go? Who do you know? Who are they? Those who want to go, go. Who am I to say?"),
    ],
)

RULES = (BETWEEN_PRONOUN, DOES_PLURAL, WHO_QUESTION, QUESTION_BE, RELATIVE_PLURAL, RELATIVE_SINGULAR, SINGULAR_SUBJECT)
