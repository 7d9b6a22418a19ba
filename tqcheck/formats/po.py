"""Gettext PO through translate-toolkit.

The segment id is the entry's key as gettext knows it (``msgctxt`` and
``msgid`` joined by ``::`` when there is a context); each plural form is
its own segment, ``id[n]``. Lines point at the ``msgstr`` line. The header
and obsolete (``#~``) entries are not segments.
"""

from __future__ import annotations

import re
from typing import Iterator

from .encoding import not_text
from .files import read_bytes
from .records import Input, Problem, ReadError, Record

_MSGID = re.compile(rb"msgid[ \t\"]")
_MSGSTR = re.compile(rb"msgstr(?:\[(\d+)\])?[ \t\"]")
_ON_LINE = re.compile(r"on line (\d+)")


def msgstr_lines(data: bytes) -> list[dict[int | None, int]]:
    """For each active entry in file order, where its msgstr lines are:
    ``{None: line}`` or ``{0: line, 1: line}`` for plural forms."""
    entries: list[dict[int | None, int]] = []
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        if _MSGID.match(raw):
            entries.append({})
            continue
        m = _MSGSTR.match(raw)
        if m and entries:
            entries[-1][int(m.group(1)) if m.group(1) is not None else None] = lineno
    return entries


def _parse(data: bytes):
    from translate.storage import po

    try:
        return po.pofile.parsestring(data)
    except (ValueError, UnicodeDecodeError, LookupError) as exc:
        m = _ON_LINE.search(str(exc))
        raise ReadError(f"not a valid PO file: {exc}", line=int(m.group(1)) if m else None) from None


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    data = read_bytes(inp)
    why = not_text(data)
    if why:
        raise ReadError(why)
    store = _parse(data)
    active = [u for u in store.units if not u.isobsolete()]
    lines = msgstr_lines(data)
    if len(lines) != len(active):  # cannot align: better no line than a wrong one
        lines = [{} for _ in active]
    for unit, where in zip(active, lines):
        if unit.isheader():
            continue
        key = str(unit.getid()).replace("\x04", "::")
        if unit.hasplural():
            sources = [str(s) for s in unit.source.strings]
            targets = [str(t) for t in unit.target.strings]
            forms = [(f"{key}[{i}]", sources[min(i, len(sources) - 1)], t, where.get(i)) for i, t in enumerate(targets)]
        else:
            forms = [(key, str(unit.source), str(unit.target or ""), where.get(None))]
        for seg_id, source, target, line in forms:
            yield Record(
                inp.name,
                target,
                source=source if source.strip() else None,
                id=seg_id,
                line=line,
            )
