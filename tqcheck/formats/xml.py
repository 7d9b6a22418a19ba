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
