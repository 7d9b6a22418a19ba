"""Text analysis: the document model and the scanners it is built from."""

from .document import Document, Word
from .segment import Paragraph, Sentence

__all__ = ["Document", "Paragraph", "Sentence", "Word"]
