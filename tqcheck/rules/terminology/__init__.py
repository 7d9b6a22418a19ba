"""Terminology: the translation against a glossary (``terminology/*``).

Runs only when a glossary is given (``--glossary FILE``, ``glossary=`` in
the API). A forbidden variant is used; an approved term is written in
another form; a source term's approved translation is missing.
"""

MODULES = ("forbidden", "inconsistent", "missing")
