"""Why each language rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

DOCS = {
    "language.mismatch": (
        "A text in the wrong language is not a translation at all (a pasted source, a wrong file, an MT engine "
        "that copied its input); WMT's MQM scoring counts it as a non-translation, the heaviest penalty.", MQM),
}
