"""AKN resolutions laid out as the text a person copies out of their PDF (test code only).

The XML is read by ``tests/corpus/akn.py`` (independent of resolint); this module prints it on
pages the way the UN's PDFs look once copied: hard-wrapped lines, numbers and labels alone on
their line or not, footnote markers as plain digits after the word, the notes of a page at its
foot (label on its own line, or label and text on one line), the running header (the symbol,
with or without the short title, on either side), the footer (page number, "n/m", job number,
date code, barcode), the first-page masthead and "Please recycle", with or without form feeds,
with or without a blank line after every printed line, with or without the UN's footnote separator
(a line of underscores above each page's notes, a shorter one under the text's last line, as the
Word template prints them), with or without the page's look that ``pdftotext -layout`` keeps (the
indentation of first and next lines, labels, notes and closing lines; justified lines widened with runs of
spaces; the masthead's, running header's and footer's columns side by side on one line). A :class:`Layout` holds every choice,
so a property test can draw them at random.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akn import Block, Inline, Point, Resolution, block_lines

TIE = "\u2060"  # a spaced marker, kept on the line of its word while wrapping
GLUE = "\u2061"  # a marker glued to its word
END = "\u2062"  # the end of a marker
MARKER_RE = re.compile(f"([{TIE}{GLUE}])([^{END}]*){END}")
IN_WORD_MARKER_RE = re.compile(f"(?<=[^\\W\\d_])([{TIE}{GLUE}][^{END}]*{END})([^\\W\\d_]+)")
LABEL_RE = re.compile(r"^(\d{1,3}\.|\([a-z]{1,6}\)|\(\d{1,2}\)) ")  # a number or label the UN's tab follows
ITEM_LABEL_RE = re.compile(r"^(?:[a-z]{1,2}|[ivxl]{1,6})\. ")  # the Council's dotted labels ("a. ", "iv. "): no words
ORGANS = {
    "akn-hrc": "Human Rights Council",
    "akn-ga": "General Assembly",
    "akn-sc": "Security Council",
    "akn-ecosoc": "Economic and Social Council",
}
WORD_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
SEPARATOR = "_" * 18  # the UN's footnote separator, as pdftotext copies it
END_RULE = "_" * 12  # the short rule under the last line of the text
MARGIN = " " * 15  # pdftotext -layout: the text's left margin
COLUMN_GAP = " " * 24  # pdftotext -layout: the space between columns printed side by side


@dataclass(frozen=True, slots=True)
class Layout:
    width: int = 84  # characters per printed line
    page_lines: int = 46  # printed lines of body per page
    own_line_numbers: bool = True  # "1." alone on its line (pdftotext prints the tab so)
    glued_markers: bool = False  # "1996,1" rather than "1996, 1"
    note_form: str = "label-line"  # "label-line" ("1" then the text) | "inline" ("1 Text")
    header: str = "symbol-title"  # "symbol" | "symbol-title" | "title-symbol" | "two-lines"
    footer: str = "job-page"  # "job-page" | "page-of" | "page-job" | "page"
    form_feeds: bool = True
    blank_lines: bool = False  # a blank line after every printed line
    hyphenate: bool = True  # break long words that recur in the text with a layout hyphen
    separator: bool = False  # the UN's footnote separator above each page's notes, a short rule ending the text
    indented: bool = False  # pdftotext -layout: the page's indentation, and its columns side by side on one line
    justified: bool = False  # with ``indented``: a paragraph's lines but the last widened to the full width
    job: str = "24-18602"


@dataclass(frozen=True, slots=True)
class Printed:
    """The text of a printed copy and the strings of its furniture (for the no-furniture check)."""

    text: str
    furniture: tuple[str, ...]


def body_words(resolution: Resolution) -> list[str]:
    """Every word of the resolution's body (headings, paragraphs, items, nested drafts, tables), closing lines,
    annexes and notes, as printed (not the numbers and labels)."""
    lines = [plain_runs(resolution.authoring), *resolution.meeting, *resolution.vote]
    for block in [*resolution.body, *resolution.annex]:
        lines += block_lines(block, plain_runs, "", markdown=False)
    lines += [plain_runs(note.runs) for note in resolution.footnotes]
    return [word for line in lines for word in WORD_RE.findall(ITEM_LABEL_RE.sub("", LABEL_RE.sub("", line)))]


def plain_runs(runs: list[Inline]) -> str:
    return "".join(run.value for run in runs if run.kind != "note")


def _points(points: list[Point]) -> list[Point]:
    found: list[Point] = []
    for point in points:
        found += [point, *_points(point.children)]
    return found


class _Printer:
    def __init__(self, resolution: Resolution, layout: Layout) -> None:
        self.res = resolution
        self.layout = layout
        self.lines: list[str] = []  # the whole copy
        self.page: list[str] = []  # body lines of the current page
        self.page_notes: list[str] = []  # markers referenced on the current page
        self.page_number = 1
        self.furniture: set[str] = set()
        self.printed_whole: set[str] = set()
        self.notes = {note.marker: note for note in resolution.footnotes}

    # ---- text of one paragraph ------------------------------------------------------------
    def runs_text(self, runs: list[Inline]) -> tuple[str, list[str]]:
        out, markers = "", []
        for run in runs:
            if run.kind == "note":
                out += f"{GLUE if self.layout.glued_markers else TIE}{run.value}{END}"  # wraps with its word
                markers.append(run.value)
            else:
                out += run.value
        out = IN_WORD_MARKER_RE.sub(r"\2\1", out)  # "a⁽²¹⁾nd" (a slip of A/RES/76/222's XML) prints "and²¹"
        out = re.sub(f"\\s+([{TIE}{GLUE}])", r"\1", out)  # the marker stands after its word's mark …
        out = re.sub(f"{END}(?=\\w)", END + " ", out)  # … and before the space of the next word
        return " ".join(out.split()), markers

    def wrap(self, text: str, hyphenate: bool = True) -> list[str]:
        width = self.layout.width
        lines: list[str] = []
        line = ""
        for word in text.split(" "):
            if not line:
                line = word
                self.printed_whole.add(word)
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
                self.printed_whole.add(word)
            else:
                head, tail = self.hyphenate(word, width - len(line) - 1) if hyphenate else ("", word)
                if head:
                    lines.append(f"{line} {head}-")
                    line = tail
                else:
                    lines.append(line)
                    line = word
                    self.printed_whole.add(word)
        return [*lines, line] if line else lines

    def hyphenate(self, word: str, room: int) -> tuple[str, str]:
        """A layout hyphen inside a word already printed whole (so a reader can tell it is not the word's); never in an
        acronym ("UNIDROIT")."""
        if not self.layout.hyphenate or word not in self.printed_whole or not (word.isalpha() and word[1:].islower()) or room < 5:
            return "", word
        cut = min(room - 1, len(word) - 4)
        return (word[:cut], word[cut:]) if cut >= 4 else ("", word)

    # ---- pages ----------------------------------------------------------------------------
    def block(self, block: Block) -> None:
        """One body block as printed: its lines come from ``akn.block_lines`` (the pasted forms' layout of the
        genre: headings, parts' authoring and meeting lines, nested drafts, tables, lead-ins with items)."""
        for line in block_lines(block, self.marked_text, "", markdown=False):
            for row in line.split("\n"):  # a table's rows
                label = LABEL_RE.match(row) if block.kind != "heading" else None
                if label:
                    self.paragraph(label.group(1), row[label.end() :])
                else:  # a heading is centred, never hyphenated
                    self.paragraph(None, row, hyphenate=block.kind != "heading", centred=block.kind == "heading")

    def marked_text(self, runs: list[Inline]) -> str:
        return self.runs_text(runs)[0]

    def paragraph(self, label: str | None, text: str, hyphenate: bool = True, centred: bool = False) -> None:
        if self.layout.indented:
            printed = self.indented(label, text, hyphenate, centred)
        elif label and self.layout.own_line_numbers:
            printed = [label, *self.wrap(text, hyphenate)]
        else:
            printed = self.wrap(f"{label} {text}" if label else text, hyphenate)
        for line in printed:
            markers = [found.group(2) for found in MARKER_RE.finditer(line)]  # their notes go on this line's page
            self.put(MARKER_RE.sub(lambda found: (" " if found.group(1) == TIE else "") + found.group(2), line), markers)

    def indented(self, label: str | None, text: str, hyphenate: bool, centred: bool) -> list[str]:
        """A paragraph as ``pdftotext -layout`` prints it: its first line (and the label's gap) indented beyond the
        margin of the next lines, a heading centred."""
        if centred:
            return [MARGIN + " " * max(0, (self.layout.width - len(line)) // 2) + line for line in self.wrap(text, False)]
        lines = self.wrap(f"{label} {text}" if label else text, hyphenate)
        if not lines:
            return []
        if self.layout.justified:
            lines = [*(self.justify(line) for line in lines[:-1]), lines[-1]]
        first = lines[0].replace(f"{label} ", f"{label}    ", 1) if label else lines[0]
        return [MARGIN + "      " + first, *(MARGIN + line for line in lines[1:])]

    def justify(self, line: str) -> str:
        """``line`` widened to the page's width at its spaces, as -layout copies a justified line."""
        words = line.split(" ")
        extra = self.layout.width - len(line)
        if len(words) < 2 or extra <= 0:
            return line
        gaps = [1 + extra // (len(words) - 1) + (index < extra % (len(words) - 1)) for index in range(len(words) - 1)]
        return "".join(word + " " * gap for word, gap in zip(words, [*gaps, 0], strict=True))

    def right(self, line: str) -> str:
        """A closing line or the date, as -layout prints it at the right of the page."""
        return (MARGIN + " " * max(0, self.layout.width - len(line)) + line) if self.layout.indented else line

    def columns(self, *columns: str) -> str:
        return COLUMN_GAP.join(column for column in columns if column)

    def put(self, line: str, markers: list[str]) -> None:
        if len(self.page) >= self.layout.page_lines:  # (a full page ends when more text comes: the last is never empty)
            self.end_page(last=False)
        self.page.append(line)
        self.page_notes += [m for m in markers if m in self.notes and m not in self.page_notes]

    def end_page(self, last: bool) -> None:
        out = list(self.page)
        notes = [self.notes.pop(marker) for marker in self.page_notes if marker in self.notes]
        if last:
            notes += list(self.notes.values())
        margin = MARGIN if self.layout.indented else ""
        if notes:
            out += ["", margin + SEPARATOR] if self.layout.separator else [""]
        for note in notes:
            text, _ = self.runs_text(note.runs)
            if self.layout.note_form == "inline":
                out += [margin + line for line in self.wrap(f"{note.marker} {text}")]
            elif self.layout.indented:  # the label at the left, the text's first line indented
                lines = self.wrap(text)
                out += [" " * 9 + note.marker, margin + "    " + lines[0], *(margin + line for line in lines[1:])]
            else:
                out += [note.marker, *self.wrap(text)]
        out += ["", *self.footer()]
        self.emit(out)
        self.page, self.page_notes = [], []
        self.page_number += 1
        if not last:
            self.emit(self.header(), form_feed=self.layout.form_feeds)

    def emit(self, lines: list[str], form_feed: bool = False) -> None:
        if form_feed and lines:
            lines = ["\f" + lines[0], *lines[1:]]
        for line in lines:
            self.lines.append(line)
            if self.layout.blank_lines and line:
                self.lines.append("")

    def header(self) -> list[str]:
        symbol = self.res.heading.get("symbol", "")
        title = self.running_title(self.layout.width - len(symbol) - 1)
        shapes = {
            "symbol": [symbol],
            "symbol-title": [f"{symbol} {title}"],
            "title-symbol": [f"{title} {symbol}"],
            "two-lines": [symbol, "", title],
        }
        lines = shapes[self.layout.header]
        if self.layout.indented:  # the title and the symbol side by side, far apart
            lines = [self.columns(*line.partition(symbol)).strip() if line else line for line in lines]
        self.furniture.update(" ".join(line.split()) for line in lines if symbol in line)
        return [*lines, ""]

    def running_title(self, room: int) -> str:
        """The start of the title that fits beside the symbol (the UN prints a short title there)."""
        words, title = self.res.title.split(), ""
        for word in words:
            if len(title) + len(word) + 1 > room:
                break
            title = f"{title} {word}".strip()
        return title

    def footer(self) -> list[str]:
        job, page = self.layout.job, str(self.page_number)
        prefix = "GE." if self.res.organ == "akn-hrc" else ""  # Geneva's job numbers, New York's plain
        shapes = {
            "job-page": [f"{prefix}{job} {page}"],
            "page-of": [f"{page}/{self.page_number + 1}", job],
            "page-job": [f"{page} {prefix}{job}"],
            "page": [page, f"{job} (E)"],
        }
        lines = shapes[self.layout.footer]
        if self.layout.indented:  # the page number and the job number side by side
            lines = [self.columns(*lines)]
        if self.page_number == 1:
            codes = self.columns(f"{prefix}{job} (E)", "121024", "121024") if self.layout.indented else ""
            lines = [codes or f"{prefix}{job} (E) 121024", f"*{job.replace('-', '')}*", "Please recycle"]
        self.furniture.update(" ".join(line.split()) for line in lines if job in line or "recycle" in line)
        return lines

    def masthead(self) -> list[str]:
        """The first page's head as the organ prints it (what the XML has of it: SC has no title line)."""
        head = self.res.heading
        organ = head.get("organ") or ORGANS.get(self.res.organ, "")
        lines = ["United Nations", head.get("symbol", ""), organ, "Distr.: General", head.get("date", "")]
        if self.layout.indented:  # the masthead's columns side by side, the date under the right one
            lines = [self.columns(*lines[:2]), self.columns(*lines[2:4]), self.right(lines[4])]
        lines += [f"Original: {head['original']}" if head.get("original") else "", ""]
        lines += [head.get(key, "") for key in ("session", "session-dates")]
        if head.get("agenda-item"):
            lines.append(f"Agenda item {head['agenda-item']}")
        lines += [head.get("agenda-title", ""), "", self.res.adoption_line, ""]
        title = f"{self.res.number}. {self.res.title}" if self.res.number else self.res.title
        return [*lines, title, ""] if title else lines

    def render(self) -> Printed:
        self.emit(self.masthead())
        self.paragraph(None, self.marked_text(self.res.authoring))
        for block in self.res.body:
            self.block(block)
        for line in [*self.res.meeting, *self.res.vote]:
            self.put(self.right(line), [])
        for block in self.res.annex:
            self.block(block)
        if self.layout.separator:
            self.put(self.right(END_RULE), [])
        self.end_page(last=True)
        printed = {line.strip() for line in self.lines}
        self.furniture.update(rule for rule in (SEPARATOR, END_RULE) if rule in printed)
        return Printed("\n".join(self.lines) + "\n", tuple(sorted(self.furniture)))


def render_printed(resolution: Resolution, layout: Layout) -> Printed:
    """``resolution`` as a copy of its PDF laid out by ``layout``."""
    return _Printer(resolution, layout).render()


# The named layouts the corpus test measures (the property test draws others at random).
LAYOUTS = {
    "printed": Layout(),
    "printed-raw": Layout(own_line_numbers=False, glued_markers=True, header="symbol", footer="page-of"),
    "printed-blank": Layout(
        width=72,
        page_lines=38,
        note_form="inline",
        header="title-symbol",
        footer="page-job",
        blank_lines=True,
        form_feeds=False,
    ),
    # as the UN's own PDFs copy: the footnote separator above each page's notes and the rule ending the text
    "printed-separator": Layout(separator=True, note_form="inline", footer="page-job"),
    # as pdftotext -layout copies: the indentation kept, the masthead's and page foot's columns on one line
    "printed-layout": Layout(
        indented=True, justified=True, own_line_numbers=False, header="title-symbol", footer="page-of"
    ),
}
