from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.resources import validation_errors

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def assert_valid_report(report: dict) -> None:
    """Every report the code produces must satisfy the published schema."""
    errors = validation_errors("report", report)
    assert not errors, errors[:5]
    text_len = len(report["text"]) if "text" in report else None
    for issue in report["issues"]:
        assert issue["start"] <= issue["end"]
        if text_len is not None and issue["side"] == "target":
            assert issue["end"] <= text_len


@pytest.fixture
def sample_text() -> str:
    return (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


class Wheel:
    """tqcheck built as a wheel and unpacked, to test what a plain install gets."""

    def __init__(self, names: set[str], site: Path, file: Path | None = None) -> None:
        self.names, self.site = names, site
        self.file = file  # the built .whl

    def run(self, script: str, cwd: Path) -> str:
        """stdout of ``python -c script`` importing tqcheck from the wheel only."""
        import os
        import subprocess
        import sys

        env = {**os.environ, "PYTHONPATH": str(self.site)}
        return subprocess.run([sys.executable, "-c", script], cwd=cwd, env=env,
                              capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Wheel:
    import subprocess
    import sys
    import zipfile

    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True,
    )
    (built,) = dist.glob("tqcheck-*.whl")
    with zipfile.ZipFile(built) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp / "site")
    return Wheel(names, tmp / "site", built)
