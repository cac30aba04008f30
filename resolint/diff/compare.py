"""The comparison engine: align the units of OLD and NEW, diff their words, classify each change."""

from __future__ import annotations

from resolint.diff.align import Pair, align
from resolint.diff.changes import Change, Comparison, HeadingChanges, Renumbering, Row, UnitRef, WordChange
from resolint.diff.classify import (
    EDITORIAL,
    ITALIC_RULES,
    FixIndex,
    classify_hunk,
    italic_words,
    label_fix,
    unit_edits,
)
from resolint.diff.units import TRACKS, Unit, document_units
from resolint.diff.words import WordHunk, word_hunks
from resolint.grammar.labelled import listed_names
from resolint.model import HEADING_FIELDS, Document


def compare_documents(old: Document, new: Document, old_name: str = "OLD", new_name: str = "NEW") -> Comparison:
    """Every difference between two parsed versions of a resolution."""
    from resolint import lint

    fixes = FixIndex(lint(old))
    old_units, new_units = document_units(old), document_units(new)
    notes = _title_note(old_units, new_units)
    rows_by_track: dict[str, list[Row]] = {}
    relabelled: list[tuple[Unit, Unit]] = []
    for track in TRACKS:
        rows = rows_by_track.setdefault(track, [])
        for pair in align(old_units[track], new_units[track]):
            change = _pair_change(pair, fixes, old.source)
            rows.append(_row(pair, change))
            if pair.old and pair.new and pair.old.number != pair.new.number and not (change and change.label_rule):
                relabelled.append((pair.old, pair.new))
    rows = _retyped(_document_order(rows_by_track))
    changes = [row.change for row in rows if row.change is not None]
    notes += _italics_note(old_units, new_units)
    artefacts = _artefacts(old_units, new_units)
    comparison = Comparison(old_name, new_name, changes, _renumberings(relabelled), artefacts, notes, rows)
    comparison.heading = _heading_changes(old, new)
    return comparison


def _heading_changes(old: Document, new: Document) -> HeadingChanges:
    """Items both headings give, compared; the title's number too ("58/..." → "58/23")."""
    found = HeadingChanges()
    for name in HEADING_FIELDS:
        before, after = old.heading.get(name), new.heading.get(name)
        if before and after and " ".join(before.split()) != " ".join(after.split()):
            found.fields.append((name, before, after))
    if old.title and new.title and old.title.number and new.title.number and old.title.number != new.title.number:
        found.fields.append(("number", old.title.number, new.title.number))
    if old.heading.sponsors and new.heading.sponsors:
        before_names = [s.name for s in old.heading.sponsors]
        after_names = [s.name for s in new.heading.sponsors]
        found.sponsors_added, found.sponsors_removed = _added_and_removed(before_names, after_names)
    if old.heading.drafter or new.heading.drafter:
        _drafter_changes(old, new, found)
    return found


def _drafter_changes(old: Document, new: Document, found: HeadingChanges) -> None:
    """A drafter's own heading (a Model UN draft's): its code as a field, its signatories by name, each
    also where one version has none ("Signatories:" added to the second version)."""
    before, after = old.heading.get("code"), new.heading.get("code")
    if (before or after) and " ".join((before or "").split()) != " ".join((after or "").split()):
        found.fields.append(("code", before or "", after or ""))
    before_names = listed_names(old.heading.get("signatories") or "")
    after_names = listed_names(new.heading.get("signatories") or "")
    if before_names != after_names:
        found.signatories_added, found.signatories_removed = _added_and_removed(before_names, after_names)
        found.signatories = (old.heading.get("signatories") or "", new.heading.get("signatories") or "")


def _added_and_removed(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    return [name for name in after if name not in set(before)], [name for name in before if name not in set(after)]


def _retyped(rows: list[Row]) -> list[Row]:
    """A unit deleted from one track and the same text inserted in another ("Seventeenth session of
    the Forum" an unnumbered operative paragraph in pasted text, a section heading in .res.md) is
    one editorial change of kind "retyped", shown where NEW has it."""
    inserted: dict[tuple[str, str], list[int]] = {}
    for position, row in enumerate(rows):
        if row.old is None and row.new is not None:
            inserted.setdefault(_retype_key(row.new_text), []).append(position)
    dropped: set[int] = set()
    for position, row in enumerate(rows):
        if row.new is not None or row.old is None:
            continue
        candidates = [p for p in inserted.get(_retype_key(row.old_text), []) if rows[p].new.track != row.old.track]
        if candidates:
            target = candidates[0]
            inserted[_retype_key(row.old_text)].remove(target)
            new_row = rows[target]
            change = Change("retyped", new_row.new.track, row.old, new_row.new, row.old_text, new_row.new_text)
            rows[target] = Row(
                row.old, new_row.new, row.old_text, new_row.new_text, change, row.old_italic, row.old_notes
            )
            dropped.add(position)
    return [row for position, row in enumerate(rows) if position not in dropped]


def _retype_key(text: str) -> str:
    return " ".join(text.lower().split())


def _document_order(rows_by_track: dict[str, list[Row]]) -> list[Row]:
    """All rows track by track, each sub-paragraph right after its operative paragraph."""
    under: dict[str, list[Row]] = {}
    for row in rows_by_track.pop("subparagraph", []):
        ref = row.new or row.old
        under.setdefault(ref.parent if ref else "", []).append(row)
    ordered: list[Row] = []
    for track, rows in rows_by_track.items():
        for row in rows:
            ordered.append(row)
            if track == "operative":
                ref = row.new or row.old
                ordered.extend(under.pop(ref.number if ref else "", []))
        if track == "operative":
            ordered.extend(row for rows_left in under.values() for row in rows_left)
    return ordered


def _row(pair: Pair, change: Change | None) -> Row:
    return Row(
        UnitRef.of(pair.old),
        UnitRef.of(pair.new),
        pair.old.text if pair.old else "",
        pair.new.text if pair.new else "",
        change,
        pair.old.italic if pair.old else (),
        pair.old.notes if pair.old else (),
    )


def compare_texts(old_text: str, new_text: str, old_name: str = "OLD", new_name: str = "NEW") -> Comparison:
    from resolint import parse

    return compare_documents(parse(old_text, old_name), parse(new_text, new_name), old_name, new_name)


def _pair_change(pair: Pair, fixes: FixIndex, old_source: str) -> Change | None:
    old, new = pair.old, pair.new
    if old is None or new is None:
        unit = old or new
        kind = "deleted" if new is None else "inserted"
        return Change(
            kind, unit.track, UnitRef.of(old), UnitRef.of(new), old.text if old else "", new.text if new else ""
        )
    label_rule = label_fix(old, new, fixes, old_source) if old.number != new.number else None
    words = _word_changes(old, new, fixes)
    if not words and not label_rule and not pair.moved:
        return None
    kind = "moved" if pair.moved else ("changed" if words else "relabelled")
    return Change(kind, old.track, UnitRef.of(old), UnitRef.of(new), old.text, new.text, words, label_rule, pair.moved)


def _word_changes(old: Unit, new: Unit, fixes: FixIndex) -> list[WordChange]:
    hunks = word_hunks(old.text, new.text)
    edits = unit_edits(old, fixes) if hunks else []
    changes = []
    for hunk in hunks:
        verdict = classify_hunk(old, new, hunk, edits)
        changes.append(
            WordChange(
                hunk.old_start,
                hunk.old_end,
                hunk.new_start,
                hunk.new_end,
                hunk.old_text,
                hunk.new_text,
                hunk.replacement,
                verdict.kind,
                verdict.rule,
                verdict.reason,
            )
        )
    changes.extend(_italic_changes(old, new, hunks))
    return sorted(changes, key=lambda c: (c.old_start, c.kind))


def _italic_changes(old: Unit, new: Unit, hunks: list[WordHunk]) -> list[WordChange]:
    """Words outside the changed places whose italics differ; only when both paragraphs carry italics
    (a paragraph pasted from a PDF has none at all, and then nothing is known of its italics)."""
    if not old.italic or not new.italic:
        return []
    old_italic, new_italic = italic_words(old), italic_words(new)
    found: list[WordChange] = []
    run: list[tuple[int, int, int]] = []  # (old_start, new_start, length) of words in one run
    for old_start, new_start, length in _kept_words(old.text, hunks):
        if (old_start in old_italic) != (new_start in new_italic):
            run.append((old_start, new_start, length))
            continue
        found.extend(_italic_run(old, new, run))
        run = []
    found.extend(_italic_run(old, new, run))
    return found


def _italic_run(old: Unit, new: Unit, run: list[tuple[int, int, int]]) -> list[WordChange]:
    if not run:
        return []
    old_start, new_start = run[0][0], run[0][1]
    old_end, new_end = run[-1][0] + run[-1][2], run[-1][1] + run[-1][2]
    words = old.text[old_start:old_end]
    return [
        WordChange(
            old_start,
            old_end,
            new_start,
            new_end,
            _italic_markup(old, old_start, old_end),
            _italic_markup(new, new_start, new_end),
            new.text[new_start:new_end],
            EDITORIAL,
            ITALIC_RULES.get(old.track),
            f"italics of “{words}”",
            "italics",
        )
    ]


def _italic_markup(unit: Unit, start: int, end: int) -> str:
    italic = italic_words(unit)
    return " ".join(
        f"*{w}*" if (start + offset) in italic else w for w, offset in _words_with_offsets(unit.text[start:end])
    )


def _words_with_offsets(text: str) -> list[tuple[str, int]]:
    found, index = [], 0
    for word in text.split(" "):
        if word:
            found.append((word, index))
        index += len(word) + 1
    return found


def _kept_words(old_text: str, hunks: list[WordHunk]) -> list[tuple[int, int, int]]:
    """(old offset, new offset, length) of every space-separated word outside the hunks."""
    kept: list[tuple[int, int, int]] = []
    delta = 0
    cursor = 0
    bounds = [(h.old_start, h.old_end, (h.new_end - h.new_start) - (h.old_end - h.old_start)) for h in hunks]
    for start, end, shift in [*bounds, (len(old_text), len(old_text), 0)]:
        for word, offset in _words_with_offsets(old_text[cursor:start]):
            word_start = cursor + offset
            if word_start + len(word) <= start and not _touches(old_text, word_start, word_start + len(word), start):
                kept.append((word_start, word_start + delta, len(word)))
        cursor = end
        delta += shift
    return kept


def _touches(text: str, start: int, end: int, hunk_start: int) -> bool:
    """A word that runs right into a hunk (no space between) is partly changed: not compared."""
    return end == hunk_start and hunk_start < len(text) and text[hunk_start - 1 : hunk_start] != " "


def _renumberings(relabelled: list[tuple[Unit, Unit]]) -> list[Renumbering]:
    runs: list[Renumbering] = []
    for old, new in sorted(relabelled, key=lambda p: (p[1].track, p[1].index)):
        item = (UnitRef.of(old), UnitRef.of(new))
        last = runs[-1] if runs else None
        if last and last.track == new.track and _continues(last.items[-1], item):
            last.items.append(item)  # type: ignore[arg-type]
        else:
            runs.append(Renumbering(new.track, [item]))  # type: ignore[list-item]
    return runs


def _continues(previous: tuple[UnitRef, UnitRef], item: tuple[UnitRef, UnitRef]) -> bool:
    return (
        item[1].index == previous[1].index + 1
        and item[0].index == previous[0].index + 1
        and item[0].parent == previous[0].parent
        and item[1].parent == previous[1].parent
    )


def _artefacts(old: dict[str, list[Unit]], new: dict[str, list[Unit]]) -> dict[str, dict[str, int]]:
    """Conversion artefacts (page-break splits, list bullets …) of each version: not changes, counted."""
    found: dict[str, dict[str, int]] = {"old": {}, "new": {}}
    for side, units in (("old", old), ("new", new)):
        for track in units.values():
            for unit in track:
                for kind in unit.artefacts:
                    found[side][kind] = found[side].get(kind, 0) + 1
    return found


def _title_note(old: dict[str, list[Unit]], new: dict[str, list[Unit]]) -> list[str]:
    """A title found in one version only is a matter of how the heading was read, not a change:
    the titles are then not compared."""
    for side, units in (("OLD", old), ("NEW", new)):
        if not units["title"] and (old["title"] or new["title"]):
            old["title"], new["title"] = [], []
            return [f"no title found in {side}: the titles are not compared"]
    return []


def _italics_note(old: dict[str, list[Unit]], new: dict[str, list[Unit]]) -> list[str]:
    notes = []
    for side, units in (("OLD", old), ("NEW", new)):
        paragraphs = [u for t in ("preamble", "operative") for u in units[t]]
        bare = sum(1 for u in paragraphs if not u.italic)
        if bare:
            notes.append(
                f"{bare} paragraph(s) of {side} carry no italics (pasted text): their italics are not compared"
            )
    return notes
