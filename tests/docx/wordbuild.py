"""Word drafts as drafters make them, written as raw WordprocessingML (what python-docx cannot express:
automatic numbering, footnotes, endnotes, comments, tracked changes, hidden text, fields).

``draft_package`` writes a complete package (content types, relationships, the parts given), one that
Word and LibreOffice open; the tests round-trip some of them through LibreOffice to get its XML habits.
"""

from __future__ import annotations

import zipfile
from html import escape
from pathlib import Path

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {  # part name -> (content type, relationship type, root element)
    "styles": (f"{WML}.styles+xml", "styles", "styles"),
    "numbering": (f"{WML}.numbering+xml", "numbering", "numbering"),
    "footnotes": (f"{WML}.footnotes+xml", "footnotes", "footnotes"),
    "endnotes": (f"{WML}.endnotes+xml", "endnotes", "endnotes"),
    "comments": (f"{WML}.comments+xml", "comments", "comments"),
    "header1": (f"{WML}.header+xml", "header", "hdr"),
    "footer1": (f"{WML}.footer+xml", "footer", "ftr"),
}
SEPARATORS = {
    "footnotes": '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 "</w:r></w:p></w:footnote>",
    "endnotes": '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:endnote>",
}


def run(text: str, *properties: str) -> str:
    """A run: ``properties`` are rPr children ("i", "b", "u", "vanish", '<w:i w:val="0"/>', ...)."""
    rpr = "".join(p if p.startswith("<") else (f'<w:{p} w:val="single"/>' if p == "u" else f"<w:{p}/>")
                  for p in properties)
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    pieces = []
    for index, part in enumerate(text.split("\t")):
        if index:
            pieces.append("<w:tab/>")
        if part:
            pieces.append(f'<w:t xml:space="preserve">{escape(part, quote=False)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None, ppr: str = "") -> str:
    """A paragraph of ``runs`` (plain strings become plain runs); ``num`` = (numId, ilvl)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def numbering(abstracts: dict[int, list[str]], nums: dict[int, int | tuple[int, str]]) -> str:
    """``abstracts``: id -> levels; ``nums``: numId -> abstract id, or (abstract id, lvlOverride XML)."""
    parts = [f'<w:abstractNum w:abstractNumId="{key}">{"".join(levels)}</w:abstractNum>'
             for key, levels in abstracts.items()]
    for num_id, target in nums.items():
        abstract, overrides = target if isinstance(target, tuple) else (target, "")
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>')
    return "".join(parts)


def note(kind: str, note_id: int, text: str) -> str:
    """A footnote or endnote whose first run is its own mark, as Word writes it."""
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    return (f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/>'
            f'</w:r>{run(" " + text)}</w:p></w:{kind}>')


def note_mark(kind: str, note_id: int) -> str:
    return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>')


def draft_package(path: Path, body: str, **parts: str) -> Path:
    """A .docx holding ``body`` (``w:p`` and ``w:tbl`` elements) and the other parts' inner XML."""
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{MAIN}"/>']
    relationships = []
    files = {}
    section = ""
    for index, (name, inner) in enumerate(parts.items(), start=1):
        content_type, rel_type, root = PARTS[name]
        overrides.append(f'<Override PartName="/word/{name}.xml" ContentType="{content_type}"/>')
        relationships.append(f'<Relationship Id="rId{index}" Type="{REL}/{rel_type}" Target="{name}.xml"/>')
        files[f"word/{name}.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     f"<w:{root} {W_NS} {R_NS}>{SEPARATORS.get(name, '')}{inner}</w:{root}>")
        if rel_type in ("header", "footer"):
            section += f'<w:{rel_type}Reference w:type="default" r:id="rId{index}"/>'
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relationships) + "</Relationships>")
    files["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS} {R_NS}><w:body>{body}'
        f'<w:sectPr>{section}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


Typed = tuple[str | None, list[tuple[str, bool]]]  # (paragraph style, [(text, italic), …])


def template_draft(path: Path, paragraphs: list[Typed], title: str | None = None, heading_after: int = -1) -> Path:
    """A draft typed on Word's own template (python-docx ships it): each paragraph in its style, italics as
    run properties; ``title`` in the "Title" style first, a "Heading 1" "Follow-up" after paragraph ``heading_after``."""
    import docx

    document = docx.Document()
    if title:
        document.add_paragraph(title, style="Title")
    for index, (style, parts) in enumerate(paragraphs):
        paragraph = document.add_paragraph(style=style)
        for text, italic in parts:
            paragraph.add_run(text).italic = italic or None
        if index == heading_after:
            document.add_heading("Follow-up", level=1)
    document.save(path)
    return path


def drafts_as_written_and_saved(folder: Path, template: Path, drafts: dict) -> dict[str, dict[str, Path]]:
    """Each of ``drafts`` (name -> a builder giving the body and the package's other parts) written as raw
    WordprocessingML beside ``template``, and the same files once saved by LibreOffice as Word files:
    ``{"written": {name: path}, "libreoffice": {name: path}}``."""
    from docxtest_helpers import soffice_convert_all

    written = {"template": template}
    for name, build in drafts.items():
        body, parts = build()
        written[name] = draft_package(folder / f"{name}.docx", body, **parts)
    converted = soffice_convert_all(list(written.values()), "docx:MS Word 2007 XML", folder / "libreoffice")
    return {"written": written, "libreoffice": converted}


# The authoring line and a preambular paragraph of the drafts the import tests write (italics as the UN sets them).
ORGAN = para(run("The General Assembly", "i"), ",")
RECALLING = para(run("Recalling", "i"), " its resolution 70/1,")
