"""The body of an imported Word file as source text: paragraphs with their labels, closing lines,
section headings and tables, each with its place for the map back to Word."""

from __future__ import annotations

import re
from collections.abc import Callable

from resolint.docxio.importmap import TextBuilder
from resolint.docxio.wordparagraphs import WORD_BULLETS, WordParagraph, normalise_line
from resolint.docxio.wordtext import Segment, markdown_of, plain_of
from resolint.grammar.authoring import authoring_organ
from resolint.grammar.classify import ITEM_BULLETS
from resolint.grammar.closing import MEETING_LINE_RE
from resolint.grammar.genre import is_section_number

OP_LINE = re.compile(r"^(\d{1,3})\.[\t ]+")
SUB_LINE = re.compile(rf"^(?:\(([a-z]{{1,6}}|[0-9]{{1,2}})\)|([{ITEM_BULLETS}]))[\t ]+")  # "(a)", "(ii)", the Council's "•"
AUTO_SUB_LINE = re.compile(r"^([a-z]{1,6}|[0-9]{1,2})[.)][\t ]+")  # Word's list label "a." or "a)" (Word, Google Docs)
RULE_ONLY = re.compile(r"^[\s_\-–—*]*$")
ROMAN = re.compile(r"^[ivxlc]+$")
HEADING_LINE_MAX = 400  # a line in a heading style: budget texts title a section with a whole sentence
BOLD_HEADING_MAX = 160  # a bold line of body text is a heading only when short


class BodyWriter:
    """Writes the body paragraphs; ``note_label`` names a footnote mark (``[^label]``)."""

    def __init__(self, builder: TextBuilder, note_label: Callable[[Segment], str]) -> None:
        self.builder = builder
        self.note_label = note_label
        self.current_op: str | None = None
        self.preamble = 0
        self.labels: list[str] = []  # sub-paragraph labels open at each level under the current paragraph

    def write(self, paragraphs: list[WordParagraph]) -> None:
        table: list[WordParagraph] = []
        for paragraph in paragraphs:
            if paragraph.cell is not None:
                if table and table[0].cell[0] != paragraph.cell[0]:
                    self.write_table(table)
                    table = []
                table.append(paragraph)
                continue
            if table:
                self.write_table(table)
                table = []
            self.write_paragraph(paragraph)
        if table:
            self.write_table(table)

    def write_table(self, cells: list[WordParagraph]) -> None:
        """A table is kept as a comment block, one row a line: its text stays, but it is not linted as prose."""
        rows: dict[int, dict[int, list[str]]] = {}
        for paragraph in cells:
            _, row, column = paragraph.cell
            text = normalise_line(paragraph.number, markdown_of(paragraph.segments, self.note_label))
            if text:
                rows.setdefault(row, {}).setdefault(column, []).append(text)
        lines = ["| " + " | ".join(" ".join(parts) for _, parts in sorted(row.items())) + " |"
                 for _, row in sorted(rows.items())]
        body = "\n".join(lines).replace("--", "–").replace("<!", "< !")
        self.builder.paragraph(f"<!-- Word table:\n{body}\n-->", cells[0].index, "table")

    def write_paragraph(self, paragraph: WordParagraph) -> None:
        marked = markdown_of(paragraph.segments, self.note_label)
        line = normalise_line(paragraph.number, marked)
        if RULE_ONLY.match(line):
            return
        closing = plain_of(paragraph.segments).replace("\u00a0", " ").replace("\t", " ").strip()
        if self.current_op is not None and MEETING_LINE_RE.match(closing):
            # the meeting line and its date (after a line break): the two lines of one block, as .res.md writes them
            lines = [" ".join(part.split()) for part in closing.split("\n") if part.strip()]
            self.builder.paragraph("\n".join(lines), paragraph.index, "closing")
            return
        # a heading style's own number ("1." of a numbered Heading 1) does not make it a numbered paragraph
        if section_heading(paragraph, normalise_line("", marked) if paragraph.outline else line):
            for heading_line in heading_lines(plain_of(paragraph.segments), paragraph.number):
                self.builder.paragraph(f"### {heading_line}", paragraph.index, "section heading")
            return
        line, place = self.labelled(paragraph, line)
        self.builder.paragraph(line, paragraph.index, place)

    def labelled(self, paragraph: WordParagraph, line: str) -> tuple[str, str]:
        """The line with its label set as the source writes it, and its place ("paragraph 3 (b)")."""
        if self.current_op is None and paragraph.number in WORD_BULLETS:
            line = line[len(paragraph.number):].lstrip()  # a bulleted preamble: the bullets are layout
        op = OP_LINE.match(line)
        sub = SUB_LINE.match(line)
        if sub is None and paragraph.number and paragraph.level > 0 and AUTO_SUB_LINE.match(line):
            return self.automatic_label(paragraph, line)
        if op:
            self.current_op = op.group(1)
            self.labels = []
            return OP_LINE.sub(lambda m: f"{m.group(1)}. ", line, count=1), f"paragraph {self.current_op}"
        if sub:
            label = sub.group(1) or sub.group(2)
            level = sub_level(paragraph, label, self.labels)
            self.labels = [*self.labels[: level - 1], label]
            chain = " ".join(f"({label})" if label.isalnum() else label for label in self.labels)
            place = f"paragraph {self.current_op} {chain}" if self.current_op else chain
            written = f"({label}) " if label.isalnum() else f"{label} "
            return "   " * level + SUB_LINE.sub(lambda m: written, line, count=1), place
        if self.current_op is None and authoring_organ(line) is None:
            self.preamble += 1
            return line, f"preambular paragraph {self.preamble}"
        return line, "organ line" if self.current_op is None else f"after paragraph {self.current_op}"

    def automatic_label(self, paragraph: WordParagraph, line: str) -> tuple[str, str]:
        """A sub-paragraph Word numbers "a." or "a)": kept as Word shows it (RS003 speaks of the form),
        at its list level, with its place named as the UN's "(a)"."""
        label = AUTO_SUB_LINE.match(line).group(1)
        level = paragraph.level
        self.labels = [*self.labels[: level - 1], label]
        chain = " ".join(f"({label})" for label in self.labels)
        return "   " * level + line, f"paragraph {self.current_op} {chain}" if self.current_op else chain


def sub_level(paragraph: WordParagraph, label: str, open_labels: list[str]) -> int:
    """Level of a sub-paragraph: Word's list level when numbered, else (i) under a letter is level 2."""
    if paragraph.number and paragraph.level > 0:
        return paragraph.level
    if not open_labels:
        return 1
    last = open_labels[-1]
    if not label.isalnum():  # a bullet: beside the bullet before it, else under the item it follows
        return len(open_labels) if not last.isalnum() else len(open_labels) + 1
    if len(label) == len(last) == 1 and ord(label) == ord(last) + 1:
        return len(open_labels)  # the next letter: (h) then (i), (w) then (x)
    for level, before in enumerate(open_labels[:-1], start=1):
        if len(label) == len(before) == 1 and ord(label) == ord(before) + 1:
            return level  # (c) after (b) (ii): back to the letters, although "c" is also a numeral
    if ROMAN.match(label) and not ROMAN.match(last):
        return len(open_labels) + 1
    if not ROMAN.match(label) and ROMAN.match(last) and len(open_labels) > 1:
        return len(open_labels) - 1
    return len(open_labels)


def heading_lines(plain: str, automatic: str = "") -> list[str]:
    """A heading paragraph's lines: "II" and its title (one Word paragraph, a line break between) are two
    heading lines, number and title; a title that a line break only wraps stays one line, spaces as written.
    Word's automatic number of a heading ("I." from a numbered heading style) is its number line."""
    if automatic.strip():
        title = plain.replace("\n", " ").strip()
        if is_section_number(automatic.strip()):
            return [automatic.strip(), title]
        return [f"{automatic.strip()} {title}"]
    number, _, rest = plain.strip().partition("\n")
    if rest.strip() and is_section_number(number.strip()):
        return [number.strip(), rest.replace("\n", " ").strip()]
    return [plain.replace("\n", " ").strip()]


def section_heading(paragraph: WordParagraph, line: str) -> bool:
    """A heading inside the body: styled as one (or all bold), short, without closing punctuation."""
    plain = plain_of(paragraph.segments).strip()
    longest, endings = (HEADING_LINE_MAX, ".,;") if paragraph.outline else (BOLD_HEADING_MAX, ".,;:")
    if not plain or len(plain) > longest or plain[-1] in endings or OP_LINE.match(line) or SUB_LINE.match(line):
        return False  # a heading in a heading style may end in a colon ("Reporting:", Security Council)
    if authoring_organ(plain) is not None or MEETING_LINE_RE.match(plain):
        return False
    texts = [s for s in paragraph.segments if s.note is None and s.text.strip()]
    all_bold = bool(texts) and all(s.bold for s in texts)
    return paragraph.outline or all_bold
