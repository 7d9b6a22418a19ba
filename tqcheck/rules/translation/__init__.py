"""Checks of a translation against its source (``accuracy/*``, ``locale/*``).

Most run only when a source is given (``requires={"source"}``); those that
need no source (Chinese left in English text, calqued number words) run on
any English text. Issues about something missing point at the source
(``side: "source"``).
"""

MODULES = ("dates", "empty", "ending", "language", "latin", "length", "numbers", "sentences", "untranslated", "urls")
