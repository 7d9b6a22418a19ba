"""Compiled regular expressions kept between runs.

tqcheck compiles about 270 regular expressions before its first check
(rule patterns, word and character classes, number and date readers), and
``re`` parses and compiles each in Python: 0.1 s of a 0.7 s command-line
run. ``install()`` reads the patterns an earlier run compiled, from a file
in the user's cache folder (``tqcheck.cache``), and gives ``re`` a cache
that builds a stored pattern from its stored form the first time it is
asked for, without parsing it. At exit, a process that compiled enough new
patterns adds them to the file.

Patterns are built on their first lookup, not all at start: the file holds
the patterns of every command and family that ran before (up to
``MAX_ENTRIES``), and a process pays only for those it uses. The code of
each pattern is stored as the bytes of an array, which ``marshal`` reads in
one copy: read as lists of integers, a full file took 10-17 ms to load.

The stored form is what ``re._compiler.compile`` hands to ``_sre.compile``
(the flags, the code, the groups), which depends on the interpreter: the
file is keyed by the Python version and ``_sre.MAGIC``, and ``_sre.compile``
validates the code it is given. A pattern is stored only after the one
rebuilt from its stored form compared equal to the one ``re`` compiled.
Anything unexpected (another Python, a damaged file, an unwritable folder)
leaves ``re`` to compile as usual: the same patterns, only slower.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import zlib
from array import array
from typing import Any

from . import cache

#: a process adds to the file only if it compiled at least this many new
#: patterns (patterns made per document, from its names or glossary, come a
#: few at a time and need not be kept)...
MIN_NEW = 8
#: ...and the file holds at most this many
MAX_ENTRIES = 1500
#: the layout of the file; part of its name
FORMAT = 2

_state: dict[str, Any] = {}
#: (pattern, flags) that a process stores even when it compiled fewer than
#: ``MIN_NEW`` new patterns (``keep``)
_KEEP: set[tuple[str, int]] = set()


def _typecode() -> str | None:
    import _sre

    for code in "ILQ":
        if array(code).itemsize == _sre.CODESIZE:
            return code
    return None


def _file_name() -> str | None:
    try:
        import _sre
    except ImportError:
        return None
    from ._version import __version__

    tag = (f"{sys.implementation.cache_tag}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{__version__}"
           f"\0{FORMAT}").encode()
    return f"regex-{zlib.crc32(tag):08x}{zlib.adler32(tag):08x}.marshal"


class _LazyCache(dict):
    """``re``'s pattern cache, which builds a stored pattern on its first lookup.

    ``re._compile`` looks a pattern up as ``_cache[type, pattern, flags]``
    and compiles it itself on a ``KeyError``; a dict subclass's lookup
    calls ``__missing__`` only then, so patterns already built cost what
    they cost before. A pattern built here is kept as ``re`` keeps the
    ones it compiles (the oldest dropped beyond ``re._MAXCACHE``).
    """

    stored: dict = {}
    typecode = "I"

    def __missing__(self, key: tuple) -> Any:
        _, pattern, flags = key
        form = self.stored.get((pattern, flags))
        if form is None:
            raise KeyError(key)
        try:
            import _sre

            final_flags, code, groups, groupindex, indexgroup = form
            compiled = _sre.compile(pattern, final_flags, array(self.typecode, code).tolist(), groups, groupindex,
                                    indexgroup)
        except Exception:  # a damaged entry: re compiles the pattern itself
            raise KeyError(key) from None
        if len(self) >= getattr(re, "_MAXCACHE", 512):
            try:
                del self[next(iter(self))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        self[key] = compiled
        return compiled


def install() -> int:
    """Let ``re`` find the stored patterns; how many there are."""
    if _state:
        return len(_state.get("stored", ()))
    cache_dict = getattr(re, "_cache", None)
    name = _file_name()
    _state["name"] = name
    _state["stored"] = {}
    if name is None or type(cache_dict) is not dict:
        return 0
    typecode = _typecode()
    if typecode is None:
        return 0
    _state["typecode"] = typecode
    atexit.register(save)
    raw = cache.read(name)
    stored: dict = {}
    if raw is not None:
        try:
            stored = marshal.loads(raw)
            if not isinstance(stored, dict):
                stored = {}
        except Exception:  # another format, a damaged file: re compiles as usual
            stored = {}
    lazy = _LazyCache(cache_dict)
    lazy.stored = stored
    lazy.typecode = typecode
    re._cache = lazy  # type: ignore[attr-defined]
    _state["stored"] = stored
    return len(stored)


def _stored_form(key: tuple) -> tuple | None:
    """What ``_sre.compile`` needs to rebuild the cached pattern, or None."""
    kind, pattern, flags = key
    if kind not in (str, bytes) or not isinstance(flags, int) or flags & re.DEBUG:
        return None
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        p = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses
        groupindex = dict(p.state.groupdict)
        indexgroup: list[str | None] = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        form = (pattern, flags, int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = _sre.compile(*form[:1], *form[2:])
    except Exception:
        return None
    return form if rebuilt == re._cache.get(key) else None  # type: ignore[attr-defined]


def keep(pattern: str, flags: int = 0) -> None:
    """Store ``pattern`` at exit even if this process compiled fewer than
    ``MIN_NEW`` new ones: it is built from the rules' own tables, the same in
    every process, not from one document. Without this a pattern that only a
    later step of a check compiles (the phrase rules' edge scan, 14,000
    characters, 0.04 s to compile) was compiled again by every one-file run."""
    _KEEP.add((pattern, flags))


def save() -> None:
    """Add the patterns this process compiled to the file (at exit)."""
    name = _state.get("name")
    typecode = _state.get("typecode")
    cache_dict = getattr(re, "_cache", None)
    if not name or typecode is None or not isinstance(cache_dict, dict):
        return
    stored = dict(_state.get("stored", {}))
    room = MAX_ENTRIES - len(stored)
    new = [k for k in list(cache_dict) if isinstance(k, tuple) and len(k) == 3 and (k[1], k[2]) not in stored]
    if room <= 0 or (len(new) < MIN_NEW and not any((k[1], k[2]) in _KEEP for k in new)):
        return
    for k in new[:room]:
        form = _stored_form(k)
        if form is not None:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = form
            stored[(pattern, flags)] = (final_flags, array(typecode, code).tobytes(), groups, groupindex,
                                        indexgroup)
    try:
        data = marshal.dumps(stored)
    except ValueError:
        return
    cache.write(name, data, stale="regex-*.marshal")
    _state["stored"] = stored
