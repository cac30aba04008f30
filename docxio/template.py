"""The package every export starts from: a minimal Word file of our own, with the UN's styles.

python-docx's default template brings a 2013 date, "Microsoft Macintosh Word", a thumbnail and some
hundred unused styles; here only the styles the export uses exist, and the core properties are
resolint's and today's. Style measures come from ``Layout`` (read out of the UN's own Word files for
Letter; see ``docs/docx.md``). Style ids are the UN template's (``SingleTxt``, ``H1``, ``HCh`` …), so a
file goes on looking like theirs when a secretariat edits it.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import docx
from docx.oxml.ns import qn

from resolint.docxio.layout import Layout

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{OFFICE_RELS}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{OFFICE_RELS}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""
DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{OFFICE_RELS}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{OFFICE_RELS}/settings" Target="settings.xml"/>
</Relationships>"""
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body><w:sectPr/></w:body></w:document>"""
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>resolint</Application></Properties>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>resolint</dc:creator><cp:lastModifiedBy>resolint</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{today}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{today}</dcterms:modified></cp:coreProperties>"""
# the UN template's settings that change how a page is set: tab step, no compressed punctuation,
# no space before a paragraph at a page top (suppressTopSpacing), Word 2013+ layout (mode 15)
SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="{{tab}}"/><w:doNotHyphenateCaps/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:suppressBottomSpacing/><w:suppressTopSpacing/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>"""


def new_document(layout: Layout) -> docx.document.Document:
    """A python-docx document on our minimal package, its styles set for ``layout``."""
    today = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00Z")  # the day only: the same draft gives the same bytes
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": DOCUMENT,
        "word/styles.xml": styles_xml(layout),
        "word/settings.xml": SETTINGS.format(tab=layout.first_line),
        "docProps/core.xml": CORE.format(today=today),
        "docProps/app.xml": APP,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    buffer.seek(0)
    return docx.Document(buffer)


def tabs_xml(stops: list[int], right: int | None = None) -> str:
    stops_xml = "".join(f'<w:tab w:val="left" w:pos="{stop}"/>' for stop in stops)
    return "<w:tabs>" + (f'<w:tab w:val="right" w:pos="{right}"/>' if right else "") + stops_xml + "</w:tabs>"


def style(kind: str, style_id: str, name: str, based: str | None, ppr: str = "", rpr: str = "",
          extra: str = "") -> str:
    parent = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"{extra}><w:name w:val="{name}"/>{parent}'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def styles_xml(layout: Layout) -> str:
    """The UN template's styles that the export uses, with the measures of ``layout``."""
    indent, stops = layout.body_indent, layout.tab_stops()[1:]
    number_tab = indent - 245  # the title number's right tab: 1022 of 1267 in the UN's H1
    width = f'<w:spacing w:val="{layout.char_spacing}"/><w:w w:val="{layout.char_width}"/><w:kern w:val="14"/>'
    heading_ppr = (f'<w:keepNext/><w:keepLines/>{tabs_xml([indent, *stops], number_tab)}'
                   f'<w:ind w:left="{indent}" w:right="{indent}" w:hanging="{indent}"/>')
    note_tabs = tabs_xml([indent, *stops[:3]], indent - 72)
    styles = [
        style("paragraph", "Normal", "Normal", None, '<w:suppressAutoHyphens/><w:spacing w:after="0" '
              f'w:line="{layout.body_line}" w:lineRule="exact"/>', f'{width}<w:sz w:val="{layout.body_size}"/>',
              ' w:default="1"'),
        style("character", "DefaultParagraphFont", "Default Paragraph Font", None, extra=' w:default="1"'),
        style("table", "TableNormal", "Normal Table", None, extra=' w:default="1"').replace(
            "</w:style>", '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" '
            'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'),
        style("paragraph", "SingleTxt", "Single Txt", "Normal",
              f'{tabs_xml([indent, *stops])}<w:spacing w:after="{layout.body_after}" w:line="{layout.body_line}" '
              f'w:lineRule="{layout.body_line_rule}"/><w:ind w:left="{indent}" w:right="{indent}"/>'
              '<w:jc w:val="both"/>'),
        style("paragraph", "H1", "Title H1", "Normal", heading_ppr.replace("<w:ind", '<w:spacing w:line="270" '
              'w:lineRule="exact"/><w:ind') + '<w:outlineLvl w:val="0"/>', f'<w:b/><w:sz w:val="{layout.title_size}"/>'),
        style("paragraph", "HCh", "H Ch", "H1", '<w:spacing w:line="300" w:lineRule="exact"/><w:ind w:left="0" '
              'w:right="0" w:firstLine="0"/>', '<w:spacing w:val="-2"/><w:sz w:val="28"/>'),
        style("paragraph", "TitleHCH", "Title H Ch", "HCh",
              f'<w:ind w:left="{indent}" w:right="{indent}" w:hanging="{indent}"/>'),
        style("paragraph", "XLarge", "XLarge", "HCh", '<w:spacing w:line="390" w:lineRule="exact"/>',
              '<w:spacing w:val="-4"/><w:w w:val="98"/><w:sz w:val="40"/>'),
        style("paragraph", "H23", "Session", "Normal", '<w:keepNext/><w:outlineLvl w:val="1"/>', "<w:b/>"),
        style("paragraph", "H4", "H 4", "Normal", heading_ppr + '<w:outlineLvl w:val="3"/>',
              '<w:i/><w:spacing w:val="3"/>'),
        style("paragraph", "AgendaTitleH2", "Agenda Title H2", "H23",
              '<w:ind w:left="0" w:right="5040" w:firstLine="0"/>'),
        style("paragraph", "Publication", "Publication", "Normal", '<w:spacing w:line="240" w:lineRule="auto"/>'),
        style("paragraph", "FootnoteText", "footnote text", "Normal",
              f'<w:widowControl w:val="0"/>{note_tabs}<w:spacing w:line="{layout.footnote_line}" w:lineRule="exact"/>'
              f'<w:ind w:left="{indent}" w:right="{indent - 7}" w:hanging="432"/>',
              f'<w:spacing w:val="5"/><w:sz w:val="{layout.footnote_size}"/>'),
        style("character", "FootnoteReference", "footnote reference", None,
              rpr=f'<w:spacing w:val="5"/><w:w w:val="{layout.char_width}"/><w:kern w:val="14"/><w:position w:val="0"/>'
              '<w:vertAlign w:val="superscript"/>'),
        style("paragraph", "Header", "header", None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
              f'<w:noProof/><w:sz w:val="{layout.header_size}"/>'),
        style("paragraph", "Footer", "footer", None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
              f'<w:b/><w:noProof/><w:sz w:val="{layout.header_size}"/>'),
        style("character", "Hyperlink", "Hyperlink", None, rpr='<w:color w:val="0000FF"/><w:u w:val="none"/>'),
    ]
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                'w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
                '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault>'
                '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
            + defaults + "".join(styles) + "</w:styles>")


def prune_styles(word: docx.document.Document) -> None:
    """Remove the styles no part of the document uses (nor any used style is based on), defaults kept."""
    styles = word.styles.element
    used: set[str] = set()
    for part in word.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None or element is styles:
            continue
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            used.update(node.get(qn("w:val")) for node in element.iter(qn(tag)))
    by_id = {style.get(qn("w:styleId")): style for style in styles.iter(qn("w:style"))}
    pending = list(used)
    while pending:
        style = by_id.get(pending.pop())
        based = style.find(qn("w:basedOn")) if style is not None else None
        if based is not None and based.get(qn("w:val")) not in used:
            used.add(based.get(qn("w:val")))
            pending.append(based.get(qn("w:val")))
    for style_id, style in by_id.items():
        if style_id not in used and style.get(qn("w:default")) != "1":
            styles.remove(style)
