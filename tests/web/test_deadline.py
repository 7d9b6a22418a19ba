"""The whole-body deadline middleware, without a server."""

from __future__ import annotations

import io
import json
import time

import pytest
from werkzeug.test import EnvironBuilder

from tqcheck.web import create_app
from tqcheck.web.deadline import BodyDeadline


class _Stalling(io.RawIOBase):
    """A body whose second read fails as a socket read timeout would."""

    def __init__(self, data: bytes):
        self._data = data
        self._calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self._calls += 1
        if self._calls > 1:
            raise TimeoutError("timed out")
        n = min(len(b), 4)
        b[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


class _Slow(io.RawIOBase):
    def __init__(self, data: bytes, pause: float):
        self._data, self._pause = data, pause

    def readable(self):
        return True

    def readinto(self, b):
        time.sleep(self._pause)
        n = min(len(b), 1)
        b[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def _call(app, body_stream, length: int):
    env = EnvironBuilder(path="/api/v1/check", method="POST", content_type="application/json").get_environ()
    env["wsgi.input"] = body_stream
    env["CONTENT_LENGTH"] = str(length)
    status = {}

    def start_response(s, headers, exc_info=None):
        status["status"] = s
        status["headers"] = dict(headers)

    body = b"".join(app(env, start_response))
    return status["status"], status["headers"], body


@pytest.fixture(scope="module")
def flask_app():
    return create_app({})


def test_a_read_that_times_out_is_a_408_problem_not_a_500(flask_app):
    wrapped = BodyDeadline(flask_app.wsgi_app, seconds=5)
    data = json.dumps({"text": "Hello there, this is a longer body."}).encode()
    status, headers, _ = _call(wrapped, _Stalling(data), len(data))
    assert status.startswith("408")


def test_a_trickling_body_past_its_deadline_is_a_408(flask_app):
    wrapped = BodyDeadline(flask_app.wsgi_app, seconds=0.05)
    data = json.dumps({"text": "Hello there."}).encode()
    status, _, _ = _call(wrapped, _Slow(data, pause=0.02), len(data))
    assert status.startswith("408")


def test_a_prompt_body_passes_through(flask_app):
    wrapped = BodyDeadline(flask_app.wsgi_app, seconds=5)
    data = json.dumps({"text": 'He said, "yes.'}).encode()
    status, _, body = _call(wrapped, io.BytesIO(data), len(data))
    assert status.startswith("200")
    assert [i["rule"] for i in json.loads(body)["issues"]] == ["punctuation.quotes.unbalanced"]


@pytest.mark.parametrize("seconds", [0, -1, float("inf"), float("nan")])
def test_the_deadline_must_be_positive_and_finite(seconds):
    with pytest.raises(ValueError):
        BodyDeadline(lambda e, s: [], seconds=seconds)


def _call_on_socket(app, data: bytes, length: int):
    """A body read from a real socket whose client sent ``data`` of ``length`` bytes, then stopped."""
    import socket

    server_side, client_side = socket.socketpair()
    client_side.sendall(data)
    env = EnvironBuilder(path="/api/v1/check", method="POST", content_type="application/json").get_environ()
    env["wsgi.input"] = server_side.makefile("rb")
    env["CONTENT_LENGTH"] = str(length)
    env["gunicorn.socket"] = server_side
    status = {}

    def start_response(s, headers, exc_info=None):
        status["status"] = s

    try:
        b"".join(app(env, start_response))
    finally:
        server_side.close()
        client_side.close()
    return status["status"]


def test_a_body_that_stops_arriving_on_a_socket_is_cut_off_by_the_watchdog(flask_app):
    wrapped = BodyDeadline(flask_app.wsgi_app, seconds=0.3)
    started = time.monotonic()
    assert _call_on_socket(wrapped, b'{"text": "Hel', 200).startswith("408")
    assert time.monotonic() - started < 5


def test_prompt_bodies_start_no_thread_each_and_leave_nothing_armed(flask_app):
    import threading

    from tqcheck.web import deadline

    wrapped = BodyDeadline(flask_app.wsgi_app, seconds=5)
    data = json.dumps({"text": "Hello there."}).encode()
    _call_on_socket(wrapped, data, len(data))  # the watchdog starts here, if it was not running yet
    threads = threading.active_count()
    for _ in range(20):
        assert _call_on_socket(wrapped, data, len(data)).startswith("200")
    assert threading.active_count() == threads
    dog = deadline._the_watchdog()
    with dog.lock:
        assert dog.armed == {}
