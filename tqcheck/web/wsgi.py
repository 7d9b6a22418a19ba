"""The WSGI entry point for production servers::

    gunicorn -c python:tqcheck.web.gunicorn_conf tqcheck.web.wsgi:app

Each worker imports this module once, so each builds its app (and loads
its resources) once. Settings come from ``TQCHECK_*`` environment variables.
Request bodies get a whole-body deadline (``TQCHECK_BODY_TIMEOUT`` seconds,
20 by default), whatever server runs the app.
"""

import os

from . import create_app
from .deadline import DEFAULT_BODY_SECONDS, BodyDeadline

app = create_app(freeze=True)
app.wsgi_app = BodyDeadline(app.wsgi_app, float(os.environ.get("TQCHECK_BODY_TIMEOUT", "") or DEFAULT_BODY_SECONDS))
