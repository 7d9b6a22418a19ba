"""Load a glossary from a file, a string or a JSON-shaped mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from .. import resources
from ..errors import InputError
from . import tabular, tbx
from .model import Entry, Glossary

FORMATS = ("tsv", "csv", "tbx", "json")
#: a JSON glossary is 4 levels deep ({"entries": [{"forbidden": [...]}]})
MAX_DEPTH = 16
_BY_SUFFIX = {".tsv": "tsv", ".tab": "tsv", ".txt": "tsv", ".csv": "csv", ".tbx": "tbx", ".xml": "tbx", ".json": "json"}


def format_of(name: str) -> str:
    fmt = _BY_SUFFIX.get(Path(name).suffix.lower())
    if fmt is None:
        raise InputError(f"unknown glossary format (use one of {', '.join(sorted(_BY_SUFFIX))})", where=name)
    return fmt


def sniff(text: str, name: str | None = None) -> str:
    """The format of glossary text: from a file name's extension if it has a
    known one, else from the contents (XML is TBX, a tab makes TSV)."""
    if name:
        try:
            return format_of(name)
        except InputError:
            pass
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if head.startswith("<"):
        return "tbx"
    if head.startswith("{"):
        return "json"
    lines = (ln for ln in head.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    first = next(lines, "")
    return "tsv" if "\t" in first or "," not in first else "csv"


def load(path: str | Path, *, source_lang: str = "zh", target_lang: str = "en") -> Glossary:
    path = Path(path)
    fmt = format_of(path.name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read glossary: {exc.strerror}", where=str(path)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"glossary is not valid UTF-8 at byte {exc.start}", where=str(path)) from exc
    return loads(text, fmt, source_lang=source_lang, target_lang=target_lang, name=str(path))


def loads(text: str, fmt: str, *, source_lang: str = "zh", target_lang: str = "en", name: str | None = None) -> Glossary:
    """Parse glossary text in one of ``FORMATS``."""
    where = name or "glossary"
    if fmt == "tsv":
        entries = tabular.read(text, "\t", where)
    elif fmt == "csv":
        entries = tabular.read(text, ",", where)
    elif fmt == "tbx":
        entries = tbx.read(text, source_lang, target_lang, where)
    elif fmt == "json":
        import json

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc}", where=where) from exc
        except RecursionError:
            raise InputError("not a glossary: the JSON is nested too deeply", where=where) from None
        except ValueError as exc:  # an integer of more digits than Python parses
            raise InputError(f"not valid JSON: {exc}", where=where) from None
        return from_mapping(data, name=name)
    else:
        raise InputError(f"unknown glossary format {fmt!r} (use one of {', '.join(FORMATS)})", where=where)
    return Glossary(tuple(entries), name)


def from_mapping(data: Any, *, name: str | None = None) -> Glossary:
    """The JSON form: ``{"entries": [{"target": ..., ...}]}`` (see the schema)."""
    from ..config import depth_error

    deep = depth_error(data, MAX_DEPTH)
    if deep:
        raise InputError(f"not a glossary: the JSON is {deep}", where=name or "glossary")
    errors = resources.validation_errors("glossary", data)
    if errors:
        raise InputError(f"invalid glossary at {errors[0]['pointer']}: {errors[0]['message']}",
                         where=name or "glossary", details=errors)
    entries = []
    for item in data["entries"]:
        entries.append(Entry(
            target=item["target"],
            source=item.get("source") or None,
            forbidden=tuple(item.get("forbidden", ())),
            case_sensitive=bool(item.get("case_sensitive", False)),
            note=item.get("note", ""),
        ))
    return Glossary(tuple(entries), name)


def coerce(value: Any, *, source_lang: str = "zh", target_lang: str = "en") -> Glossary | None:
    """What the API accepts as ``glossary=``: a Glossary, a path, or a mapping."""
    if value is None or isinstance(value, Glossary):
        return value
    if isinstance(value, (str, Path)):
        return load(value, source_lang=source_lang, target_lang=target_lang)
    if isinstance(value, Mapping):
        return from_mapping(value)
    raise InputError(f"glossary must be a path, a mapping or a Glossary, not {type(value).__name__}")
