"""Shared fixtures: the repository root, the seeds and the real corpus beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DRAFT_SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        raise FileNotFoundError(f"seed {prefix} not found in {SEEDS}")
    return found[0]


@pytest.fixture(scope="session")
def draft_text() -> str:
    return DRAFT_SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def adopted_text() -> str:
    return _seed("001").read_text(encoding="utf-8")


LINE_ENDINGS = {"LF": "\n", "CRLF": "\r\n"}


@pytest.fixture(params=list(LINE_ENDINGS.values()), ids=list(LINE_ENDINGS))
def newline(request: pytest.FixtureRequest) -> str:
    """Each test that asks for it runs twice: with the files' ``\\n`` endings and with Windows ``\\r\\n``."""
    return request.param


def with_endings(text: str, newline: str) -> str:
    """``text`` (read with ``\\n`` endings) as a file with ``newline`` endings would hold it."""
    return text.replace("\r\n", "\n").replace("\n", newline)


def assert_endings(text: str, newline: str) -> None:
    """Every line of ``text`` ends with ``newline`` and nothing else (no lone ``\\r`` or ``\\n``)."""
    stray = text.replace(newline, "").count("\r") + text.replace(newline, "").count("\n")
    assert stray == 0, f"{stray} line endings other than {newline!r}"
