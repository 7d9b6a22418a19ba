"""Verb forms the tagged token layer can judge: ``to`` + a past form (``to
went``, ``to took``).

Only words whose every reading is a simple past are judged: ``to increased
costs``, ``to written questions`` use a participle as an adjective and are
right, so participles are left alone.
"""

from __future__ import annotations

from ...rule import bad, good, match_case, tagged
from ._context import CATEGORY, EN


def _past_only(tg, got, unit) -> bool:
    return tg.tags(got[1]) == {"VBD"} and tg.lemma(got[1]) not in ("be",)


def _base(tg, got):
    found = tg.doc.word_texts[got[1]]
    return (match_case(tg.lemma(got[1]), found),)


TO_PAST = tagged(
    "grammar.verbforms.to-past",
    "to @<?VBD>",
    triggers=["to"],
    when=_past_only,
    suggest=_base,
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="After “to” use the base form “{fix}”.",
    description="to followed by a simple past form (to went, to took, to began) instead of the base "
    "form of the verb.",
    examples=[
        bad("They decided to ⟦went⟧ home.", "go"),
        bad("The ministry plans to ⟦took⟧ action.", "take"),
        bad("He wanted to ⟦began⟧ talks.", "begin"),
        good("They decided to go home; this led to increased costs and to written questions."),
        good("From 2019 to 2020 prices rose; he was sent to prison; to be fair, it works."),
        good("Talks came to a halt; he turned to them."),
    ],
)

RULES = (TO_PAST,)
