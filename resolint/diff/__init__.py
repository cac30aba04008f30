"""Comparing two versions of a resolution: ``resolint diff OLD NEW`` and ``export --base``.

    comparison = compare_documents(old_doc, new_doc)     # -> Comparison
    comparison.changes, comparison.renumberings, comparison.summary(), comparison.json()

The engine lives in :mod:`resolint.diff.compare` (alignment in ``align``, words in ``words``,
editorial/substantive in ``classify``); renderers in ``render_text``, ``render_markdown`` and
``render_html``; :func:`resolint.diff.apply.apply_changes` replays a change list on OLD.
"""

from __future__ import annotations

from resolint.diff.changes import Change, Comparison, Renumbering, WordChange
from resolint.diff.compare import compare_documents, compare_texts

__all__ = ["Change", "Comparison", "Renumbering", "WordChange", "compare_documents", "compare_texts"]
