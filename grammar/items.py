"""Placement of items, sub-paragraphs, subject lines and continuations, mixed into the builder.

The classification stage's questions about a unit in relation to the paragraph before it: is it
a sub-paragraph (and on which level), an item in one of the Security Council's label styles, a
list line of a PDF copy (a hyphen before every line), a subject line between numbered paragraphs
or items, the wrap-up after a list, more text of an item, the rest of a paragraph cut by a page
break, or the numbered items of an unnumbered lead-in. ``forms.py`` answers for the larger forms
(section headings, parts, annexes, drafts); the builder (``builder.py``) asks both in order.
"""

from __future__ import annotations

from dataclasses import replace

from resolint.grammar.classify import (
    CAPITAL_LABEL_RE,
    CLOSING_RE,
    DOT_LABEL_RE,
    HEADING_MAX,
    ITEM_BULLETS,
    SHORT_HEADING,
    WHOLE_ITALIC,
    _continues,
    _label_style,
    _lead_in,
    _opens,
    _opens_roman_list,
    _parenthesised,
    _sub_level,
)
from resolint.grammar.construct import FUNCTION_WORDS, Pending, _last_char_before_marks
from resolint.grammar.genre import Target, written_heading
from resolint.grammar.inline import strip_marks
from resolint.grammar.pdfcopy import PdfCopy
from resolint.grammar.segment import TERMINAL_PUNCTUATION, Unit
from resolint.model import Closing, Document, LineIndex, NodeKind
from resolint.refdata import match_operative, match_preambular

PAGE_GAP_NEWLINES = 3  # a page's end pasted from a PDF: two empty lines or more, where paragraphs have one


class ItemPlacement:
    """The builder's state these methods share (set up by the builder)."""

    doc: Document
    source: str
    lines: LineIndex
    pending: list[Pending]
    last_paragraph: Pending | None
    collecting_items: bool
    notes_since_paragraph: bool
    copy: PdfCopy | None
    target: Target
    heading_open: bool

    def _add(self, pending: Pending) -> None:
        raise NotImplementedError

    def _layout_length(self, unit: Unit) -> int:
        raise NotImplementedError

    def _sub(self, unit: Unit, region: str) -> None:
        bulleted = _label_style(unit.label) not in ("paren", "dot")  # a dash or bullet heads no subject line
        if region == "operative" and not bulleted and self._labelled_subject_line(unit):
            return
        parent = self._last_operative() if region != "preamble" else self._preambular_lead_in()
        if parent is None:
            self._add(Pending(NodeKind.PREAMBULAR if region == "preamble" else NodeKind.OPERATIVE, unit))
            return
        pending = Pending(NodeKind.SUBPARAGRAPH, unit)
        label = (unit.label or "").strip("()")
        if not _parenthesised(unit.label):
            self._add_styled_item(parent, pending)
            return
        pending.level = _sub_level(label, parent)
        if pending.level == 2 and parent.children:
            parent.children[-1].children.append(pending)
        else:
            pending.level = 1
            parent.children.append(pending)
        self.last_paragraph = pending
        self.collecting_items = False

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
        span = self.lines.span(unit.start, unit.end)
        words = f"{label} {text}"
        line = Closing(words, span, **written_heading(self.source[unit.start : unit.end], words))
        self.doc.sections.append(line)
        self.target.heading_groups.append([line])
        self.heading_open = True
        return True

    def _last_operative(self) -> Pending | None:
        for pending in reversed(self.pending):
            if pending.kind == NodeKind.OPERATIVE:
                return pending
        return None

    def _preambular_lead_in(self) -> Pending | None:
        """The preambular paragraph whose items these are: it ends with a colon ("… contribution to:")."""
        last = self.pending[-1] if self.pending else None
        if last is None or last.kind != NodeKind.PREAMBULAR or last.wrap_up is not None:
            return None
        if last.children or _lead_in(strip_marks(self.source[last.unit.text_start : last.end][-200:])):
            return last
        return None

    def _lead_in_open(self) -> bool:
        """The last paragraph introduces what follows ("… as follows:") and has no sub-paragraphs yet."""
        last = self.last_paragraph
        if last is None or last.children:
            return False
        return last.fact("lead-in", lambda: _lead_in(strip_marks(self.source[last.unit.text_start : last.end][-200:])))

    def _items_follow(self) -> bool:
        return self.collecting_items or self._lead_in_open()

    def _unit_lead_in(self, unit: Unit) -> bool:
        """The unit ends with a colon: it introduces items (its own end, not only its first line)."""
        return _lead_in(strip_marks(self.source[unit.text_start : unit.end][-200:]))

    def _numbered_items_of_lead_in(self, head: str) -> bool:
        """Numbered clauses that carry on an unnumbered lead-in (budget resolutions) rather than
        operative paragraphs: the first operative paragraph is unnumbered and ends with ":", and this
        numbered block opens with no operative verb."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.OPERATIVE or last.unit.label or not self._lead_in_open():
            return False
        verb = match_operative(head)
        return not (verb and verb.known)

    def _other_item(self, unit: Unit) -> Unit | None:
        """An item labelled "a." / "ii." or by a bullet or dash, under an operative paragraph that
        introduces items (it ends with a colon, or has items already), or a Model UN draft's point right
        under its clause (``_point_label``): a copy of the unit as one."""
        parent = self._last_operative()
        if parent is None:
            return None
        artefact = None
        if not (parent.children or self._lead_in_open()):
            label_span = self._point_label(unit, parent)
        elif (inner := self._mark_after_list_bullet(unit)) is not None:
            label_span, artefact = inner, unit.bullet  # "- – UNIOGBIS will …": the item's own dash
        elif unit.kind == "bullet" and unit.bullet is not None and self._bullet_char(unit) in ITEM_BULLETS:
            start = self._bullet_start(unit)
            label_span = (start, start + 1)
        elif unit.kind == "text" and (found := DOT_LABEL_RE.match(self.source, unit.text_start, unit.end)):
            label_span = found.span(1)
        elif unit.kind == "text" and (found := CAPITAL_LABEL_RE.match(self.source, unit.text_start, unit.end)):
            opens = not parent.children and self._first_capital_point(unit, found.group(1))
            label_span = found.span(1) if opens or self._capital_continues(found.group(1), parent) else None
        else:
            return None
        if label_span is None:
            return None
        label = self.source[label_span[0] : label_span[1]]
        text_start = label_span[1]
        while text_start < unit.end and self.source[text_start] in " \t":
            text_start += 1
        return replace(
            unit, kind="sub", bullet=artefact, label=label, label_span=label_span, text_start=text_start, derived={}
        )

    def _point_label(self, unit: Unit, parent: Pending) -> tuple[int, int] | None:
        """A Model UN draft's first point right under its numbered clause, though the clause does not end
        with a colon ("1. … countries." / "- With the help of the CTC"; "2. … which will;" / "A. Comprise of
        …,"): a bullet or dash, or the capital "A." before a clause's text that ends with punctuation. A line
        that opens like a paragraph of its own (an operative verb) is a paragraph, not a point."""
        if self.last_paragraph is not parent or not parent.unit.label or parent.unit.kind != "operative":
            return None
        if unit.kind == "bullet" and self._bullet_char(unit) in ITEM_BULLETS and not self._list_bullet(unit):
            start = self._bullet_start(unit)
            span = (start, start + 1)
        elif unit.kind == "text" and (found := CAPITAL_LABEL_RE.match(self.source, unit.text_start, unit.end)):
            if not self._first_capital_point(unit, found.group(1)):
                return None
            span = found.span(1)
        else:
            return None
        return None if _opens(self.source[span[1] : unit.end][:200].lstrip()) else span

    def _first_capital_point(self, unit: Unit, label: str) -> bool:
        """ "A. Comprise of …,": the first of a clause's capital-letter points, a clause's text that ends with
        punctuation (a part's heading "A. Follow-up" ends with none)."""
        return label == "A." and strip_marks(self.source[unit.text_start : unit.end]).rstrip()[-1:] in (",", ";", ":", ".")

    @staticmethod
    def _capital_continues(label: str, parent: Pending) -> bool:
        """ "B." after "A." among a clause's points (``_point_label``)."""
        last = parent.children[-1].unit.label if parent.children else None
        return bool(last) and len(last) == 2 and last[1] == "." and ord(label[0]) == ord(last[0]) + 1

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

    @staticmethod
    def _following(units: list[Unit], index: int) -> Unit | None:
        """The next unit of the text after ``index``, footnotes and comments passed over."""
        for position in range(index + 1, len(units)):  # no slice: it would copy the rest of the units each time
            unit = units[position]
            if unit.kind != "comment" and not unit.kind.startswith("footnote"):
                return unit
        return None

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
            and unit.end - unit.text_start - self._layout_length(unit) < HEADING_MAX
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
        if unit.kind != "text" or len(unit.lines) != 1 or unit.end - unit.text_start - self._layout_length(unit) >= SHORT_HEADING:
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

    def _continues_after_break(self, unit: Unit, head: str) -> bool:
        """A block that carries on the paragraph before, cut by a page break before a capital
        ("…, encourages the" / "Government to consolidate …"): the paragraph before ends in a
        word, and this block has no number, opener or verb of its own."""
        last = self.last_paragraph
        if last is None or unit.kind != "text" or unit.run_together or unit.block == last.unit.block:
            return False
        if self.copy is not None and not self.copy.markers_only:
            return False  # a PDF copy's segmentation has joined its page-break halves already
        if self.doc.sections and self.doc.sections[-1].span.start >= last.end:
            return False  # a heading stands between: the block opens the text under it
        previous = last.fact(
            "last-char", lambda: _last_char_before_marks(self.source[last.unit.start : last.end].rstrip())
        )
        if not previous:
            return False
        if previous.isalnum():
            return not any(m and m.known for m in (match_preambular(head), match_operative(head)))
        # "…Novaya Gazeta," / footnotes of the page / "Echo of Moscow and …": a comma, the page's
        # end between (its footnotes, or the empty lines of a page without any: "…to the Governments
        # of Jamaica," / "Kenya, Morocco and Portugal …"), and no opening phrase at all in the block
        # that follows (a known operative verb after the preamble's last comma is the operative part)
        page_end = self.notes_since_paragraph or self.source.count("\n", last.end, unit.start) >= PAGE_GAP_NEWLINES
        if previous != "," or not page_end or match_preambular(head) is not None:
            return False
        operative = match_operative(head)
        return not (operative and operative.known)

    def _after_operative(self, unit: Unit, head: str) -> None:
        preambular = match_preambular(head)
        operative = match_operative(head)
        if preambular and preambular.known and not (operative and operative.known):
            self._add(Pending(NodeKind.PREAMBULAR, unit))
        else:
            self._add(Pending(NodeKind.OPERATIVE, unit))
