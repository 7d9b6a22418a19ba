"""Attribution in news: ``said``, not ``stated``/``expressed``/``indicated``,
and no ``that`` after ``said`` where nothing needs it (news profile only)."""

from __future__ import annotations

import re

from ...rule import bad, good, pattern
from ...scan import places
from .._prose import FUNCTION_WORDS

_NEWS = frozenset({"news"})
_PREV_WORD = re.compile(r"([\w'’]+)\W{1,3}\Z")
#: before an adjective ("the stated aim") or a passive ("as was stated")
_NOT_VERB = frozenset("the a an its his her their our your my this that these those as is are was were be been being "
                      "not self clearly officially".split())
_SPEAKERS = frozenset("he she they we i spokesman spokeswoman spokesperson official officials minister president "
                      "premier ambassador director chairman chairwoman secretary leader source sources analyst "
                      "analysts expert experts".split())


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _attribution(m: re.Match[str], unit) -> bool:
    text = m.string
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
        return False  # inside a word: "restated", "re-expressed"
    verb = m.group(0).lower()
    prev = _prev_word(text, m.start())
    if prev.lower() in _NOT_VERB:
        return False
    if verb == "stated":
        return True
    # "expressed concern", "the data indicated that": only a speaker's "that" clause
    if prev.lower().endswith("ly"):
        prev = _prev_word(text, text.rfind(prev, 0, m.start()))
    return prev.lower() in _SPEAKERS or (prev[:1].isupper() and prev.lower() not in FUNCTION_WORDS)


VERB = pattern(
    "style.attribution.verb",
    # "stated" as a verb of saying; "expressed"/"indicated" only before a that-clause
    r"stated(?=\s+(?:that\b|at\b|in\b|on\b|during\b|earlier\b|previously\b|last\b|to\b)|\s*[,:\"“])"
    r"|(?:expressed|indicated)(?=\s+that\b)",
    starts=lambda doc: places(doc.text, "stated", "expressed", "indicated"),
    category="style/awkward",
    severity="neutral",
    profiles=_NEWS,
    skip_quotations=True,
    when=_attribution,
    suggest=lambda m: ("said",),
    message="News attribution uses “said”, not “{found}”.",
    description="“stated”, “expressed that”, “indicated that” for a speaker: news English says “said”.",
    examples=[
        bad("Kallas ⟦stated⟧ that the EU must act.", "said"),
        bad("She previously ⟦stated⟧ that ministers had raised it.", "said"),
        bad("Hegseth ⟦stated⟧ at the Shangri-La Dialogue that the U.S. would shift.", "said"),
        bad("The spokesman ⟦expressed⟧ that China was ready.", "said"),
        bad("Wang ⟦indicated⟧ that talks would go on.", "said"),
        good("Kallas said that the EU must act; its stated aim is security."),
        good("The data indicated that prices rose. He expressed concern."),
        good("As was stated in the report, the rules apply."),
        good('He quoted her: "I stated that clearly."'),
    ],
)


# "said that" followed by the start of a clause's subject: a determiner, a
# pronoun, a quotation or a name. Not before "in contrast", "on Monday" and
# the like, where news keeps "that" to avoid a misreading.
_SUBJECT = (r"(?:the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|i|you|there|some|many|most|all|"
            r"both|no|every|each|such|more|several)\b")
_MONTHS_DAYS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|This|On|In|At|By|After|Before|During)\b")

_PARALLEL = re.compile(r"[,;]\s+(?:(?:and|but|or)\s+)?that\s")


def _no_parallel_that(m: re.Match[str], unit) -> bool:
    """"said that X, and that Y": the first "that" keeps the clauses parallel."""
    text = m.string
    end = min(len(text), m.end() + 400)
    for stop in (". ", "\n"):
        i = text.find(stop, m.end(), end)
        if i >= 0:
            end = i
    return _PARALLEL.search(text, m.end(), end) is None


_CLOSING = {'"': '"', "“": "”"}


def _said_fix(m) -> tuple[str, ...]:
    """``said,`` before a quoted sentence (``said that "Our work...`` reads
    ``said, "Our work...``); ``said`` before a quoted fragment or name
    (``said that "the shutdown...``, ``said that "Ant Forest" is``)."""
    text, i = m.string, m.end()
    while text[i:i + 1].isspace():
        i += 1
    opener = text[i:i + 1]
    if opener not in _CLOSING:
        return ("said",)
    first = i + 1
    while text[first:first + 1] == " ":
        first += 1
    if not text[first:first + 1].isupper():
        return ("said",)
    # a quoted sentence ends in its own punctuation; a name does not (bounded: linear time)
    close = text.find(_CLOSING[opener], first, first + 600)
    if close == -1:
        return ("said,",)  # runs on, like a quotation over several sentences
    quoted = text[first:close].rstrip()
    ends = quoted[-1:] in ".!?,…" or (text[close + 1:close + 2] in (".", "!", "?") and quoted.count(" ") >= 3)
    return ("said,",) if ends else ("said",)


SAID_THAT = pattern(
    "style.attribution.said-that",
    r"said(?<![\w-]said)(?<!\bis said)(?<!\bwas said)(?<!\bbe said)(?<!\bare said)(?<!\bwere said)"
    r"(?<!\bbeen said)\s+that(?=\s+(?:(?i:" + _SUBJECT + r")|[\"“]|(?!" + _MONTHS_DAYS + r")[A-Z]))",
    category="style/awkward",
    severity="neutral",
    profiles=_NEWS,
    skip_quotations=True,
    when=_no_parallel_that,
    suggest=_said_fix,
    message="News style drops “that” after “said” when nothing needs it: “{fix}”.",
    description="“said that” before a subject, where news English writes “said”.",
    examples=[
        bad("Kallas ⟦said that⟧ the EU must act.", "said"),
        bad("She ⟦said that⟧ China's policy is an obstacle.", "said"),
        bad('Kallas ⟦said that⟧ the "concerns" are growing.', "said"),
        bad('She ⟦said that⟧ "Our achievements are obvious to all."', "said,"),
        bad("She ⟦said that⟧ “Our achievements are obvious to all. We are proud.”", "said,"),
        bad('He ⟦said that⟧ "Ant Forest" is an innovation.', "said"),
        bad("He ⟦said that⟧ “For 70 years the alliance has kept the peace”.", "said,"),
        bad('He ⟦said that⟧ "the closure is necessary."', "said"),
        good("She said that in contrast to the U.S., the EU is reliable."),
        good("He said that was wrong. She said that on Monday the talks began."),
        good('"I said that the plan works," he said.'),
        good("It is said that the plan works; it was said that he left."),
        good("She said that the contest lasted two months, and that 300 people took part."),
    ],
)

RULES = (SAID_THAT, VERB)
