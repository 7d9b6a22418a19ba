"""What the repository holds stays source, docs and small fixtures: a
generated file committed by mistake (a benchmark's output, a document
rewritten in a loop) makes every clone pay for it for good."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the largest file kept on purpose is under 400 KB (benchmarks/RESULTS.md, docs/rules.md)
LIMIT = 2_000_000


def _tracked() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = b""
    if out:
        return [ROOT / p for p in out.decode("utf-8").split("\0") if p]
    # not a git checkout (an unpacked source archive): the folders the project ships
    ignored = {".venv", "__pycache__", "out", "artifacts", ".pytest_cache", ".hypothesis", ".mypy_cache"}
    return [p for p in ROOT.rglob("*") if p.is_file() and not ignored & set(p.relative_to(ROOT).parts)
            and not p.relative_to(ROOT).parts[0].startswith(".")]


def test_no_file_of_the_repository_is_large():
    files = _tracked()
    assert len(files) > 100  # the listing itself worked
    big = sorted((p.stat().st_size, str(p.relative_to(ROOT))) for p in files if p.is_file()
                 and p.stat().st_size > LIMIT)
    assert not big, f"files over {LIMIT:,} bytes: {big}"


def test_an_archive_without_git_is_walked(monkeypatch):
    def no_git(*args, **kwargs):
        raise OSError("git is not installed")

    monkeypatch.setattr(subprocess, "run", no_git)
    names = {str(p.relative_to(ROOT)) for p in _tracked()}
    assert {"README.md", "pyproject.toml", "tqcheck/cache.py"} <= names
    assert not any(n.startswith((".venv/", ".git/", "benchmarks/out/")) or "__pycache__" in n for n in names)
