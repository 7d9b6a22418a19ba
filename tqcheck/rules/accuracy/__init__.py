"""Meaning checks against the source (``accuracy/*``): what a fluent
translation says that its source does not — negation, the direction of a
change, questions, pronoun gender, future and past.

They read the aligned sentence pairs with the source segmented into words
(``_meaning``) and run only when a source is given.
"""

MODULES = ("gender", "negation", "polarity", "questions", "tense")
