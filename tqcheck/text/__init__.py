"""Text analysis: the document model and the scanners it is built from."""

from .document import Document
from .words import Word, index_words
from .splitting import Paragraph, Sentence

__all__ = ["Document", "Paragraph", "Sentence", "Word", "index_words"]
