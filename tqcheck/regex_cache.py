"""Compiled regular expressions kept between runs.

tqcheck compiles about 270 regular expressions before its first check
(rule patterns, word and character classes, number and date readers), and
``re`` parses and compiles each in Python: 0.1 s of a 0.7 s command-line
run. ``install()`` fills ``re``'s own cache with the patterns an earlier run
compiled, from a file in the user's cache folder (``tqcheck.cache``), so
every later ``re.compile`` of the same pattern and flags returns a pattern
built from the stored code without parsing it. At exit, a process that
compiled enough new patterns adds them to the file.

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
from typing import Any

from . import cache

#: a process adds to the file only if it compiled at least this many new
#: patterns (patterns made per document, from its names or glossary, come a
#: few at a time and need not be kept)...
MIN_NEW = 8
#: ...and the file holds at most this many
MAX_ENTRIES = 1500

_state: dict[str, Any] = {}


def _file_name() -> str | None:
    try:
        import _sre
    except ImportError:
        return None
    from ._version import __version__

    tag = f"{sys.implementation.cache_tag}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{__version__}".encode()
    return f"regex-{zlib.crc32(tag):08x}{zlib.adler32(tag):08x}.marshal"


def install() -> int:
    """Fill ``re``'s cache from the stored patterns; how many were loaded."""
    if _state:
        return len(_state.get("keys", ()))
    cache_dict = getattr(re, "_cache", None)
    name = _file_name()
    _state["name"] = name
    _state["keys"] = frozenset()
    _state["entries"] = []
    if name is None or not isinstance(cache_dict, dict):
        return 0
    atexit.register(save)
    raw = cache.read(name)
    if raw is None:
        return 0
    try:
        import _sre

        entries = marshal.loads(raw)
        built = {}
        for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries:
            built[(type(pattern), pattern, flags)] = _sre.compile(pattern, final_flags, code, groups, groupindex,
                                                                  indexgroup)
    except Exception:  # another format, a damaged file: re compiles as usual
        return 0
    for k, p in built.items():
        cache_dict.setdefault(k, p)
    _state["keys"] = frozenset(built)
    _state["entries"] = entries
    return len(built)


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


def save() -> None:
    """Add the patterns this process compiled to the file (at exit)."""
    name = _state.get("name")
    cache_dict = getattr(re, "_cache", None)
    if not name or not isinstance(cache_dict, dict):
        return
    known = _state.get("keys", frozenset())
    entries = list(_state.get("entries", ()))
    room = MAX_ENTRIES - len(entries)
    new = [k for k in list(cache_dict) if k not in known]
    if room <= 0 or len(new) < MIN_NEW:
        return
    for k in new[:room]:
        form = _stored_form(k)
        if form is not None:
            entries.append(form)
    try:
        data = marshal.dumps(entries)
    except ValueError:
        return
    cache.write(name, data, stale="regex-*.marshal")
    _state["keys"] = known | frozenset(new)
    _state["entries"] = entries
