"""The production command from the README: gunicorn on tqcheck.web.wsgi:app."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_serves_the_app_with_settings_from_the_environment(tmp_path):
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = {**os.environ, "TQCHECK_MAX_TEXT_BYTES": "12345"}
    proc = subprocess.Popen(
        [str(gunicorn), "--workers", "1", "--bind", f"127.0.0.1:{port}", "tqcheck.web.wsgi:app"],
        env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as r:
                    health = json.load(r)
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.2)
        assert health is not None and health["status"] == "ok"
        assert health["max_text_bytes"] == 12345
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/check",
                                     data=json.dumps({"text": 'He said, "yes.'}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            report = json.load(r)
        assert [i["rule"] for i in report["issues"]] == ["punctuation.quotes.unbalanced"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
