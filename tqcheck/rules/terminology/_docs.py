"""Why each terminology rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

DOCS = {
    "terminology.forbidden": (
        "A glossary records the terms a client or publication has decided on; a variant it forbids is a known "
        "wrong term, not a matter of taste.", MQM),
    "terminology.inconsistent": (
        "An approved term with other capitals or accents is still recognisable but breaks the client's style "
        "and searchability.", MQM),
    "terminology.missing": (
        "When the source uses a glossary term and the approved rendering is absent, the translator has "
        "translated it some other way or left it out.", MQM),
}
