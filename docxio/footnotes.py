"""``word/footnotes.xml``: real Word footnotes laid out as the UN's (python-docx 1.2 has no footnote API).

A note is one paragraph in the ``FootnoteText`` style: a tab, the mark right-aligned on a tab stop just
before the text indent, a space, a tab, then the text at the indent (the UN's ``\\t<ref> \\t text`` with
``left=1267 hanging=432``, 102 of 107 files). The separator is the UN's too: a line of underscores.
"""

from __future__ import annotations

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement

from resolint.docxio.links import Linker
from resolint.docxio.oxml import element, paragraph, styled_run, text_element, text_run
from resolint.docxio.runs import Piece

SEPARATOR = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:after="80"/><w:ind w:left="792"/><w:rPr>'
             '<w:sz w:val="16"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>__________________'
             "</w:t></w:r></w:p>")


class FootnotesPart:
    """The footnotes part, created on first use, with the two separator notes Word expects."""

    def __init__(self, word: docx.document.Document, linker: Linker) -> None:
        self.word = word
        self.linker = linker
        self.part: XmlPart | None = None
        self.next_id = 1
        self.auto_count = 0

    def ensure(self) -> XmlPart:
        if self.part is not None:
            return self.part
        xml = (f"<w:footnotes {nsdecls('w', 'r')}>"
               f'<w:footnote w:type="separator" w:id="-1">{SEPARATOR}</w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0">{SEPARATOR}</w:footnote></w:footnotes>')
        document_part = self.word.part
        self.part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), document_part.package)
        document_part.relate_to(self.part, RT.FOOTNOTES)
        settings = self.word.settings.element
        properties = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                               "</w:footnotePr>")
        anchor = next((settings.find(qn(tag)) for tag in ("w:endnotePr", "w:compat", "w:rsids")
                       if settings.find(qn(tag)) is not None), None)
        if anchor is not None:
            anchor.addprevious(properties)
        else:
            settings.append(properties)
        return self.part

    def add(self, pieces: list[Piece], custom_mark: str | None) -> int:
        """A new note with ``pieces`` as its text; Word numbers it unless ``custom_mark`` is given."""
        part = self.ensure()
        note_id = self.next_id
        self.next_id += 1
        if custom_mark is None:
            self.auto_count += 1
        note = element("w:footnote", id=note_id)
        p = paragraph("FootnoteText")
        p.append(text_run("\t"))
        p.append(styled_run("FootnoteReference", OxmlElement("w:footnoteRef") if custom_mark is None
                            else text_element(custom_mark)))
        p.append(text_run(" \t"))
        for piece in pieces:
            if piece.note is None and piece.text:
                for run in self.linker.runs(part, piece.text, piece.italic):
                    p.append(run)
        note.append(p)
        part.element.append(note)
        return note_id
