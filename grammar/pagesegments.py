"""The segmentation's reading of a page's notes kept as plain lines (``pagenotes.py``) and of a markdown
extraction's notes (``swallowednotes.py``: "[^1]:" definitions marked by plain digits, the last one holding the
text's end), mixed into the segmentation (``segment.py``): which lines are notes, their markers handed on, the
paragraphs they cut made one again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from resolint.grammar import pagenotes, swallowednotes
from resolint.grammar.units import Unit

if TYPE_CHECKING:
    from resolint.grammar.pdflines import PdfCopy

TERMINAL_PUNCTUATION = ".,;:!?"


class PageNoteSegmenter:
    """The notes' part of the segmentation stage (it shares the segmenter's source, copy and memo)."""

    source: str
    copy: PdfCopy | None
    memo: object

    def _hand_on_markers(self, refs: list[tuple[str, int, int]]) -> None:
        raise NotImplementedError  # the segmenter's own

    def _units_with_page_notes(self, units: list[Unit]) -> list[Unit]:
        """The units of a text that kept its pages' notes as plain lines without their separator
        (``pagenotes.py``: "1 Resolution S-10/2." after "… the General Assembly, 1"): those lines notes when
        their numbers run on and every note's marker stands above it; a paragraph they cut made one again."""

        given = units
        units = self._note_lines_joined(units)
        notes = {}
        for index, unit in enumerate(units):
            label = pagenotes.note_label(self.source, unit.text_start, unit.end) if unit.kind == "text" else None
            if label is not None:
                notes[index] = label
        if not pagenotes.numbered_in_order([label.group(1) for label in notes.values()]):
            return given
        refs = self._page_note_markers(units, {index: label.group(1) for index, label in notes.items()})
        if refs is None:
            return given
        self._hand_on_markers(refs)
        units = [_end_note(unit, notes[i], pagenotes) if i in notes else unit for i, unit in enumerate(units)]
        units = [
            self._without_separator(unit) if i + 1 in notes and i not in notes else unit
            for i, unit in enumerate(units)
            if not (i + 1 in notes and self.source[unit.text_start : unit.end].strip() == "---")  # the rule alone
        ]
        return self._joined_across_notes(units)

    def _without_separator(self, unit: Unit) -> Unit:
        """The paragraph a page's notes follow, without the notes' rule the extraction glued to its end ("…
        acceptable to all," / "---", "… the possibility of induced ---"): the rule is the page's, not the text's."""
        text = self.source[unit.text_start : unit.end].rstrip()
        if not text.endswith(" ---") and not text.endswith("\n---"):
            return unit
        end = unit.text_start + len(text[:-3].rstrip())
        lines = [(start, min(stop, end)) for start, stop in unit.lines if start < end]
        return replace(unit, end=end, lines=lines, scan=None, derived={})

    def _units_without_swallowed_text(self, units: list[Unit]) -> list[Unit]:
        """A markdown extraction whose last note's definition swallowed the text's last paragraphs
        (``swallowednotes.py``): the definition cut where the body's parts start, each part a unit of its own; the
        rule "---" over the definitions, no paragraph, left out."""
        notes = [i for i, unit in enumerate(units) if unit.kind == "footnote_md"]
        numbered = [unit for unit in units if unit.kind == "operative" and (unit.label or "").rstrip(".").isdigit()]
        if not notes or not numbered or notes[-1] < units.index(numbered[-1]):
            return units
        note = units[notes[-1]]
        number = int((numbered[-1].label or "").rstrip(".")) + 1
        parts = swallowednotes.swallowed_parts(self.source, note.text_start, note.end, number)
        if parts is None:
            return units
        self.memo = None  # the units are no longer the blocks'
        made = [
            replace(note, kind=kind, start=start, end=end, text_start=text_start, label=label, label_span=span,
                    lines=[(start, end)], scan=None, derived={})
            for kind, start, end, text_start, label, span in swallowednotes.part_units(self.source, parts, note.end)
        ]  # fmt: skip
        kept = [u for i, u in enumerate(units) if not (i + 1 in notes and self.source[u.start : u.end].strip() == "---")]
        at = kept.index(note)
        note_end = len(self.source[: parts[0][1]].rstrip())
        cut = replace(note, end=note_end, lines=[(note.start, note_end)], scan=None, derived={})
        return [*kept[:at], cut, *made, *kept[at + 1 :]]

    def _mark_definitions_plainly_referenced(self, units: list[Unit]) -> None:
        """A PDF extracted to markdown: its notes "[^1]:" definitions, its paragraphs marking them with plain digits
        ("… Development,1", "… Aspects, 3"), the extractor's "[^6]" at most for some. The plain markers of the
        definitions no "[^N]" references, each after the one before as a page's notes' are
        (``pagenotes.marker_in``), are handed to the builder as a PDF copy's when every such definition finds its
        own and the definitions are numbered in order."""
        notes = {i: (unit.label or "")[2:-2] for i, unit in enumerate(units) if unit.kind == "footnote_md"}
        if not notes or not pagenotes.numbered_in_order([label if label.isdigit() else "0" for label in notes.values()]):
            return
        body = "".join(self.source[u.text_start : u.end] for i, u in enumerate(units) if i not in notes)
        unreferenced = {i: label for i, label in notes.items() if f"[^{label}]" not in body}
        if unreferenced and (refs := self._page_note_markers(units, unreferenced)) is not None:
            self._hand_on_markers(refs)

    def _note_lines_joined(self, units: list[Unit]) -> list[Unit]:
        """The lines of a long note that the segmentation made units of their own ("7 Argentina, …, Burundi," /
        "Cambodia, …" / "…, Viet Nam and Zimbabwe."; "… Sales No." / "E.86.IX.7), appendix VII.") made one unit:
        the lines of its block after the note's number that open no note and no paragraph; every other unit as
        it is."""
        result: list[Unit] = []
        for unit in units:
            last = result[-1] if result else None
            if (
                last is not None and unit.kind == "text" and last.kind == "text" and last.block == unit.block
                and pagenotes.NOTE_RE.match(self.source, last.text_start, last.end)
                and not pagenotes.NOTE_RE.match(self.source, unit.text_start, unit.end)
                and not pagenotes.opens_paragraph(self.source[unit.text_start : unit.end])
            ):
                result[-1] = replace(last, end=unit.end, lines=[*last.lines, *unit.lines], scan=None, derived={})
                continue
            result.append(unit)
        return result

    def _page_note_markers(self, units: list[Unit], notes: dict[int, str]) -> list[tuple[str, int, int]] | None:
        """Each note's marker in the body above it (``notes``: its unit's index and label), after the marker of the
        note before, else None."""
        body = [(u.text_start, u.end) for i, u in enumerate(units) if u.kind != "comment" and i not in notes]
        refs: list[tuple[str, int, int]] = []
        after = 0
        for index, label in notes.items():
            note_start = units[index].start
            spans = [(max(start, after), end) for start, end in body if end > after and start < note_start]
            found = next(
                (at for start, end in spans if (at := pagenotes.marker_in(self.source, start, end, label))),
                None,
            )
            if found is None:
                return None
            refs.append((label, *found))
            after = found[1]
        return refs

    def _joined_across_notes(self, units: list[Unit]) -> list[Unit]:
        """A paragraph that a page's notes cut (its first half with no closing mark, the second opening in
        lower case) made one unit again, the notes between the halves hidden from its text."""
        assert self.copy is not None
        result: list[Unit] = []
        index = 0
        while index < len(units):
            unit = units[index]
            after = index + 1
            while after < len(units) and units[after].kind == "footnote_sup":
                after += 1
            if after > index + 1 and after < len(units) and self._goes_on(unit, units[after]):
                rest = units[after]
                self.copy.hidden.append((unit.end + 1, rest.start))
                result.append(replace(unit, end=rest.end, lines=[*unit.lines, *rest.lines], scan=None, derived={}))
                result.extend(units[index + 1 : after])
                index = after + 1
                continue
            result.append(unit)
            index += 1
        return result

    def _goes_on(self, first: Unit, rest: Unit) -> bool:
        """``rest`` is the second half of the paragraph ``first``, cut by a page break."""
        if first.kind == "comment" or rest.kind != "text":
            return False
        previous = self.source[first.text_start : first.end].rstrip()
        if not previous or previous[-1] in TERMINAL_PUNCTUATION:
            return False
        # the second half opens in lower case, or with a name after a first half cut after a word in lower case
        # ("… military holdings to the" / notes / "Register in addition …;"): no opener or verb starts it, and it
        # closes as a paragraph does (a running title has no closing mark)
        text = self.source[rest.text_start : rest.end].rstrip()
        if text[0].islower():
            return True
        return previous[-1].islower() and text[-1] in TERMINAL_PUNCTUATION and not pagenotes.opens_paragraph(text)


def _end_note(unit: Unit, label: re.Match[str], form: ModuleType) -> Unit:
    """``unit`` ("[1] Adopted without vote.", "27One member …") as the note it is, labelled "1", "27"."""
    return replace(unit, kind="footnote_sup", label=label.group(1), label_span=form.label_span(label),
                   text_start=label.end(), scan=None, derived={})  # fmt: skip


# A resolution's or document's number opening a line ("52/38 P of …", "1514 (XV) of …"): the list that the line
# before broke after a comma goes on (no paragraph opens with one; a title's "80/27." has its full stop).
