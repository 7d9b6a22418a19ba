"""The Flask application: ``create_app()`` builds it with its settings
read from the environment (see ``settings.py``); a WSGI server runs
``tqcheck.web.wsgi:app``. Each worker process builds its checker and loads
language profiles and word lists once, at start-up.
"""

from __future__ import annotations

from typing import Any, Mapping

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from jinja2 import ChoiceLoader, PackageLoader
from werkzeug.exceptions import RequestEntityTooLarge

from .. import gcsettle
from ..render import html as html_render
from . import api, errors, lt, openapi, pages
from . import settings as settings_mod
from .guard import Guard
from .service import Service

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # No scripts at all; styles are the site's file and the report's inline block.
    "Content-Security-Policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}


class StrictJSONProvider(DefaultJSONProvider):
    """JSON out as the standard says: NaN and Infinity are not JSON, so a
    response holding one is a bug that fails loudly (a 500 problem), never
    a body that clients cannot parse."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        kwargs.setdefault("allow_nan", False)
        return super().dumps(obj, **kwargs)


def create_app(settings: Mapping[str, Any] | None = None, *, warm: bool = True, freeze: bool = False) -> Flask:
    """A ready app. ``settings`` override the ``TQCHECK_*`` environment
    variables (keys: ``max_text_bytes``, ``config_path``, ``checker_cache``,
    ``base_config``). ``warm`` loads every resource now rather than on the
    first request. ``freeze`` (for a process that serves this one app until
    it exits) moves everything built so far out of the garbage collector's
    reach: rules, word lists and the warm-up's caches live as long as the
    worker, and a full collection walked all of them again every few
    hundred requests, a pause of tens of milliseconds in one request."""
    conf = settings_mod.load(settings)
    app = Flask("tqcheck.web")
    app.json = StrictJSONProvider(app)
    app.config["MAX_CONTENT_LENGTH"] = conf.max_body_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = conf.max_body_bytes
    app.json.sort_keys = False
    app.jinja_loader = ChoiceLoader([*filter(None, [app.jinja_loader]), PackageLoader("tqcheck.render", "templates")])
    html_render.install(app.jinja_env)

    service = Service(conf)
    if warm:
        service.warm()
    app.extensions["tqcheck"] = service

    for bp in (api.bp, pages.bp, lt.bp, openapi.bp):
        app.register_blueprint(bp)
    errors.register(app)

    @app.before_request
    def _chunked_body_limit():
        """A chunked body has no Content-Length for Werkzeug to refuse up
        front; it reads such a body only up to the limit and stops there,
        so an oversized one would look truncated (a 400). Read it now, up to
        the limit, and answer 413 when it reaches the limit."""
        if request.content_length is None and "chunked" in request.headers.get("Transfer-Encoding", "").lower():
            data = request.get_data(cache=True, parse_form_data=False)
            if len(data) >= app.config["MAX_CONTENT_LENGTH"]:
                raise RequestEntityTooLarge()

    # the security headers are added by Guard, below Flask, to every response (errors that escape
    # the app included), in the order an after_request hook gave them: a hook as well cost every request
    app.wsgi_app = Guard(app.wsgi_app, SECURITY_HEADERS)  # type: ignore[method-assign]
    if freeze:
        gcsettle.freeze()
    return app
