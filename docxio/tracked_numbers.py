"""A fix that changes a paragraph's automatic number or letter, written as a tracked change in a Word file.

Word draws an automatic number ("a)" from the list's level text): it is no text of the paragraph, so a
fix of the label ("a)" to the UN's "(a)", "5." to "4.") has no run to change. The change is made as
Word itself records one: the paragraph leaves its list (``w:pPrChange`` keeps the properties it had,
list included) and the label the fix gives is typed before its text (``w:ins``), with a tab, as the
UN's own files type "(a)". Accepting gives the typed label; rejecting gives the list's number back.

The paragraph moves to a list of the file's that draws no number (``NumberlessList``) at the same level,
rather than to no list: LibreOffice's rejection restores a paragraph's list but not a level that changed.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from resolint.docxio.numbering import child_val
from resolint.docxio.tracked import Revisions, new_run, paragraph_runs, paragraph_text
from resolint.docxio.wordtext import StyleSheet

LABEL_RE = re.compile(r"^[ \t]*(\d{1,3}[.)]|\([a-z0-9]{1,6}\)|[a-z]{1,6}[.)]|[•–])[ \t]+")
"""A line's leading label as the import writes it: "1.", "(a)", Word's "a." or "a)", the Council's "•"."""
NOT_COPIED = (qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange"))  # what a w:pPrChange's w:pPr never holds
BEFORE_NUMBERING = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")
AFTER_INDENT = ("contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def label_change(p: etree._Element, before: str, after: str) -> tuple[str, str, str] | None:
    """(new label, line before, line after) without their labels, when a fix changes a label that the
    paragraph does not hold as text (Word's automatic number); None otherwise."""
    old, new = LABEL_RE.match(before), LABEL_RE.match(after)
    if old is None or new is None or old.group(1) == new.group(1):
        return None
    if paragraph_text(p).lstrip(" \t").startswith(old.group(1)):
        return None  # a typed label: an ordinary change of the text
    return new.group(1), before[old.end():], after[new.end():]


def track_typed_label(p: etree._Element, label: str, lists: NumberlessList, revisions: Revisions) -> None:
    """Move ``p`` to a list that draws no number, as a tracked change of its properties, and type ``label``
    in front of its text. The list level's indent is kept, so the paragraph stays where Word set it."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    num_id, level = lists.numbered_as(p)
    indent = lists.indent(num_id, level)
    old = etree.Element(qn("w:pPr"))
    old.extend(copy.deepcopy(child) for child in ppr if child.tag not in NOT_COPIED)
    for stale in ppr.findall(qn("w:numPr")):
        ppr.remove(stale)
    _insert_after(ppr, _numbering(lists.numberless(), level), BEFORE_NUMBERING)
    if indent is not None and ppr.find(qn("w:ind")) is None:
        _insert_before(ppr, copy.deepcopy(indent), AFTER_INDENT)
    change = revisions.element("pPrChange")
    change.append(old)
    ppr.append(change)
    typed = revisions.element("ins")
    typed.append(new_run(f"{label}\t", None))
    runs = paragraph_runs(p)
    if runs:
        top = runs[0]
        while top.getparent() is not p:  # a first run inside a hyperlink: the label goes before the link
            top = top.getparent()
        top.addprevious(typed)
    else:
        p.append(typed)


@dataclass
class NumberlessList:
    """The file's numbering part and styles; adds (once) a list whose every level draws nothing."""

    numbering: etree._Element | None
    styles: StyleSheet
    changed: bool = False
    num_id: str | None = None

    def numbered_as(self, p: etree._Element) -> tuple[str | None, str]:
        """(numId, level) that numbers ``p``: its own ``w:numPr``, else its style's list."""
        numpr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id, level = (child_val(numpr, "numId"), child_val(numpr, "ilvl")) if numpr is not None else (None, None)
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        style_id = style.get(qn("w:val")) if style is not None else None
        if num_id is None:
            num_id = self.styles.resolve(style_id, "num_id")
        if level is None:
            level = str(self.styles.resolve(style_id, "ilvl") or 0)
        return num_id, level

    def indent(self, num_id: str | None, level: str) -> etree._Element | None:
        """The ``w:ind`` of that list level."""
        if self.numbering is None:
            return None
        abstract = next((child_val(num, "abstractNumId") for num in self.numbering.iter(qn("w:num"))
                         if num.get(qn("w:numId")) == num_id), None)
        for definition in self.numbering.iter(qn("w:abstractNum")):
            if definition.get(qn("w:abstractNumId")) == abstract:
                for lvl in definition.iter(qn("w:lvl")):
                    if lvl.get(qn("w:ilvl")) == level:
                        return lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        return None

    def numberless(self) -> str:
        """The numId of the list that draws no number, added to the numbering part the first time."""
        if self.num_id is not None:
            return self.num_id
        root = self.numbering
        abstract_ids = [int(a.get(qn("w:abstractNumId"), "0")) for a in root.iter(qn("w:abstractNum"))]
        num_ids = [int(n.get(qn("w:numId"), "0")) for n in root.iter(qn("w:num"))]
        abstract_id, self.num_id = str(max(abstract_ids, default=0) + 1), str(max(num_ids, default=0) + 1)
        definition = etree.Element(qn("w:abstractNum"))
        definition.set(qn("w:abstractNumId"), abstract_id)
        _child(definition, "multiLevelType", "multilevel")
        for level in range(9):
            lvl = etree.SubElement(definition, qn("w:lvl"))
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (("start", "1"), ("numFmt", "none"), ("suff", "nothing"), ("lvlText", "")):
                _child(lvl, tag, value)
        num = etree.Element(qn("w:num"))
        num.set(qn("w:numId"), self.num_id)
        _child(num, "abstractNumId", abstract_id)
        abstracts, nums = root.findall(qn("w:abstractNum")), root.findall(qn("w:num"))
        if abstracts:
            abstracts[-1].addnext(definition)
        else:
            root.insert(0, definition)  # (a numPicBullet would come first; a file without lists has none)
        (nums[-1] if nums else definition).addnext(num)
        self.changed = True
        return self.num_id


def _child(parent: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(parent, qn(f"w:{tag}")).set(qn("w:val"), value)


def _numbering(num_id: str, level: str) -> etree._Element:
    numpr = etree.Element(qn("w:numPr"))
    _child(numpr, "ilvl", level)
    _child(numpr, "numId", num_id)
    return numpr


def _insert_after(ppr: etree._Element, child: etree._Element, earlier: tuple[str, ...]) -> None:
    """Put ``child`` after the last of the ``earlier`` elements ``ppr`` has (the schema's order)."""
    before = [element for element in ppr if element.tag in {qn(f"w:{name}") for name in earlier}]
    if before:
        before[-1].addnext(child)
    else:
        ppr.insert(0, child)


def _insert_before(ppr: etree._Element, child: etree._Element, later: tuple[str, ...]) -> None:
    after = [element for element in ppr if element.tag in {qn(f"w:{name}") for name in later}]
    if after:
        after[0].addprevious(child)
    else:
        ppr.append(child)
