"""The JSON API under ``/api/v1``: check, score, rules, health.

Views parse, validate, call the library through ``Service`` and return
the report dict; the schemas in ``schemas/`` are the contract.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from .. import ruledoc
from .._version import __version__
from ..catalogue import rule_rows
from ..rules import by_id
from ..taxonomy import CATEGORIES, SEVERITIES
from .errors import ApiError
from .requests import check_score_size, json_body, validated
from .service import Service

bp = Blueprint("api", __name__, url_prefix="/api/v1")

#: request fields that select settings (and so a Checker), not content
SETTING_FIELDS = ("language", "source_language", "profile", "enable", "disable", "options")


def service() -> Service:
    return current_app.extensions["tqcheck"]


@bp.post("/check")
def check():
    svc = service()
    body = validated(json_body(request), "check-request", svc.settings.max_text_bytes)
    check_score_size(body, svc.settings.max_score_bytes)
    report = svc.check(
        body["text"],
        settings={k: body[k] for k in SETTING_FIELDS if k in body},
        source=body.get("source"),
        references=body.get("references", ()),
        glossary=body.get("glossary"),
        glossary_format=body.get("glossary_format"),
        name=body.get("name"),
    )
    return jsonify(report.to_dict(include_text=body.get("include_text", False)))


@bp.post("/score")
def score():
    """BLEU, chrF, chrF++ and TER of ``text`` against ``references``."""
    svc = service()
    body = validated(json_body(request), "score-request", svc.settings.max_text_bytes)
    check_score_size(body, svc.settings.max_score_bytes)
    return jsonify(svc.score(body["text"], body["references"], lang=body.get("language", "en"),
                             name=body.get("name")))


@bp.get("/rules")
def rules():
    """Every rule, and whether the server's default settings run it."""
    svc = service()
    rows = rule_rows(svc.default.active)
    return jsonify({
        "ruleset": svc.default.tool["ruleset"],
        "rules": rows,
        "categories": [{"id": slug, "description": d, "its": its} for slug, (d, its) in CATEGORIES.items()],
        "severities": list(SEVERITIES),
    })


@bp.get("/rules/<rule_id>")
def rule(rule_id: str):
    """One rule's documentation: what ``tqcheck rules ID --format json`` prints."""
    if rule_id not in by_id():
        raise ApiError(404, f"There is no rule {rule_id!r}; GET /api/v1/rules lists them.",
                       [{"pointer": "/", "message": f"unknown rule {rule_id!r}"}])
    return jsonify(ruledoc.rule_doc(rule_id))


@bp.get("/health")
def health():
    svc = service()
    return jsonify({
        "status": "ok",
        "version": __version__,
        "ruleset": svc.default.tool["ruleset"],
        "rules": len(svc.default.active),
        "max_text_bytes": svc.settings.max_text_bytes,
    })
