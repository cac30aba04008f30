"""Comparing two versions of a resolution: ``resolint diff OLD NEW`` and ``export --base``.

    comparison = compare_documents(old_doc, new_doc)     # -> Comparison
    comparison.changes, comparison.renumberings, comparison.summary(), comparison.json()

The engine lives in :mod:`resolint.diff.compare` (alignment in ``align``, words in ``words``,
editorial/substantive in ``classify``); renderers in ``render`` (text, Markdown) and
``render_html``; :func:`resolint.diff.apply.apply_changes` replays a change list on OLD. The
names below are loaded on first use, so that building the command line costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resolint.diff.changes import Change, Comparison, Renumbering, WordChange
    from resolint.diff.compare import compare_documents, compare_texts

__all__ = ["Change", "Comparison", "Renumbering", "WordChange", "compare_documents", "compare_texts"]

_HOMES = {
    "Change": "changes",
    "Comparison": "changes",
    "Renumbering": "changes",
    "WordChange": "changes",
    "compare_documents": "compare",
    "compare_texts": "compare",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(f"resolint.diff.{home}"), name)
