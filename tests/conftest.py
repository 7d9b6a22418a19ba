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
