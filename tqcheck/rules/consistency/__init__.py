"""Consistency: one thing written in different ways in one document
(``fluency/inconsistency``).

Automatic: no configured pairs. Each rule groups the document's
occurrences of one thing (``US``/``U.S.``, ``Summit``/``summit``, two
titles for one person…), takes the most frequent form as the document's
choice (on a tie, the first one used) and reports every occurrence of
another form, pointing to it. Terms a glossary covers are left to the
terminology family, which knows the approved form.
"""

MODULES = ("abbreviations", "capitals", "compounds", "dates", "names", "percent", "titles")
