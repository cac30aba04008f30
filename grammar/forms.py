"""Classification of the genre's larger forms, mixed into the builder: section headings and
their groups, parts, annexes and nested drafts. The facts of single lines come from
``classify.py`` and ``genre.py``; what is found goes to the current :class:`~genre.Target`. Items,
sub-paragraphs, subject lines and continuations of the paragraph before are placed by ``items.py``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from resolint.grammar.authoring import organ_named
from resolint.grammar.classify import (
    CLOSING_RE,
    HEADING_MAX,
    SHORT_HEADING,
    _opens,
)
from resolint.grammar.construct import Pending
from resolint.grammar.genre import (
    Target,
    introduces_draft,
    is_annex_heading,
    is_part_letter,
    is_section_number,
    named_draft,
    presents_the_text,
    written_heading,
)
from resolint.grammar.inline import InlineScan, build_text, scan_parts, strip_marks
from resolint.grammar.segment import TERMINAL_PUNCTUATION, Unit
from resolint.model import AnnexText, Artefact, Authoring, Closing, Document, LineIndex, NodeKind
from resolint.refdata import match_operative, match_preambular

if TYPE_CHECKING:
    from resolint.grammar.pdflines import PdfCopy


# A paragraph that opens a quotation, and a quotation mark that closes one (after the quoted text's own
# punctuation, at a paragraph's end): a quoted draft opens every paragraph and closes only at its end.
QUOTED_PARAGRAPH_RE = re.compile(r"[“\"]\S")
CLOSED_QUOTATION_RE = re.compile(r"[.;:,!?)][”\"]\s*$", re.MULTILINE)
RUNNING_TITLE_WORDS = 4  # a running title cut shorter than this could be a subject line that happens to open the title


class GenreForms:
    """The builder's state these methods share (set up by the builder)."""

    doc: Document
    source: str
    lines: LineIndex
    last_paragraph: Pending | None
    resolution: Target
    target: Target
    drafts: list[Target]
    heading_open: bool
    annex_target: Target | None
    copy: PdfCopy | None  # the segmentation of a PDF copy

    def _plain_head(self, unit: Unit, limit: int = 200) -> str:
        raise NotImplementedError

    def _section_heading(self, unit: Unit, head: str, *, joins: bool = False, force: bool = False) -> bool:
        """A heading inside the body ("### Follow-up", "A. Follow-up"): kept as a section, not a
        paragraph. Heading lines that follow each other ("I" / "Title") make one heading group."""
        is_heading = force or unit.derived.get("section-heading")
        if is_heading is None:
            is_heading = unit.derived["section-heading"] = self._looks_like_heading(unit, head)
        if not is_heading and joins and self._title_after_number(head):
            is_heading = True
        if is_heading:
            raw = self.source[unit.text_start : unit.end].strip()
            text = strip_marks(raw.lstrip("#").strip())
            line = self._heading_line(unit, text)
            self.doc.sections.append(line)
            groups = self.target.heading_groups
            if joins and groups and not is_section_number(text):  # "A" after a title starts a heading
                groups[-1].append(line)
            else:
                groups.append([line])
            self.heading_open = True
        return is_heading

    def _first_part_start(self, units: list[Unit], body_start: int) -> int:
        """A resolution in parts: part A's letter and title stand before its authoring line."""
        if body_start < 2 or units[body_start - 2].kind != "text":
            return body_start
        letter = strip_marks(self._plain_head(units[body_start - 2], 80)).strip()  # (a web page may centre it)
        title = units[body_start - 1]
        if is_part_letter(letter) and title.kind == "text" and len(title.lines) == 1:
            return body_start - 2
        return body_start

    def _title_after_number(self, head: str) -> bool:
        """The title under a section's number line ("II" / "Implementation of the 1995 Agreement …"):
        however long, it ends without punctuation and opens with no opener or verb."""
        groups = self.target.heading_groups
        if not groups or len(groups[-1]) != 1 or not is_section_number(groups[-1][0].text):
            return False
        plain = strip_marks(head).rstrip()
        return bool(plain) and plain[-1] not in TERMINAL_PUNCTUATION and not _opens(plain)

    def _annex_start(self, units: list[Unit]) -> int:
        """Index of the first "Annex" line (the units after it are annexed text), else the end."""
        for index, unit in enumerate(units):
            short = unit.kind == "text" and len(unit.lines) == 1 and unit.end - unit.text_start < 40
            if short and is_annex_heading(strip_marks(self._plain_head(unit, 40).strip())):
                return index
        return len(units)

    def _open_annex_at_heading(self) -> None:
        """The heading just read titles text that the paragraph before introduced: an annex."""
        groups = self.target.heading_groups
        title = groups.pop()[0] if groups else None
        if title is not None:
            self.annex_target = self.target
            self.target.annexes.append((title, []))

    def _heading_line(self, unit: Unit, text: str) -> Closing:
        """A heading's line in the model, with its ``Text`` from after the ``###`` marker."""
        start = unit.text_start
        while start < unit.end and self.source[start] in "# \t":
            start += 1
        parts = [(start, unit.end)]
        scan = None
        if self._layout_length(unit):
            scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines)
        content = build_text(self.source, parts, self.lines, scan)  # (a PDF copy's page-break furniture left out)
        if scan is not None:
            text = " ".join(content.plain.split())
        return Closing(
            text,
            self.lines.span(unit.start, unit.end),
            content,
            **written_heading(self.source[unit.start : unit.end], text),
        )

    def _annex_heading(self, unit: Unit, head: str) -> bool:
        """ "Annex", "Annex II": annexed text begins (after the operative part or the meeting line)."""
        if unit.kind != "text" or len(unit.lines) != 1 or not is_annex_heading(strip_marks(head)):
            return False
        title = self._heading_line(unit, strip_marks(head.lstrip("#").strip()))
        self.doc.sections.append(title)  # every heading line, as consumers of ``sections`` expect
        self.annex_target = self.target
        self.target.annexes.append((title, []))
        return True

    def _running_title(self, unit: Unit, head: str) -> bool:
        """The running title of a PDF's later pages, left in the body by a copy that kept it: the document's
        title, or its beginning cut at a word, on a line of its own between paragraphs ("Regional disarmament"
        after the page's notes) or between the halves of a sentence ("… during the general debate of the" /
        "Participation by the State of Palestine during the eightieth session" / "Assembly at its …"). A
        resolution's own title is no heading of its body: page furniture (RS009), not a section or a subject
        line. (Not in a ``.res.md`` text, not inside a nested draft, and not after a lead-in, whose text can
        carry the title: "Adopts the following declaration:" / its title.)"""
        title, last = self.doc.title, self.last_paragraph
        if title is None or last is None or unit.kind != "text" or len(unit.lines) != 1 or self.doc.form == "res.md":
            return False
        line, full = " ".join(strip_marks(head).split()), " ".join(title.text.split())
        cut = full.startswith(line) and full[len(line) : len(line) + 1] == " "
        if not (line == full or (cut and len(line.split()) >= RUNNING_TITLE_WORDS)):
            return False
        if self.target is not self.resolution or self._lead_in_open() or self._draft_follows():
            return False
        self.doc.layout.append(Artefact("page-furniture", self.lines.span(unit.start, unit.end), "running header"))
        return True

    def _in_open_quoted_draft(self, unit: Unit) -> bool:
        """A numbered paragraph inside a draft the lead-in quotes for the General Assembly (the Council's
        "Recommends … the adoption of the following draft resolution:" / "“The General Assembly," / "“Recalling
        …,"): the quotation runs until its closing mark, so "1. Invites …" after the quoted preamble is the
        draft's, also where a copy dropped the quotation mark that opens it (E/RES/1989/48 as a web archive
        copies it), not the recommending resolution's first paragraph."""
        last = self.last_paragraph
        if unit.kind != "operative" or last is None or not self.collecting_items or last.kind != NodeKind.OPERATIVE:
            return False
        if introduces_draft(strip_marks(self.source[last.unit.text_start : last.unit.end][-300:])) is None:
            return False
        quoted = self.source[last.unit.end : unit.start]
        if not QUOTED_PARAGRAPH_RE.match(quoted.lstrip()) or CLOSED_QUOTATION_RE.search(quoted):
            return False
        last.add_part(replace(unit, kind="text", text_start=unit.start, label=None, label_span=None, scan=None, derived={}), "")
        return True

    def _without_own_line_label_breaks(
        self, scan: InlineScan | None, parts: list[tuple[int, int]], gaps: tuple[tuple[int, int], ...] = ()
    ) -> InlineScan | None:
        """An annexed paragraph of a PDF copy keeps its label ("1." / "(a)", alone on its printed line), not the
        line's end after it: the space and the break between label and text (and the other ``gaps``) read as one
        space, as in the body."""
        if scan is None or self.copy is None:
            return scan
        labels = [(start, end) for start, end in self.copy.own_line_labels if any(a <= start and end <= b for a, b in parts)]
        gaps = tuple((start + 1, end) for start, end in (*labels, *gaps) if end - start > 1)
        if not gaps:
            return scan
        kept = InlineScan()  # (a new scan: the one given may be a memo's)
        kept.emphases, kept.comments, kept.unclosed, kept.refs = scan.emphases, scan.comments, scan.unclosed, scan.refs
        kept.hidden = sorted([*scan.hidden, *gaps])
        return kept

    def _annex_section_title(self, unit: Unit, head: str) -> bool:
        """The title under a section's number in annexed text ("I." / "Global context and shared
        commitments", the number and the title on lines of their own as a PDF's text layer gives them):
        one heading of the annex, as "II. Implementation of …" on one line is."""
        annexes = self.annex_target.annexes if self.annex_target is not None else []
        before = annexes[-1][1][-1] if annexes and annexes[-1][1] else None
        if not isinstance(before, AnnexText) or before.level or not is_section_number(before.text.plain.strip()):
            return False
        if unit.kind != "text" or not self._looks_like_heading(unit, head) or unit.start < before.span.end:
            return False
        parts = [(before.span.start, unit.end)]
        scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines) if self.copy else None
        number_end = before.span.start + len(before.text.raw.rstrip())
        scan = self._without_own_line_label_breaks(scan, parts, ((number_end, unit.start),))
        text = build_text(self.source, parts, self.lines, scan)
        joined = AnnexText(NodeKind.ANNEX, text, text.span, **written_heading(text.raw, text.plain))
        annexes[-1][1][-1] = joined
        self.doc.annex[self.doc.annex.index(before)] = joined
        return True

    def _draft_follows(self) -> str | None:
        """The kind of draft the open lead-in recommends ("… adoption of the following draft resolution:")."""
        last = self.last_paragraph
        if last is None:
            return None
        return introduces_draft(strip_marks(self.source[last.unit.text_start : last.end][-300:]))

    def _prologue_recommends(self) -> str | None:
        """The kind of draft the text before the first authoring line recommends, as a report of a Main
        Committee (or of the Council to the Assembly) does before the drafts it carries."""
        for paragraph in reversed(self.doc.prologue):
            for line in reversed(paragraph.text.raw.splitlines()):
                if presents_the_text(line):
                    return None  # a copy's lead-in: the text that follows is the document's own
                if (kind := introduces_draft(strip_marks(line))) is not None:
                    return kind
        return None

    def _report_paragraph(self, unit: Unit, head: str) -> bool:
        """A report's numbered paragraph after a draft it carries ("29. The Third Committee also recommends
        … the following draft decision:"): no operative verb opens it, and it recommends the next draft."""
        if unit.kind != "operative" or self.doc.authoring is not None or not self.drafts:
            return False
        found = match_operative(head)
        if found is not None and found.known:
            return False
        return introduces_draft(strip_marks(self.source[unit.text_start : unit.end][-300:])) is not None

    def _draft_or_part_authoring(self, unit: Unit, after_heading: bool) -> bool:
        """An authoring line ("The General Assembly,") inside the body: the start of a draft the
        paragraph before recommends, or of the next part of a resolution in parts."""
        if unit.kind != "text" or unit.end - unit.text_start > 160:
            return False
        organ = organ_named(strip_marks(self.source[unit.text_start : unit.end]))
        if organ is None:
            return False
        authoring = Authoring(
            organ,
            build_text(self.source, [(unit.text_start, unit.end)], self.lines),
            self.lines.span(unit.start, unit.end),
        )
        if self.doc.authoring is None:
            # a Main Committee's report: "28. The Third Committee recommends … the following draft resolutions:"
            recommended = self._prologue_recommends()
            new_draft = recommended is not None
            if not new_draft:  # part A's authoring line, after its letter and title
                self.doc.authoring = authoring
        else:
            recommended = self._draft_follows()
            new_draft = recommended is not None or (self.target is not self.resolution and after_heading)
            if not new_draft:
                self.doc.part_authorings.append(authoring)
        if new_draft:
            heading = self.target.heading_groups.pop() if after_heading and self.target.heading_groups else None
            named = named_draft(" ".join(line.text for line in heading)) if heading else None
            draft = Target(unit.start, authoring, named or recommended or self.target.kind)
            if heading:  # "Draft resolution I" / its title
                draft.heading_groups.append(heading)
            self.drafts.append(draft)
            self.target = draft
        self.last_paragraph = None
        return True

    def _layout_length(self, unit: Unit) -> int:
        """How many characters of ``unit`` a PDF copy's layout takes (the furniture and notes between the
        halves of a line cut by a page break, the indentation and runs of spaces of ``pdftotext -layout``),
        no part of its length."""
        if not self.copy:
            return 0
        return self.copy.layout_length(unit.text_start, unit.end)

    def _looks_like_heading(self, unit: Unit, head: str) -> bool:
        raw = self.source[unit.text_start : unit.end].strip()
        return raw.startswith("#") or (
            len(unit.lines) == 1
            and 0 < len(head) < HEADING_MAX
            and unit.end - unit.text_start - self._layout_length(unit) < HEADING_MAX
            and head[0].isupper()
            and raw[:1] not in "*_"
            and ";" not in head
            and (len(head) < SHORT_HEADING or not any(mark in head for mark in ",:"))
            and head[-1] not in TERMINAL_PUNCTUATION
            and not any(m and m.known for m in (match_operative(head), match_preambular(head)))
            and not CLOSING_RE.match(head)
        )
