"""Accuracy checks on the bilingual lexical alignment (``tqcheck.bilingual``):
what the source says that the target does not (omission, names missing),
what the target says that the source does not (addition), names rendered as
other names, and fluent English that renders almost none of the source
(non-translation). They run when a Chinese source is given; issues about
something missing point at the source (``side: "source"``) and carry the
target neighbourhood the alignment looked in (``related``).

The meaning checks (negation, polarity of change, questions, pronoun gender,
future and past) ask whether a source cue has a counterpart in its aligned
target sentence (``_meaning``).
"""

MODULES = ("addition", "dropped", "gender", "names", "negation", "nontranslation", "omission", "polarity", "questions",
           "reference", "tense")
