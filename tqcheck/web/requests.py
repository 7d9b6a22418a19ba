"""Reading and validating request bodies: everything wrong, at once, with
JSON pointers. Only what the published schemas and the library accept
gets through to the library."""

from __future__ import annotations

import json
from typing import Any, Iterator

from flask import Request

from ..config import depth_error, schema_errors, settings_errors
from ..inputs import first_surrogate
from .errors import ApiError
from .service import directive_errors


#: request fields that carry text and count towards the size limit
TEXT_FIELDS = ("text", "source", "references", "glossary")
#: the deepest a request body may nest (a rule option sits 4 levels down)
MAX_DEPTH = 16
#: most entries a list (or object) in a request may hold, by where it is;
#: the schemas say the same (``maxItems``/``maxProperties``), but counting
#: comes first, before each entry is validated
LIST_CAPS = {
    ("references",): 16,
    ("enable",): 500,
    ("disable",): 500,
    ("options", "enable"): 500,
    ("options", "disable"): 500,
    ("options", "words"): 20_000,
    ("options", "severity"): 500,
    ("options", "rules"): 500,
}
#: any other list or object in a body
DEFAULT_LIST_CAP = 1_000


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def json_body(request: Request) -> Any:
    """The parsed JSON body, or 415 (not JSON) / 400 (not parseable)."""
    if not request.is_json:
        got = request.mimetype or "no content type"
        raise ApiError(415, f"Send the request body as JSON (Content-Type: application/json), not {got}.",
                       [{"pointer": "/", "message": f"unsupported media type {got}"}])
    raw = request.get_data(cache=False)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"The body is not valid UTF-8 (byte offset {exc.start}).",
                       [{"pointer": "/", "message": f"invalid UTF-8 at byte offset {exc.start}"}]) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise ApiError(400, f"The body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).",
                       [{"pointer": "/", "message": msg}]) from None
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, f"The body is not valid JSON: {exc}.", [{"pointer": "/", "message": str(exc)}]) from None


def _strings(value: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield pointer or "/", value
    elif isinstance(value, dict):
        for k, v in value.items():
            here = f"{pointer}/{_escape(k)}"
            yield here, k  # keys are text too
            yield from _strings(v, here)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{pointer}/{i}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def surrogate_errors(body: Any) -> list[dict[str, str]]:
    """Lone UTF-16 surrogates (``"\\ud800"``) parse as JSON but are not text."""
    errors = []
    for pointer, s in _strings(body):
        at = first_surrogate(s)
        if at is not None:
            errors.append({"pointer": pointer,
                           "message": f"unpaired UTF-16 surrogate at offset {at}; send valid Unicode text"})
    return errors


def _utf8(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    if isinstance(value, list):
        return sum(len(v.encode("utf-8", "surrogatepass")) for v in value if isinstance(v, str))
    return 0


def text_bytes(body: dict[str, Any]) -> dict[str, int]:
    """UTF-8 size of each text-carrying field, word lists included (they
    are held in memory like the text, and kept with a cached checker)."""
    sizes = {}
    for name in TEXT_FIELDS:
        if name in body:
            sizes[name] = _utf8(body[name])
    options = body.get("options")
    if isinstance(options, dict) and isinstance(options.get("words"), list):
        sizes["options/words"] = _utf8(options["words"])
    return sizes


def list_cap_errors(body: Any) -> list[dict[str, str]]:
    """Every list or object holding more entries than the server accepts,
    found by counting alone (walked without recursion)."""
    errors = []
    stack: list[tuple[Any, tuple[str, ...]]] = [(body, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            children = [(v, path + (str(k),)) for k, v in value.items() if isinstance(v, (dict, list))]
        elif isinstance(value, list):
            children = [(v, path + (str(i),)) for i, v in enumerate(value) if isinstance(v, (dict, list))]
        else:
            continue
        cap = LIST_CAPS.get(path, DEFAULT_LIST_CAP) if path else DEFAULT_LIST_CAP
        if len(value) > cap:
            pointer = "/" + "/".join(_escape(p) for p in path)
            field = ".".join(path) or "the body"
            errors.append({"pointer": pointer,
                           "message": f"{field} has {len(value)} entries; this server accepts at most {cap}"})
            continue
        stack.extend(children)
    return sorted(errors, key=lambda e: e["pointer"])


def check_size(body: dict[str, Any], limit: int, fields: tuple[str, ...] | None = None, what: str = "") -> None:
    sizes = text_bytes(body)
    if fields is not None:
        sizes = {name: n for name, n in sizes.items() if name in fields}
    total = sum(sizes.values())
    if total > limit:
        raise ApiError(413, f"The request carries {total} bytes of text{what}; this server accepts at most {limit}.",
                       [{"pointer": f"/{name}", "message": f"{n} bytes of UTF-8 text"} for name, n in sizes.items() if n])


def check_score_size(body: dict[str, Any], limit: int) -> None:
    """Scores cost far more than checks: a translation scored against
    references has a smaller limit (``max_score_bytes``)."""
    if body.get("references"):
        check_size(body, limit, ("text", "references"), " to score against references")


def rule_names(body: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, name) of every rule id, prefix or category the body names."""
    for key in ("enable", "disable"):
        for i, d in enumerate(body.get(key) or ()):
            yield f"/{key}/{i}", d
    options = body.get("options") or {}
    for key in ("enable", "disable"):
        for i, d in enumerate(options.get(key) or ()):
            yield f"/options/{key}/{i}", d
    for key in ("severity", "rules"):
        for name in options.get(key) or {}:
            yield f"/options/{key}/{_escape(name)}", name


def validated(body: Any, schema: str, max_text_bytes: int) -> dict[str, Any]:
    """The body if it satisfies ``schema`` and the server's limits.

    Cheap checks come first, so a hostile body is refused before any work
    per entry: nesting depth (400), list lengths (413, naming the field),
    then the schema and the settings in ``options`` (400: every error at
    once; a setting that names a file is refused without touching it),
    the size of the text (413), and the rule names (each distinct one once).
    """
    deep = depth_error(body, MAX_DEPTH)
    if deep:
        raise ApiError(400, f"Invalid request: the body is {deep}.", [{"pointer": "/", "message": deep}])
    errors = list_cap_errors(body)
    if errors:
        raise ApiError(413, f"The request is larger than this server accepts: {errors[0]['message']}.", errors)
    errors = schema_errors(schema, body, ("options", "words"))
    if isinstance(body, dict) and isinstance(body.get("options"), dict):
        ours = settings_errors(body["options"], files=False, pointer="/options")
        covered = {e["pointer"] for e in ours}
        # the schema's `false` for file settings says only "False schema does
        # not allow <the path>"; ours says why, without repeating the path
        errors = [e for e in errors if e["pointer"] not in covered
                  and not e["message"].startswith("False schema")] + ours
    if errors:
        errors.sort(key=lambda e: e["pointer"])
        raise ApiError(400, _summary(errors), errors)
    check_size(body, max_text_bytes)
    errors = surrogate_errors(body) + directive_errors(rule_names(body))
    if errors:
        raise ApiError(400, _summary(errors), errors)
    return body


def _summary(errors: list[dict[str, str]]) -> str:
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"Invalid request: {first['pointer']}: {first['message']}{more}"
