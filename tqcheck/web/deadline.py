"""A whole-body deadline for request bodies, as WSGI middleware.

A socket timeout bounds each read, not the whole body: a client that sends
one byte every few seconds would keep a request open for hours while
staying under it, and a server's body reader that waits for a full buffer
never returns to let anyone look at the clock. So the first read of a body
arms a timer; when it fires before the body is in, the connection's read
side is shut (gunicorn puts its socket in ``gunicorn.socket``), the
blocked read returns, and the app answers 408 Request Timeout on the still
open write side. A read that fails on the socket (a per-read timeout) is a
408 as well, never a 500. Under gevent the timer is a greenlet.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any, Callable, Iterable

from werkzeug.exceptions import RequestTimeout

DEFAULT_BODY_SECONDS = 20.0


class _DeadlineInput:
    """``wsgi.input`` whose reads end with a 408 once its deadline passes."""

    def __init__(self, stream, seconds: float, sock: socket.socket | None):
        self._stream = stream
        self._seconds = seconds
        self._sock = sock
        self._deadline: float | None = None
        self._timer: threading.Timer | None = None
        self.expired = False

    def _arm(self) -> None:
        self._deadline = time.monotonic() + self._seconds
        if self._sock is not None:
            self._timer = threading.Timer(self._seconds, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        assert self._sock is not None  # the timer runs only with a socket
        try:
            self._sock.shutdown(socket.SHUT_RD)
        except OSError:
            pass

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _late(self) -> bool:
        return self.expired or (self._deadline is not None and time.monotonic() > self._deadline)

    def _call(self, method: str, *args):
        if self._deadline is None:
            self._arm()
        elif self._late():
            raise RequestTimeout(f"The request body did not arrive within {self._seconds:g} s.")
        try:
            result = getattr(self._stream, method)(*args)
        except (TimeoutError, ConnectionError, OSError) as exc:
            self.cancel()
            raise RequestTimeout("The request body stopped arriving.") from exc
        if self._late():
            self.cancel()
            raise RequestTimeout(f"The request body did not arrive within {self._seconds:g} s.")
        if not result:
            self.cancel()
        return result

    def read(self, *args):
        return self._call("read", *args)

    def readinto(self, buffer):
        if hasattr(self._stream, "readinto"):
            return self._call("readinto", buffer)
        data = self._call("read", len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, *args):
        return self._call("readline", *args)

    def readlines(self, *args):
        return self._call("readlines", *args)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class BodyDeadline:
    """Wrap a WSGI app so that reading any request body has a deadline."""

    def __init__(self, app: Callable, seconds: float = DEFAULT_BODY_SECONDS):
        if not (0 < seconds < float("inf")):
            raise ValueError("the body deadline must be a positive, finite number of seconds")
        self.app = app
        self.seconds = seconds

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        stream = environ.get("wsgi.input")
        if stream is None:
            return self.app(environ, start_response)
        wrapped = _DeadlineInput(stream, self.seconds, environ.get("gunicorn.socket"))
        environ["wsgi.input"] = wrapped
        try:
            # The views read the whole body before they return, so the timer
            # never outlives the request (and never touches a kept-alive
            # connection's next request).
            return self.app(environ, start_response)
        finally:
            wrapped.cancel()
