"""The ``tqcheck`` command as a process: it leaves without tearing the
interpreter down (``cli.entry``), and loses nothing by it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cache: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TQCHECK_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_a_process_keeps_its_output_status_and_exit_handlers(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text('She said, "Many Asian partners have been harmed.\n', encoding="utf-8")
    cache = tmp_path / "cache"
    done = _run(["check", str(text)], cache, tmp_path)
    assert done.returncode == 0
    assert "punctuation.quotes.unbalanced" in done.stdout and done.stdout.endswith("\n")
    # the exit handlers ran: the compiled patterns were stored for the next run
    assert list(cache.glob("regex-*.marshal"))
    out = tmp_path / "out.json"
    done = _run(["check", str(text), "--format", "json", "-o", str(out), "--fail-on", "minor"], cache, tmp_path)
    assert done.returncode == 1
    assert '"punctuation.quotes.unbalanced"' in out.read_text(encoding="utf-8")
    done = _run(["check", str(tmp_path / "missing.txt")], cache, tmp_path)
    assert done.returncode == 2 and "no such file" in done.stderr
