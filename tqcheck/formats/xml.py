"""What the XML formats share: a look at the root first, parse errors with
their line, and unit ids."""

from __future__ import annotations

import io
from collections import Counter
from typing import Iterable

from .records import ReadError


def localname(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def syntax_error(exc: Exception) -> ReadError:
    """lxml's syntax error as a read error that names the line."""
    msg = getattr(exc, "msg", None) or str(exc)
    return ReadError(f"not well-formed XML: {msg}", line=getattr(exc, "lineno", None))


def root_element(data: bytes, expected: str, what: str):
    """The root element's start tag (attributes only, nothing below it), so a
    file of the wrong kind is named as such before a full parse."""
    from lxml import etree

    try:
        for _event, element in etree.iterparse(io.BytesIO(data), events=("start",),
                                               resolve_entities=False, no_network=True):
            if localname(element.tag) != expected:
                raise ReadError(f"not {what}: the root element is <{localname(element.tag)}>, not <{expected}>",
                                line=element.sourceline)
            return element
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc) from None
    raise ReadError(f"not {what}: no root element")


def qualified_ids(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Unit ids as the file writes them, prefixed with their ``<file>`` only
    where the same id occurs in more than one (ids are unique per file)."""
    pairs = list(pairs)
    counts = Counter(uid for _, uid in pairs)
    return [uid if counts[uid] == 1 else f"{file_key}#{uid}" for file_key, uid in pairs]


def unexpanded_entities(*elements) -> list[str]:
    """Names of the entity references inside ``elements`` whose text is not
    in the document: external entities (``SYSTEM``/``PUBLIC``, which tqcheck
    never fetches) and undeclared ones. They would vanish from the text the
    checks see, so a record holding one is refused rather than checked with
    a hole in it. Internal entities (declared with their text) are expanded
    and fine."""
    from lxml import etree

    names: list[str] = []
    for element in elements:
        if element is None:
            continue
        dtd = element.getroottree().docinfo.internalDTD
        internal = {e.name for e in dtd.iterentities() if e.content is not None} if dtd is not None else set()
        for node in element.iter(etree.Entity):
            if node.name not in internal and node.name not in names:
                names.append(node.name)
    return names


def entity_problem_message(names: list[str]) -> str:
    refs = ", ".join(f"&{n};" for n in names)
    return (f"holds the entity reference{'s' if len(names) > 1 else ''} {refs}, whose text is not in the file "
            "(tqcheck does not read external entities); write the text in place of the reference")
