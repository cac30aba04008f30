"""Read the running text of WordprocessingML paragraphs: italics, footnote marks, tracked changes.

Tracked changes are read as they would stand after accepting them all: inserted and moved-to text
is kept, deleted and moved-from text is dropped. Hidden text (``w:vanish``, on the run or through
its styles) is dropped, as Word neither shows nor prints it. Field instructions are skipped and
field results kept; comments, bookmarks and proofing marks are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


SKIPPED = {w(tag) for tag in ("del", "moveFrom", "pPr", "rPr", "commentRangeStart", "commentRangeEnd",
                              "proofErr", "bookmarkStart", "bookmarkEnd", "txbxContent", "delText",
                              "instrText", "rPrChange", "pPrChange", "sectPr")}
TRACKED = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SKIPPED.add(MC_FALLBACK)  # mc:AlternateContent holds the same content twice: read the Choice only


SUPERSCRIPT_NOTE = re.compile(r"\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*")
SUPERSCRIPT_LABEL = re.compile(r"\d{1,3}")


@dataclass
class Segment:
    """Text with one italic state, or a footnote/endnote mark (``note`` = (kind, id, custom mark))."""

    text: str
    italic: bool = False
    bold: bool = False
    note: tuple[str, str, str | None] | None = None


@dataclass
class StyleInfo:
    italic: bool | None = None
    bold: bool | None = None
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    superscript: bool | None = None
    hidden: bool | None = None
    kind: str = "paragraph"
    name: str = ""  # the style's name ("List Number 2"), not its id


@dataclass
class StyleSheet:
    styles: dict[str, StyleInfo] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> StyleSheet:
        sheet = cls()
        if root is None:
            return sheet
        for style in root.iter(w("style")):
            name = style.find(w("name"))
            info = StyleInfo(kind=style.get(w("type"), "paragraph"),
                             name=name.get(w("val"), "") if name is not None else "")
            based = style.find(w("basedOn"))
            info.based_on = based.get(w("val")) if based is not None else None
            rpr = style.find(w("rPr"))
            if rpr is not None:
                info.italic = toggle(rpr.find(w("i")))
                info.bold = toggle(rpr.find(w("b")))
                info.hidden = toggle(rpr.find(w("vanish")))
                align = rpr.find(w("vertAlign"))
                if align is not None:
                    info.superscript = align.get(w("val")) == "superscript"
            ppr = style.find(w("pPr"))
            outline = ppr.find(w("outlineLvl")) if ppr is not None else None
            if outline is not None:
                info.outline = int(outline.get(w("val"), "9"))
            num = ppr.find(w("numPr")) if ppr is not None else None
            if num is not None:
                num_id = num.find(w("numId"))
                ilvl = num.find(w("ilvl"))
                info.num_id = num_id.get(w("val")) if num_id is not None else None
                info.ilvl = int(ilvl.get(w("val"), "0")) if ilvl is not None else None
            sheet.styles[style.get(w("styleId"), "")] = info
        return sheet

    def resolve(self, style_id: str | None, name: str) -> object:
        seen = 0
        while style_id and seen < 20:
            info = self.styles.get(style_id)
            if info is None:
                return None
            value = getattr(info, name)
            if value is not None:
                return value
            style_id = info.based_on
            seen += 1
        return None


def toggle(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(w("val"), "true") not in ("0", "false", "off")


@dataclass
class ParagraphReader:
    """Reads one paragraph into segments; counts the tracked changes it accepted."""

    styles: StyleSheet
    tracked_changes: int = 0
    hidden_runs: int = 0  # runs of hidden text left out
    base_hidden: bool = False  # the current paragraph's style hides its text

    def read(self, paragraph: etree._Element) -> list[Segment]:
        ppr = paragraph.find(w("pPr"))
        style_id = None
        if ppr is not None:
            pstyle = ppr.find(w("pStyle"))
            style_id = pstyle.get(w("val")) if pstyle is not None else None
        base_italic = bool(self.styles.resolve(style_id, "italic"))
        base_bold = bool(self.styles.resolve(style_id, "bold"))
        self.base_hidden = bool(self.styles.resolve(style_id, "hidden"))
        segments: list[Segment] = []
        self._walk(paragraph, segments, base_italic, base_bold, [])
        return segments

    def hidden(self, rpr: etree._Element | None) -> bool:
        """Hidden text: ``w:vanish`` on the run, else its character style's, else its paragraph style's."""
        if rpr is None:
            return self.base_hidden
        own = toggle(rpr.find(w("vanish")))
        if own is not None:
            return own
        rstyle = rpr.find(w("rStyle"))
        styled = self.styles.resolve(rstyle.get(w("val")), "hidden") if rstyle is not None else None
        return self.base_hidden if styled is None else bool(styled)

    def _walk(self, element, segments, base_italic, base_bold, fields) -> None:
        for child in element:
            tag = child.tag
            if tag in TRACKED:
                self.tracked_changes += 1
            if tag in SKIPPED or not isinstance(tag, str):
                continue
            if tag == w("r"):
                self._run(child, segments, base_italic, base_bold, fields)
            elif tag == w("p"):
                continue  # a nested paragraph (text box) is not part of this one
            else:
                self._walk(child, segments, base_italic, base_bold, fields)

    def _run(self, run, segments, base_italic, base_bold, fields) -> None:
        rpr = run.find(w("rPr"))
        if self.hidden(rpr):
            if any(child.tag in (w("t"), w("footnoteReference"), w("endnoteReference")) for child in run):
                self.hidden_runs += 1
            for mark in run.iter(w("fldChar")):  # a field may begin or end in hidden text
                field_mark(fields, mark)
            return
        italic, bold = base_italic, base_bold
        superscript = False
        if rpr is not None:
            rstyle = rpr.find(w("rStyle"))
            align = rpr.find(w("vertAlign"))
            if align is not None:
                superscript = align.get(w("val")) == "superscript"
            elif rstyle is not None:
                superscript = bool(self.styles.resolve(rstyle.get(w("val")), "superscript"))
            if rstyle is not None:
                style_italic = self.styles.resolve(rstyle.get(w("val")), "italic")
                style_bold = self.styles.resolve(rstyle.get(w("val")), "bold")
                italic = italic if style_italic is None else bool(style_italic)
                bold = bold if style_bold is None else bool(style_bold)
            run_italic = toggle(rpr.find(w("i")))
            run_bold = toggle(rpr.find(w("b")))
            italic = italic if run_italic is None else run_italic
            bold = bold if run_bold is None else run_bold
        custom_pending: Segment | None = None
        for child in run:
            tag = child.tag
            if tag == w("fldChar"):
                field_mark(fields, child)
                continue
            if any(fields):  # inside a field's instruction (a nested field's result there too)
                continue
            if tag == w("t"):
                text = child.text or ""
                if custom_pending is not None:
                    kind, note_id, _ = custom_pending.note
                    custom_pending.note = (kind, note_id, text.strip() or "*")
                    custom_pending = None
                    continue
                if superscript and SUPERSCRIPT_NOTE.fullmatch(text):
                    # a footnote cited again: Word files repeat its number as superscript text
                    for label in SUPERSCRIPT_LABEL.findall(text):
                        segments.append(Segment("", italic, bold, ("cited", label, label)))
                    continue
                segments.append(Segment(text, italic, bold))
            elif tag in (w("tab"), w("ptab")):
                segments.append(Segment("\t", italic, bold))
            elif tag in (w("br"), w("cr")):
                segments.append(Segment("\n", italic, bold))
            elif tag == w("noBreakHyphen"):
                segments.append(Segment("\u2011", italic, bold))  # U+2011, the non-breaking hyphen
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                kind = "footnote" if tag == w("footnoteReference") else "endnote"
                segment = Segment("", italic, bold, (kind, child.get(w("id"), ""), None))
                segments.append(segment)
                if child.get(w("customMarkFollows")) in ("1", "true", "on"):
                    custom_pending = segment
            elif tag == w("sym"):
                code = child.get(w("char"), "")
                try:
                    segments.append(Segment(chr(int(code, 16) & 0xFFFF), italic, bold))
                except ValueError:
                    continue


def field_mark(fields: list[bool], mark: etree._Element) -> None:
    """Complex fields, nested ones too: ``fields`` holds, for each open field, whether its instruction is
    still being read ("begin" opens one, "separate" turns to its shown result, "end" closes it)."""
    kind = mark.get(w("fldCharType"))
    if kind == "begin":
        fields.append(True)
    elif kind == "separate" and fields:
        fields[-1] = False
    elif kind == "end" and fields:
        fields.pop()


def plain_of(segments: list[Segment], custom_marks: bool = False) -> str:
    """Text without note marks; with ``custom_marks`` a custom mark (the sponsors' ``*``) is kept."""
    return "".join(
        s.text if s.note is None else (s.note[2] or "" if custom_marks else "") for s in segments
    )


def bridge_italic_gaps(segments: list[Segment]) -> list[Segment]:
    """``*Reaffirming* *once more*`` (two italic runs with a roman space between) is one italic phrase."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        if (
            out and segment.note is None and not segment.italic and not segment.text.strip()
            and segment.text and index + 1 < len(segments)
            and out[-1].italic and out[-1].note is None
            and segments[index + 1].italic and segments[index + 1].note is None
        ):
            out[-1] = Segment(out[-1].text + segment.text + segments[index + 1].text, True, out[-1].bold)
            index += 2
            continue
        out.append(segment)
        index += 1
    return out


def markdown_of(segments: list[Segment], note_label) -> str:
    """``*italic*`` text with ``[^label]`` marks; spaces and tabs kept outside the italic markers."""
    out: list[str] = []
    merged: list[Segment] = []
    for segment in segments:
        last = merged[-1] if merged else None
        if segment.note is None and last is not None and last.note is None and last.italic == segment.italic:
            last.text += segment.text
        else:
            merged.append(Segment(segment.text, segment.italic, segment.bold, segment.note))
    merged = bridge_italic_gaps(merged)
    for segment in merged:
        if segment.note is not None:
            out.append(f"[^{note_label(segment)}]")
            continue
        text = segment.text
        if segment.italic and text.strip():
            core = text.strip()
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            out.append(f"{lead}*{core}*{trail}")
        else:
            out.append(text)
    return "".join(out)
