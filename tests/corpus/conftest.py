"""Shared fixtures of the real-corpus tests: the AKN files must be there, or the tests fail loudly."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
