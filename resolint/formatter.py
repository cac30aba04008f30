"""``resolint fmt``: the canonical ``.res.md`` form of any resolution text.

Front matter from the heading, the opening phrases in italics, operative paragraphs and
sub-paragraphs renumbered (afresh in each section where the document numbers that way), section
headings, annexes, parts and nested drafts kept in place (``### I``, ``### Title``, ``### Annex``,
each part's and draft's ``*The General Assembly*,``), footnotes collected at the end and numbered
in order of first reference, conversion artefacts (bullets, page-break splits, paragraphs run together) removed,
then every safe fix applied. Text the parser did not place (a prologue, unknown heading lines,
comments) is kept as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from resolint.grammar.headingnotes import heading_footnote_refs, renumber_marks
from resolint.grammar.inline import comment_spans
from resolint.grammar.labels import expected_labels, lost_labels
from resolint.model import (
    HEADING_FIELDS,
    Closing,
    Document,
    Footnote,
    NestedDraft,
    Operative,
    Paragraph,
    Preambular,
    SubParagraph,
    Text,
    numbering_is_clear,
    numbering_restarts,
    operative_excerpt_start,
    operative_sections,
)

SUB_INDENT = {1: "    ", 2: "        "}
MAX_ROUNDS = 4
KEPT_CHARACTERS = "\u00a0\u2011"  # no-break space, non-breaking hyphen: folded in plain text only
FOLDED_SPACE = re.compile(r"[ \t\n\r\f\v]+")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")  # (each part is folded: the spaces before it go too)


def format_text(text: str, path: str | None = None) -> str:
    from resolint.engine import fix_text
    from resolint.grammar.parser import parse_document
    from resolint.newlines import newline_of, to_lf, with_newline

    newline, current = newline_of(text), to_lf(text)  # the canonical form keeps the text's line endings
    for _ in range(MAX_ROUNDS):  # render and fix until nothing changes, so that fmt(fmt(x)) == fmt(x)
        fixed, _ = fix_text(render_document(parse_document(current, path)), None, path)
        if fixed == current:
            break
        current = fixed
    return with_newline(current, newline)


def render_document(document: Document) -> str:
    renderer = _Renderer(document)
    return renderer.render()


class _Renderer:
    def __init__(self, document: Document) -> None:
        self.doc = document
        # hyphens a PDF copy dropped where pdftotext joined printed lines (RS010): the canonical text has them back
        self.dropped = sorted(a.span.start for a in document.layout if a.kind == "dropped-hyphen")
        self.footnote_numbers = _footnote_numbers(document)
        self.out: list[str] = []
        self.comments = sorted(document.comments, key=lambda c: c.span.start)
        self.next_comment = 0

    def render(self) -> str:
        self._front_matter()
        # text the parser kept but did not place stays where it stands (a report's text between its drafts)
        items: list[tuple[int, str]] = [(p.span.start, self._unplaced(p.text)) for p in self.doc.prologue]
        if self.doc.authoring:
            items.append((self.doc.authoring.span.start, f"*The {self.doc.authoring.organ}*,"))
        items += [(a.span.start, f"*The {a.organ}*,") for a in self.doc.part_authorings]
        body = self._body_items(self.doc)
        if self.doc.authoring is not None and self.doc.authoring.quoted:
            body = [(start, _without_release_quotes(block)) for start, block in body]
        items += body
        items += [(p.span.start, self._inline(p.text)) for p in self.doc.annex]
        items += [(c.span.start, self._closing(c)) for c in self.doc.closing]
        for start, block in sorted(items, key=lambda item: item[0]):
            self._comments_before(start)
            self.out.append(block)
        self._comments_before(len(self.doc.source) + 1)
        for footnote in sorted(self.doc.footnotes, key=self._footnote_order):
            self.out.append(self._footnote(footnote))
        blocks = [block.rstrip() for block in self.out if block.strip()]
        return "\n\n".join(blocks) + "\n" if blocks else ""

    def _body_items(self, body: Document | NestedDraft) -> list[tuple[int, str]]:
        """The blocks of a resolution's (or a nested draft's) body with where each starts: section
        headings, preamble, operative paragraphs numbered as the document numbers them (afresh in
        each section, or through the text), annex titles, and nested drafts."""
        items: list[tuple[int, str]] = []
        for heading in body.headings:
            items += [(line.span.start, f"### {line.text}") for line in heading.lines]
        for paragraph in body.preamble:
            first = (f"{paragraph.label} " if paragraph.label else "") + self._paragraph(paragraph)  # "(a)", "PP1"
            items.append((paragraph.span.start, "\n\n".join([first, *self._items(paragraph)])))
        sections = operative_sections(body.operative, body.headings)
        groups = sections if numbering_restarts(sections) else [list(body.operative)]
        clear = numbering_is_clear(sections)  # else each paragraph keeps the number it has
        labelled = any(p.working_label for p in body.operative)
        start = operative_excerpt_start(body) if isinstance(body, Document) else 1  # a page's "7.", "8." …
        for group in groups:
            for number, paragraph in enumerate(group, start=start):
                numbered = paragraph.number is not None or (clear and len(group) > 1 and not labelled)
                label = self._written_number(paragraph) if labelled else f"{number if clear else paragraph.number}."
                first = (f"{label} " if numbered else "") + self._paragraph(paragraph)
                items.append((paragraph.span.start, "\n\n".join([first, *self._items(paragraph)])))
        items += [(annex.span.start, f"### {annex.title}") for annex in body.annexes]
        for draft in body.drafts:
            if draft.authoring is not None:
                items.append((draft.authoring.span.start, f"*The {draft.authoring.organ}*,"))
            items += self._body_items(draft)
        return items

    def _written_number(self, paragraph: Operative) -> str:
        """A working text's label as written ("OP1.", "OP 3bis")."""
        span = paragraph.number_span
        return self.doc.source[span.start : span.end] if span is not None else paragraph.number or ""

    def _items(self, paragraph: Preambular | Operative) -> list[str]:
        """Sub-paragraphs (relabelled in order) and the text after them, as blocks."""
        saved, self.out = self.out, []
        lost = lost_labels(paragraph.text.plain, paragraph.children[0].label) if paragraph.children else 0
        self._subparagraphs(paragraph.children, lost)  # (c) stays (c) where the copy lost (a) and (b)
        if paragraph.wrap_up is not None:
            self.out.append(self._inline(paragraph.wrap_up))
        blocks, self.out = self.out, saved
        return blocks

    # ---- pieces ---------------------------------------------------------------------------
    def _front_matter(self) -> None:
        heading = self.doc.heading
        lines = []
        for key in HEADING_FIELDS:
            value = heading.get(key)
            if value:
                lines.append(f"{key}: {_yaml_value(renumber_marks(value, self.footnote_numbers))}")
        if heading.sponsors:
            names = [s.name + ("*" if s.asterisk else "") for s in heading.sponsors]
            if any(re.search(r"[\[\],\"']", name) for name in names):  # not safe in [a, b]: one per line
                lines.append("sponsors:")
                lines.extend(f"  - {_yaml_value(name)}" for name in names)
            else:
                lines.append(f"sponsors: [{', '.join(names)}]")
        title = self.doc.title
        if title and title.number:
            lines.append(f"number: {_yaml_value(title.number)}")
        if title:
            lines.append(f"title: {_yaml_value(renumber_marks(title.text, self.footnote_numbers))}")
        known = {*HEADING_FIELDS, "sponsors", "number", "title"}
        for item in heading.fields:
            if item.name not in known:
                lines.append(f"{item.name}: {_yaml_value(item.value)}")
        if lines:
            self.out.append("---\n" + "\n".join(lines) + "\n---")

    def _comments_before(self, offset: int) -> None:
        while self.next_comment < len(self.comments) and self.comments[self.next_comment].span.start < offset:
            self.out.append(self.comments[self.next_comment].text.strip())
            self.next_comment += 1

    def _subparagraphs(self, items: tuple[SubParagraph, ...], start: int = 0) -> None:
        for item, expected, _, level in expected_labels(items, start=start):
            self._comments_before(item.span.start)
            label = f"({expected})"
            if item.label_span is not None and not item.bracketed:
                label = item.label  # "a.", "•", "–": the Council's labels are kept as written
            self.out.append(f"{SUB_INDENT.get(level, SUB_INDENT[2])}{label} {self._inline(item.text)}")

    def _paragraph(self, paragraph: Paragraph) -> str:
        text = paragraph.text
        if not paragraph.phrase or paragraph.phrase_span is None:
            return self._inline(text)
        return self._inline(text, phrase_span=(paragraph.phrase_span.start, paragraph.phrase_span.end))

    def _footnote(self, footnote: Footnote) -> str:
        label = self.footnote_numbers.get(footnote.label, footnote.label)
        return f"[^{label}]: {self._inline(footnote.text)}"

    def _footnote_order(self, footnote: Footnote) -> tuple[int, str]:
        label = self.footnote_numbers.get(footnote.label, footnote.label)
        return (int(label), "") if label.isdecimal() else (-1, label)

    def _closing(self, line: Closing) -> str:
        """A closing line as its text, but for a copy's plain-digit note marker ("… to none.27"): "[^1]"."""
        if line.content is None or not any(ref.style == "plain" for ref in line.content.footnote_refs):
            return line.text
        return self._unplaced(line.content)

    def _unplaced(self, text: Text) -> str:
        """Text the parser did not place, as written, but for the note markers a copy gives in plain
        digits or brackets ("… 1947 [1]", read by the segmentation): written "[^1]" as the notes are."""
        raw = text.raw
        for ref in sorted(text.footnote_refs, key=lambda ref: -ref.span.start):
            start, end = ref.span.start - text.span.start, ref.span.end - text.span.start
            if ref.style == "plain" and 0 <= start < end <= len(raw):
                raw = f"{raw[:start]}[^{self.footnote_numbers.get(ref.label, ref.label)}]{raw[end:]}"
        return _fold_paragraphs(raw)

    def _inline(self, text: Text, phrase_span: tuple[int, int] | None = None) -> str:
        """Markdown for a text: italics kept (the phrase italicised exactly), refs as [^n], comments kept."""
        inserts: list[tuple[int, int, str]] = []  # (source offset, order, text)
        italics = [(s.start, s.end) for s in text.italics]
        if phrase_span:
            italics = [i for i in italics if i[1] <= phrase_span[0] or i[0] >= phrase_span[1]]
            italics.append(phrase_span)
        for start, end in italics:
            inserts.append((start, 1, "*"))
            inserts.append((end, 0, "*"))
        for ref in text.footnote_refs:
            label = self.footnote_numbers.get(ref.label, ref.label)
            inserts.append((ref.span.start, 2, f"[^{label}]"))
        for start, end in comment_spans(text.raw):
            inserts.append((text.span.start + start, 2, text.raw[start:end]))
        for cut in self.dropped[bisect_right(self.dropped, text.span.start) : bisect_right(self.dropped, text.span.end)]:
            inserts.append((cut, 2, "-"))
        inserts.sort()
        out: list[str] = []
        k = 0
        raw, raw_start = text.raw, text.span.start
        for char, offset in zip(text.plain, text.plain_offsets, strict=False):
            while k < len(inserts) and inserts[k][0] <= offset:
                out.append(inserts[k][2])
                k += 1
            if char in " -" and 0 <= offset - raw_start < len(raw) and raw[offset - raw_start] in KEPT_CHARACTERS:
                char = raw[offset - raw_start]  # plain text folds them; the source keeps them
            out.append(char)
        out.extend(item[2] for item in inserts[k:])
        return _fold("".join(out))


def _fold_paragraphs(text: str) -> str:
    """Text the parser did not place keeps its own paragraph breaks: each blank-line-separated part folded."""
    return "\n\n".join(part for part in map(_fold, PARAGRAPH_BREAK.split(text)) if part)


def _fold(text: str) -> str:
    """Runs of ordinary white space as one space; the no-break space is kept (the UN sets it on purpose)."""
    return " ".join(FOLDED_SPACE.split(text.strip(" \t\n\r\f\v")))


def _yaml_value(value: str) -> str:
    if re.search(r"[:#\[\]{},]|^[-?!&*|>'\"%@`]", value) or value != value.strip():
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def _footnote_numbers(document: Document) -> dict[str, str]:
    """Numeric footnotes renumbered 1, 2, … in order of first reference; others keep their label.

    Notes already numbered consistently — each referenced one number after the one before, every
    note referenced — keep their numbers, whatever the first: an adopted text's note numbers are
    the UN's (A/HRC/RES/54/10 starts at 2, note 1 being on its cover page). The markers of the lines
    before and after the body (a copy's meeting line "… 1947 [1]", adoption line "… to none.27") and of the
    heading (the title's note) count where they stand."""
    outside = [paragraph.text for paragraph in document.prologue]
    outside += [line.content for line in document.closing if line.content is not None]
    refs = sorted([*heading_footnote_refs(document), *(ref for text in outside for ref in text.footnote_refs),
                   *document.footnote_refs()], key=lambda ref: ref.span.start)  # fmt: skip
    first_refs = list(dict.fromkeys(ref.label for ref in refs if ref.label.isdecimal()))
    defined = {note.label for note in document.footnotes if note.label.isdecimal()}
    if first_refs and set(first_refs) == defined and all(int(b) == int(a) + 1 for a, b in pairwise(first_refs)):
        return {label: label for label in first_refs}
    numbers: dict[str, str] = {}
    for ref in refs:
        if ref.label in numbers or not ref.label.isdecimal():
            continue
        numbers[ref.label] = str(len(numbers) + 1)
    for footnote in document.footnotes:
        if footnote.label.isdecimal() and footnote.label not in numbers:
            numbers[footnote.label] = str(len(numbers) + 1)
    return numbers


def _without_release_quotes(block: str) -> str:
    """A paragraph of a press release's copy without the release's quotation marks: the “ that opens
    every paragraph and the ” that closes the last (the resolution's own quotations stay)."""
    pieces = []
    for piece in block.split("\n\n"):
        if piece.startswith("\u201c"):
            piece = piece[1:]
        if piece.endswith("\u201d") and piece.count("\u201c") < piece.count("\u201d"):
            piece = piece[:-1]
        pieces.append(piece)
    return "\n\n".join(pieces)
