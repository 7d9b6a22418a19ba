"""The shipped production configuration against slow and malformed clients.

gunicorn runs with ``-c python:tqcheck.web.gunicorn_conf`` on a free
loopback port, as the README says; every socket here talks to 127.0.0.1
only, and every wait is bounded.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("gevent")
pytest.importorskip("gunicorn")

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> set[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return {int(c) for c in fh.read().split()}
    except OSError:
        return set()


def _get(url: str, timeout: float = 10.0) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "TQCHECK_READ_TIMEOUT": "5", "TQCHECK_BODY_TIMEOUT": "3", "TQCHECK_LOG_LEVEL": "warning"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "python:tqcheck.web.gunicorn_conf",
         "--bind", f"127.0.0.1:{port}", "--workers", "2", "--keep-alive", "2", "tqcheck.web.wsgi:app"],
        env=env, cwd=tmp_path_factory.mktemp("gunicorn"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if _get(base + "/api/v1/health", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None:
            pytest.fail("gunicorn exited: " + proc.stderr.read().decode(errors="replace")[-2000:])
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("gunicorn did not answer within 90 s")
        time.sleep(0.2)
    # Both workers up: the health answer came from one; give the other a moment.
    for _ in range(50):
        if len(_children(proc.pid)) >= 2:
            break
        time.sleep(0.1)
    try:
        yield base, port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _read_all(s: socket.socket) -> bytes:
    answer = b""
    while chunk := s.recv(65536):
        answer += chunk
    return answer


def _slow_head(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return s


def _closed_by_server(s: socket.socket, within: float) -> bool:
    """True when the server closes (or answers and closes) the socket within
    ``within`` seconds while we keep trickling header bytes."""
    end = time.monotonic() + within
    s.settimeout(0.5)
    while time.monotonic() < end:
        try:
            s.sendall(b"X-a: b\r\n")
        except OSError:
            return True
        try:
            s.recv(4096)
        except socket.timeout:
            continue
        except OSError:
            return True
        # EOF or an answer (408/400): either way the server gave up on us.
        return True
    return False


def test_slow_headers_do_not_stall_the_workers(server):
    base, port, proc = server
    workers_before = _children(proc.pid)
    slow = [_slow_head(port) for _ in range(40)]  # 20x the two sockets that once stalled both workers
    try:
        started = time.monotonic()
        for _ in range(5):
            status, _, body = _get(base + "/api/v1/health", timeout=10)
            assert status == 200 and json.loads(body)["status"] == "ok"
        # Answered while 40 slow clients hold connections: far below the
        # keep-alive deadline, let alone the 30 s worker timeout.
        assert time.monotonic() - started < 10
        # The server gives up on trickling headers: keep-alive (2 s here) bounds a request head.
        assert [_closed_by_server(s, within=12) for s in slow[:5]] == [True] * 5
    finally:
        for s in slow:
            s.close()
    assert _children(proc.pid) == workers_before, "a worker was restarted"


def test_slow_body_gets_408_problem(server):
    base, port, proc = server
    s = socket.create_connection(("127.0.0.1", port), timeout=15)
    try:
        s.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\nConnection: close\r\n\r\n{\"text\": \"")
        answer = b""
        end = time.monotonic() + 12
        s.settimeout(0.5)
        while time.monotonic() < end:
            try:
                s.sendall(b"a")
            except OSError:
                break
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                time.sleep(0.5)
                continue
            if not chunk:
                break
            answer += chunk
            if b"\r\n\r\n" in answer:
                break
    finally:
        s.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


def test_oversized_request_line_is_a_problem_with_security_headers(server):
    base, port, proc = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answer = _read_all(s)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414")
    assert b"Content-Type: application/problem+json" in head
    assert b"X-Content-Type-Options: nosniff" in head
    assert b"Content-Security-Policy:" in head
    assert json.loads(body)["status"] == 414


def test_too_many_headers_is_431(server):
    base, port, proc = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(60)) + b"\r\n")
        answer = _read_all(s)
    assert answer.startswith(b"HTTP/1.1 431")
    assert b"application/problem+json" in answer.partition(b"\r\n\r\n")[0]
