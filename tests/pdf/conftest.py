"""The PDF-copy tests share the AKN reader of ``tests/corpus`` (test code, independent of resolint)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "corpus"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
