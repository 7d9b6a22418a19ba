"""On a machine without Chromium the browser tests are skipped with a reason,
not errors; where TQCHECK_REQUIRE_BROWSER=1 (``.ci/run``) they fail."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def _run(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/web/test_browser.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "TQCHECK_CHROMIUM": "none", **env})


def test_without_chromium_the_browser_tests_skip_with_the_reason():
    done = _run(TQCHECK_REQUIRE_BROWSER="0")
    assert done.returncode == 0, done.stdout[-2000:]
    assert "skipped" in done.stdout and "error" not in done.stdout.lower()
    assert "no Chromium found (apt-get install chromium" in done.stdout


def test_ci_turns_a_missing_browser_into_a_failure():
    done = _run(TQCHECK_REQUIRE_BROWSER="1")
    assert done.returncode == 1, done.stdout[-2000:]
    assert "TQCHECK_REQUIRE_BROWSER=1 says the browser tests must run" in done.stdout
    assert (ROOT / ".ci" / "run").read_text().count("TQCHECK_REQUIRE_BROWSER=1") == 1
