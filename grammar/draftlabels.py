"""Paragraph labels of negotiation drafts: "PP1." … for the preambular paragraphs, "OP1." … for the
operative ones, as facilitators number a draft under negotiation and as press and news copies of a
draft often print it ("PP4. Taking note of the letter …", "OP1. Demands an immediate …").

The segmentation (``segment.py``) reads "PPn." as a preambular paragraph's written label and "OPn." as
the operative number n; a text needs two such labels at least for them to count (one "OP1" at the
start of a line is no convention).
"""

from __future__ import annotations

import re

DRAFT_LABEL_RE = re.compile(r"(PP|OP)(\d{1,3})\.?[ \t\u00a0]+(?=\S)")
MIN_LABELS = 2


def draft_label(source: str, at: int) -> re.Match[str] | None:
    """The "PPn." or "OPn." label that starts at ``at``, else None."""
    return DRAFT_LABEL_RE.match(source, at)
