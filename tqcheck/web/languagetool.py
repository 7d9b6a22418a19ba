"""LanguageTool's HTTP protocol, translated to and from tqcheck's terms.

Pure functions; the blueprint in ``lt.py`` does the I/O. LanguageTool
counts offsets in UTF-16 code units (Java strings); tqcheck counts code
points, so every offset and length that leaves through this module is
converted, and an emoji before an issue moves it by one.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable, Mapping, Sequence

from ..taxonomy import CATEGORIES

#: the language codes the endpoint accepts, as LanguageTool lists them
LANGUAGES = (
    ("English", "en", "en"),
    ("English (US)", "en", "en-US"),
    ("English (GB)", "en", "en-GB"),
    ("English (Australian)", "en", "en-AU"),
    ("English (Canadian)", "en", "en-CA"),
    ("English (New Zealand)", "en", "en-NZ"),
    ("English (South African)", "en", "en-ZA"),
)
_BY_CODE = {long.lower(): (name, code, long) for name, code, long in LANGUAGES}
AUTO = "auto"


class ProtocolError(ValueError):
    """A request LanguageTool itself would refuse (400)."""


# -- offsets -------------------------------------------------------------------
class Utf16:
    """Converts code-point offsets of one text to UTF-16 code units."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self.astral, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """(offset, length) in UTF-16 units of [start, end)."""
        a = self(start)
        return a, self(end) - a


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


# -- annotated text (the ``data`` parameter) -----------------------------------
@dataclass(frozen=True)
class Annotated:
    """Plain text to check, and how its offsets map back to the original
    (text and markup together), which is what offsets in the answer count."""

    plain: str
    original: str
    #: (plain start, plain length, original start, original length, is text)
    parts: tuple[tuple[int, int, int, int, bool], ...]

    @cached_property
    def _starts(self) -> list[int]:
        return [p[0] for p in self.parts]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where a plain-text span [start, end) falls in the original. At the
        edge of markup a span keeps to its text: one starting right after
        ``<b>`` starts after it, one ending right before ``</b>`` ends there."""
        parts = self.parts
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            a = 0
        else:
            ps, pl, os, ol, is_text = parts[i]
            a = os + min(start - ps, pl) if is_text else (os if start == ps else os + ol)
        j = bisect_left(self._starts, end) - 1
        if j < 0:
            b = 0
        else:
            ps, pl, os, ol, is_text = parts[j]
            b = os + min(end - ps, pl) if is_text else os + ol
        return a, max(a, b)


def parse_annotation(data: str) -> Annotated:
    """LanguageTool's ``data``: ``{"annotation": [{"text": …} | {"markup": …,
    "interpretAs": …}]}``; markup is checked as its ``interpretAs`` (default
    nothing)."""
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"'data' is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ProtocolError("'data' is nested too deeply; send {\"annotation\": [{\"text\": …}, …]}") from None
    except ValueError as exc:  # e.g. an integer of more digits than Python parses
        raise ProtocolError(f"'data' is not valid JSON: {exc}") from None
    items = doc.get("annotation") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ProtocolError("'data' must be a JSON object with an 'annotation' array")
    plain, original, parts = [], [], []
    p = o = 0
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise ProtocolError(f"annotation[{n}] must be an object with 'text' or 'markup'")
        if isinstance(item.get("text"), str) and "markup" not in item:
            t = item["text"]
            parts.append((p, len(t), o, len(t), True))
            plain.append(t)
            original.append(t)
            p += len(t)
            o += len(t)
        elif isinstance(item.get("markup"), str) and "text" not in item:
            m = item["markup"]
            interpret = item.get("interpretAs", "")
            if not isinstance(interpret, str):
                raise ProtocolError(f"annotation[{n}].interpretAs must be a string")
            parts.append((p, len(interpret), o, len(m), False))
            plain.append(interpret)
            original.append(m)
            p += len(interpret)
            o += len(m)
        else:
            raise ProtocolError(f"annotation[{n}] must have either 'text' or 'markup' (a string)")
    return Annotated("".join(plain), "".join(original), tuple(parts))


# -- languages and switches ------------------------------------------------------
def language(code: str | None) -> tuple[str, str, str]:
    """(name, code, long code) for a requested language, or ProtocolError."""
    if not code:
        raise ProtocolError("Missing 'language' parameter (use e.g. en-US, or auto)")
    if code.lower() == AUTO:
        return _BY_CODE["en-us"]
    found = _BY_CODE.get(code.lower().replace("_", "-"))
    if found is None:
        known = ", ".join(long for _, _, long in LANGUAGES)
        raise ProtocolError(f"'{code}' is not a language tqcheck checks; use one of: {known}, auto")
    return found


def category_id(slug: str) -> str:
    """``fluency/character-encoding`` -> ``FLUENCY_CHARACTER_ENCODING``."""
    return slug.upper().replace("/", "_").replace("-", "_")


def category_name(slug: str) -> str:
    """``fluency/punctuation`` -> ``Punctuation``; ``other`` -> ``Other``."""
    return slug.rsplit("/", 1)[-1].replace("-", " ").capitalize()


_CATEGORY_BY_ID = {category_id(s): s for s in CATEGORIES}
_DIMENSIONS = {s.split("/")[0].upper(): s.split("/")[0] for s in CATEGORIES}


def category_directive(name: str) -> str | None:
    """A category as clients send it (our id, our slug or a dimension) as a
    tqcheck directive; None for categories tqcheck does not have."""
    name = name.strip()
    if name in CATEGORIES:
        return f"category:{name}"
    if name.upper() in _CATEGORY_BY_ID:
        return f"category:{_CATEGORY_BY_ID[name.upper()]}"
    if name.upper() in _DIMENSIONS:
        return f"category:{_DIMENSIONS[name.upper()]}"
    return None


def split_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


#: most entries one rule or category list may hold; LanguageTool's own
#: rule ids number a few thousand, tqcheck's fewer than a hundred
MAX_LIST = 500
LIST_PARAMS = ("enabledRules", "disabledRules", "enabledCategories", "disabledCategories")


class TooMany(ProtocolError):
    """A list parameter longer than ``MAX_LIST`` (413)."""


def split_list_capped(params: Mapping[str, str], key: str) -> list[str]:
    """The distinct entries of a comma-separated list parameter, in order;
    ``TooMany`` when there are more than ``MAX_LIST`` of them."""
    value = params.get(key) or ""
    if value.count(",") >= MAX_LIST * 4:  # refuse before splitting megabytes
        raise TooMany(f"'{key}' lists more than {MAX_LIST} entries; this server accepts at most {MAX_LIST}")
    items = list(dict.fromkeys(split_list(value)))
    if len(items) > MAX_LIST:
        raise TooMany(f"'{key}' lists {len(items)} entries; this server accepts at most {MAX_LIST}")
    return items


def switches(params: Mapping[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(enable, disable, unknown) tqcheck directives from LanguageTool's
    enabledRules/disabledRules/enabledCategories/disabledCategories/enabledOnly.

    Categories tqcheck does not have are returned as ``unknown`` so the
    caller can drop them: LanguageTool ignores ids it does not know, and
    clients routinely send LanguageTool's own (``WHITESPACE_RULE``).
    """
    enable = split_list_capped(params, "enabledRules")
    disable = split_list_capped(params, "disabledRules")
    unknown = []
    for key, target in (("enabledCategories", enable), ("disabledCategories", disable)):
        for name in split_list_capped(params, key):
            d = category_directive(name)
            if d is None:
                unknown.append(name)
            else:
                target.append(d)
    if (params.get("enabledOnly") or "").lower() == "true":
        disable = ["*", *disable]  # with nothing enabled, nothing runs
    return enable, disable, unknown


# -- the answer --------------------------------------------------------------------
def _type_name(category: str, severity: str) -> str:
    if category == "fluency/spelling":
        return "UnknownWord"
    if severity == "neutral" or category.startswith("style/"):
        return "Hint"
    return "Other"


def match(issue: Mapping[str, Any], *, to16: Utf16, sentence: str,
          description: str, offset_map=None) -> dict[str, Any]:
    """One tqcheck issue as a LanguageTool match (offsets in UTF-16 units)."""
    start, end = issue["start"], issue["end"]
    if offset_map is not None:
        start, end = offset_map(start, end)
    offset, length = to16.span(start, end)
    ctx = issue["context"]
    ctx16 = Utf16(ctx["text"])
    c_off, c_len = ctx16.span(ctx["offset"], ctx["offset"] + ctx["length"])
    category = issue["category"]
    return {
        "message": issue["message"],
        "shortMessage": category_name(category),
        "replacements": [{"value": s} for s in issue.get("suggestions", [])],
        "offset": offset,
        "length": length,
        "context": {"text": ctx["text"], "offset": c_off, "length": c_len},
        "sentence": sentence,
        "type": {"typeName": _type_name(category, issue["severity"])},
        "rule": {
            "id": issue["rule"],
            "description": description,
            "issueType": CATEGORIES.get(category, ("", "other"))[1],
            "category": {"id": category_id(category), "name": category_name(category)},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def sentence_of(sentences: Sequence[tuple[int, int]], text: str, offset: int) -> str:
    """The sentence around a code-point offset ('' when outside all)."""
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset <= sentences[i][1]:
        s, e = sentences[i]
        return text[s:e]
    return ""


def languages_payload() -> list[dict[str, str]]:
    return [{"name": name, "code": code, "longCode": long} for name, code, long in LANGUAGES]


def software(version: str) -> dict[str, Any]:
    return {"name": "tqcheck", "version": version, "buildDate": "", "apiVersion": 1,
            "premium": False, "status": ""}


def detected_language(report_language: Mapping[str, Any]) -> dict[str, Any]:
    from ..langid import name as lang_name

    code = report_language.get("detected")
    if not code:
        return {"name": "", "code": "", "confidence": 0.0}
    confidence = report_language.get("confidence")
    if confidence is None:
        # decided by function words, not by a detector: plainly that language
        confidence = 1.0 if report_language.get("method") == "function-words" else 0.0
    return {"name": lang_name(code), "code": code, "confidence": confidence}


def answer(report: Mapping[str, Any], *, text: str, requested: tuple[str, str, str], version: str,
           sentences: Sequence[tuple[int, int]], descriptions: Mapping[str, str],
           annotated: Annotated | None = None) -> dict[str, Any]:
    """The whole /v2/check response for a tqcheck report of ``text``."""
    shown = annotated.original if annotated else text
    to16 = Utf16(shown)
    offset_map = annotated.span if annotated else None
    matches = [
        match(issue, to16=to16, sentence=sentence_of(sentences, text, issue["start"]),
              description=descriptions.get(issue["rule"], ""), offset_map=offset_map)
        for issue in report["issues"] if issue["side"] == "target"
    ]
    name, _, long = requested
    return {
        "software": software(version),
        "warnings": {"incompleteResults": False},
        "language": {"name": name, "code": long, "detectedLanguage": detected_language(report["language"])},
        "matches": matches,
    }


def rules_descriptions(rules: Iterable[Any]) -> dict[str, str]:
    return {r.id: r.description for r in rules}
