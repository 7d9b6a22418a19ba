"""Given names that nearly always name a man or a woman.

Read from the name data of the ``nomquamgender`` package (MIT; Van Buskirk
et al., built from 36 national registers and other sources): for each given
name, how many sources list it, how many people bear it and the share of
them who are women. Only its data file is read (importing the package
imports pandas), once, into the user's cache (``tqcheck.cache``); nothing is
downloaded.

A name counts only when it is common and one-sided: many sources, many
bearers, and at most 1% of them of the other gender. ``Donald``, ``Arthur``
and ``Angela`` pass; ``Jean`` (47% women), ``Venus`` (98%, and a boxer's
name in a film) and pinyin syllables (``yan``, ``wei``: Chinese given names
lose their characters in pinyin) do not. What a reader should take from a
name is a strong hint, so the rule that uses it asks for more: the name
must render the sentence's one person.
"""

from __future__ import annotations

import json
from functools import lru_cache

from ..cache import file_key, package_file, source_key, stored

MALE, FEMALE = "m", "f"

#: at least this many sources list the name, and this many people bear it
MIN_SOURCES, MIN_COUNT = 10, 1000
#: at most this share of its bearers are of the other gender
MAX_OTHER = 0.01


def _data_file():
    return package_file("nomquamgender", "name_data.json")


def _build() -> dict[str, str]:
    path = _data_file()
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for name, row in data.items():
        try:
            sources, count, p_female = int(row[0]), float(row[1]), float(row[2])
        except (TypeError, ValueError, IndexError):
            continue
        if sources < MIN_SOURCES or count < MIN_COUNT or not name.isalpha():
            continue
        if p_female >= 1 - MAX_OTHER:
            out[name] = FEMALE
        elif p_female <= MAX_OTHER:
            out[name] = MALE
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    path = _data_file()
    parts = (source_key(__file__), file_key(path) if path is not None else "none",
             f"{MIN_SOURCES}:{MIN_COUNT}:{MAX_OTHER}")
    return stored("given-names", parts, _build)


def gender(name: str) -> str | None:
    """``"m"`` or ``"f"`` for a given name that nearly always names a man
    or a woman (case ignored), else None."""
    if not name or not name[0].isalpha():
        return None
    return _table().get(name.lower())


def available() -> bool:
    """Whether the name data is installed (the tests of the rules that use
    it skip without it)."""
    return bool(_table())
