"""Punctuation, quotation marks, brackets and spacing (``fluency/punctuation``)."""

MODULES = ("brackets", "doubled", "fullwidth", "quotes", "spacing", "urls")
