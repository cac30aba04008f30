"""Classification of the genre's larger forms, mixed into the builder: section headings and
their groups, subject lines, parts, annexes, nested drafts, preambular lead-ins, text after a list,
and items in the Security Council's label styles. The facts of single lines come from
``classify.py`` and ``genre.py``; what is found goes to the current :class:`~genre.Target`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from resolint.grammar.classify import (
    AUTHORING_RE,
    CLOSING_RE,
    DOT_LABEL_RE,
    HEADING_MAX,
    ITEM_BULLETS,
    SHORT_HEADING,
    _continues,
    _label_style,
    _lead_in,
    _looks_like_organ,
    _opens,
    _opens_roman_list,
)
from resolint.grammar.construct import FUNCTION_WORDS, Pending, _last_char_before_marks
from resolint.grammar.genre import Target, introduces_draft, is_annex_heading, is_part_letter, is_section_number
from resolint.grammar.inline import build_text, strip_marks
from resolint.grammar.segment import TERMINAL_PUNCTUATION, Unit
from resolint.model import Authoring, Closing, Document, LineIndex, NodeKind
from resolint.refdata import match_operative, match_preambular

if TYPE_CHECKING:
    pass


WHOLE_ITALIC = re.compile(r"\*[^*\n]+\*|_[^_\n]+_")  # a line in italics from end to end


class GenreForms:
    """The builder's state these methods share (set up by the builder)."""

    doc: Document
    source: str
    lines: LineIndex
    pending: list[Pending]
    last_paragraph: Pending | None
    collecting_items: bool
    resolution: Target
    target: Target
    drafts: list[Target]
    heading_open: bool
    annex_target: Target | None

    def _plain_head(self, unit: Unit, limit: int = 200) -> str:
        raise NotImplementedError

    def _lead_in_open(self) -> bool:
        raise NotImplementedError

    def _last_operative(self) -> Pending | None:
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
        letter = strip_marks(self._plain_head(units[body_start - 2], 20)).strip()
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
        return Closing(
            text, self.lines.span(unit.start, unit.end), build_text(self.source, [(start, unit.end)], self.lines)
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

    def _draft_follows(self) -> bool:
        """The open lead-in recommends a draft ("… adoption of the following draft resolution:")."""
        last = self.last_paragraph
        if last is None:
            return False
        return introduces_draft(strip_marks(self.source[last.unit.text_start : last.end][-300:]))

    def _draft_or_part_authoring(self, unit: Unit, after_heading: bool) -> bool:
        """An authoring line ("The General Assembly,") inside the body: the start of a draft the
        paragraph before recommends, or of the next part of a resolution in parts."""
        if unit.kind != "text" or unit.end - unit.text_start > 160:
            return False
        plain = strip_marks(self.source[unit.text_start : unit.end])
        match = AUTHORING_RE.match(plain)
        if not match or not _looks_like_organ(match.group(1)):
            return False
        authoring = Authoring(
            match.group(1),
            build_text(self.source, [(unit.text_start, unit.end)], self.lines),
            self.lines.span(unit.start, unit.end),
        )
        if self.doc.authoring is None:  # part A's authoring line, after its letter and title
            self.doc.authoring = authoring
        elif self._draft_follows() or (self.target is not self.resolution and after_heading):
            draft = Target(unit.start, authoring)
            if after_heading and self.target.heading_groups:  # "Draft resolution I" / its title
                draft.heading_groups.append(self.target.heading_groups.pop())
            self.drafts.append(draft)
            self.target = draft
        else:
            self.doc.part_authorings.append(authoring)
        self.last_paragraph = None
        return True

    def _looks_like_heading(self, unit: Unit, head: str) -> bool:
        raw = self.source[unit.text_start : unit.end].strip()
        return raw.startswith("#") or (
            len(unit.lines) == 1
            and 0 < len(head) < HEADING_MAX
            and unit.end - unit.text_start < HEADING_MAX
            and head[0].isupper()
            and raw[:1] not in "*_"
            and ";" not in head
            and (len(head) < SHORT_HEADING or not any(mark in head for mark in ",:"))
            and head[-1] not in TERMINAL_PUNCTUATION
            and not any(m and m.known for m in (match_operative(head), match_preambular(head)))
            and not CLOSING_RE.match(head)
        )

    def _other_item(self, unit: Unit) -> Unit | None:
        """An item labelled "a." / "ii." or by a bullet or dash, under an operative paragraph that
        introduces items (it ends with a colon, or has items already): a copy of the unit as one."""
        parent = self._last_operative()
        if parent is None or not (parent.children or self._lead_in_open()):
            return None
        artefact = None
        if (inner := self._mark_after_list_bullet(unit)) is not None:
            label_span, artefact = inner, unit.bullet  # "- – UNIOGBIS will …": the item's own dash
        elif unit.kind == "bullet" and unit.bullet is not None and self._bullet_char(unit) in ITEM_BULLETS:
            start = self._bullet_start(unit)
            label_span = (start, start + 1)
        elif unit.kind == "text" and (found := DOT_LABEL_RE.match(self.source, unit.text_start, unit.end)):
            label_span = found.span(1)
        else:
            return None
        label = self.source[label_span[0] : label_span[1]]
        text_start = label_span[1]
        while text_start < unit.end and self.source[text_start] in " \t":
            text_start += 1
        return replace(
            unit, kind="sub", bullet=artefact, label=label, label_span=label_span, text_start=text_start, derived={}
        )

    def _bullet_start(self, unit: Unit) -> int:
        start = unit.bullet[0] if unit.bullet else unit.start
        while self.source[start] in " \t":
            start += 1
        return start

    def _bullet_char(self, unit: Unit) -> str:
        return self.source[self._bullet_start(unit)] if unit.bullet else ""

    def _list_bullet(self, unit: Unit) -> bool:
        """A hyphen some PDF readers put before every line of the operative list when the text is
        copied (seed 000: "- 2. Commends …", "- (a) Phase II", "- – UNIOGBIS will …"): under an
        operative paragraph that came out with the same hyphen, a hyphen line is one of these
        lines, its hyphen an artefact of the copy and not the label of an item."""
        parent = self._last_operative()
        return (
            unit.kind == "bullet"
            and self._bullet_char(unit) == "-"
            and parent is not None
            and self._bullet_char(parent.unit) == "-"
        )

    def _mark_after_list_bullet(self, unit: Unit) -> tuple[int, int] | None:
        """The span of the item's own label after a copy's list hyphen: a Council dash or bullet
        ("- – UNIOGBIS …", "- • …") or a dotted label ("- a. Provide …")."""
        if not self._list_bullet(unit):
            return None
        start = unit.text_start
        if self.source[start] in ITEM_BULLETS and self.source[start + 1 : start + 2] in (" ", "\t"):
            return (start, start + 1)
        found = DOT_LABEL_RE.match(self.source, start, unit.end)
        return found.span(1) if found else None

    def _without_list_bullet(self, unit: Unit) -> Unit:
        """A copy's list line without a label of its own ("-  To contribute …" under "- (a) Quick
        impact projects"): the text line it stands for, its hyphen kept as an artefact."""
        if self._list_bullet(unit) and self._mark_after_list_bullet(unit) is None:
            return replace(unit, kind="text", derived={})
        return unit

    def _labelled_subject_line(self, unit: Unit) -> bool:
        """ "(i) Exemptions, advance approvals and notifications" between two operative paragraphs: a
        subject heading, not an item — the paragraph before introduces nothing, and this line ends
        without the punctuation every item ends with."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.OPERATIVE or last.children or len(unit.lines) != 1:
            return False
        text = strip_marks(self.source[unit.text_start : unit.end]).strip()
        before = _last_char_before_marks(self.source[last.unit.start : last.end].rstrip())
        if before not in ".;" or not text or text[-1] in TERMINAL_PUNCTUATION or len(text) > HEADING_MAX:
            return False
        label = (unit.label or "").strip()
        line = Closing(f"{label} {text}", self.lines.span(unit.start, unit.end))
        self.doc.sections.append(line)
        self.target.heading_groups.append([line])
        self.heading_open = True
        return True

    def _subject_line_before_number(self, unit: Unit, head: str, following: Unit | None) -> bool:
        """A line of its own right before a numbered paragraph, with no opener or verb and no comma
        or semicolon at its end: a subject heading however long ("Prevention of Illicit Exports of
        Petroleum, including …, from Libya"), also with a colon ("Reports:", "2a: Targeted sanctions")."""
        if following is None or following.kind != "operative" or unit.kind != "text" or len(unit.lines) != 1:
            return False
        plain = strip_marks(head).rstrip()
        raw = self.source[unit.text_start : unit.end].strip()
        return (
            0 < len(plain) < HEADING_MAX
            and unit.end - unit.text_start < HEADING_MAX
            and raw[:1] not in "*_"
            and (plain[0].isupper() or plain[0].isdigit())
            and _last_char_before_marks(plain) not in ".,;"
            and ";" not in plain
            and not _opens(plain)
            and not CLOSING_RE.match(plain)
        )

    def _subject_line_in_list(self, unit: Unit, head: str, following: Unit | None) -> bool:
        """A short line between the items of a list that titles the items after it ("Urgent temporary
        measures:", "Rule of law:" before items (iii), (vi) of S/RES/2552): no opener or verb, no
        comma unless the whole line is in italics (S/RES/2556's "*Disarmament, demobilisation,
        reintegration (DDR)*"), and the next block is a labelled item."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.SUBPARAGRAPH or following is None or following.kind != "sub":
            return False
        if unit.kind != "text" or len(unit.lines) != 1 or unit.end - unit.text_start >= SHORT_HEADING:
            return False
        plain = strip_marks(head).strip()
        italic = WHOLE_ITALIC.fullmatch(self.source[unit.text_start : unit.end].strip()) is not None
        return (
            bool(plain)
            and plain[0].isupper()
            and ";" not in plain
            and ("," not in plain or italic)
            and (plain[-1] == ":" or plain[-1].isalnum() or plain[-1] == ")")
            and not _opens(plain)
        )

    def _text_under_titled_item(self, unit: Unit, head: str) -> bool:
        """The flush paragraph under an item that is a title ("(c) 2020/2021 elections" / "To assist
        the CAR authorities …;"): the item is one line ending in a word, not a function word, and
        this block opens in capitals with no verb or opener and ends with punctuation of its own
        — text of the item, not the rest of it after a page break."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.SUBPARAGRAPH or last.extra or unit.kind != "text":
            return False
        if not head[:1].isupper() or _opens(head) or len(last.unit.lines) != 1:
            return False
        title = strip_marks(self.source[last.unit.text_start : last.end]).rstrip()
        ending = _last_char_before_marks(self.source[unit.text_start : unit.end].rstrip())
        return (
            0 < len(title) < HEADING_MAX
            and title[-1].isalnum()
            and title.rsplit(None, 1)[-1].lower() not in FUNCTION_WORDS
            and ending in TERMINAL_PUNCTUATION
        )

    def _text_of_item(self, unit: Unit, head: str) -> bool:
        """A flush block without number or label after an item, in a text whose operative paragraphs
        are numbered, that opens with no verb or opener: more text of the item ("(b) *Cooperation
        with Sanctions Committees*" and the paragraphs under it, "Rule of law:" before the next
        items of the list)."""
        last = self.last_paragraph
        return last is not None and last.kind == NodeKind.SUBPARAGRAPH and unit.kind == "text" and not _opens(head)

    def _preambular_lead_in(self) -> Pending | None:
        """The preambular paragraph whose items these are: it ends with a colon ("… contribution to:")."""
        last = self.pending[-1] if self.pending else None
        if last is None or last.kind != NodeKind.PREAMBULAR or last.wrap_up is not None:
            return None
        if last.children or _lead_in(strip_marks(self.source[last.unit.text_start : last.end][-200:])):
            return last
        return None

    def _wrap_up(self, unit: Unit, head: str) -> bool:
        """Flush-left text after the items of a lead-in that carries the paragraph on ("and further
        requests …"): the last item ends with a mark of its own and this block starts in lower case."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.SUBPARAGRAPH or unit.kind != "text" or not head[:1].islower():
            return False
        if unit.block == last.unit.block or unit.run_together:
            return False
        ending = _last_char_before_marks(self.source[last.unit.start : last.end].rstrip())
        parent = next((p for p in reversed(self.pending) if p.children), None)
        if ending not in ",;:" or parent is None or parent.wrap_up is not None:
            return False
        parent.wrap_up = unit
        if unit.bullet:  # "- and further requests …": a copy's list hyphen before the text after the list
            parent.artefacts.append(("bullet", *unit.bullet))
        self.last_paragraph = None
        return True

    def _add_styled_item(self, parent: Pending, pending: Pending) -> None:
        """Place an item by its label: beside the item it continues ("b." after "a.", "ii." after
        "i."), else beside the items of the same style on the open branch, else one level under the
        last item ("a." under "(i)", "–" under "(iii)", "i." under "a.")."""
        label = pending.unit.label
        style = _label_style(label)
        chain = [parent]
        while chain[-1].children:
            chain.append(chain[-1].children[-1])
        owners = chain[:-1]
        owner = next((node for node in owners if _continues(label, node.children[-1].unit.label)), None)
        if owner is None and not _opens_roman_list(label):
            owner = next((node for node in owners if _label_style(node.children[-1].unit.label) == style), None)
        owner = owner or chain[-1]
        owner.children.append(pending)
        pending.level = chain.index(owner) + 1
        self.last_paragraph = pending
        self.collecting_items = False
