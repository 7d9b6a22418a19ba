"""Verb forms after modals and ``do``: ``could affected``, ``can goes``,
``will been``, ``didn't went``, ``does he has``.

A modal or a negated ``do`` takes the bare infinitive. The word after it
(and after ``not``/an adverb) is judged only when its form is certain:
third person in -s, an irregular past, or a regular -ed form whose stem is
a word. ``will``, ``might``, ``can``, ``must`` and ``may`` are also nouns
(``the will of the people``, ``military might``, ``a must``); after a
determiner or an adjective the rule reads them as nouns and stays quiet.
"""

from __future__ import annotations

from bisect import bisect_left

from ...lexicon.dictionary import is_word
from ...lexicon.verbs import ED_BASES, PAST_TO_BASE, THIRD_TO_BASE
from ...rule import Finding, bad, custom, good, tagged
from ...text import index_words
from ._context import CATEGORY, DETERMINERS, EN, MODALS, SUBJECT_PRONOUNS, norm, previous

_ADVERBS = frozenset(
    "not also still never only even just already probably certainly really soon further likely "
    "definitely surely always easily hardly actually clearly possibly eventually finally "
    "immediately now therefore ever quickly gradually fully largely partly perhaps truly sometimes "
    "nevertheless nonetheless thus besides afterwards regardless".split()
)
_NOUN_MODALS = frozenset("will might can must may".split())
_NOUN_BEFORE = DETERMINERS | frozenset(
    "political military economic naval industrial financial full all free good ill strong popular "
    "last living own public general collective national people's nation's trash garbage tin beer "
    "soda spray oil paint watering absolute".split()
)
_BE = frozenset("is are am was were been".split())
_OTHER = {"has": "have", "had": "have", "does": "do", "did": "do", "being": "be"}
_DO = ("do", "does", "did", "don't", "doesn't", "didn't")
index_words((*MODALS, *_DO))
_NEGATED_DO = frozenset(("don't", "doesn't", "didn't"))


def _ed_base(word: str) -> str | None:
    if len(word) < 5 or not word.endswith("ed") or word in ED_BASES or word.endswith("eed"):
        return None
    cands = [word[:-1]]
    if word[-3] == word[-4] and word[-3] not in "aeiouls":
        cands.append(word[:-3])
    if word.endswith("ied"):
        cands.append(word[:-3] + "y")
    cands.append(word[:-2])
    for c in cands:
        if len(c) >= 3 and is_word(c):
            return c
    return None


_NOT_THIRD = ("ss", "us", "is", "ics", "ness", "less", "ous", "ways", "wards", "times", "wise")


def _s_base(word: str) -> str | None:
    """``conveys`` -> ``convey``: an -s form whose stem is a word."""
    if len(word) < 5 or not word.endswith("s") or word.endswith(_NOT_THIRD) or word in _ADVERBS:
        return None
    cands = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("es"):
        cands.append(word[:-2])
    cands.append(word[:-1])
    for c in cands:
        if len(c) >= 3 and is_word(c):
            return c
    return None


def base_of(word: str, *, be: bool = True, third: bool = True) -> str | None:
    """The base form that should replace ``word`` after a modal, if sure."""
    low = word.lower()
    if word[:1].isupper() or "-" in word:
        return None
    if low in _BE:
        return "be" if be else None
    if low in _OTHER:
        return _OTHER[low]
    if third and low in THIRD_TO_BASE:
        return THIRD_TO_BASE[low]
    if third:
        stem = _s_base(low)
        if stem:
            return stem
    if low in PAST_TO_BASE:
        return PAST_TO_BASE[low]
    return _ed_base(low)


def _following(doc, i, *, pronoun: bool = False):
    """The verb slot after word ``i``: skip adverbs (and a subject pronoun
    when ``pronoun``); None if punctuation intervenes."""
    # read off the word table: a Word made for each step cost more than the test
    starts, ends, texts = doc.word_starts, doc.word_ends, doc.word_texts
    text = doc.text
    n = len(texts)
    j = i + 1
    seen_pronoun = False
    while j < n:
        if text[ends[j - 1]:starts[j]] not in (" ", "\u00a0"):
            return None, seen_pronoun
        low = norm(texts[j])
        if low in _ADVERBS and j - i <= 3:
            j += 1
            continue
        if pronoun and not seen_pronoun and low in _SUBJECTS and j == i + 1:
            seen_pronoun = True
            j += 1
            continue
        return doc.words[j], seen_pronoun
    return None, seen_pronoun


def _modal_is_noun(doc, w) -> bool:
    low = norm(w.text)
    if low not in _NOUN_MODALS:
        return False
    if w.text == "May" or (w.text == "Will" and not _sentence_initial(doc, w)):
        return True
    prev, between = previous(doc, w.start)
    if prev is None or between.strip():
        return False
    return prev in _NOUN_BEFORE or prev.endswith(("'s", "s'"))


def _sentence_initial(doc, w) -> bool:
    prev, between = previous(doc, w.start)
    return prev is None or any(c in between for c in ".!?:\n\"“")


#: subjects an inverted do can stand before: "did you", "does anybody"
_SUBJECTS = SUBJECT_PRONOUNS | frozenset("somebody someone everybody everyone nobody anybody anyone".split())
#: a question word before "did you ...": "why did you forgot"
_WH = frozenset("why what where when how who which".split())
_CLAUSE_OPENERS = frozenset("and but or nor so if when why how where what which whether".split())
_RELATIVE = frozenset("what whatever all everything something anything nothing which that how "
                      "where when who whom".split())


def _relative(doc, pronoun) -> bool:
    """``what he did``, ``all she does``: the do-form closes a relative clause."""
    prev, between = previous(doc, pronoun.start)
    return prev in _RELATIVE and between.strip() == ""


def _modal_check(unit, options):
    doc = unit.target
    for key in sorted(MODALS):
        for i in doc.word_positions(key):
            verb, _ = _following(doc, i)
            if verb is None or base_of(verb.text) is None:
                # nothing to fix after this modal: base_of finds a form to fix
                # in more words with third=True than without, so this test
                # first rules out what the one below would (most verbs after
                # a modal are base forms) before the modal's place is read
                continue
            w = doc.words[i]
            if _modal_is_noun(doc, w):
                continue
            # "Will prices rise?", "Should costs fall, ...": after a modal that
            # opens a question or a condition an -s word is a plural subject
            prev, between = previous(doc, w.start)
            opens = prev is None or bool(between.strip()) or prev in _CLAUSE_OPENERS
            fix = base_of(verb.text, third=not opens)
            if fix is None:
                continue
            if key == "should" and fix != "be" and _inverted_condition(doc, i, verb):
                continue
            yield Finding(verb.start, verb.end, args={"modal": w.text}, suggestions=(fix,))


#: a word that can be the subject of ``should``: then it is no inversion
_SUBJECT_TAGS = frozenset({"PRP", "NN", "NNS", "NNP", "NNPS", "EX", "DT", "CD", "WP", "WDT"})


def _inverted_condition(doc, modal: int, word) -> bool:
    """``we leave should prices rise``: after a clause that has ended (no
    subject right before ``should``), a plural noun then a bare verb is a
    subject and its verb, a condition put first by inversion."""
    if not word.text.endswith("s") or modal == 0:
        return False
    j = bisect_left(doc.word_starts, word.start) + 1
    if j >= len(doc.words) or doc.text[doc.word_ends[j - 1]:doc.word_starts[j]] != " ":
        return False
    tg = doc.tagged
    return tg.tag(modal - 1) not in _SUBJECT_TAGS and "NNS" in tg.tags(j - 1) and bool(tg.tags(j) & {"VB", "VBP"})


VERB_FORM = custom(
    "grammar.modals.verb-form",
    _modal_check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “{modal}” use the base form “{fix}”.",
    description="A modal (can, could, will, should, must…) followed by a third-person, past "
    "or -ed form instead of the base form (could affected, can goes, will been).",
    examples=[
        bad("Tariffs could ⟦affected⟧ trade in Asia.", "affect"),
        bad("The EU can ⟦goes⟧ further.", "go"),
        bad("The summit will ⟦been⟧ held in Beijing.", "be"),
        bad("They should not ⟦went⟧ there.", "go"),
        bad("It must ⟦has⟧ been hard.", "have"),
        bad("Prices could ⟦stopped⟧ rising.", "stop"),
        bad("He may ⟦conveys⟧ the message.", "convey"),
        good("Tariffs could affect trade; the EU can go further; it will be held."),
        good("The will of the people prevailed; military might grows; it is a must."),
        good("In May prices rose; the political will existed; China's might increased."),
        good("They will need more; it could exceed forecasts; we may proceed."),
        good("Will Smith arrived; a trash can stood there."),
        good("It could sometimes fail; they will nevertheless go; we can always try; it may thus end."),
        good("Will prices rise? Should costs fall, and can plans change, we adapt."),
        good("We will leave should prices rise; what happens should troops pass the river?"),
    ],
    triggers=MODALS,  # finds nothing without one of these words
)


def _do_check(unit, options):
    doc = unit.target
    for key in _DO:
        for i in doc.word_positions(key):
            w = doc.words[i]
            negated = key in _NEGATED_DO
            j = i
            nxt = doc.words[i + 1] if i + 1 < len(doc.words) else None
            if not negated and nxt is not None and norm(nxt.text) == "not" \
                    and doc.text[w.end:nxt.start] == " ":
                negated, j = True, i + 1
            verb, had_pronoun = _following(doc, j, pronoun=True)
            if verb is None:
                continue
            if not negated:
                # affirmative "did" + past is a pseudo-cleft in "what he did shocked
                # everyone"; judge it only in a question (did he went) or right
                # after a subject pronoun (he did went)
                prev, between = previous(doc, w.start)
                subject = doc.word_before(w.start)
                named = subject is not None and subject.text[:1].isupper() and subject.text[1:].islower() \
                    and not _sentence_initial(doc, subject)
                asks = _sentence_initial(doc, w) or (prev in _WH and between == " " and _sentence_initial(
                    doc, doc.word_before(w.start)))
                if not (had_pronoun and asks) and not (
                    (prev in SUBJECT_PRONOUNS or named) and between.strip() == "" and not had_pronoun
                    and not _relative(doc, subject)
                ):
                    continue
            fix = base_of(verb.text, be=False, third=negated or had_pronoun)
            if fix is None or fix == "do":
                continue
            yield Finding(verb.start, verb.end, args={"aux": w.text}, suggestions=(fix,))


DO_FORM = custom(
    "grammar.modals.do-form",
    _do_check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “{aux}” use the base form “{fix}”.",
    description="do/does/did followed by a past or third-person form (didn't went, does not "
    "has, did he said) instead of the base form.",
    examples=[
        bad("The EU didn't ⟦wanted⟧ to separate them.", "want"),
        bad("She does not ⟦has⟧ a plan.", "have"),
        bad("Did he ⟦said⟧ that?", "say"),
        bad("China doesn't ⟦wants⟧ tariffs.", "want"),
        bad("He did ⟦went⟧ to Beijing.", "go"),
        bad("Then Peter did ⟦went⟧ home.", "go"),
        bad("Why did you ⟦forgot⟧ it?", "forget"),
        bad("Does anybody ⟦has⟧ an idea?", "have"),
        good("Ask why did you go; that is what did it; why did they leave?"),
        good("The EU didn't want to separate them; she does not have a plan."),
        good("What he did shocked everyone; all she did was listen; what it does is reduce costs."),
        good("Did he say that? They did research and did damage; it does wonders."),
        good("What Peter did shocked everyone."),
    ],
    triggers=_DO,  # finds nothing without one of these words
)

_BARE_MODALS = frozenset("can could will would shall should may might must".split())
#: a verb reading the word after the second modal must have: "could should do"
_VERBS = frozenset(("VB", "VBP"))


def _second_modal(tg, got, unit) -> bool:
    """``could should do``, ``don't will do``, ``does someone can fix``: a
    modal where one already governs (a modal or a do-form), the verb after
    it bare. Nouns and names are left alone (``the can will``, ``Will
    will``), as are the same word twice (the doubled-word rule) and a do
    that is a main verb closing a clause (``those who did it will pay``)."""
    doc = tg.doc
    first, subject, second, verb = got[0], got[-3], got[-2], got[-1]
    words = doc.words
    if second is None or verb is None or not doc.word_texts[second].islower():
        return False
    if doc.word_keys[first] == doc.word_keys[second] or _modal_is_noun(doc, words[first]):
        return False
    if not tg.tags(verb) & _VERBS:
        return False
    if subject is None and norm(doc.word_texts[first]) in _DO:
        # "what you do can change it", "those who don't can vote": a do that
        # ends a clause; only "I don't will do", a subject pronoun opening its clause, is sure
        prev, between = previous(doc, words[first].start)
        if prev not in SUBJECT_PRONOUNS or between.strip():
            return False
        before, between = previous(doc, words[first - 1].start)
        if not (before is None or between.strip() or before in ("and", "but", "so", "then")):
            return False
    if subject is not None:
        # an inverted do: a question, on its own or after a question word
        prev, between = previous(doc, words[first].start)
        if not (prev is None or between.strip() or prev in _WH - {"who", "which"}):
            return False
        if norm(doc.word_texts[first]) in _NEGATED_DO:
            return False
    return True


SECOND_MODAL = tagged(
    "grammar.modals.double",
    "@can|could|will|would|shall|should|may|might|must|cannot|can't|couldn't|won't|wouldn't|shouldn't|"
    "do|does|did|don't|doesn't|didn't <?PRP|NN|NNP>? @can|could|will|would|shall|should|may|might|must <?VB|VBP>",
    triggers=sorted(_BARE_MODALS | {"cannot", "can't", "couldn't", "won't", "wouldn't", "shouldn't"} | set(_DO)),
    near={(1, 2): _BARE_MODALS},
    when=_second_modal,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: English puts one modal (or do) before a verb, not two.",
    description="Two modals in a row, or do and a modal (could should do, I don't will do, Does someone "
    "can fix it?), where English takes one of them, or a paraphrase (will be able to).",
    examples=[
        bad("That ⟦could should⟧ do."),
        bad("I ⟦don't will⟧ do that."),
        bad("⟦Does someone can⟧ reproduce what I described?"),
        bad("I hope I ⟦can may⟧ say that."),
        bad("What ⟦does he can⟧ do?"),
        good("Will will notice this; the can will rust; a tin can could hold it; May may come."),
        good("Those who did it will pay; whatever he does will matter; what you do can change things."),
        good("People who don't can still vote; I did, and so could you; if they do, we will too."),
        good("She could, and should, do it; we can, will and must act; they said they would."),
    ],
)

RULES = (DO_FORM, VERB_FORM, SECOND_MODAL)
