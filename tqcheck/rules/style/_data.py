"""Phrase tables kept as data: ``phrase<TAB>replacement[|another]`` per line.

Curated for English news translated from Chinese; each replacement is the
natural English an editor would write. ``#`` starts a comment line.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "data"


@cache
def table(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(_DIR / f"{name}.tsv", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            phrase, sep, repl = line.partition("\t")
            if not sep or not phrase.strip():
                raise ValueError(f"{name}.tsv:{lineno}: expected phrase<TAB>replacement")
            key = " ".join(phrase.split())
            if key in out:
                raise ValueError(f"{name}.tsv:{lineno}: {key!r} listed twice")
            out[key] = [r.strip() for r in repl.split("|") if r.strip()]
    return out
