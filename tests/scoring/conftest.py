from __future__ import annotations

from pathlib import Path

import pytest

SCORING = Path(__file__).resolve().parent.parent / "fixtures" / "scoring"


def lines(name: str) -> list[str]:
    return (SCORING / name).read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def hyp() -> list[str]:
    return lines("article.hyp.txt")


@pytest.fixture(scope="session")
def hyp2() -> list[str]:
    return lines("article.hyp2.txt")


@pytest.fixture(scope="session")
def ref() -> list[str]:
    return lines("article.ref.txt")


@pytest.fixture(scope="session")
def ref2() -> list[str]:
    return lines("article.ref2.txt")
