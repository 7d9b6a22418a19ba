"""A whole-body deadline for request bodies, as WSGI middleware.

A socket timeout bounds each read, not the whole body: a client that sends
one byte every few seconds would keep a request open for hours while
staying under it, and a server's body reader that waits for a full buffer
never returns to let anyone look at the clock. So the first read of a body
arms a timer; when it fires before the body is in, the connection's read
side is shut (gunicorn puts its socket in ``gunicorn.socket``), the
blocked read returns, and the app answers 408 Request Timeout on the still
open write side. A read that fails on the socket (a per-read timeout) is a
408 as well, never a 500.

The timer is one watchdog per process, not a ``threading.Timer`` per
request: starting a thread for each body cost a sync worker ~0.12 ms of CPU
and ~0.8 ms of waiting for the thread to start, on every request, to guard
against the rare client that trickles. The watchdog sleeps until a body is
armed, then looks every ``tick`` (a fraction of the deadline, at most
``MAX_TICK``) for bodies past theirs. Under gevent it is a greenlet.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from typing import Any, Callable, Iterable

from werkzeug.exceptions import RequestTimeout

DEFAULT_BODY_SECONDS = 20.0
#: the longest a body may stay unread past its deadline before its socket is shut
MAX_TICK = 0.25


class _Watchdog:
    """Shuts the read side of every armed body whose deadline has passed.

    Made in the process that first arms a body (a server's worker, after the
    fork; under gevent, after the standard library is patched), and made
    again in a forked child, which does not inherit the thread."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.lock = threading.Lock()
        self.armed: dict[int, _DeadlineInput] = {}
        self.busy = threading.Event()  # set while anything may be armed
        self.tick = MAX_TICK

    def start(self) -> None:
        threading.Thread(target=self._run, name="tqcheck-body-deadline", daemon=True).start()

    def arm(self, body: _DeadlineInput, seconds: float) -> None:
        with self.lock:
            self.tick = min(self.tick, max(seconds / 4, 0.005))
            self.armed[id(body)] = body
            if not self.busy.is_set():
                self.busy.set()

    def disarm(self, body: _DeadlineInput) -> None:
        with self.lock:
            self.armed.pop(id(body), None)

    def _run(self) -> None:
        while True:
            self.busy.wait()
            time.sleep(self.tick)
            now = time.monotonic()
            with self.lock:  # a body disarmed by now has been read: its socket is left alone
                due = [b for b in self.armed.values() if b.deadline_at is not None and b.deadline_at <= now]
                for b in due:
                    del self.armed[id(b)]
                    b.expire()
                if not self.armed:
                    self.busy.clear()


_watchdog: _Watchdog | None = None


def _the_watchdog() -> _Watchdog:
    # No lock around the making: under gevent, starting the thread yields to other greenlets, and a
    # real lock held across that would block them all. Two requests racing here make two
    # watchdogs, and each watches the bodies armed with it.
    global _watchdog
    dog = _watchdog
    if dog is None or dog.pid != os.getpid():
        dog = _watchdog = _Watchdog()
        dog.start()
    return dog


class _DeadlineInput:
    """``wsgi.input`` whose reads end with a 408 once its deadline passes."""

    def __init__(self, stream, seconds: float, sock: socket.socket | None):
        self._stream = stream
        self._seconds = seconds
        self._sock = sock
        self.deadline_at: float | None = None
        self._watched: _Watchdog | None = None
        self.expired = False

    def _arm(self) -> None:
        self.deadline_at = time.monotonic() + self._seconds
        if self._sock is not None:
            self._watched = _the_watchdog()
            self._watched.arm(self, self._seconds)

    def expire(self) -> None:
        self.expired = True
        assert self._sock is not None  # only a body with a socket is watched
        try:
            self._sock.shutdown(socket.SHUT_RD)
        except OSError:
            pass

    def cancel(self) -> None:
        if self._watched is not None:
            self._watched.disarm(self)
            self._watched = None

    def _late(self) -> bool:
        return self.expired or (self.deadline_at is not None and time.monotonic() > self.deadline_at)

    def _call(self, method: str, *args):
        if self.deadline_at is None:
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
