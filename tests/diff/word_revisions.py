"""Reject every tracked change of a .docx in plain Python: an oracle for many property-test examples
(LibreOffice does the same for a few, in test_tracked_export.py).

Word's rules, for what resolint writes: ``w:ins`` content goes; ``w:del`` content comes back
(``w:delText`` as ``w:t``); a paragraph whose mark was inserted goes with its content (resolint
inserts whole paragraphs only); a deleted paragraph mark is restored; ``w:rPrChange`` gives the
run its old properties back.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS = ("word/document.xml", "word/footnotes.xml")


def reject_all(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename in PARTS:
                root = etree.fromstring(data)
                _reject(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            copy.writestr(info, data)


def _reject(root: etree._Element) -> None:
    for p in list(root.iter(f"{W}p")):
        mark = p.find(f"{W}pPr/{W}rPr/{W}ins")
        if mark is not None:
            p.getparent().remove(p)
    for inserted in list(root.iter(f"{W}ins")):
        inserted.getparent().remove(inserted)
    for deleted in list(root.iter(f"{W}del")):
        parent = deleted.getparent()
        if parent.tag == f"{W}rPr":  # a deleted paragraph mark, restored
            parent.remove(deleted)
            continue
        for child in list(deleted):
            for text in child.iter(f"{W}delText"):
                text.tag = f"{W}t"
            deleted.addprevious(child)
        parent.remove(deleted)
    for change in list(root.iter(f"{W}rPrChange")):
        rpr = change.getparent()
        before = change.find(f"{W}rPr")
        for child in list(rpr):
            rpr.remove(child)
        for child in list(before) if before is not None else []:
            rpr.append(child)
