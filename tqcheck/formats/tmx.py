"""TMX through translate-toolkit: each ``<tu>`` is a segment, its ``tuid``
(or its position, ``tu3``) the segment id.

The target is the ``<tuv>`` in the expected target language; the source is
the one in the header's ``srclang`` (or the configured source language).
"""

from __future__ import annotations

from typing import Iterator

from .files import read_bytes
from .records import Input, Problem, Record
from .xml import entity_problem_message, root_element, syntax_error, unexpanded_entities

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _base(code: str | None) -> str:
    return (code or "").replace("_", "-").split("-")[0].lower()


def _parse(data: bytes):
    from lxml import etree
    from translate.storage import tmx

    root_element(data, "tmx", "a TMX file")
    try:
        return tmx.tmxfile.parsestring(data)
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc) from None


def read(inp: Input, *, source_lang: str = "zh", target_lang: str = "en", **_options) -> Iterator[Record | Problem]:
    store = _parse(read_bytes(inp))
    root = store.document.getroot()
    header = root.find("header")
    srclang = header.get("srclang") if header is not None else None
    want_source = _base(srclang) if srclang and srclang != "*all*" else _base(source_lang)
    want_target = _base(target_lang)
    for n, unit in enumerate(store.units, start=1):
        element = unit.xmlelement
        seg_id = element.get("tuid") or f"tu{n}"
        tuvs = [(node, _base(node.get(XML_LANG) or node.get("lang"))) for node in unit.getlanguageNodes()]
        target = next((node for node, lang in tuvs if lang == want_target and lang != want_source), None)
        source = next((node for node, lang in tuvs if lang == want_source and node is not target), None)
        if target is None:
            langs = ", ".join(lang or "?" for _, lang in tuvs) or "none"
            yield Problem(inp.name, f"no <tuv> in the target language {target_lang} (found: {langs})",
                          line=element.sourceline, id=seg_id)
            continue
        entities = unexpanded_entities(target, source)
        if entities:
            yield Problem(inp.name, f"tu {seg_id} {entity_problem_message(entities)}", line=target.sourceline,
                          id=seg_id)
            continue
        text = unit.getNodeText(target) or ""
        source_text = unit.getNodeText(source) if source is not None else None
        yield Record(
            inp.name,
            text,
            source=source_text if source_text and source_text.strip() else None,
            id=seg_id,
            line=target.sourceline,
        )
