"""``tqcheck serve``: the web service on Flask's development server.

For production run a WSGI server on ``tqcheck.web.wsgi:app`` instead (see
the README); this command is for trying the service on one machine.
"""

from __future__ import annotations

import argparse
import sys

from ..web.settings import DEFAULT_MAX_SCORE_BYTES, DEFAULT_MAX_TEXT_BYTES


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="run the web service (development server)",
                       description="Run the web form, the JSON API and the LanguageTool-compatible API on "
                       "Flask's development server. For production use a WSGI server (see the README).")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--config", metavar="FILE", help="settings file with the server's default settings "
                   "(also TQCHECK_CONFIG)")
    p.add_argument("--max-text-bytes", type=int, metavar="N",
                   help=f"most UTF-8 bytes of text a request may carry (default {DEFAULT_MAX_TEXT_BYTES}; "
                   "also TQCHECK_MAX_TEXT_BYTES)")
    p.add_argument("--max-score-bytes", type=int, metavar="N",
                   help=f"most UTF-8 bytes of translation and references a request that asks for scores may "
                   f"carry (default {DEFAULT_MAX_SCORE_BYTES}; also TQCHECK_MAX_SCORE_BYTES)")
    p.add_argument("--debug", action="store_true", help="reload on code changes and show Flask's debugger "
                   "(never on a shared network)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..web import create_app

    overrides = {}
    if args.config:
        overrides["config_path"] = args.config
    if args.max_text_bytes is not None:
        overrides["max_text_bytes"] = args.max_text_bytes
    if args.max_score_bytes is not None:
        overrides["max_score_bytes"] = args.max_score_bytes
    app = create_app(overrides)
    print(f"tqcheck: serving on http://{args.host}:{args.port}/ (development server; Ctrl-C stops)", file=sys.stderr)
    app.run(host=args.host, port=args.port, debug=args.debug, use_reloader=args.debug)
    return 0
