"""XLIFF 1.2 and 2.x through translate-toolkit, keeping unit ids and lines.

A finding's segment is the unit's ``id`` (in XLIFF 2, ``unit::segment``
when a unit has several segments), so it points back into the file;
offsets are into the unit's text with inline markup removed. Units marked
``translate="no"`` are reported as skipped; a unit with no target is read
with an empty one.
"""

from __future__ import annotations

from typing import Iterator

from .files import read_bytes
from .records import Input, Problem, Record
from .xml import entity_problem_message, localname, qualified_ids, root_element, syntax_error, unexpanded_entities

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2."


def _parse(data: bytes):
    from lxml import etree
    from translate.storage import xliff, xliff2

    root = root_element(data, "xliff", "an XLIFF file")
    version = 2 if (root.get("version") or "").startswith("2") or XLIFF2_NS in root.tag else 1
    try:
        if version == 2:
            return xliff2.Xliff2File.parsestring(data), 2
        return xliff.xlifffile.parsestring(data), 1
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc) from None


def _file_key(element, version: int) -> str:
    for ancestor in element.iterancestors():
        if localname(ancestor.tag) == "file":
            return ancestor.get("id" if version == 2 else "original") or "file"
    return "file"


def _target_line(element) -> int | None:
    for child in element.iter():
        if localname(child.tag) == "target":
            return child.sourceline
    return element.sourceline


def read(inp: Input, **_options) -> Iterator[Record | Problem]:
    store, version = _parse(read_bytes(inp))
    units = list(store.units)
    raw_ids = []
    for n, unit in enumerate(units, start=1):
        uid = unit.getid() if version == 2 else unit.xmlelement.get("id")
        raw_ids.append((_file_key(unit.xmlelement, version), uid or f"unit {n}"))
    for unit, seg_id in zip(units, qualified_ids(raw_ids)):
        line = _target_line(unit.xmlelement)
        entities = unexpanded_entities(unit.xmlelement)
        if entities:
            yield Problem(inp.name, f"unit {seg_id} {entity_problem_message(entities)}", line=line, id=seg_id)
            continue
        target = unit.target
        source = str(unit.source) if unit.source is not None else None
        yield Record(
            inp.name,
            str(target) if target is not None else "",
            source=source if source and source.strip() else None,
            id=seg_id,
            line=line,
            skip=None if unit.istranslatable() else 'translate="no"',
        )
