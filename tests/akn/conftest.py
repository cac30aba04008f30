"""The AKN tests read the UN corpus through the helpers of tests/corpus (the renderer of .res.md)."""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS_HELPERS = Path(__file__).resolve().parents[1] / "corpus"
if str(CORPUS_HELPERS) not in sys.path:
    sys.path.insert(0, str(CORPUS_HELPERS))
