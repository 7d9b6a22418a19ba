"""The WSGI entry point for production servers::

    gunicorn --workers 2 --bind 127.0.0.1:8000 tqcheck.web.wsgi:app

Each worker imports this module once, so each builds its app (and loads
its resources) once. Settings come from ``TQCHECK_*`` environment variables.
"""

from . import create_app

app = create_app()
