"""What the metadata, cover-page and conclusions writers need of the exporter (a protocol, so that
:mod:`.cover` and :mod:`.conclusions` do not import :mod:`.export`, which imports them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from lxml import etree

    from resolint.aknio.facts import Facts
    from resolint.aknio.xmlbuild import NoteWriter
    from resolint.model import Document


class ExportContext(Protocol):
    """The document being written: its model, the facts worked out from it, the markup date,
    the footnote writer, the ``statement`` element, and fresh ``eId`` s."""

    model: Document
    facts: Facts
    today: str
    notes: NoteWriter
    statement: etree._Element

    def new_id(self, prefix: str) -> str:
        """A fresh ``eId`` made of ``prefix``: ``prefix_1``, ``prefix_2`` …"""
        ...
