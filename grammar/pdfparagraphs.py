"""Paragraph rebuilding in a PDF copy: the printed lines grouped into paragraphs (where one starts), and one
grammar line per paragraph, with its own-line number or label."""

from __future__ import annotations

from resolint.grammar.authoring import AUTHORING_LINE_RE as AUTHORING_RE
from resolint.grammar.authoring import without_italic_marks
from resolint.grammar.genre import is_annex_heading
from resolint.grammar.inline import BOOKMARK_RE
from resolint.grammar.pdfitems import (
    ItemReader,
    item_ends,
    labels_in_flow,
    opens_with_label_before,
    reference_goes_on,
    run_in_before,
)
from resolint.grammar.pdflines import (
    BULLET_ITEM_RE,
    CLOSING_LINE_RE,
    LABEL_RE,
    MARKER_END_RE,
    NUMBER_RE,
    OWN_LABEL_RE,
    OWN_NUMBER_RE,
    TERMINAL,
    PrintedLine,
    heading_mark,
    opens,
    own_label,
    participle_opens,
)
from resolint.grammar.rawlines import RawLine


class ParagraphReader(ItemReader):
    """Groups the body lines into paragraphs and emits their grammar lines."""

    # ---- paragraphs ---------------------------------------------------------------------------
    def _paragraphs(self, kept: list[tuple[PrintedLine, bool]]) -> None:
        """Groups the body lines into paragraphs; a paragraph cut by a page break stays one (what stands
        between its halves is hidden from its text)."""
        every_line_blank = self.line_step > 1
        self.marker_ending = {end: start for _, start, end in self.copy.refs}
        current: list[PrintedLine] = []
        previous: PrintedLine | None = None
        for index, (row, new_page) in enumerate(kept):
            between = self.source[previous.end : row.start] if previous is not None else ""
            gap = not every_line_blank and not new_page and not between.strip() and between.count("\n") > 1
            # a copy that puts a blank line under every printed line and two where it lost a line: a paragraph
            # that opens there starts, though the lost line took the closing mark of the one before
            lost = every_line_blank and not between.strip() and between.count("\n") > 2 and opens(row.text)
            below = [line for line, _ in kept[index + 1 : index + 4]]
            self.below = below
            self.first_line = current[0].text if current else ""
            wrapped = not heading_mark(row.text) and (  # "A" under a title that fills its line stands apart
                (not new_page and self._heading_goes_on(previous, row)) or self._heading_wraps(previous, row)
            )
            heading = not wrapped and previous is not None and self._heading_between(previous, row, below)
            heading = heading or (not wrapped and previous is not None and self._subject_between(previous, row, below))
            starts = previous is None or (
                not own_label(previous)
                and not wrapped
                and (gap or lost or previous is self.heading_row or heading or self._starts_paragraph(previous, row))
            )
            self.heading_row = row if heading or wrapped else None
            # the closing lines (meeting, date, vote) have been met, and no annex has opened after them
            closing_line = not wrapped and bool(CLOSING_LINE_RE.match(row.text))
            self.closing = (self.closing or closing_line) and not is_annex_heading(row.text)
            number = NUMBER_RE.match(row.text) or OWN_NUMBER_RE.match(row.text)
            if starts and number:
                self.operative = int(number.group(1)[:-1])
            self._note_item(row, starts, bool(number))
            if new_page and self.closing and not starts:  # the closing lines (meeting, date, vote) stay apart
                starts = True
            if starts and current:
                self._emit(current)
                current = []
            current.append(row)
            self.current = current
            above = current[-2].text if len(current) > 1 else ""
            self.flow = (self.flow if above else set()) | labels_in_flow(row.text, above)
            previous = row
        if current:
            self._emit(current)

    def _starts_paragraph(self, previous: PrintedLine, row: PrintedLine) -> bool:
        text = row.text
        end = self._plain_end(previous)
        if own_label(row) or CLOSING_LINE_RE.match(text):
            return True
        number = NUMBER_RE.match(text)
        if number and int(number.group(1)[:-1]) == self.operative + 1:
            return True  # the next operative number
        plain = without_italic_marks(BOOKMARK_RE.sub("", text))  # "*Noting* …" (RS012's fix), "[bookmark: …] Noting"
        if AUTHORING_RE.match(plain) or CLOSING_LINE_RE.match(previous.text):
            return True
        if AUTHORING_RE.match(f"{without_italic_marks(previous.text)},") and (opens(plain) or number):
            return True  # "The General Assembly" without its comma, over its one paragraph ("Adopts …")
        if heading_mark(text) or heading_mark(previous.text):
            return True  # "IV", "B.", "Annex II": a line of its own, and the title under it another
        terminal = end in TERMINAL
        if not terminal and self._heading_ends(previous) and (number or opens(text) or LABEL_RE.match(text)):
            return True  # a heading's title ("Budget estimates for …") and the paragraph under it
        if (label := LABEL_RE.match(text)) and reference_goes_on(previous.text, label.group(1)):
            return False  # "… the provisions of subparagraph (f)," then "(g) of paragraph 3 …": references
        if label and run_in_before(self.flow, label.group(1)):
            return False  # "… namely: (a) physical abuse;" then "(b) psychological …": a run-in list, wrapped
        if label and end == ":" and self._list_runs_on(previous, row, label.group(1)):
            return False  # "in particular:" / "(i) full implementation of …" / "OIOS; (ii) production …": run in
        if (NUMBER_RE.match(text) or LABEL_RE.match(text)) and (terminal or end == ":"):
            return True
        if label and item_ends(previous.text) and opens_with_label_before(self.first_line, label.group(1)):
            return True  # "(a) Its reports …; and" then "(b) Its report …" (not a list run in: "to (a) assist …; and")
        if not terminal and self._ends_with_marker(previous) and opens(text):
            return True  # "… resolution 71/2054" then "Reaffirming …": the mark before the note was lost
        if self._item_starts(previous, row, end) or self._after_subject_line(previous, row):
            return True  # the Council's items ("–", "•", "a.") and the text under an item's subject line
        if not terminal or not (plain[:1].isupper() or plain[:1] in "“\"‘'("):
            return False
        if opens(plain) or (end == "," and participle_opens(plain)):
            return True
        short = len(previous.text) < 0.75 * self.width  # a paragraph's short last line …
        return short and not MARKER_END_RE.search(previous.text)  # … not a line cut after a marker (-raw)

    def _list_runs_on(self, previous: PrintedLine, row: PrintedLine, label: str) -> bool:
        """The label after ``label`` ("(ii)" after "(i)") stands in a list's flow on ``row`` or the printed line below
        it (before a line that opens with a label): the list is run in, ``row`` opens no item."""
        flow = labels_in_flow(row.text, previous.text)
        following = self.below[0] if self.below else None
        if following is not None and not (LABEL_RE.match(following.text) or own_label(following)):
            flow |= labels_in_flow(following.text, row.text)
        return any(run_in_before({label[1:-1]}, f"({after})") for after in flow)

    def _emit(self, rows: list[PrintedLine]) -> None:
        first, last = rows[0], rows[-1]
        kind, label, label_span = "text", None, None
        text_start = first.start
        own = OWN_NUMBER_RE.match(first.text) or OWN_LABEL_RE.match(first.text)
        inline = NUMBER_RE.match(first.text) or LABEL_RE.match(first.text)
        if own or inline:
            label = (own or inline).group(1)
            label_span = (first.start, first.start + len(label))
            kind = "operative" if label[0].isdigit() else "sub"
            if own and len(rows) > 1:
                text_start = rows[1].start
                if not self.source[first.end : rows[1].start].strip():  # (not across a page break)
                    self.copy.own_line_labels.append((first.end, rows[1].start))
                else:  # the label at a page foot, its text on the next page: what stands between is hidden
                    self.copy.hidden.append((first.end + 1, rows[1].start))
                    self.copy.page_breaks.append((first.end, rows[1].start))
            else:
                text_start = first.start + len(first.text) - len(first.text[len(label) :].lstrip())
        if kind == "text" and (bookmark := BOOKMARK_RE.match(first.text)):
            text_start = first.start + bookmark.end()  # the paragraph's text opens after Word's bookmark
        bullet = None
        mark = BULLET_ITEM_RE.match(first.text) if kind == "text" else None
        if mark:  # "– UNIOGBIS will …": a bullet line, as the grammar reads it
            kind, bullet, text_start = "bullet", (first.start, first.start + 1), first.start + mark.end()
        self.out.append(RawLine(kind, first.start, last.end, bullet, label, label_span, text_start))
        self._wraps(rows[1:] if own and len(rows) > 1 else rows)
