"""Errors as each kind of client understands them; never a traceback.

* JSON API (``/api/``, ``/openapi.json``): RFC 9457 problem details,
  ``application/problem+json``, with every validation message and its JSON
  pointer under ``errors``.
* LanguageTool-compatible API (``/v2/``): plain text ``Error: ...`` with the
  status code, which is what LanguageTool servers send and its clients show.
* Pages: a small HTML page in the site's layout, user text escaped.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import ConfigError, InputError, TqcheckError
from .guard import DETAILS, kind_of

log = logging.getLogger("tqcheck.web")

PROBLEM_JSON = "application/problem+json"


class ApiError(Exception):
    """A request the service refuses, with everything wrong in it."""

    def __init__(self, status: int, detail: str, errors: list[dict[str, str]] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or []


def from_library(exc: TqcheckError, pointer: str = "/") -> ApiError:
    """A library error about the request's content, as a 400."""
    details = [{"pointer": d.get("pointer", pointer), "message": d.get("message", "")} for d in exc.details]
    if not details:
        details = [{"pointer": exc.where if (exc.where or "").startswith("/") else pointer, "message": exc.message}]
    return ApiError(getattr(exc, "status", 400), str(exc), details)  # LimitError: 413


def _kind() -> str:
    return kind_of(request.path)


def _titles(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def respond(status: int, detail: str, errors: list[dict[str, str]] | None = None,
            headers: dict[str, str] | None = None) -> Response:
    kind = _kind()
    if kind == "json":
        body: dict[str, Any] = {"type": "about:blank", "title": _titles(status), "status": status, "detail": detail}
        body["errors"] = errors or []
        resp = jsonify(body)
        resp.mimetype = PROBLEM_JSON
    elif kind == "lt":
        lines = [f"Error: {detail}"] + [f"{e['pointer']}: {e['message']}" for e in errors or [] if e["message"] != detail]
        resp = Response("\n".join(lines) + "\n", mimetype="text/plain")
    else:
        resp = Response(render_template("error.html", status=status, title=_titles(status), detail=detail,
                                        errors=errors or []), mimetype="text/html")
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return respond(exc.status, exc.detail, exc.errors)

    @app.errorhandler(InputError)
    @app.errorhandler(ConfigError)
    def _library_error(exc: TqcheckError):
        e = from_library(exc)
        return respond(e.status, e.detail, e.errors)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        detail = exc.description or _titles(status)
        if status == 413:
            limit = app.extensions["tqcheck"].settings
            detail = (f"The request is larger than this server accepts ({limit.max_body_bytes} bytes of body, "
                      f"{limit.max_text_bytes} bytes of text).")
        elif status == 404:
            detail = f"There is nothing at {request.path}."
        elif status == 405:
            allowed = ", ".join(sorted(getattr(exc, "valid_methods", None) or ()))
            detail = f"{request.method} is not allowed on {request.path}" + (f"; use {allowed}." if allowed else ".")
        headers = {k: v for k, v in exc.get_headers() if k.lower() == "allow"}
        return respond(status, detail, [{"pointer": "/", "message": detail}] if status < 500 else [], headers)

    @app.errorhandler(TimeoutError)
    def _timeout(exc: TimeoutError):
        log.warning("request timed out on %s %s: %s", request.method, request.path, exc)
        return respond(503, DETAILS[503], [], {"Retry-After": "5"})

    @app.errorhandler(RecursionError)
    def _too_deep(exc: RecursionError):
        # every input is depth-checked before use; reaching this is a bug, but
        # the input that caused it is what the client can change
        log.exception("recursion error on %s %s", request.method, request.path)
        return respond(400, "The request is nested too deeply to be processed.",
                       [{"pointer": "/", "message": "nested too deeply"}])

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.path)
        return respond(500, DETAILS[500])
