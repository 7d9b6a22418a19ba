"""Two sentences run together: a comma splice, or an ellipsis followed by a
lower-case sentence.

* ``grammar.clauses.comma-splice``: ``the link is getting closer, you cannot
  separate them``. The clause before the comma must be an independent
  clause (a subject, then a finite verb; no subordinator, preposition or
  participle opening it), and after the comma a subject pronoun (or
  ``there``) must be followed by a finite verb. Left alone: series of short
  parallel clauses (``We came, we saw, we conquered``), speech and thought
  tags (``…, he said``, ``…, I think``), ``you know``, and anything with a
  conjunction after the comma.
* ``grammar.clauses.ellipsis-splice``: ``trade routes... this is also our
  security``: an ellipsis after a word, then a lower-case subject pronoun
  and a finite verb, where a full stop and a capital belong.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN

_SUBJECTS = frozenset("i we they he she you it there".split())
index_words(_SUBJECTS)
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: verbs of saying and thinking: "…, he said", "…, I think"
_TAGS = frozenset(
    "say said says tell told add added adds note noted notes argue argued argues warn warned warns stress "
    "stressed stresses explain explained explains insist insisted insists state stated states write wrote "
    "writes think thinks thought believe believes believed guess suppose hope hoped mean means meant know "
    "knew knows feel felt reckon see saw recall recalled recalls ask asked asks reply replied replies "
    "continue continued continues admit admitted admits conclude concluded concludes claim claimed claims "
    "report reported reports recall remember remembered announce announced announces confirm confirmed "
    "confirms estimate estimated estimates predict predicted predicts".split()
)
#: words that open a dependent clause or phrase before the comma
_OPENERS = frozenset(
    "if when whenever while although though because since as unless until after before once whether where "
    "wherever so and but or yet nor then however moreover meanwhile therefore thus also still instead "
    "otherwise besides even just only what which who how why that than like unlike despite in on at by "
    "for from with without of to into during under over through about against among between according "
    "given having being with yes no oh well now please".split()
)
#: a stretch opening with one of these is a dependent clause or a phrase
_DEPENDENT = frozenset(
    "if when whenever while although though because since as unless until after before once whether where "
    "wherever however moreover meanwhile therefore thus instead otherwise besides even just only like unlike "
    "despite according given having being yes no oh well now please and but or so yet nor then".split()
)
#: a subordinate clause or fronted phrase may end at the comma: the main clause follows it
_SUBORDINATORS = frozenset(
    "that if when whenever while although though because since as unless until after before once whether "
    "where wherever time so than cause 'cause cos coz".split()
)
_BOUNDARY = re.compile(r"[.;:!?()\[\]\"“”]|\s[–—-]\s|…|\n")


def _clause_before(tg, comma_word: int, commas: bool = True) -> int:
    """Index of the first word of the stretch that ends at word
    ``comma_word``: back to the sentence start, a colon or semicolon, an
    opening quote or (when ``commas``) a previous comma."""
    doc = tg.doc
    text = doc.text
    j = comma_word
    while j > 0:
        gap = text[doc.word_ends[j - 1]:doc.word_starts[j]]
        if commas and "," in gap or _BOUNDARY.search(gap):
            return j
        j -= 1
    return 0


def _has_finite(tg, first: int, last: int) -> bool:
    return any(tg.tag(j) in _FINITE for j in range(first, last + 1))


def _independent(tg, first: int, last: int) -> bool:
    """Words ``first``..``last`` make an independent clause: a subject (a
    pronoun or a noun phrase) and a finite verb after it."""
    keys = tg.doc.word_keys
    if keys[first] in _OPENERS or tg.tag(first) in ("IN", "TO", "VBG", "VBN", "CC", "WDT", "WP", "WRB", "RB",
                                                       "VB", "MD", "VBZ", "VBP", "VBD", "CD"):
        return False
    if last - first < 1:
        return False
    subject = False
    for j in range(first, last + 1):
        t = tg.tag(j)
        if t in ("WDT", "WP", "WRB") or keys[j] in ("that", "which", "who", "if", "when", "because"):
            return False
        if t in _FINITE:
            return subject and j > first
        if t in ("PRP", "NN", "NNS", "NNP", "NNPS", "EX") or keys[j] in ("this", "these", "those"):
            subject = True
    return False


def _splices(unit):
    doc = unit.target
    text = doc.text
    if "," not in text:
        return
    tg = None
    keys = doc.word_keys
    starts, ends = doc.word_starts, doc.word_ends
    for subj in sorted(i for key in _SUBJECTS for i in doc.word_positions(key)):
        if subj < 1 or subj >= len(keys) - 1:
            continue
        gap = text[ends[subj - 1]:starts[subj]]
        if gap != ", " or doc.word_texts[subj][0].isupper() and keys[subj] != "i":
            continue
        if tg is None:
            tg = doc.tagged
        verb = subj + 1
        if not tg.joined(verb):
            continue
        vt = tg.tag(verb)
        if keys[subj] == "there":
            if tg.lemma(verb) != "be":
                continue
        elif vt not in _FINITE or keys[subj] == "you" and keys[verb] in ("know", "see"):
            continue
        if tg.lemmas(verb) & _TAGS or keys[verb] in _TAGS:
            continue
        # the sentence so far opens with an independent clause, and the
        # stretch right before the comma is a clause too, not a dependent one
        # that the main clause follows ("If prices rise, we act")
        first = _clause_before(tg, subj - 1, commas=False)
        last = _clause_before(tg, subj - 1)
        if first == last:
            if not _independent(tg, first, subj - 1):
                continue
        else:
            seg_end = _clause_before(tg, first, commas=True)
            j = first
            while j < subj - 1 and tg.joined(j + 1):
                j += 1
            if not _independent(tg, first, j) or keys[last] in _DEPENDENT or tg.tag(last) in ("IN", "VBG", "VBN") \
                    or not _has_finite(tg, last, subj - 1):
                continue
            del seg_end
        if any(keys[j] in _SUBORDINATORS for j in range(first, subj)):
            continue  # "said that during the holiday, they will", "Every time I visit China, I am"
        if keys[subj - 1] in _TAGS or tg.tag(subj - 1) == "RB" and keys[subj - 2] in _TAGS:
            continue  # "He said, there is": a speech tag before the comma
        if keys[last] == keys[subj] and (subj - last <= 4 or keys[last + 1] == keys[verb]):
            continue  # "We came, we saw", "they must not sell…, they must not rent…": a parallel series
        # a series "a, b, c": another bare comma + the same pronoun follows
        nxt_gap_end = text.find(",", ends[verb])
        if nxt_gap_end != -1 and text[nxt_gap_end:nxt_gap_end + 2 + len(keys[subj])].lower() == ", " + keys[subj]:
            continue
        if doc.is_protected(starts[subj] - 2, ends[verb]):
            continue
        yield starts[subj] - 2, starts[subj] - 1, doc.word_texts[subj]


def _comma_splice(unit, options):
    for s, e, subject in _splices(unit):
        yield Finding(s, e, args={"subject": subject})


COMMA_SPLICE = custom(
    "grammar.clauses.comma-splice",
    _comma_splice,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A comma joins two sentences here (a comma splice): use a full stop, a semicolon or a "
    "conjunction before “{subject}”.",
    description="Two independent clauses joined by a bare comma, the second opening with a subject "
    "pronoun (the link is getting closer, you cannot separate them). Series of short parallel clauses "
    "and speech tags are left alone.",
    examples=[
        bad("The link between them is getting closer⟦,⟧ you cannot separate them."),
        bad("The talks ended on Monday⟦,⟧ they will resume next month."),
        bad("Prices rose sharply last year⟦,⟧ there was no sign of a slowdown."),
        good("We came, we saw, we conquered."),
        good("The economy is slowing, he said. It is a problem, I think."),
        good("If prices rise, we will act; when it rains, it pours."),
        good("The link is getting closer, and you cannot separate them."),
        good("In 2020, we signed the deal; however, they disagreed."),
        good("It is hard, you know, to leave."),
        good("Cause it was late, we should leave."),
        good("\"We are worried,\" she said, \"this is our security.\""),
        good("Schools must comply: they should not hold classes on holidays, they should not rent out rooms."),
    ],
)

_ELLIPSIS = re.compile(r"(?:\.\.\.(?<=\w\.\.\.)|…(?<=\w…))(?= [a-z])")


def _ellipsis(unit, options):
    doc = unit.target
    text = doc.text
    if "..." not in text and "…" not in text:
        return
    if unit.source is not None and _ellipses(unit.source.text) >= _ellipses(text):
        return  # the translation keeps the source's own ellipses ("塞西注定完蛋了…他完了")
    tg = None
    starts = doc.word_starts
    for m in _ELLIPSIS.finditer(text):
        if doc.is_protected(m.start(), m.end()):
            continue
        i = bisect_left(starts, m.end() + 1)
        if i >= len(starts) or starts[i] != m.end() + 1:
            continue
        if tg is None:
            tg = doc.tagged
        if i + 1 >= len(doc.words) or doc.word_keys[i] not in _SUBJECTS | {"this", "that"}:
            continue
        if not tg.joined(i + 1):
            continue
        v = tg.tag(i + 1)
        if doc.word_keys[i] == "there" and tg.lemma(i + 1) != "be" or v not in _FINITE:
            continue
        if doc.word_keys[i] == "that" and v != "VBZ" and v != "VBD":
            continue
        yield Finding(m.start(), m.end(), args={"next": doc.word_texts[i]})


def _ellipses(text: str) -> int:
    """Ellipses in ``text``: ``…``, ``……`` and ``...`` count once each."""
    return len(re.findall(r"…+|\.\.\.+", text))


ELLIPSIS_SPLICE = custom(
    "grammar.clauses.ellipsis-splice",
    _ellipsis,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="An ellipsis runs two sentences together: end the first with a full stop and start "
    "“{next}” with a capital.",
    description="An ellipsis joining two sentences, the second in lower case (trade routes... this is "
    "also our security).",
    examples=[
        bad("We are worried about our trade routes⟦...⟧ this is also our security."),
        bad("It was late⟦…⟧ we went home."),
        good("We are worried about our trade routes... This is also our security."),
        good("He paused... and then went on; the list of cars, trucks... and so on."),
        good("\"I think... maybe,\" he said; wait... what?"),
    ],
)

RULES = (COMMA_SPLICE, ELLIPSIS_SPLICE)
