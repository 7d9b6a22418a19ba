"""What a verb or adjective takes after it: a to-infinitive or an -ing form
(``helped carrying`` -> ``helped carry``, ``eager to buying`` -> ``eager to
buy``, ``enjoy to swim`` -> ``enjoy swimming``), an object with or without
``to`` (``explained me the results``), a preposition (``graduated the
university``, ``means a lot for me``), and ``afraid`` without ``be``.

Each rule hangs on its governing word (``help``, ``afford``, ``explain``,
``graduate``, ``afraid``) through the document's word index, so a megabyte
without those words costs nothing.
"""

from __future__ import annotations

from ...rule import bad, good, match_case, tagged
from ._anchored import anchored
from ._context import CATEGORY, EN


def _to(tg, i) -> str:
    """``to`` + the base form of the -ing word ``i``."""
    return "to " + next((lemma for t, lemma in tg.readings(i) if t == "VBG"), tg.doc.word_keys[i])


def _ing_free(tg, i) -> bool:
    """Word ``i`` is an -ing verb form, and, where it can also be a noun
    (``housing``), a determiner, pronoun or adverb follows it, as an
    object or a complement follows a verb."""
    tags = tg.tags(i)
    if "VBG" not in tags or not tg.doc.word_keys[i].endswith("ing"):
        return False
    if tags == {"VBG"}:
        return True
    j = i + 1
    return j < len(tg) and tg.joined(j) and tg.tag(j) in ("DT", "PRP$", "PRP", "RB", "RP")


_HELP_ADVISE = ("help", "helps", "helped", "advise", "advises", "advised")
_CANT = frozenset(("can't", "cannot", "couldn't", "not"))


def _help_ing(tg, got, unit) -> bool:
    keys = tg.doc.word_keys
    head = got[0]
    if head > 0 and tg.joined(head) and keys[head - 1] in _CANT:
        return False  # "can't help laughing": the idiom takes -ing
    if keys[head].startswith("advis") and got[1] is None:
        return False  # "advised staying calm": advise + -ing is right without an object
    if got[1] is not None and keys[got[1]] not in ("me", "us", "him", "them", "you", "her"):
        return False
    if head > 0 and tg.joined(head) and tg.tag(head - 1) in ("DT", "PRP$", "JJ"):
        return False  # "the help", "your help": a noun
    return _ing_free(tg, got[-1])


HELP_ING = tagged(
    "grammar.complements.help-ing",
    "help|helps|helped|advise|advises|advised <PRP>? not? @<?VBG>",
    triggers=_HELP_ADVISE,
    when=_help_ing,
    suggest=lambda tg, got: (match_case(_to(tg, got[-1]), tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="help and advise (someone) take a to-infinitive: “{fix}”.",
    description="help or advise someone followed by an -ing form (helped carrying the bags, advised us "
    "staying calm) instead of the (to-)infinitive.",
    examples=[
        bad("He helped ⟦carrying⟧ the bags.", "to carry"),
        bad("He advised us ⟦staying⟧ calm.", "to stay"),
        bad("She helped us ⟦getting⟧ on the bus.", "to get"),
        good("He helped carry the bags; he advised us to stay calm; he advised staying calm."),
        good("I can't help laughing; we couldn't help noticing it."),
        good("They helped housing estates grow; your help building it was vital."),
    ],
)

#: words after which "to" opens an infinitive, never a preposition
_CONTROL = frozenset(
    "eager able unable want wants wanted need needs needed try tries tried decide decides decided plan plans "
    "planned hope hopes hoped refuse refuses refused manage managed fail failed easy hard difficult "
    "prefer prefers preferred wish wished afford seem seems seemed".split()
)


def _to_ing(tg, got, unit) -> bool:
    keys = tg.doc.word_keys
    to = got[1]
    if keys[to - 1] not in _CONTROL:
        return False
    return _ing_free(tg, got[-1]) or ("VBG" in tg.tags(got[-1]) and keys[got[-1]].endswith("ing")
                                      and keys[to - 1] in ("eager", "able", "unable", "prefer", "easy"))


TO_ING = anchored(
    "grammar.complements.to-ing",
    "<?JJ|VB|VBP|VBZ|VBD|VBN|NN|NNS> to @<?VBG>",
    triggers=sorted(_CONTROL),
    at=0,
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 1] == "to"
    and doc.word_keys[i + 2].endswith("ing"),
    when=_to_ing,
    suggest=lambda tg, got: (match_case(tg.lemma(got[-1]), tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “to” here use the base form “{fix}”.",
    description="A to-infinitive with an -ing form after words that take an infinitive (eager to buying, "
    "decided to trying, easy to grasping).",
    examples=[
        bad("Bangladesh is eager to ⟦buying⟧ cars.", "buy"),
        bad("They decided to ⟦trying⟧ again.", "try"),
        bad("It is not easy to ⟦grasping⟧ the skills.", "grasp"),
        good("They look forward to meeting you; he is committed to building it; used to living here."),
        good("Bangladesh is eager to buy cars; they decided to try again."),
        good("He is going to building 5."),
    ],
)

_GERUND_VERBS = ("consider", "enjoy", "enjoys", "enjoyed", "avoid", "avoids", "avoided", "finish", "finished",
                 "accustomed", "mind")


def _gerund_verb(tg, got, unit) -> bool:
    keys = tg.doc.word_keys
    head = got[0]
    if head > 0 and tg.joined(head) and keys[head - 1] in ("the", "a", "to") and keys[head] == "mind":
        return False  # "the mind to", "to mind": a noun, or "never mind"
    if keys[head] != "accustomed" and head > 0 and tg.joined(head) and tg.lemmas(head - 1) & {"be", "get"}:
        return False  # "should be avoided to prevent heatstroke": a passive and a purpose
    verb = got[-1]
    return tg.tag(verb) == "VB" and keys[verb] not in ("be", "have", "do")


def _ing_of(tg, i) -> str:
    """The -ing form of word ``i``'s lemma (run -> running, take -> taking)."""
    base = tg.lemma(i)
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    vowels = "aeiou"
    groups = sum(1 for k, c in enumerate(base) if c in vowels and (k == 0 or base[k - 1] not in vowels))
    if groups == 1 and len(base) >= 3 and base[-1] not in vowels + "wxy" and base[-2] in vowels \
            and base[-3] not in vowels:
        return base + base[-1] + "ing"  # one syllable ending consonant-vowel-consonant: run, stop, swim
    return base + "ing"


GERUND_VERB = tagged(
    "grammar.complements.gerund-verb",
    "consider|enjoy|enjoys|enjoyed|avoid|avoids|avoided|finish|finished|accustomed @to @<?VB>",
    triggers=_GERUND_VERBS,
    when=_gerund_verb,
    suggest=lambda tg, got: (("to " if tg.doc.word_keys[got[0]] == "accustomed" else "")
                             + _ing_of(tg, got[-1]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="This verb takes an -ing form: “{fix}”.",
    description="consider, enjoy, avoid, finish (and accustomed to) followed by a to-infinitive (I "
    "consider to run, they avoid to pay) instead of an -ing form.",
    examples=[
        bad("I consider ⟦to run⟧ my favourite sport.", "running"),
        bad("Firms avoid ⟦to pay⟧ taxes.", "paying"),
        bad("I am accustomed ⟦to run⟧.", "to running"),
        good("I consider running my favourite sport; he is considered to be the best."),
        good("They enjoy swimming; he took steps to avoid paying; she is accustomed to running."),
        good("They avoided to some extent the worst. It should be avoided to prevent heatstroke."),
    ],
)


def _allow_to(tg, got, unit) -> bool:
    return tg.tags(got[-1]) <= {"VB", "VBP", "NN"} and "VB" in tg.tags(got[-1])


ALLOW_TO = anchored(
    "grammar.complements.allow-to",
    "it|this|which @allows|allowed|enables|enabled|permits|permitted @to <?VB>",
    triggers=["allows", "allowed", "enables", "enabled", "permits", "permitted"],
    at=1,
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] == "to",
    when=_allow_to,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” needs an object (allows us to see) or an -ing form (allows seeing).",
    description="allow, enable or permit with a to-infinitive but no object (it allows to see better).",
    examples=[
        bad("It ⟦allows to⟧ see better.", None),
        bad("This ⟦enables to⟧ reduce costs.", None),
        good("It allows us to see better; it allows seeing better; he was allowed to see."),
        good("It allowed to some extent more trade."),
    ],
)


def _explain_to(tg, got, unit) -> bool:
    nxt = got[-1]
    return tg.doc.word_keys[nxt] in ("the", "a", "an", "why", "how", "what", "where", "when", "who", "that")


EXPLAIN_TO = tagged(
    "grammar.complements.explain-to",
    "explain|explains|explained|explaining @me|you|him|her|us|them why|how|what|where|when|who|that|the|a|an",
    triggers=["explain", "explains", "explained", "explaining"],
    when=_explain_to,
    suggest=lambda tg, got: ("to " + tg.doc.word_texts[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="explain takes “to” before the person: “{fix}”.",
    description="explain + a person + what is explained, without to (explained me the results, let me "
    "explain you why).",
    examples=[
        bad("She explained ⟦me⟧ the results in detail.", "to me"),
        bad("Let me explain ⟦you⟧ why I like him.", "to you"),
        good("She explained the results to me; let me explain why; explain it to them."),
        good("He explained her decision; they explained their reasons."),
    ],
)

_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                  "june july august september october november december".split())


def _graduate(tg, got, unit) -> bool:
    keys = tg.doc.word_keys
    head, nxt = got[0], got[1]
    if keys[nxt] in _DAYS or not (keys[nxt] in ("the", "high") or tg.tag(nxt) == "NNP"):
        return False
    if head > 0 and tg.joined(head) and tg.tag(head - 1) in ("DT", "PRP$", "JJ", "IN"):
        return False  # "a graduated tax", "the graduate school"
    if keys[head] in ("graduate", "graduates"):
        return head > 0 and tg.joined(head) and keys[head - 1] in ("will", "would", "to", "can", "could", "i",
                                                                   "we", "they", "you", "should", "may")
    return keys[nxt] != "high" or (nxt + 1 < len(keys) and keys[nxt + 1] == "school")


GRADUATE_FROM = tagged(
    "grammar.complements.graduate-from",
    "@graduate|graduates|graduated <DT|NNP|JJ|NN>",
    triggers=["graduate", "graduates", "graduated"],
    when=_graduate,
    suggest=lambda tg, got: (tg.doc.word_texts[got[0]] + " from",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="In edited English one graduates from a school: “{fix}”.",
    description="graduate with the school as a direct object (he graduated the university, she will "
    "graduate high school).",
    examples=[
        bad("He ⟦graduated⟧ the university last June.", "graduated from"),
        bad("She will ⟦graduate⟧ high school next month.", "graduate from"),
        bad("He ⟦graduated⟧ Yale last June.", "graduated from"),
        good("He graduated from Yale; he graduated Monday; a graduated tax; the graduate school."),
        good("Graduates of the university; he graduated in law; she graduated with honours."),
    ],
)

MEAN_TO = anchored(
    "grammar.complements.mean-to",
    "{mean} so|a|the? much|lot|world|everything|nothing @for <PRP|NNP>",
    triggers=["for"],
    at=3,
    pre=lambda doc, i: doc.word_keys[i - 1] in ("much", "lot", "world", "everything", "nothing"),
    suggest=lambda tg, got: ("to",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Something means a lot to someone: “to”.",
    description="mean a lot / so much / everything for someone instead of to someone.",
    examples=[
        bad("This trophy meant a lot ⟦for⟧ me.", "to"),
        bad("She means so much ⟦for⟧ Tom.", "to"),
        good("This trophy meant a lot to me; it means more for consumers; they mean much for the firm."),
    ],
)

_SUBJECT = ("i", "you", "he", "she", "we", "they")
_OPEN = frozenset(("and", "but", "so", "because", "if", "when", "that", "as", "or", "since", "although", "while"))


def _afraid(tg, got, unit) -> bool:
    pron = got[0]
    keys = tg.doc.word_keys
    return pron == 0 or not tg.joined(pron) or keys[pron - 1] in _OPEN


def _afraid_fix(tg, got) -> tuple[str, ...]:
    keys, texts = tg.doc.word_keys, tg.doc.word_texts
    pron = texts[got[0]]
    be = {"i": "'m", "he": "'s", "she": "'s"}.get(keys[got[0]], "'re")
    neg = " not" if got[1] is not None else ""
    return (f"{pron}{be}{neg} afraid",)


AFRAID = anchored(
    "grammar.complements.afraid",
    "@i|you|he|she|we|they @don't|doesn't|didn't? @afraid",
    triggers=["afraid"],
    at=2,
    near={-1: {"don't", "doesn't", "didn't", *_SUBJECT}},
    when=_afraid,
    suggest=_afraid_fix,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="afraid is an adjective and needs a form of be: “{fix}”.",
    description="afraid used as a verb, without be (I afraid of the dark, she doesn't afraid).",
    examples=[
        bad("⟦I afraid⟧ of the dark.", "I'm afraid"),
        bad("⟦She doesn't afraid⟧ of the dark.", "She's not afraid"),
        good("I'm afraid of the dark; am I afraid? It makes you afraid; she is not afraid."),
    ],
)

def _afford(tg, got, unit) -> bool:
    verb = got[-1]
    tags = tg.tags(verb)
    if "VBG" in tags:
        return _ing_free(tg, verb)
    return tags <= {"VB", "VBP"} and tg.doc.word_keys[verb] not in ("it", "them")


AFFORD = tagged(
    "grammar.complements.afford",
    "afford not? @<?VBG|VB>",
    triggers=["afford"],
    when=_afford,
    suggest=lambda tg, got: (match_case(_to(tg, got[-1]) if "VBG" in tg.tags(got[-1])
                                        else "to " + tg.doc.word_keys[got[-1]], tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="afford takes a to-infinitive: “{fix}”.",
    description="afford followed by an -ing form or a bare verb (we cannot afford spending, cannot afford "
    "spend) instead of a to-infinitive.",
    examples=[
        bad("We cannot afford ⟦spending⟧ the whole month there.", "to spend"),
        bad("We cannot afford ⟦spend⟧ the whole month there.", "to spend"),
        good("We cannot afford to spend it; they can afford housing; we can afford it."),
    ],
)

INTERESTED_IN = anchored(
    "grammar.complements.interested-in",
    "i|we am|are|'m|'re @interesting|interest in",
    triggers=["interesting", "interest"],
    at=2,
    pre=lambda doc, i: i > 1 and doc.word_keys[i - 1] in ("am", "are", "'m", "'re") and i + 1 < len(doc.word_keys)
    and doc.word_keys[i + 1] == "in",
    suggest=lambda tg, got: ("interested",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A person is interested in something: “interested”.",
    description="I am interesting / interest in (I am interesting in this book) instead of interested in.",
    examples=[
        bad("I am ⟦interesting⟧ in this book.", "interested"),
        bad("We are ⟦interest⟧ in this book.", "interested"),
        good("I am interested in this book; it is interesting in many ways; we are interesting people."),
    ],
)

DEPEND_ON = tagged(
    "grammar.complements.depend-on",
    "@depend|depends|depended|depending <DT|PRP|PRP$|NNP>",
    triggers=["depend", "depends", "depended", "depending"],
    when=lambda tg, got, unit: tg.doc.word_keys[got[1]] not in ("that", "this", "it") or tg.tag(got[1]) == "PRP"
    and tg.doc.word_keys[got[1]] != "it",
    suggest=lambda tg, got: (tg.doc.word_texts[got[0]] + " on",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="depend takes on: “{fix}”.",
    description="depend without on before its object (he depends you; depending the weather).",
    examples=[
        bad("He ⟦depends⟧ you.", "depends on"),
        bad("We will go, ⟦depending⟧ the weather.", "depending on"),
        good("He depends on you; depending on the weather; it depends; that depends, it depends."),
    ],
)

_WANT_OBJECT = ("allow", "allows", "allowed", "enable", "enables", "enabled", "force", "forces", "forced",
                "want", "wants", "wanted", "ask", "asks", "asked", "tell", "tells", "told", "expect", "expects",
                "expected", "encourage", "encouraged", "urge", "urged", "order", "ordered", "persuade",
                "persuaded")


def _object_bare(tg, got, unit) -> bool:
    verb = got[-1]
    tags = tg.tags(verb)
    return tags <= {"VB", "VBP", "NN"} and "VB" in tags and tg.doc.word_keys[verb] not in ("let", "please")


OBJECT_INFINITIVE = anchored(
    "grammar.complements.object-infinitive",
    "@" + "|".join(_WANT_OBJECT) + " me|him|us|them|you @<?VB>",
    triggers=_WANT_OBJECT,
    at=0,
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 1] in ("me", "him", "us", "them", "you"),
    when=_object_bare,
    suggest=lambda tg, got: (" ".join((tg.doc.word_texts[got[0]], tg.doc.word_texts[got[1]],
                                       "to " + tg.doc.word_texts[got[2]])),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="This verb takes an object and a to-infinitive: “{fix}”.",
    description="allow, want, ask, tell, force (and the like) + object + a bare verb (he allowed me do it) "
    "instead of a to-infinitive; let, make, help, see take the bare verb and are left alone.",
    examples=[
        bad("He ⟦allowed me do⟧ it on my own.", "allowed me to do"),
        bad("They ⟦want you leave⟧ now.", "want you to leave"),
        good("He allowed me to do it; let me do it; they made him leave; help us build it."),
        good("They told him stories; we asked them questions; I want you there."),
    ],
)

RULES = (AFFORD, AFRAID, DEPEND_ON, OBJECT_INFINITIVE, ALLOW_TO, EXPLAIN_TO, GERUND_VERB, GRADUATE_FROM, HELP_ING, INTERESTED_IN, MEAN_TO, TO_ING)
