"""``resolint fix draft.docx``: the safe fixes written into the author's own Word file as tracked
changes, in its own runs, keeping its formatting; nothing else in the file changes.

The draft is imported as usual (text plus a map from each line to its Word paragraph) and fixed
as text; each line that a fix changed is compared with the line before the fix, and each
difference is placed in the Word paragraph's runs through a character alignment of the line's
plain text with the paragraph's text (markup, labels and footnote markers set aside). Changed words
become ``w:del`` + ``w:ins``; a change of italics alone becomes ``w:rPrChange``. Only the
parts with a fix (``word/document.xml``, ``word/footnotes.xml``) are rewritten; every other part
of the package is copied byte for byte. A fix that would join or split paragraphs, or that falls
on text the paragraph does not hold (an automatic number, the heading's front matter), is not
written; the count is given.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from lxml import etree

from resolint.diff.units import normalise
from resolint.diff.words import word_hunks
from resolint.docxio.errors import DocxError
from resolint.docxio.export import save_atomically
from resolint.docxio.importer import ImportedDocument, MapEntry
from resolint.docxio.package import WordPackage
from resolint.docxio.tracked import (
    ParagraphEdit,
    Revisions,
    first_free_id,
    paragraph_text,
    track_italics,
    track_paragraph_edits,
)
from resolint.docxio.tracked_numbers import NumberlessList, label_change, track_typed_label
from resolint.docxio.wordparagraphs import in_text_box
from resolint.docxio.wordtext import StyleSheet, w

FAITHFUL_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, remove_comments=False)
NOTE_LINE_RE = re.compile(r"^\[\^[^\]\s]+\]:\s*")  # "[^1]: " before an imported footnote's text
MARKUP_RE = re.compile(r"\[\^[^\]\s]+\]|\*+")
LEADING_LABEL_RE = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z0-9]{1,6}\))\s")


@dataclass
class TrackedFixResult:
    written: int  # places changed in the Word file
    skipped: int  # changed lines that could not be placed in the Word file


def fix_docx_tracked(
    path: str | Path, imported: ImportedDocument, fixed_text: str, revisions: Revisions, out: str | Path | None = None
) -> TrackedFixResult:
    """Write the differences between ``imported.text`` and ``fixed_text`` into ``path`` (or ``out``)."""
    path = Path(path)
    with WordPackage(path) as package:
        main = package.main_part
        notes_part = package.related_part(main, "/footnotes")
        numbering_part = package.related_part(main, "/numbering")
        parts = {name: _read_part(package, name) for name in (main, notes_part, numbering_part)
                 if name and package.has(name)}
        lists = NumberlessList(parts.get(numbering_part), StyleSheet.from_xml(_styles(package, main)))
    root = parts[main]
    body = root.find(w("body"))
    if root.tag != w("document") or body is None:
        raise DocxError(f"{path.name}: a Strict Open XML document; save it as an ordinary .docx to fix it in place")
    revisions.next_id = max([revisions.next_id, *(first_free_id(part) for part in parts.values())])
    paragraphs = [p for p in body.iter(w("p")) if not in_text_box(p)]
    notes = [p for p in parts[notes_part].iter(w("p"))] if notes_part else []
    written = skipped = 0
    changed: set[str] = set()
    for entry, before, after in changed_lines(imported, fixed_text):
        target, part = _target(entry, before, paragraphs, notes), main
        if target is not None and entry is not None and entry.place.startswith("footnote"):
            before, after, part = NOTE_LINE_RE.sub("", before), NOTE_LINE_RE.sub("", after), notes_part
        placed = place_line_change(target, before, after, revisions, lists) if target is not None else 0
        written += placed
        skipped += placed == 0
        if placed:
            changed.add(part)
    if lists.changed:
        changed.add(numbering_part)
    if written:
        _write_package(path, Path(out) if out else path, {name: parts[name] for name in changed})
    return TrackedFixResult(written, skipped)


def _styles(package: WordPackage, main: str) -> etree._Element | None:
    name = package.related_part(main, "/styles")
    return package.read_xml(name) if name and package.has(name) else None


def _read_part(package: WordPackage, name: str) -> etree._Element:
    package.read_xml(name)  # refuses DTDs and entities, and malformed XML, with a one-line error
    return etree.fromstring(package.read_bytes(name), FAITHFUL_PARSER)


def _target(entry: MapEntry | None, line: str, paragraphs: list, notes: list) -> etree._Element | None:
    """The Word paragraph that holds ``line``: by the import map, or for a footnote by its text."""
    if entry is None or entry.place == "heading":
        return None
    if entry.place.startswith("footnote"):
        wanted = normalise(_plain(NOTE_LINE_RE.sub("", line))[0])
        found = [p for p in notes if normalise(paragraph_text(p)) == wanted]
        return found[0] if len(found) == 1 else None
    return paragraphs[entry.word_index - 1] if 0 < entry.word_index <= len(paragraphs) else None


def changed_lines(imported: ImportedDocument, fixed_text: str) -> list[tuple[MapEntry | None, str, str]]:
    """(map entry, line before, line after) for each line a fix rewrote in place; lines added or
    removed (paragraphs joined or split) come with entry None."""
    old_lines = imported.text.split("\n")
    new_lines = fixed_text.split("\n")
    starts, offset = [], 0
    for line in old_lines:
        starts.append(offset)
        offset += len(line) + 1
    found: list[tuple[MapEntry | None, str, str]] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            found.extend(
                (imported.entry_at(starts[i]), old_lines[i], new_lines[j1 + k]) for k, i in enumerate(range(i1, i2))
            )
        else:
            found.append((None, "", ""))
    return found


def place_line_change(
    p: etree._Element, before: str, after: str, revisions: Revisions, lists: NumberlessList | None = None
) -> int:
    """Mark in ``p`` how line ``before`` became ``after``; returns the number of places marked. A new
    label for a paragraph that Word numbers is typed in place of its automatic number."""
    relabelled = label_change(p, before, after)
    if relabelled is not None:
        label, before, after = relabelled
        if lists is None or lists.numbering is None:
            return 0  # a label neither typed nor drawn by a list: nothing to change it in
        placed = place_line_change(p, before, after, revisions) if before != after else 0
        if before != after and not placed:
            return 0
        track_typed_label(p, label, lists, revisions)
        return placed + 1
    old_plain, old_italic = _plain(before)
    new_plain, new_italic = _plain(after)
    word_text = paragraph_text(p)
    to_word = _alignment(old_plain, word_text)
    edits: list[ParagraphEdit] = []
    for hunk in word_hunks(old_plain, new_plain):
        start, end = _span(to_word, hunk.old_start, hunk.old_end, len(word_text))
        if start is None:
            return 0
        edits.append(ParagraphEdit(start, end, hunk.replacement))
    italic_changes = _italic_changes(old_plain, new_plain, old_italic, new_italic) if not edits else []
    placed = track_paragraph_edits(p, edits, "old", revisions) if edits else 0
    for start, end, italic in italic_changes:
        word_start, word_end = _span(to_word, start, end, len(word_text))
        if word_start is None:
            return placed
        track_italics(p, word_start, word_end, italic, revisions)
        placed += 1
    return placed


def _plain(line: str) -> tuple[str, list[bool]]:
    """The line without markup (italic stars, footnote markers) and, per character, whether it is italic."""
    plain: list[str] = []
    italic: list[bool] = []
    inside = False
    cursor = 0
    for match in MARKUP_RE.finditer(line):
        for char in line[cursor : match.start()]:
            plain.append(char)
            italic.append(inside)
        if match.group().startswith("*") and len(match.group()) % 2 == 1:
            inside = not inside
        cursor = match.end()
    for char in line[cursor:]:
        plain.append(char)
        italic.append(inside)
    return "".join(plain), italic


def _alignment(plain: str, word_text: str) -> dict[int, int]:
    """Character of the line's plain text -> character of the Word paragraph, where they match."""
    mapping: dict[int, int] = {}
    matcher = SequenceMatcher(None, plain, word_text, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


def _span(to_word: dict[int, int], start: int, end: int, length: int) -> tuple[int | None, int]:
    """The Word range of plain ``[start, end)``: both ends must fall on aligned characters (or the end)."""
    word_start = to_word.get(start, length if start >= max(to_word, default=-1) + 1 else None)
    if end == start:
        return word_start, word_start if word_start is not None else 0
    last = to_word.get(end - 1)
    if word_start is None or last is None or last - word_start != end - 1 - start:
        return None, 0
    return word_start, last + 1


def _italic_changes(old_plain, new_plain, old_italic, new_italic) -> list[tuple[int, int, bool]]:
    if old_plain != new_plain:
        return []
    changes: list[tuple[int, int, bool]] = []
    index = 0
    while index < len(old_plain):
        if old_italic[index] == new_italic[index] or old_plain[index] == " ":
            index += 1
            continue
        start = index
        while index < len(old_plain) and old_italic[index] != new_italic[index] and old_plain[index] != " ":
            index += 1
        changes.append((start, index, new_italic[start]))
    return changes


def _write_package(source: Path, target: Path, rewritten: dict[str, etree._Element]) -> None:
    """Copy every part of ``source`` byte for byte except the ``rewritten`` ones; atomically, keeping
    the file's permissions (:func:`~resolint.docxio.export.save_atomically`)."""
    save_atomically(_Repackaged(source, rewritten), target)


class _Repackaged:
    """What :func:`~resolint.docxio.export.save_atomically` saves: ``source`` with some parts rewritten."""

    def __init__(self, source: Path, rewritten: dict[str, etree._Element]) -> None:
        self.source = source
        self.data = {
            name: etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            for name, root in rewritten.items()
        }

    def save(self, temp_name: str) -> None:
        with zipfile.ZipFile(self.source) as original, zipfile.ZipFile(temp_name, "w") as copy:
            for info in original.infolist():
                payload = self.data.get(info.filename) or original.read(info.filename)
                copy.writestr(info, payload, compress_type=info.compress_type)
