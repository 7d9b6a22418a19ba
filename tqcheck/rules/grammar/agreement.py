"""Subject–verb agreement after a personal pronoun: ``they was``, ``he have``,
``she go``, ``they goes``.

Only the pronoun and the verb right after it are read, and only where the
pronoun must be the subject: after a modal, ``do``, ``to``, ``let``,
``make``, ``help`` or a mandative ``that`` (``insisted that he resign``) the
bare form is correct and the rule says nothing. ``you`` is judged only at
the start of a clause, since ``seeing you makes`` is fine.
"""

from __future__ import annotations

from ...lexicon.verbs import THIRD_TO_BASE, VERBS
from ...rule import Finding, bad, custom, good, match_case
from ...rule.kinds import cut_off
from ...text import index_words
from ._context import AUX_PLURAL, CATEGORY, EN, MODALS, SUBJECT_PRONOUNS, norm, previous

_SINGULAR = ("he", "she", "it")
_PLURAL = ("they", "we", "you", "i")
#: indefinite pronouns take a singular verb: "somebody enters", "everyone doesn't"
_INDEFINITE = ("somebody", "someone", "everybody", "everyone", "nobody", "anybody", "anyone")
index_words((*_SINGULAR, *_PLURAL, *_INDEFINITE))
#: verb after a singular pronoun -> correction
_SINGULAR_WRONG = {"are": "is", "have": "has", "do": "does", "don't": "doesn't",
                   "aren't": "isn't", "haven't": "hasn't"}
_I_WRONG = {"is": "am", "are": "am", "has": "have", "does": "do", "doesn't": "don't",
            "isn't": "am not", "hasn't": "haven't", "were": "was", "weren't": "wasn't"}
#: after these the bare verb is right: "did he go", "let it be", "insisted that she resign"
_BARE_OK_AFTER = MODALS | frozenset(
    "do does did don't doesn't didn't to that lest let lets let's make makes made making help helps helped "
    "helping see sees saw seeing watch watched hear heard have has had having would rather "
    # mandative verbs take a bare subjunctive, with or without "that"
    "suggest suggests suggested suggesting recommend recommends recommended recommending insist "
    "insists insisted insisting demand demands demanded demanding propose proposes proposed "
    "proposing request requests requested require requires required urge urges urged ask asks "
    "asked order ordered advise advised prefer preferred "
    # perception verbs take a bare infinitive: "noticed someone enter"
    "notice notices noticed feel feels felt watches watching observe observed overheard spot spotted".split()
)
_PREPOSITIONS = frozenset("of with in on by from into through under over about at for within without "
                          "across during despite against among around toward towards upon like than as "
                          "before after behind beyond near".split())
_ADVERBS = frozenset("usually always often never also still rarely sometimes just really only even "
                     "already generally certainly probably actually seldom frequently".split())
#: "if it were", "as it were", "I wish she were": the subjunctive is right
_WERE_OK_AFTER = frozenset("if as though wish wished suppose supposing imagine only even were".split())
_CLAUSE_START = frozenset(
    "and but or so because if when that what where as while unless since although though then "
    "whether once before after until why how".split()
)
_SAME_AS_PAST = frozenset("cut put hit read set let quit cost spread shut hurt bet bid cast burst "
                          "broadcast forecast split thrust upset beat".split())
_BASES = frozenset(b for b in VERBS if b not in ("be", "have", "do") and b not in _SAME_AS_PAST)


def _subject_position(doc, pron) -> bool:
    """Can the pronoun at word ``pron`` be the subject of what follows?"""
    prev, between = previous(doc, pron.start)
    low = norm(pron.text)
    if low == "i":
        if pron.text != "I":
            return False  # a lower-case "i" is another rule's business
        if prev is not None and between.strip() == "":
            w = doc.word_before(pron.start)
            if w.text[:1].isupper() and not w.text.isupper():
                return False  # "World War I", "Phase I": a numeral
    if low == "you" and prev is not None and between.strip() == "" and prev not in _CLAUSE_START:
        return False
    if low in ("it", "you") and prev in _PREPOSITIONS and between.strip() == "":
        return False  # "doubts about it have": an object
    return True


def _next(doc, i, adverb: bool = False, skip=frozenset()):
    """The word after word ``i`` across one space (and past one frequency
    adverb when ``adverb``: "they usually is"; past one word of ``skip``
    first: "someone else walk", "they all means")."""
    texts = doc.word_texts
    if i + 1 >= len(texts):
        return None
    if doc.text[doc.word_ends[i]:doc.word_starts[i + 1]] not in (" ", "\u00a0"):
        return None
    text = texts[i + 1]
    if text in skip:
        return _next(doc, i + 1, adverb)
    if adverb and text in _ADVERBS:
        return _next(doc, i + 1)
    return doc.words[i + 1]


_ELSE = frozenset({"else"})
#: "they all means", "we both likes": a floating quantifier between subject and verb
_QUANTIFIERS = frozenset({"all", "both"})


def _object_position(prev, between) -> bool:
    """After a preposition or a verb that takes a bare infinitive an
    indefinite pronoun is an object: "without anyone know", "let everyone see"."""
    return prev is not None and between.strip() == "" and (prev in _PREPOSITIONS or prev in _BARE_OK_AFTER)


def _paired(doc, pron) -> bool:
    """``he or she``, ``my wife and I``, ``Lena and he``: a coordinated
    subject, leave it. After ``and`` a he/she/it/we/they more often opens
    a new clause (``..., and he have``), so only a pronoun or a name
    before the ``and`` makes it a pair."""
    prev, between = previous(doc, pron.start)
    if prev not in ("or", "and", "nor") or between.strip():
        return False
    if norm(pron.text) in ("i", "you"):
        return True
    conj = doc.word_before(pron.start)
    before = doc.word_before(conj.start)
    if before is None or doc.text[before.end:conj.start].strip():
        return False
    return norm(before.text) in SUBJECT_PRONOUNS | {"me", "him", "her", "us", "them"} or before.text[:1].isupper()


def _be_have_do(unit, options):
    doc = unit.target
    for key in (*_SINGULAR, *_PLURAL, *_INDEFINITE):
        table = AUX_PLURAL if key in _PLURAL and key != "i" else _I_WRONG if key == "i" else _SINGULAR_WRONG
        for i in doc.word_positions(key):
            pron = doc.words[i]
            verb = _next(doc, i, adverb=True, skip=_ELSE if key in _INDEFINITE else _QUANTIFIERS)
            if verb is None:
                continue
            fix = table.get(norm(verb.text))
            if fix is None and (verb.text != "were" or key not in _SINGULAR):
                continue  # most places: the verb agrees, or is no form of be, have or do
            prev, between = previous(doc, pron.start)
            if fix is None and key in _SINGULAR and verb.text == "were" and (
                    prev is None or between.strip() or prev in ("and", "but", "because", "so", "when", "while")):
                fix = "was"
            if fix is None or not _subject_position(doc, pron) or _paired(doc, pron):
                continue
            if prev in ("as", "than") and between.strip() == "":
                continue  # "you as well as he are", "taller than he is"
            if key in _INDEFINITE and _object_position(prev, between):
                continue  # "let everyone have", "without anyone do": an object
            if key not in _PLURAL and norm(verb.text) in ("have", "do", "don't", "haven't") and prev in _BARE_OK_AFTER:
                continue  # "does he have", "let it do"
            if prev in ("are", "were", "was", "is", "have", "has", "had", "do", "does", "did") and between.strip() == "":
                continue  # a question: "was it are..." is too odd to judge
            if verb.text[0].isupper():
                continue
            if "’" in verb.text:
                fix = fix.replace("'", "’")
            yield Finding(verb.start, verb.end, args={"subject": pron.text}, suggestions=(fix,))


BE_HAVE_DO = custom(
    "grammar.agreement.be-have-do",
    _be_have_do,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{subject} {found}” does not agree; use “{subject} {fix}”.",
    description="A form of be, have or do that does not agree with the pronoun before it "
    "(they was, he have, I is, she don't).",
    examples=[
        bad("They ⟦was⟧ worried about supply chains.", "were"),
        bad("At the party nobody ⟦don't⟧ dance.", "doesn't"),
        bad("Everyone ⟦have⟧ a plan.", "has"),
        bad("He ⟦have⟧ asked the EU to stay.", "has"),
        bad("She ⟦don't⟧ trust the tariffs.", "doesn't"),
        bad("We ⟦is⟧ reliable partners.", "are"),
        bad("I ⟦is⟧ here.", "am"),
        bad("It ⟦are⟧ a reliable partner.", "is"),
        bad("They usually ⟦is⟧ late.", "are"),
        bad("He ⟦were⟧ too old for that.", "was"),
        bad("They were worried and he ⟦have⟧ doubts.", "has"),
        good("They were worried; he has asked; she doesn't; we are partners."),
        good("Does he have a plan? Let it do its work. Nor does she have one."),
        good("If it were up to him, he would go. As it were, I was there."),
        good("In World War I is where it began; Phase I has ended."),
        good("Seeing you was great; whether he or she have the final word."),
        good("Vice Premier He Lifeng met them. If he were there, as it were, I wish she were."),
        good("All my doubts about it have gone; you as well as he are welcome; Lena and I are here."),
        good("My wife and I are here; Li and he are friends; he or she have to decide."),
    ],
    triggers=(*_SINGULAR, *_PLURAL, *_INDEFINITE),  # finds nothing without one of these words
)


def _index_of(doc, word, i):
    """Index of ``word``, a few words after word ``i``."""
    for j in range(i + 1, min(i + 5, len(doc.words))):
        if doc.words[j].start == word.start:
            return j
    return i + 1


def _third_person(unit, options):
    doc = unit.target
    for key in (*_SINGULAR, *_INDEFINITE):
        for i in doc.word_positions(key):
            pron = doc.words[i]
            verb = _next(doc, i, adverb=True, skip=_ELSE if key in _INDEFINITE else frozenset())
            if verb is None or verb.text not in _BASES:
                continue
            if verb.text in ("like", "live") and (key != "he" and key != "she" or verb.start > pron.end + 1):
                continue  # "someone like them", "do it like this", "it just like ...": a preposition or adverb
            prev, between = previous(doc, pron.start)
            if prev in _BARE_OK_AFTER or prev in ("are", "were", "was", "is"):
                continue
            if key in _INDEFINITE and _object_position(prev, between):
                continue
            if _paired(doc, pron):
                continue
            after = _next(doc, _index_of(doc, verb, i))
            if verb.text in ("need", "dare") and after is not None and norm(after.text) in ("not", "only", "never"):
                continue  # "he need not worry": modal need
            if cut_off(doc.text, verb.start, verb.end):
                continue
            fix = VERBS[verb.text].third
            yield Finding(verb.start, verb.end, args={"subject": pron.text}, suggestions=(fix,))


THIRD_PERSON = custom(
    "grammar.agreement.third-person",
    _third_person,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “{subject}” the verb takes -s: “{fix}”.",
    description="A bare verb after he, she or it (she want, it seem), except after modals, "
    "do, to, let/make/help and the mandative that (insisted that he resign).",
    examples=[
        bad("She ⟦want⟧ closer ties with Asia.", "wants"),
        bad("The EU says it ⟦remain⟧ a reliable partner.", "remains"),
        bad("He ⟦go⟧ to Beijing on Thursday.", "goes"),
        bad("Somebody ⟦enter⟧ the building.", "enters"),
        bad("Everyone else ⟦want⟧ a deal.", "wants"),
        bad("He always ⟦walk⟧ to work.", "walks"),
        good("Let everyone know; without anyone noticing; they saw someone enter; for anyone interested."),
        good("Have someone tend the garden; help everybody understand; make everyone feel welcome."),
        good("Let's everyone take a seat."),
        good("She wants ties; it remains; he goes; did he go? Let it go."),
        good("They insisted that he resign and asked that she attend."),
        good("Should he or she decide to leave, it will help it grow."),
        good("He need not worry; she cut the budget; it cost more; he read it."),
        good("She recommended he walk; I suggested she consider it; insisting she return it."),
        good("This does give her the satisfaction she desires and she continue..."),
        good("Find someone like them; put money into it like crazy; showed it live; it just like magic."),
    ],
    triggers=(*_SINGULAR, *_INDEFINITE),  # finds nothing without one of these words
)


def _plural(unit, options):
    doc = unit.target
    for key in _PLURAL:
        for i in doc.word_positions(key):
            pron = doc.words[i]
            verb = _next(doc, i, adverb=True, skip=_QUANTIFIERS)
            if verb is None:
                continue
            base = THIRD_TO_BASE.get(verb.text)
            if base is None or base in ("be", "have", "do") or verb.text in ("does", "has", "is"):
                continue
            if not _subject_position(doc, pron) or _paired(doc, pron):
                continue
            prev, between = previous(doc, pron.start)
            if prev in ("are", "were", "was", "is", "do", "did", "does") and between.strip() == "":
                continue
            yield Finding(verb.start, verb.end, args={"subject": pron.text}, suggestions=(base,))


PLURAL = custom(
    "grammar.agreement.plural-subject",
    _plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “{subject}” use “{fix}”, without -s.",
    description="A verb with -s after I, we, they or a clause-initial you (they wants, we goes).",
    examples=[
        bad("They ⟦wants⟧ to be good partners.", "want"),
        bad("We ⟦remains⟧ worried about tariffs.", "remain"),
        bad("Kallas said I ⟦believes⟧ them.", "believe"),
        bad("They always ⟦works⟧ here.", "work"),
        bad("They all ⟦means⟧ the same.", "mean"),
        good("They want to be partners; we remain worried; I believe them."),
        good("Seeing you makes me glad; thank you helps; in World War I seems odd."),
        good("Title I funds and Phase I results"),
    ],
    triggers=_PLURAL,  # finds nothing without one of these words
)

#: auxiliary opening a question -> (pronouns it does not fit, correction per pronoun)
_INVERTED = {
    "is": ({"i": "am", "you": "are", "we": "are", "they": "are"}),
    "isn't": ({"you": "aren't", "we": "aren't", "they": "aren't"}),
    "has": ({"i": "have", "you": "have", "we": "have", "they": "have"}),
    "hasn't": ({"i": "haven't", "you": "haven't", "we": "haven't", "they": "haven't"}),
    "does": ({"i": "do", "you": "do", "we": "do", "they": "do"}),
    "doesn't": ({"i": "don't", "you": "don't", "we": "don't", "they": "don't"}),
    "have": ({"he": "has", "she": "has"}),
    "haven't": ({"he": "hasn't", "she": "hasn't"}),
    "do": ({"he": "does", "she": "does"}),
    "don't": ({"he": "doesn't", "she": "doesn't"}),
    "are": ({"i": "am", "he": "is", "she": "is"}),
    "aren't": ({"he": "isn't", "she": "isn't"}),
}
index_words(_INVERTED)
_WH = frozenset("what why where when how who which".split())


def _question(unit, options):
    doc = unit.target
    keys = doc.word_keys
    last = len(keys) - 1
    for key, table in _INVERTED.items():
        for i in doc.word_positions(key):
            if i == last or keys[i + 1] not in table:
                continue  # the common case, "is the", "has been": no word lookups
            aux = doc.words[i]
            pron = _next(doc, i)
            if pron is None:
                continue
            # after the auxiliary a pronoun is lower case; "Have He Lifeng's" is a name
            fix = table.get("i" if pron.text == "I" else pron.text if pron.text.islower() else "")
            if fix is None:
                continue
            prev, between = previous(doc, aux.start)
            if not (_starts(doc, aux.start) or (prev in _WH and between == " ")):
                continue  # "the problem is you", "what they have he wants": not a question
            after = _next(doc, _index_of(doc, pron, i))
            if after is None and pron.text.lower() != "i":
                continue
            yield Finding(aux.start, aux.end, args={"subject": pron.text},
                          suggestions=(match_case(fix.replace("'", "’") if "’" in aux.text else fix, aux.text),))


def _starts(doc, pos) -> bool:
    prev, between = previous(doc, pos)
    return prev is None or any(c in between for c in ".!?:\n\"“")


QUESTION = custom(
    "grammar.agreement.question",
    _question,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found} {subject}” does not agree; use “{fix}”.",
    description="A question whose auxiliary does not agree with the pronoun after it (Is you "
    "sure? Have she left? What has they done?).",
    examples=[
        bad("⟦Have⟧ she bought a ticket?", "Has"),
        bad("When ⟦have⟧ he arrived?", "has"),
        bad("⟦Is⟧ you crazy?", "Are"),
        bad("What ⟦has⟧ they done?", "have"),
        bad("Why ⟦does⟧ they insist?", "do"),
        bad("⟦Do⟧ he know?", "Does"),
        good("Has she bought a ticket? What have they done? Why do they insist? Does he know?"),
        good("The problem is you. What they have he wants. Were he to resign, they would go."),
        good("Leaders who have He Lifeng's trust met. Do it now. Have it removed. Is it true?"),
        good("Am I right? Are you sure? Was I wrong? All we have is time."),
    ],
    triggers=_INVERTED,  # finds nothing without one of these words
)

RULES = (BE_HAVE_DO, PLURAL, QUESTION, THIRD_PERSON)
