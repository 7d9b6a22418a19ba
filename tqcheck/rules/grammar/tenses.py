"""Tense slips the tagged token layer makes visible.

* ``grammar.tenses.perfect-finished-time``: a present perfect (``has
  established``, ``have been``) with a time that is over (``in 2020``,
  ``last week``, ``two days ago``, ``yesterday``): English wants the simple
  past. Translations from Chinese meet it often, since 了 and 已经 mark
  completion, not the English perfect.
* ``grammar.tenses.since-simple``: ``since`` + a point in time with a simple
  present or past main verb (``He works here since 2019``): the perfect is
  needed.

The finished time is looked for after the participle, in the same clause:
the search stops at a new clause (a subordinator, a relative pronoun, a
subject pronoun, a finite verb, sentence punctuation), and restarts at a
coordinated participle (``has established X, and signed Y in 2020``).
Times governed by ``since``, ``from``, ``until``, ``by``, ``before``,
``between`` or ``through`` do not count.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...rule import bad, good, tagged
from ...text import index_words
from ._context import CATEGORY, EN

index_words(("since",))
_MONTHS = "january february march april may june july august september october november december".split()
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_LAST = frozenset(["week", "month", "year", "night", "weekend", "spring", "summer", "autumn", "fall",
                   "winter", "decade", "century", "season", "quarter", *_DAYS, *_MONTHS])
_AGO_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                       "decade decades century centuries".split())
_STOP_WORDS = frozenset(
    "that which who whom whose when where while because since although though if unless until after before "
    "as so but whereas whether once how why what i he she we they you it there compared than versus "
    "despite".split()
)
_NOT_FINISHED_AFTER = frozenset("since from until till by before between through throughout to than "
                                "after over".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d\Z")
_CLAUSE_END = re.compile(r"[.;:!?()]|\s[–—-]\s|…")
#: a word that can only be a finite verb opens a new clause ("said he met her in 2020")
_FINITE_ONLY = frozenset({"VBZ", "VBP", "MD", "VBD"})
_WINDOW = 12


#: the matches of ``(?:in (?:1[89]|20)\d\d|last|ago|yesterday)(?!\w)``, one
#: pattern per alternative: each opens on a literal, which re looks for in C
#: (the alternation opened on any of four letters and cost twice as much).
#: No two matches of them can overlap, so together they find the same places.
_CUES = tuple(re.compile(p) for p in (r"in (?:1[89]|20)\d\d(?!\w)", r"last(?!\w)", r"ago(?!\w)",
                                       r"yesterday(?!\w)"))


def _find_cues(doc) -> list[int]:
    lowered = doc.lowered
    found: list[int] = []
    for rx in _CUES:
        found.extend(m.start() for m in rx.finditer(lowered))
    found.sort()
    return found


def _cues(doc) -> list[int]:
    # lower case: offsets may drift where lower-casing changes a length, which
    # only moves this pre-filter's window a little
    return doc.memo("grammar.tenses.cues", _find_cues)


def _cue_ahead(doc, i) -> bool:
    """``pre``: a finished-time word within 300 characters after word ``i``."""
    cues = _cues(doc)
    k = bisect_left(cues, doc.word_ends[i])
    return k < len(cues) and cues[k] - doc.word_ends[i] < 300


def _since_ahead(doc, i) -> bool:
    """``pre``: ``since`` within six words after word ``i``."""
    at = doc.word_positions("since")
    k = bisect_left(at, i + 1)
    return k < len(at) and at[k] <= i + 6


def finished_time(tg, start: int) -> int | None:
    """Index of the first word of a finished-time adverbial in the clause
    that runs on from word ``start``, or None."""
    doc = tg.doc
    keys = doc.word_keys
    text = doc.text
    n = len(keys)
    budget = _WINDOW
    j = start
    while j < n and budget > 0:
        if j > start:
            gap = text[doc.word_ends[j - 1]:doc.word_starts[j]]
            if _CLAUSE_END.search(gap) or "\n" in gap:
                return None
        k = keys[j]
        if True:
            if k == "and" or k == "or":
                # "..., and signed ...": a coordinated participle continues the perfect
                if j + 1 < n and tg.joined(j + 1) and "VBN" in tg.tags(j + 1) and "NN" not in tg.tags(j + 1) \
                        and "NNS" not in tg.tags(j + 1):
                    budget = _WINDOW
                    j += 2
                    continue
            elif k in _STOP_WORDS or tg.tags(j) <= _FINITE_ONLY:
                return None
            elif j > start and "VBN" in tg.tags(j) and tg.joined(j) and tg.tag(j - 1) in ("NN", "NNS", "NNP") \
                    and not tg.tags(j) & {"NN", "NNS", "JJ"}:
                return None  # "the agreement reached with them in 2015": a participle clause of its own
        prev = keys[j - 1] if j > start and tg.joined(j) else None
        if prev in _NOT_FINISHED_AFTER:
            j += 1
            budget -= 1
            continue
        if k == "yesterday":
            return j
        if k == "in" and j + 1 < n and tg.joined(j + 1) and _YEAR.match(keys[j + 1]):
            nxt = keys[j + 2] if j + 2 < n and tg.joined(j + 2) else None
            if nxt not in ("and", "or", "alone"):
                return j
        if k == "last" and j + 1 < n and tg.joined(j + 1) and keys[j + 1] in _LAST:
            return j
        if k == "ago" and j > start and keys[j - 1] in _AGO_UNITS and tg.joined(j):
            return j - 2 if j >= 2 else j - 1
        j += 1
        if "NNP" not in tg.tags(j - 1):
            budget -= 1  # names do not count: "with Australia, Japan, and South Korea"
    return None


_MODALS = frozenset("would could should might may must will shall can cannot wouldn't couldn't shouldn't "
                    "mightn't mustn't won't can't to".split())


def _perfect_with_finished_time(tg, got, unit) -> bool:
    participle = got[-1]
    doc = tg.doc
    aux = got[0]
    if aux > 0 and tg.joined(aux) and doc.word_keys[aux - 1] in _MODALS:
        return False  # "may have heard of it a few decades ago", "to have left last year": a past perfective
    before = participle - 2 if got[1] is None else participle - 3
    # "what has happened in 2020 so far": "so far", "this year" make it current
    return finished_time(tg, participle + 1) is not None and "so far" not in doc.text[
        doc.word_ends[participle]:doc.word_ends[min(participle + _WINDOW, len(doc.words) - 1)]] and before >= -1


def _time_args(tg, got):
    j = finished_time(tg, got[-1] + 1)
    doc = tg.doc
    words = doc.word_keys
    end = j + 1
    while end < len(words) and end <= j + 2 and tg.joined(end):
        end += 1
    return {"time": doc.text[doc.word_starts[j]:doc.word_ends[end - 1]]}


PERFECT_FINISHED = tagged(
    "grammar.tenses.perfect-finished-time",
    "@has|have|'ve <RB>? @<VBN>",
    triggers=["has", "have", "'ve"],
    pre=_cue_ahead,
    when=_perfect_with_finished_time,
    args=_time_args,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is a present perfect, but “{time}” is a finished time: use the simple past.",
    description="A present perfect (has established, have been) with a time that is over (in 2020, "
    "last week, two days ago, yesterday): English uses the simple past with a finished time.",
    examples=[
        bad("The EU ⟦has established⟧ ties with ASEAN in 2020."),
        bad("They ⟦have signed⟧ the deal last week."),
        bad("The minister ⟦has visited⟧ Beijing two days ago."),
        bad("Prices ⟦have risen⟧ sharply yesterday."),
        bad("The EU ⟦has established⟧ formal partnerships with Australia, Japan, and South Korea, and "
            "signed a broad partnership with ASEAN in 2020."),
        good("The EU established ties with ASEAN in 2020; it has grown since 2020."),
        good("He has lived there since last year; they have worked there from 2015 to 2020."),
        good("She has said that he left in 2020; he has admitted it was a mistake last week."),
        good("The company has recorded 50 cases in 2020 so far."),
        good("They had signed the deal last week; it has been a hard year."),
        good("He has been in office until 2020 and 2021 alike."),
        good("You may have heard of it a few decades ago; it would have been useful in 2019."),
    ],
)


_NOT_JUDGED = frozenset("be have do say tell report announce add note".split())


def _since_point(tg, got, unit) -> bool:
    """``since`` + a year, a month or ``then``, after a simple present or past verb."""
    since = got[-1]
    doc = tg.doc
    keys = doc.word_keys
    if since + 1 >= len(keys) or not tg.joined(since + 1):
        return False
    nxt = keys[since + 1]
    if not (_YEAR.match(nxt) or nxt in ("then", "childhood") or nxt in _MONTHS):
        return False
    # not be/have/do ("it was the first time since"), nor verbs of saying
    return not tg.lemmas(got[1]) & _NOT_JUDGED


SINCE_SIMPLE = tagged(
    "grammar.tenses.since-simple",
    "<PRP> @<VBZ|VBP|VBD> <RB|RP>? <PRP$|DT|IN|RB|NN|NNS|NNP|PRP>? <NN|NNS|NNP|RB>? @since",
    triggers=["i", "we", "they", "you", "he", "she", "it"],
    pre=_since_ahead,
    when=_since_point,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="With “since” + a point in time use a perfect (has/have …): “{found}”.",
    description="since + a point in time (since 2019, since then) after a simple present or past "
    "verb (he works here since 2019): English wants the present perfect.",
    examples=[
        bad("He ⟦works here since⟧ 2019."),
        bad("They ⟦live in Beijing since⟧ 2015."),
        bad("We ⟦knew him since⟧ childhood."),
        good("He has worked here since 2019; they have lived in Beijing since 2015."),
        good("It was the first time since 2019; he left. Since then the rules changed."),
        good("It is the biggest drop since 2008."),
    ],
)

#: verbs that take a finished time as their object or a clause that holds it
#: ("I remember last year", "it means yesterday's plan")
_PRESENT_ABOUT = frozenset("be remember recall forget mean regret miss compare describe mention recount "
                           "refer reflect show mark cover concern include exceed surpass beat outpace top "
                           "double triple halve equal match".split())


def _present_with_finished_time(tg, got, unit) -> bool:
    verb = got[-1]
    doc = tg.doc
    if tg.lemmas(verb) & _PRESENT_ABOUT or "VBD" in tg.tags(verb):
        return False  # "we fell out last month", "they put it there last year": a past form too
    j = finished_time(tg, verb + 1)
    if j is None:
        return False
    # "says the deal collapsed last week", "the figures for last year": another
    # verb that can be past, or a preposition, carries the time
    for k in range(verb + 1, j):
        if tg.tags(k) & {"VBD", "VBN", "MD"}:
            return False
    return j == verb + 1 or doc.word_keys[j] in ("in", "yesterday") or tg.tag(j - 1) != "IN"


def _present_time_args(tg, got):
    verb = got[-1]
    j = finished_time(tg, verb + 1) if verb is not None else None
    if j is None:
        return {"time": ""}
    end = min(j + 1, len(tg) - 1)
    if end + 1 < len(tg) and tg.doc.word_keys[end + 1] == "ago":
        end += 1  # "two days ago"
    return {"time": tg.doc.text[tg.doc.word_starts[j]:tg.doc.word_ends[end]]}


PRESENT_FINISHED = tagged(
    "grammar.tenses.present-finished-time",
    "<PRP> @<VBZ|VBP>",
    triggers=["i", "we", "they", "you", "he", "she", "it"],
    pre=_cue_ahead,
    when=_present_with_finished_time,
    suggest=lambda tg, got: (),
    args=_present_time_args,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is in the present, but the time (“{time}”) is over: use the simple past.",
    description="A simple present after a subject pronoun with a time that is over in the same clause "
    "(she leaves school last year, he says yesterday that…): the simple past is needed. Left alone: another "
    "verb that can carry the past (he says the deal collapsed last week), comparisons (than last year, from "
    "last year) and verbs whose object is the time (I remember last year).",
    examples=[
        bad("She ⟦leaves⟧ school last year."),
        bad("He ⟦visits⟧ Beijing two days ago."),
        bad("They ⟦sign⟧ the deal in 2019 with Japan."),
        good("She left school last year; he says the deal collapsed last week; it is up from last year."),
        good("I remember last year; it grows faster than last year; they plan to go there next year."),
        good("We compare it with last year; he says he met her yesterday; it is the same as last year."),
        good("We fell out with Karen last month; they put it there last year."),
    ],
)

RULES = (PERFECT_FINISHED, PRESENT_FINISHED, SINCE_SIMPLE)
