"""The outermost WSGI layer, around Flask itself.

Flask's ``after_request`` hooks and error handlers cover what happens inside
a request it is handling. This layer covers the rest, so that no response
leaves the app without the security headers and no error leaves it as a
server's bare HTML page:

* every response gets the security headers (those not already set);
* an exception that escapes Flask (an error handler that fails) is answered
  with a 500 in the client's format (a JSON problem under ``/api/``);
* ``SystemExit`` raised while a request runs is how gunicorn's sync worker
  aborts a request that outlived ``--timeout`` (SIGABRT -> ``sys.exit(1)``);
  it is answered with a 503 problem instead of gunicorn's HTML 500. The
  worker has already stopped accepting requests by then and exits after
  this answer is written, as it would have anyway.

Nothing here can answer for a worker killed outright (SIGKILL) or for what
the server writes itself before the app runs; that is the server's
configuration.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any, Callable, Iterable, Mapping

log = logging.getLogger("tqcheck.web")

PROBLEM_JSON = "application/problem+json"

DETAILS = {
    500: "tqcheck failed on this request; the error has been logged.",
    503: "The request took longer than this server allows and was stopped; send less text, or try again.",
}


def kind_of(path: str) -> str:
    """Which kind of client a path serves: ``json``, ``lt`` or ``html``."""
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return "json"
    if path.startswith("/v2/"):
        return "lt"
    return "html"


def error_body(path: str, status: int, detail: str) -> tuple[bytes, str]:
    """(body, content type) of an error answer, built without Flask: a
    problem document, LanguageTool's ``Error:`` text or a bare HTML page."""
    title = HTTPStatus(status).phrase
    kind = kind_of(path)
    if kind == "json":
        doc = {"type": "about:blank", "title": title, "status": status, "detail": detail, "errors": []}
        return json.dumps(doc).encode(), PROBLEM_JSON
    if kind == "lt":
        return f"Error: {detail}\n".encode(), "text/plain; charset=utf-8"
    from markupsafe import escape

    page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>{status} {escape(title)} – tqcheck</title>"
            f"<h1>{escape(title)}</h1><p>{escape(detail)}</p></html>")
    return page.encode(), "text/html; charset=utf-8"


class Guard:
    """WSGI middleware: security headers on every response, and an answer
    in the client's format for anything that escapes the app."""

    def __init__(self, app: Callable, headers: Mapping[str, str]) -> None:
        self.app = app
        self.headers = dict(headers)

    def _with_headers(self, headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
        present = {k.lower() for k, _ in headers}
        return list(headers) + [(k, v) for k, v in self.headers.items() if k.lower() not in present]

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        started = []

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None):
            started.append(status)
            return start_response(status, self._with_headers(headers), exc_info)

        try:
            return self.app(environ, start)
        except KeyboardInterrupt:
            raise
        except SystemExit:
            log.error("request stopped by the server (timeout) on %s %s",
                      environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
            return self._answer(environ, start_response, 503, bool(started))
        except Exception:
            log.exception("unhandled error on %s %s", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
            return self._answer(environ, start_response, 500, bool(started))

    def _answer(self, environ: dict[str, Any], start_response: Callable, status: int,
                started: bool) -> Iterable[bytes]:
        import sys

        body, ctype = error_body(environ.get("PATH_INFO") or "/", status, DETAILS[status])
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        if status == 503:
            headers.append(("Retry-After", "5"))
        # exc_info lets a server replace a response whose headers it has not sent yet
        start_response(f"{status} {HTTPStatus(status).phrase}", self._with_headers(headers),
                       sys.exc_info() if started else None)
        return [body]
