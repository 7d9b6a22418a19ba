"""The web service: JSON API, web form, LanguageTool-compatible API.

``create_app()`` (in ``app.py``) builds the Flask app; a WSGI server runs
``tqcheck.web.wsgi:app``. Flask is imported when the app is first asked
for, not with the package, so ``tqcheck check`` (whose ``serve`` option
help reads ``web.settings``) starts without loading the web stack.
"""

from __future__ import annotations

__all__ = ["SECURITY_HEADERS", "create_app"]


def __getattr__(name: str):
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
