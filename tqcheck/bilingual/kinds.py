"""The kinds of source words the alignment tells apart (``SourceWord.kind``).

Kept apart from ``align`` so that rules can name them without loading the
alignment, which a check without a source never builds."""

CONTENT, NAME, NUMBER, LATIN, GLOSSARY, SOFT, FUNCTION, PUNCT = (
    "content", "name", "number", "latin", "glossary", "soft", "function", "punct")

#: the kinds of source word that carry content (``SourceWord.content``)
CONTENT_KINDS = frozenset((CONTENT, NAME, NUMBER, LATIN, GLOSSARY))
