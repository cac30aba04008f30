"""What the metadata, cover-page and conclusions writers need of the exporter (a protocol, so that
:mod:`.cover` and :mod:`.conclusions` do not import :mod:`.export`, which imports them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from lxml import etree

    from resolint.aknio.facts import Facts
    from resolint.aknio.xmlbuild import NoteWriter
    from resolint.model import Document, Span


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


class BodyContext(ExportContext, Protocol):
    """What the paragraph writers (:mod:`.paragraphs`) need besides: the ``eId`` s given, where the
    annex begins, the preambular paragraph lettered items belong to, the point whose text runs on
    after its list, the subject lines written as points, and the parts of the statement made on use."""

    ids: dict[str, int]
    in_annex: bool
    last_container: etree._Element | None
    continued: tuple[int, Span] | None
    listed_headings: set[int]
    subject_lists: set[str]

    def preamble_part(self) -> etree._Element: ...

    def body_part(self) -> etree._Element: ...

    def annex_part(self) -> etree._Element: ...
