"""The plain structure read out of an AKN4UN file (:class:`AknText`: heading, blocks in reading
order, runs of text, footnotes, conclusions), which the importer, the outline and the ``.res.md``
writer share, and the small XML helpers the readers use. :mod:`.reader` fills it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
A = "{" + NS + "}"
LAYOUT_SPACE = re.compile(r"[ \t\r\n]+")  # the no-break space is the UN's and stays


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of running text: ``text``, ``italic``, or a footnote ``note`` (value: the marker)."""

    kind: str
    value: str


@dataclass(slots=True)
class Note:
    marker: str
    runs: list[Run]


@dataclass(slots=True)
class Block:
    """One body block in reading order.

    ``kind`` is ``container`` (preambular), ``paragraph`` (operative or annex text), ``point``
    (a sub-paragraph, ``level`` 1 or deeper), ``heading`` (a title inside the body) or
    ``wrapUp`` (text that continues a paragraph after its points), or ``meeting`` (a meeting or
    date line closing a part of a resolution in parts, before the next part). ``path`` is the element path
    from the document part (``mainBody/paragraph/list/point``), so two files that say the same
    thing with different elements do not compare equal.
    """

    kind: str
    path: str
    runs: list[Run]
    num: str | None = None
    name: str | None = None
    level: int = 0
    rows: list[list[list[Run]]] = field(default_factory=list)  # a table's cells, row by row


@dataclass(slots=True)
class AknText:
    heading: dict[str, str] = field(default_factory=dict)
    sponsors: str = ""
    report: str = ""  # the line naming the committee report an adopted text comes from
    document_type: str = "resolution"
    number: str = ""
    title: str = ""
    formula: list[Run] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    conclusions: list[str] = field(default_factory=list)
    attachments: list[Block] = field(default_factory=list)
    conclusions_last: bool = False  # the meeting lines close the annexed text (they are in its <doc>)
    notices: list[str] = field(default_factory=list)


def local(element: etree._Element) -> str:
    tag = element.tag
    return tag[len(A) :] if isinstance(tag, str) and tag.startswith(A) else ""


def squash(text: str) -> str:
    return LAYOUT_SPACE.sub(" ", text).strip()


def plain(element: etree._Element | None) -> str:
    return squash("".join(element.itertext())) if element is not None else ""


def first(element: etree._Element | None, xpath: str) -> etree._Element | None:
    if element is None:
        return None
    found = element.find(xpath.replace("akn:", A))
    return found
