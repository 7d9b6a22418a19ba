"""Glossaries as TBX (TermBase Exchange, ISO 30042), both the 2008 form
(``termEntry``/``langSet``/``tig``) and the 2019 form
(``conceptEntry``/``langSec``/``termSec``).

Parsed with defusedxml because glossaries arrive from users (web form, API):
a hostile file must not expand entities or reach the network.

Within a concept, target-language terms marked ``deprecatedTerm`` or
``supersededTerm`` (``administrativeStatus`` or ``normativeAuthorization``)
become forbidden variants; the first preferred term (or the first other
term) is the approved one. Each source-language term gives one entry. TBX
has no standard case flag: a ``termNote`` or ``descrip`` whose type
contains ``case`` with the value ``yes``/``true``/``caseSensitive`` sets it.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..errors import InputError
from .model import Entry

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DEPRECATED = ("deprecated", "superseded")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: Element, *names: str):
    return [c for c in el if _local(c.tag) in names]


def _text(el: Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _base(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def read(text: str, source_lang: str = "zh", target_lang: str = "en", where: str = "glossary") -> list[Entry]:
    try:
        root = fromstring(text.encode("utf-8"))
    except ParseError as exc:
        raise InputError(f"not valid TBX (XML): {exc}", where=where) from exc
    except DefusedXmlException as exc:
        raise InputError(f"TBX file refused: {type(exc).__name__} (entities and DTDs are not allowed)", where=where) from exc
    concepts = [el for el in root.iter() if _local(el.tag) in ("termEntry", "conceptEntry")]
    if not concepts:
        raise InputError("no termEntry or conceptEntry elements: not a TBX glossary", where=where)
    src, tgt = _base(source_lang), _base(target_lang)
    entries: list[Entry] = []
    for concept in concepts:
        entries.extend(_concept(concept, src, tgt))
    return entries


def _concept(concept: Element, src: str, tgt: str) -> list[Entry]:
    notes = [_text(d) for d in concept.iter() if _local(d.tag) in ("descrip", "note") and _text(d)
             and "case" not in (d.get("type") or "").lower()]
    sources: list[str] = []
    approved: list[tuple[bool, str]] = []
    forbidden: list[str] = []
    case_sensitive = False
    for lang_el in _children(concept, "langSet", "langSec"):
        lang = _base(lang_el.get(_XML_LANG) or lang_el.get("lang") or "")
        for term_el in _children(lang_el, "tig", "ntig", "termSec"):
            term, status, case = _term(term_el)
            if not term:
                continue
            if lang == src and not status.startswith(_DEPRECATED):
                sources.append(term)
            elif lang == tgt:
                case_sensitive = case_sensitive or case
                if status.startswith(_DEPRECATED):
                    forbidden.append(term)
                else:
                    approved.append((status.startswith("preferred"), term))
    if not approved:
        return []
    target = next((t for pref, t in approved if pref), approved[0][1])
    note = "; ".join(dict.fromkeys(notes))
    if not sources:
        return [Entry(target=target, forbidden=tuple(forbidden), case_sensitive=case_sensitive, note=note)]
    return [Entry(target=target, source=s, forbidden=tuple(forbidden), case_sensitive=case_sensitive, note=note)
            for s in dict.fromkeys(sources)]


def _term(term_el: Element) -> tuple[str, str, bool]:
    term, status, case = "", "", False
    for el in term_el.iter():
        name = _local(el.tag)
        kind = (el.get("type") or "").lower()
        if name == "term" and not term:
            term = _text(el)
        elif name in ("termNote", "descrip") and kind in ("administrativestatus", "normativeauthorization"):
            status = _text(el).lower()
        elif name in ("termNote", "descrip") and "case" in kind:
            case = _text(el).lower() in ("yes", "true", "1", "casesensitive", "case-sensitive")
    return term, status, case
