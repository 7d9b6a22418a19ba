"""The OpenAPI 3.1 document, built from the JSON schemas in ``schemas/``.

OpenAPI 3.1 speaks JSON Schema 2020-12, so the published schemas go in
unchanged apart from where their ``$ref``s point: each file becomes a
component named after it (``check-request`` -> ``CheckRequest``) and its
``$defs`` become components beside it (``Report_issue``), which every
OpenAPI tool resolves.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from flask import Blueprint, jsonify

from .._version import __version__
from ..config import PROFILES
from ..resources import data_dir
from .languagetool import LANGUAGES

bp = Blueprint("openapi", __name__)

SCHEMA_BASE = "https://tqcheck.dev/schemas/"
REF = "#/components/schemas/"


def component_name(stem: str) -> str:
    return "".join(part.capitalize() for part in stem.split("-"))


def _rewrite(node: Any, owner: str, names: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = _target(value, owner, names)
            else:
                out[key] = _rewrite(value, owner, names)
        return out
    if isinstance(node, list):
        return [_rewrite(v, owner, names) for v in node]
    return node


def _target(ref: str, owner: str, names: dict[str, str]) -> str:
    base, _, fragment = ref.partition("#")
    name = owner if not base else names[base.removeprefix(SCHEMA_BASE)]
    if not fragment:
        return REF + name
    if fragment.startswith("/$defs/"):
        def_name, _, rest = fragment[len("/$defs/"):].partition("/")
        return f"{REF}{name}_{def_name}" + (f"/{rest}" if rest else "")
    return f"{REF}{name}{fragment}"


def schema_components() -> dict[str, Any]:
    files = sorted(data_dir("schemas").glob("*.schema.json"))
    names = {p.name: component_name(p.name.removesuffix(".schema.json")) for p in files}
    components: dict[str, Any] = {}
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        owner = names[path.name]
        defs = doc.pop("$defs", {})
        for drop in ("$schema", "$id"):
            doc.pop(drop, None)
        components[owner] = _rewrite(doc, owner, names)
        for def_name, sub in defs.items():
            components[f"{owner}_{def_name}"] = _rewrite(sub, owner, names)
    return components


PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details; `errors` lists every problem with a JSON pointer into the request body.",
    "required": ["type", "title", "status", "detail", "errors"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {
            "type": "object", "required": ["pointer", "message"],
            "properties": {"pointer": {"type": "string"}, "message": {"type": "string"}},
        }},
    },
}

RULES = {
    "type": "object",
    "required": ["ruleset", "rules", "categories", "severities"],
    "properties": {
        "ruleset": {"type": "string"},
        "rules": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "category", "severity", "enabled", "description", "options"],
            "properties": {
                "id": {"type": "string"}, "category": {"$ref": REF + "Report_category"},
                "severity": {"$ref": REF + "Report_severity"}, "enabled": {"type": "boolean"},
                "description": {"type": "string"}, "options": {"type": "object"},
                "option_types": {"type": "object", "description": "Each option's declaration: type, default, "
                                 "minimum/maximum or enum where the rule sets them."},
            },
        }},
        "categories": {"type": "array", "items": {
            "type": "object", "required": ["id", "description", "its"],
            "properties": {"id": {"type": "string"}, "description": {"type": "string"}, "its": {"type": "string"}},
        }},
        "severities": {"type": "array", "items": {"$ref": REF + "Report_severity"}},
    },
}

HEALTH = {
    "type": "object",
    "required": ["status", "version", "ruleset", "rules", "max_text_bytes"],
    "properties": {
        "status": {"const": "ok"}, "version": {"type": "string"}, "ruleset": {"type": "string"},
        "rules": {"type": "integer", "minimum": 0}, "max_text_bytes": {"type": "integer", "minimum": 1},
    },
}

_LT_SPAN = {"type": "object", "required": ["text", "offset", "length"],
            "properties": {"text": {"type": "string"}, "offset": {"type": "integer", "minimum": 0},
                           "length": {"type": "integer", "minimum": 0}}}

LT_CHECK = {
    "type": "object",
    "description": "LanguageTool's answer shape. Offsets and lengths count UTF-16 code units.",
    "required": ["software", "warnings", "language", "matches"],
    "properties": {
        "software": {"type": "object", "required": ["name", "version", "apiVersion"],
                     "properties": {"name": {"type": "string"}, "version": {"type": "string"},
                                    "apiVersion": {"type": "integer"}}},
        "warnings": {"type": "object", "properties": {"incompleteResults": {"type": "boolean"}}},
        "language": {"type": "object", "required": ["name", "code", "detectedLanguage"],
                     "properties": {"name": {"type": "string"}, "code": {"type": "string"},
                                    "detectedLanguage": {"type": "object"}}},
        "matches": {"type": "array", "items": {
            "type": "object",
            "required": ["message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "rule"],
            "properties": {
                "message": {"type": "string"}, "shortMessage": {"type": "string"},
                "replacements": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                            "properties": {"value": {"type": "string"}}}},
                "offset": {"type": "integer", "minimum": 0}, "length": {"type": "integer", "minimum": 0},
                "context": _LT_SPAN, "sentence": {"type": "string"},
                "rule": {"type": "object", "required": ["id", "description", "issueType", "category"],
                         "properties": {"id": {"type": "string"}, "description": {"type": "string"},
                                        "issueType": {"type": "string"},
                                        "category": {"type": "object", "required": ["id", "name"],
                                                     "properties": {"id": {"type": "string"},
                                                                    "name": {"type": "string"}}}}},
            },
        }},
    },
}

LT_LANGUAGES = {"type": "array", "items": {
    "type": "object", "required": ["name", "code", "longCode"],
    "properties": {"name": {"type": "string"}, "code": {"type": "string"}, "longCode": {"type": "string"}},
}}

_CSV = {"type": "string", "description": "Comma-separated list."}
LT_PARAMS: dict[str, Any] = {
    "type": "object",
    "required": ["language"],
    "anyOf": [{"required": ["text"]}, {"required": ["data"]}],
    "properties": {
        "text": {"type": "string", "description": "The text to check (this or `data`)."},
        "data": {"type": "string", "description": "Annotated text as JSON: {\"annotation\": [{\"text\": …}, {\"markup\": …, \"interpretAs\": …}]}."},
        "language": {"enum": [long for _, _, long in LANGUAGES] + ["auto"],
                     "description": "The text's language (see /v2/languages), or auto."},
        "enabledRules": _CSV, "disabledRules": _CSV,
        "enabledCategories": _CSV, "disabledCategories": _CSV,
        "enabledOnly": {"type": "string", "description": "true: run only the enabled rules and categories (none enabled: no matches)."},
        "motherTongue": {"type": "string"}, "preferredVariants": _CSV, "level": {"type": "string"},
    },
}

FORM = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string", "minLength": 1, "pattern": "\\S"},
        "source": {"type": "string"}, "reference": {"type": "string"},
        "reference_file": {"type": "string", "minLength": 1, "contentMediaType": "text/plain",
                           "description": "UTF-8 text; an empty or undecodable file is refused with a message."},
        "glossary_file": {"type": "string", "minLength": 1, "contentMediaType": "text/plain",
                          "description": "TSV, CSV or TBX glossary, UTF-8."},
        "reference_name": {"type": "string", "description": "The original name of a `reference_file` sent as a "
                           "plain field (\"Check again\" carries an uploaded file's content this way)."},
        "glossary_name": {"type": "string", "description": "The original name of a `glossary_file` sent as a plain "
                          "field; its extension tells the glossary's format."},
        "forget_reference": {"type": "string", "description": "Any value: ignore `reference_file`."},
        "forget_glossary": {"type": "string", "description": "Any value: ignore `glossary_file`."},
        "profile": {"type": "string", "enum": list(PROFILES)},
    },
}

_EXAMPLE = {
    "type": "object", "required": ["text"],
    "properties": {
        "text": {"type": "string", "description": "The target text (line breaks kept)."},
        "source": {"type": "string"},
        "side": {"enum": ["target", "source"], "description": "Bad examples: which text `span` points into."},
        "span": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2,
                 "description": "Bad examples: the code-point span the rule must flag, half-open."},
        "marked": {"type": "string", "description": "Bad examples: the text of `side` with ⟦…⟧ around the span."},
        "fix": {"type": "string", "description": "The first suggestion the rule must make."},
        "references": {"type": "array", "items": {"type": "string"}},
        "options": {"type": "object", "description": "Rule options the example runs with."},
        "profile": {"type": "string"},
        "resources": {"type": "array", "items": {"type": "string"}, "description": "Resources the example "
                      "supplies (e.g. glossary)."},
    },
}

RULE_DOC = {
    "type": "object",
    "description": "One rule's documentation, built from the rule itself (as `tqcheck rules ID --format json`).",
    "required": ["id", "category", "severity", "enabled", "description", "rationale", "link", "message",
                 "evidence", "options", "examples"],
    "properties": {
        "id": {"type": "string"}, "category": {"$ref": REF + "Report_category"},
        "severity": {"$ref": REF + "Report_severity", "description": "The default severity."},
        "enabled": {"type": "boolean", "description": "Whether the rule runs by default."},
        "profiles": {"type": ["array", "null"], "items": {"type": "string"},
                     "description": "Profiles it runs in by default; null: all."},
        "languages": {"type": ["array", "null"], "items": {"type": "string"},
                      "description": "Target languages it applies to; null: any."},
        "requires": {"type": "array", "items": {"type": "string"},
                     "description": "What a unit needs for the rule to run (source, glossary, …)."},
        "description": {"type": "string"},
        "rationale": {"type": "string", "minLength": 1, "description": "Why the rule exists."},
        "link": {"type": ["string", "null"], "format": "uri", "description": "A style guide or typology page."},
        "message": {"type": "string", "description": "The message template of its issues."},
        "evidence": {"type": ["object", "null"], "description": "Measured precision against human MQM "
                     "annotations (docs/evidence.md); null when not measured."},
        "options": {"type": "object", "description": "Each option's declaration: type, default, "
                    "minimum/maximum or enum.", "additionalProperties": {"type": "object"}},
        "examples": {"type": "object", "required": ["bad", "good"], "properties": {
            "bad": {"type": "array", "items": {"$ref": REF + "RuleExample"}},
            "good": {"type": "array", "items": {"$ref": REF + "RuleExample"}},
        }},
    },
}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": {"$ref": REF + "Problem"}}}}


def _json(ref: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": REF + ref}}}}


def _text(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/plain": {"schema": {"type": "string"}}}}


def _html(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}


_RULE_ID = {"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"},
            "example": "punctuation.quotes.unbalanced"}

API_ERRORS = {
    "400": _problem("Invalid body: every problem with its JSON pointer."),
    "413": _problem("The body or its text is over the size limit."),
    "415": _problem("The body is not JSON."),
}


def _lt_query_params() -> list[dict[str, Any]]:
    # a query string carries plain text; annotated `data` is for POST bodies
    return [
        {"name": name, "in": "query", "required": name in ("language", "text"), "schema": schema}
        for name, schema in LT_PARAMS["properties"].items() if name != "data"
    ]


@cache
def document() -> dict[str, Any]:
    components = schema_components()
    components.update({"Problem": PROBLEM, "Rules": RULES, "Health": HEALTH, "LtCheckResponse": LT_CHECK,
                       "LtLanguages": LT_LANGUAGES, "LtCheckParams": LT_PARAMS, "CheckForm": FORM,
                       "RuleDoc": RULE_DOC, "RuleExample": _EXAMPLE})
    lt_responses = {
        "200": _json("LtCheckResponse", "Matches, LanguageTool style."),
        "400": _text("A parameter is missing or wrong."),
        "413": _text("The text is over the size limit."),
    }
    paths = {
        "/api/v1/check": {"post": {
            "operationId": "check",
            "summary": "Check a translation",
            "description": "Runs every enabled rule over `text` (with `source`, `references` and `glossary` when given) and returns the report.",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": REF + "CheckRequest"}}}},
            "responses": {"200": _json("Report", "The report."), **API_ERRORS},
        }},
        "/api/v1/score": {"post": {
            "operationId": "score",
            "summary": "Score a translation against references",
            "description": "Corpus- and sentence-level BLEU, chrF, chrF++ and TER of `text` against every reference, with sacrebleu signatures. Requests that score are held to `max_score_bytes` of text.",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": REF + "ScoreRequest"}}}},
            "responses": {"200": _json("Score", "The scores."), **API_ERRORS},
        }},
        "/api/v1/rules": {"get": {
            "operationId": "rules", "summary": "List the rules",
            "responses": {"200": _json("Rules", "Every rule, with whether the default settings run it.")},
        }},
        "/api/v1/rules/{rule_id}": {"get": {
            "operationId": "rule", "summary": "One rule's documentation",
            "description": "Id, category, default severity, measured evidence, description, rationale, link, "
                           "options with their types and bounds, and the examples it must flag and leave alone.",
            "parameters": [_RULE_ID],
            "responses": {"200": _json("RuleDoc", "The rule's documentation."),
                          "404": _problem("There is no rule with that id.")},
        }},
        "/api/v1/health": {"get": {
            "operationId": "health", "summary": "Liveness and version",
            "responses": {"200": _json("Health", "The service is up.")},
        }},
        "/openapi.json": {"get": {
            "operationId": "openapi", "summary": "This document",
            "responses": {"200": {"description": "The OpenAPI document.",
                                  "content": {"application/json": {"schema": {"type": "object"}}}}},
        }},
        "/v2/check": {
            "get": {"operationId": "ltCheckGet", "summary": "LanguageTool-compatible check (query parameters)",
                    "parameters": _lt_query_params(), "responses": lt_responses},
            "post": {"operationId": "ltCheck", "summary": "LanguageTool-compatible check",
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {"$ref": REF + "LtCheckParams"}}}},
                     "responses": lt_responses},
        },
        "/v2/languages": {"get": {
            "operationId": "ltLanguages", "summary": "Languages the LanguageTool-compatible check accepts",
            "responses": {"200": _json("LtLanguages", "The languages.")},
        }},
        "/rules/{rule_id}": {"get": {
            "operationId": "rulePage", "summary": "One rule's documentation as a page",
            "parameters": [_RULE_ID],
            "responses": {"200": _html("The rule's page."), "404": _html("There is no rule with that id.")},
        }},
        "/report.json": {"post": {
            "operationId": "formReport", "summary": "The JSON report of a form check, as a download",
            "description": "Takes the web form's fields (the result page's download button re-sends them) and "
                           "answers with the report as an attachment.",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {"$ref": REF + "CheckForm"}}}},
            "responses": {"200": _json("Report", "The report (Content-Disposition: attachment)."),
                          "400": _html("The form with what is wrong."),
                          "413": _html("The texts are over the size limit.")},
        }},
        "/": {
            "get": {"operationId": "form", "summary": "The web form", "responses": {"200": _html("The form.")}},
            "post": {"operationId": "formSubmit", "summary": "Check from the web form",
                     "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {"$ref": REF + "CheckForm"}}}},
                     "responses": {"200": _html("The result page."), "400": _html("The form with what is wrong."),
                                   "413": _html("The texts are over the size limit.")}},
        },
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "tqcheck",
            "version": __version__,
            "summary": "Translation quality checks: what is wrong with a translation, where, and how bad.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": paths,
        "components": {"schemas": copy.deepcopy(components)},
    }


@bp.get("/openapi.json")
def serve():
    return jsonify(document())
