"""Style: what a news editor would change in a correct translation (``style/awkward``).

Two profiles: ``news`` (default) adds the news conventions (``said`` for
attribution, no ``that`` after ``said``, shorter sentences); ``general``
keeps the advice that holds for any prose. Advice is not given inside
direct quotations, whose words belong to the speaker, except by the rules
about quotations themselves.
"""

MODULES = ("adverbs", "attribution", "boilerplate", "conjunction", "length", "openers", "quotation", "translationese", "wordy")
