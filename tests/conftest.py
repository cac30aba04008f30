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
