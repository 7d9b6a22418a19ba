"""The production worker class: gunicorn's gevent worker, made safe
against slow clients.

Why gevent: a sync or threaded worker gives each connection a process or a
thread for as long as the client takes to send its request, so a few
sockets that send one byte every few seconds (slowloris) hold every worker
and the service stops answering. A gevent worker gives each connection a
greenlet; waiting for a slow client costs a few kilobytes, and the checks
themselves, which are CPU-bound and short (every request's work is
bounded), run one after another as in a sync worker.

What this class adds to gunicorn's ``GeventWorker``:

* every client socket gets a per-read timeout (``TQCHECK_READ_TIMEOUT``,
  10 s by default), where gunicorn's worker blocks without one; together
  with gunicorn's keep-alive timeout, which bounds the whole request head,
  and the app's body deadline (``deadline.py``), no client holds a
  connection for long without sending;
* gunicorn's own error answers (a malformed request line, headers too
  large, a crash outside the app) are JSON problems with the service's
  security headers, not HTML pages without them.

Use it with ``gunicorn -c python:tqcheck.web.gunicorn_conf tqcheck.web.wsgi:app``.
"""

from __future__ import annotations

import json
import os

from gunicorn import util
from gunicorn.workers.ggevent import GeventWorker

DEFAULT_READ_TIMEOUT = 10.0


def _security_headers() -> dict[str, str]:
    # Imported late: the web app module pulls in Flask, which a worker
    # imports anyway, but not before gevent has patched the standard library.
    from .app import SECURITY_HEADERS

    return SECURITY_HEADERS


def write_problem(sock, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's ``util.write_error``, answering an RFC 9457 problem with
    the security headers instead of an HTML page."""
    body = json.dumps({"type": "about:blank", "title": reason, "status": int(status_int),
                       "detail": mesg or reason}).encode("utf-8")
    head = [f"HTTP/1.1 {int(status_int)} {reason}", "Connection: close",
            "Content-Type: application/problem+json", f"Content-Length: {len(body)}"]
    head += [f"{key}: {value}" for key, value in _security_headers().items()]
    util.write_nonblock(sock, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


def read_timeout() -> float:
    raw = os.environ.get("TQCHECK_READ_TIMEOUT", "")
    try:
        value = float(raw) if raw else DEFAULT_READ_TIMEOUT
    except ValueError:
        value = DEFAULT_READ_TIMEOUT
    return value if 0 < value < float("inf") else DEFAULT_READ_TIMEOUT


class SlowClientSafeWorker(GeventWorker):
    """gunicorn's gevent worker with a read timeout on every client socket
    and problem+json error answers (see the module docstring)."""

    def init_process(self):
        self._read_timeout = read_timeout()
        # base.Worker.handle_error calls util.write_error by module lookup.
        util.write_error = write_problem
        super().init_process()

    def handle(self, listener, client, addr):
        # GeventWorker.handle makes the socket blocking with no timeout;
        # a timeout keeps the greenlet model and bounds every read.
        client.settimeout(self._read_timeout)
        super(GeventWorker, self).handle(listener, client, addr)
