"""resolint: lint, fix, format and export United Nations-style resolutions.

The public API is small and stable::

    doc = resolint.parse(text, path)             # text -> Document (never raises)
    diagnostics = resolint.lint(doc, settings)   # Document -> [Diagnostic]
    fixed, count = resolint.fix_text(text)       # apply every safe fix until stable
    canonical = resolint.format_text(text)       # pasted text -> canonical .res.md

Heavy libraries (python-docx, pygls) are imported only by ``resolint.docxio`` and
``resolint.langserver``, never on the lint path.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections import Counter

    from resolint.config import Settings
    from resolint.diagnostics import Diagnostic
    from resolint.model import Document

__all__ = ["__version__", "fix_text", "format_text", "lint", "parse"]

_T = TypeVar("_T")


def _collector_paused(action: Callable[[], _T]) -> _T:
    """``action()`` with Python's cyclic garbage collector paused.

    A document model is hundreds of thousands of small objects that all stay alive until the
    analysis ends; while they are being made, the collector would scan the growing heap again and
    again for cycles it cannot find (about a tenth of the time of a 1 MB lint). Reference counting
    still frees everything as usual; the collector resumes afterwards.
    """
    if not gc.isenabled():  # the language server manages the collector itself
        return action()
    gc.disable()
    try:
        return action()
    finally:
        gc.enable()


def parse(text: str, path: str | None = None) -> Document:
    """Parse resolution text (``.res.md`` or pasted) into a :class:`Document`. Never raises.

    ``\r\n`` and lone ``\r`` line breaks are read as ``\n``: spans are offsets into
    ``document.source`` (the ``\n`` text); their lines and columns are those of ``text``."""
    from resolint.grammar.parser import parse_document

    return _collector_paused(lambda: parse_document(text, path))


def lint(document: Document, settings: Settings | None = None) -> list[Diagnostic]:
    """Run the enabled rules on ``document``; suppression comments are honoured."""
    from resolint.engine import lint_document

    return _collector_paused(lambda: lint_document(document, settings))


def fix_text(
    text: str,
    settings: Settings | None = None,
    path: str | None = None,
    *,
    unsafe: bool = False,
    withheld: bool = False,
    fixed_rules: Counter[str] | None = None,
    held_back: list[str] | None = None,
) -> tuple[str, int]:
    """Apply every safe fix (with ``unsafe``, every fix) until the text is stable. Returns the new
    text, with the line endings ``text`` mostly had, and the number of fixable findings fixed (what
    ``lint`` counts as fixable); ``fixed_rules`` (a Counter) receives that number per rule code.
    On an adopted text the fixes that would change its wording are held back (``Fix.withheld``):
    ``withheld`` applies them too, ``held_back`` (a list) receives the reason of each one left."""
    from resolint.engine import fix_text as _fix_text

    return _collector_paused(
        lambda: _fix_text(
            text, settings, path, unsafe=unsafe, withheld=withheld, fixed_rules=fixed_rules, held_back=held_back
        )
    )


def format_text(text: str, path: str | None = None) -> str:
    """Turn pasted or loose text into the canonical ``.res.md`` form (keeping its line endings)."""
    from resolint.formatter import format_text as _format_text

    return _collector_paused(lambda: _format_text(text, path))


def clear_caches() -> None:
    """Empty the memo caches (bounded ``functools.lru_cache`` s) that make a repeated analysis of the
    same paragraphs cheap, as in the language server on every keystroke. Reference data loaded once
    (phrase lists, spellings) stays. Benchmarks call this to time what a first lint of a text costs."""
    import sys

    for name, module in list(sys.modules.items()):
        if name != "resolint" and not name.startswith("resolint."):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters().get("maxsize") is not None:
                value.cache_clear()
