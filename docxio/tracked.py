"""Tracked changes (``w:ins``/``w:del``) in Word files: ``export NEW --base OLD`` and ``fix draft.docx``.

Written with lxml on python-docx's OPC layer, as the footnotes are: no library of the field fitted
(docx-redline needs Python 3.12 and is MPL-2.0; resolint supports 3.11 and is MIT).

:class:`Revisions` stamps each revision with an id, author and date. :func:`track_paragraph_edits`
marks edits inside one ``w:p`` in the runs it already has: runs are split where an edit begins or
ends, the runs in between are wrapped in ``w:ins`` (the paragraph shows NEW) or turned into
``w:del`` (the paragraph shows OLD), and the other side's text is added as a run with the
neighbouring run's formatting. Nothing outside the edited places changes.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:noBreakHyphen"): "-"}
RUN_CONTAINERS = {qn("w:hyperlink"), qn("w:smartTag"), qn("w:fldSimple"), qn("w:ins")}


class Revisions:
    """Author, date and the next free ``w:id`` of the revisions written into one file."""

    def __init__(self, author: str = "resolint", date: str | None = None, first_id: int = 1) -> None:
        self.author = author
        self.date = date or datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        self.next_id = first_id

    def element(self, kind: str) -> etree._Element:
        """A new ``w:ins`` or ``w:del`` (``kind`` "ins" or "del") with its id, author and date."""
        mark = etree.Element(qn(f"w:{kind}"))
        mark.set(qn("w:id"), str(self.next_id))
        mark.set(qn("w:author"), self.author)
        mark.set(qn("w:date"), self.date)
        self.next_id += 1
        return mark


def first_free_id(root: etree._Element) -> int:
    """One more than the highest revision or annotation id already in a part."""
    ids = [int(v) for v in root.xpath("//@w:id", namespaces={"w": W_NS}) if v.isdigit()]
    return max(ids, default=0) + 1


@dataclass(frozen=True, slots=True)
class ParagraphEdit:
    """``[start, end)`` of the paragraph's text, and the other version's text for that place."""

    start: int
    end: int
    other: str


def paragraph_runs(p: etree._Element) -> list[etree._Element]:
    """The text runs of a paragraph in reading order (inside hyperlinks and smart tags too), not
    runs already deleted by an earlier revision."""
    found: list[etree._Element] = []
    for child in p:
        if child.tag == qn("w:r"):
            found.append(child)
        elif child.tag in RUN_CONTAINERS:
            found.extend(paragraph_runs(child))
    return found


def run_text(run: etree._Element) -> str:
    """The run's text; none for a note reference (its custom mark, "*" or "6", is no text)."""
    if run.find(qn("w:footnoteReference")) is not None or run.find(qn("w:endnoteReference")) is not None:
        return ""
    parts = []
    for child in run:
        if child.tag in TEXT_TAGS:
            parts.append(child.text or "" if child.tag == qn("w:t") else TEXT_TAGS[child.tag])
    return "".join(parts)


def paragraph_text(p: etree._Element) -> str:
    return "".join(run_text(run) for run in paragraph_runs(p))


def mark_paragraph(p: etree._Element, kind: str, revisions: Revisions) -> None:
    """The paragraph mark itself inserted or deleted (``kind`` "ins" or "del"), as Word records it."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, qn("w:rPr"))
        sect = ppr.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(rpr)
    rpr.insert(0, revisions.element(kind))


def track_paragraph_edits(p: etree._Element, edits: list[ParagraphEdit], shows: str, revisions: Revisions) -> int:
    """Mark ``edits`` in ``p``. ``shows`` is "new" when ``p`` holds NEW's text (its edited runs become
    insertions, the other text a deletion) or "old" when it holds OLD's (the other way round).
    Returns how many edits were marked: one whose range the runs cannot cover exactly is left out."""
    placed = 0
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):  # from the end: offsets stay valid
        _split_at(p, edit.end)
        _split_at(p, edit.start)
        inside = _runs_between(p, edit.start, edit.end)
        if sum(len(run_text(run)) for run in inside) != edit.end - edit.start:
            continue
        placed += 1
        following = _run_from(p, edit.start)
        like = inside[0] if inside else _run_before(p, edit.start)
        like = following if like is None else like
        if edit.other:
            other = revisions.element("del" if shows == "new" else "ins")
            other.append(new_run(edit.other, like, deleted=shows == "new"))
            if shows == "new" and inside:
                inside[0].addprevious(other)
            elif inside:
                inside[-1].addnext(other)
            elif following is not None:
                following.addprevious(other)
            else:
                _append(p, other)
        _wrap(inside, revisions, "ins" if shows == "new" else "del")
    return placed


def track_italics(p: etree._Element, start: int, end: int, italic_now: bool, revisions: Revisions) -> None:
    """Record that ``[start, end)`` of ``p`` was set in (or out of) italics: ``w:rPrChange`` keeps the
    run properties as they were, so rejecting restores them."""
    _split_at(p, end)
    _split_at(p, start)
    for run in _runs_between(p, start, end):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = etree.Element(qn("w:rPr"))
            run.insert(0, rpr)
        before = copy.deepcopy(rpr)
        for stale in before.findall(qn("w:rPrChange")):
            before.remove(stale)
        for italic in before.findall(qn("w:i")):
            before.remove(italic)
        if not italic_now:
            before.append(etree.Element(qn("w:i")))
        for italic in rpr.findall(qn("w:i")):
            rpr.remove(italic)
        if italic_now:
            rpr.insert(1 if rpr.find(qn("w:rStyle")) is not None else 0, etree.Element(qn("w:i")))
        change = revisions.element("rPrChange")
        change.append(before)
        rpr.append(change)


def _positions(p: etree._Element) -> list[tuple[etree._Element, int, int]]:
    placed, offset = [], 0
    for run in paragraph_runs(p):
        length = len(run_text(run))
        placed.append((run, offset, offset + length))
        offset += length
    return placed


def _split_at(p: etree._Element, offset: int) -> None:
    """Make ``offset`` fall between two runs: the run across it is cut in two, each with its
    properties; a ``w:t`` inside it is cut at the character, other content (tabs, non-breaking
    hyphens, breaks) goes whole to one side."""
    for run, start, end in _positions(p):
        if start < offset < end:
            _split_run(run, offset - start)
            return


def _split_run(run: etree._Element, cut: int) -> None:
    content = [child for child in run if child.tag != qn("w:rPr")]
    position = 0
    for index, child in enumerate(content):
        length = len(child.text or "") if child.tag == qn("w:t") else len(TEXT_TAGS.get(child.tag) or "")
        if position + length <= cut:
            position += length
            continue
        second = copy.deepcopy(run)
        second_content = [c for c in second if c.tag != qn("w:rPr")]
        inside = cut - position  # > 0 only inside a w:t
        for later in content[index + 1 :] if inside else content[index:]:
            run.remove(later)
        for earlier in second_content[:index]:
            second.remove(earlier)
        if inside:
            text = child.text or ""
            _set_text(child, text[:inside])
            _set_text(second_content[index], text[inside:])
        run.addnext(second)
        return


def _set_text(element: etree._Element, text: str) -> None:
    element.text = text
    element.set(XML_SPACE, "preserve")


def _runs_between(p: etree._Element, start: int, end: int) -> list[etree._Element]:
    return [run for run, s, e in _positions(p) if s >= start and e <= end and e > s]


def _run_from(p: etree._Element, offset: int) -> etree._Element | None:
    """The first text run that starts at or after ``offset``."""
    return next((run for run, start, end in _positions(p) if start >= offset and end > start), None)


def _run_before(p: etree._Element, offset: int) -> etree._Element | None:
    before = [run for run, start, end in _positions(p) if end <= offset and end > start]
    return before[-1] if before else None


def _append(p: etree._Element, element: etree._Element) -> None:
    """After the last run of the paragraph (its properties stay first)."""
    runs = paragraph_runs(p)
    if runs:
        runs[-1].addnext(element)
    else:
        p.append(element)


def _wrap(runs: list[etree._Element], revisions: Revisions, kind: str) -> None:
    """Put ``runs`` into ``w:ins`` or ``w:del`` (``kind``) marks, one mark (with its own id) for each
    stretch of neighbouring runs; deleted runs' ``w:t`` become ``w:delText``."""
    if not runs:
        return
    groups: list[list[etree._Element]] = [[runs[0]]]
    for run in runs[1:]:
        if run.getprevious() is groups[-1][-1]:
            groups[-1].append(run)
        else:
            groups.append([run])
    for group in groups:
        wrapper = revisions.element(kind)
        group[0].addprevious(wrapper)
        for run in group:
            wrapper.append(run)
            if kind == "del":
                for child in run:
                    if child.tag == qn("w:t"):
                        child.tag = qn("w:delText")


def new_run(text: str, like: etree._Element | None, deleted: bool = False, italic: bool = False) -> etree._Element:
    """A run holding ``text`` (tabs as ``w:tab``) with the formatting of ``like`` (in italics if asked)."""
    run = etree.Element(qn("w:r"))
    if like is not None and like.find(qn("w:rPr")) is not None:
        rpr = copy.deepcopy(like.find(qn("w:rPr")))
        for stale in rpr.findall(qn("w:rPrChange")):
            rpr.remove(stale)
        run.append(rpr)
    if italic:
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = etree.SubElement(run, qn("w:rPr"))
        if rpr.find(qn("w:i")) is None:
            rpr.insert(0, etree.Element(qn("w:i")))
    for part in re.split(r"(\t)", text):
        if part == "\t":
            run.append(etree.Element(qn("w:tab")))
        elif part:
            _set_text(etree.SubElement(run, qn("w:delText" if deleted else "w:t")), part)
    return run
