"""User word lists: names and terms the spelling check must accept.

A list comes from config (``words = [...]``), from files named in config
(``words_files``, relative to the config file) or on the command line
(``--words FILE``): one word per line, ``#`` starts a comment, UTF-8.
Rules receive the merged list as ``unit.resources["words"]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..errors import ConfigError


def read_words_file(path: str | Path) -> list[str]:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read word list: {exc.strerror}", where=str(p)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"word list is not valid UTF-8 at byte {exc.start}", where=str(p)) from exc
    words = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


class WordList:
    """Accepts a word as listed, or in any capitalisation when it was
    listed in lower case (``kallas`` accepts ``Kallas``; ``iPhone`` only
    ``iPhone``)."""

    __slots__ = ("exact", "folded")

    def __init__(self, words: Iterable[str] = ()) -> None:
        exact: set[str] = set()
        folded: set[str] = set()
        for w in words:
            if not isinstance(w, str):
                raise ConfigError(f"a word list holds strings, not {type(w).__name__}")
            w = w.strip().replace("’", "'")
            if not w:
                continue
            exact.add(w)
            if w == w.lower():
                folded.add(w)
        self.exact = frozenset(exact)
        self.folded = frozenset(folded)

    def __contains__(self, word: str) -> bool:
        word = word.replace("’", "'")
        return word in self.exact or word.lower() in self.folded

    def __len__(self) -> int:
        return len(self.exact)


def as_word_list(value) -> WordList:
    """What rules call on ``resources["words"]``: a WordList, or any
    iterable of strings passed through the Python API."""
    if value is None:
        return WordList()
    if isinstance(value, WordList):
        return value
    if isinstance(value, str):
        raise ConfigError("resources['words'] must be a list of words, not one string")
    return WordList(value)
