"""Spelling (``fluency/spelling``): words no dictionary knows, and US/UK
spellings mixed in one text. Names are the hard part of news: see
``misspelled`` for how a word is recognised as one."""

MODULES = ("compounds", "dialect", "misspelled")
