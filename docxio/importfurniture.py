"""The page furniture of a Word file: masthead lines, running-header short title, job number and date code.

The UN's first-page header holds the masthead (symbol, organ, "Distr.: General", the date); the
running header the symbol and a short title; the first-page footer the job number with "(E)" and
one or two date codes ("17-21689 (E)    131217"). The export writes them back from the front-matter
keys ``short-title``, ``job-number`` and ``date-code``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from resolint.docxio.package import WordPackage, resolve_target
from resolint.docxio.wordtext import ParagraphReader, plain_of, w

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
JOB_LINE = re.compile(r"^((?:GE\.)?\d{2}-\d{4,6})\s*\(E\)\s*((?:\d{6}\s*)*)$")
"""Page 1's release line: the job number, its language "(E)", then the date code(s)."""


@dataclass
class Furniture:
    masthead: list[str] = field(default_factory=list)  # lines of every header of the first section
    running: list[list[str]] = field(default_factory=list)  # each header of pages 2 and after: its lines
    job_number: str | None = None
    date_code: str | None = None

    def short_title(self, symbol: str | None) -> str | None:
        """The running header's title: its lines but the symbol, joined (the UN breaks a long one in two)."""
        for lines in self.running:
            title = " ".join(line for line in lines if line.replace(" ", "") != (symbol or "").replace(" ", ""))
            if title:
                return title
        return None


def read_furniture(package: WordPackage, document: etree._Element, reader: ParagraphReader) -> Furniture:
    """Headers and footers of the first section (the one the masthead is in)."""
    furniture = Furniture()
    section = next(document.iter(w("sectPr")), None)
    if section is None:
        return furniture
    lines_of = _story_reader(package, reader)
    for ref in section.findall(w("headerReference")):
        lines = lines_of(ref.get(f"{{{R_NS}}}id"))
        furniture.masthead.extend(lines)
        if ref.get(w("type")) == "default":
            furniture.running.insert(0, lines)
        elif ref.get(w("type")) != "first":
            furniture.running.append(lines)
    counted = reader.tracked_changes  # the footers' tracked changes are not the text's
    for ref in section.findall(w("footerReference")):
        if ref.get(w("type")) == "first":
            release = next(filter(None, map(JOB_LINE.match, lines_of(ref.get(f"{{{R_NS}}}id")))), None)
            if release:
                furniture.job_number = release.group(1)
                furniture.date_code = " ".join(release.group(2).split()) or None
    reader.tracked_changes = counted
    return furniture


def _story_reader(package: WordPackage, reader: ParagraphReader) -> Callable[[str | None], list[str]]:
    """A function from a relationship id to the text lines of that header or footer part."""
    main = package.main_part
    folder, _, base = main.rpartition("/")
    rels = f"{folder}/_rels/{base}.rels"
    targets: dict[str, str] = {}
    if package.has(rels):
        for rel in package.read_xml(rels):
            if rel.get("TargetMode") != "External" and rel.get("Id"):
                targets[rel.get("Id")] = resolve_target(folder, rel.get("Target", ""))

    def lines_of(rel_id: str | None) -> list[str]:
        name = targets.get(rel_id or "")
        if not name or not package.has(name):
            return []
        lines: list[str] = []
        for paragraph in package.read_xml(name).iter(w("p")):
            text = plain_of(reader.read(paragraph))
            lines.extend(part.strip() for part in re.split(r"[\n\t]", text) if part.strip())
        return lines

    return lines_of
