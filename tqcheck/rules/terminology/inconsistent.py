"""An approved term written in another form than the glossary's: other
capitals (``EU-China Summit`` for a case-sensitive ``EU-China summit``) or
other accents (``Antonió``). For a term that is not case-sensitive, only a
document that mixes capitalisations is reported."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from .._prose import in_title_case_heading, is_sentence_start
from ._examples import RESOURCES


def _harmless_case(doc, h, found: str) -> bool:
    """Capitals that typography explains: the first letter of a sentence, a
    title-case heading, or an acronym term in lower case (``us`` is not ``US``)."""
    term = h.term
    if found[:1].lower() == term[:1].lower() and found[1:] == term[1:] and is_sentence_start(doc, h.start):
        return True
    if in_title_case_heading(doc, h.start):
        return True
    return found.islower() and any(w.isupper() and len(w) > 1 for w in term.split())


def _check(unit, options):
    from ...glossary.match import ACCENT, APPROVED, CASE, EXACT, hits  # here: a check without a glossary never matches one

    doc = unit.target
    approved = [h for h in hits(unit.resources["glossary"], doc) if h.kind == APPROVED]
    forms: dict[int, set[str]] = {}
    for h in approved:
        forms.setdefault(id(h.entry), set()).add(" ".join(doc.text[h.start:h.end].split()))
    for h in approved:
        found = " ".join(doc.text[h.start:h.end].split())
        if h.form == EXACT:
            continue
        if h.form == CASE:
            if _harmless_case(doc, h, found):
                continue
            if not h.entry.case_sensitive and len(forms[id(h.entry)]) < 2:
                continue
            what = "capitalised"
        else:
            what = "accented" if h.form == ACCENT else "written"
        yield Finding(h.start, h.end, args={"what": what}, suggestions=(h.term,))


INCONSISTENT = custom(
    "terminology.inconsistent",
    _check,
    category="terminology/inconsistent",
    severity="minor",
    requires=frozenset({"glossary"}),
    message="The glossary term is “{fix}”; here it is {what} differently (“{found}”).",
    description="An approved glossary term written with other capitals or accents.",
    examples=[
        bad("Kallas will attend the ⟦EU-China Summit⟧ in Beijing.", "EU-China summit", resources=RESOURCES),
        bad("She met ⟦Antónió Costa⟧ in Beijing.", "António Costa", resources=RESOURCES),
        bad("Cybersecurity matters. So does ⟦CyberSecurity⟧ and cybersecurity.", "cybersecurity", resources=RESOURCES),
        good("Kallas will attend the EU-China summit in Beijing.", resources=RESOURCES),
        good("Cybersecurity matters, and so does cybersecurity.", resources=RESOURCES),
        good("EU-China Summit Opens In Beijing\n\nThe EU-China summit opened.", resources=RESOURCES),
    ],
)

RULES = (INCONSISTENT,)
