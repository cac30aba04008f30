"""The result of a comparison: changes, renumberings, artefacts, and its JSON form (docs/diff.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from resolint.diff.units import TRACK_NAMES, Unit

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class UnitRef:
    """Where a unit stands in one version: its track, place, label and number as written."""

    track: str
    index: int
    label: str
    number: str
    parent: str
    position: int = 0  # source offset in its version: document order across tracks (not in the JSON)

    @classmethod
    def of(cls, unit: Unit | None) -> UnitRef | None:
        if unit is None:
            return None
        return cls(unit.track, unit.index, unit.label, unit.number, unit.parent, unit.position)

    def json(self) -> dict:
        return {
            "track": self.track,
            "index": self.index,
            "label": self.label,
            "number": self.number,
            "parent": self.parent,
        }


@dataclass(frozen=True, slots=True)
class WordChange:
    """One place in a paragraph where the words (or their italics) changed.

    ``old_start``/``old_end`` index OLD's unit text, ``new_start``/``new_end`` NEW's; replacing
    OLD's range by ``replacement`` for every word change of a unit gives NEW's text. ``old`` and
    ``new`` are the changed words themselves, for display. ``kind`` is "text" or "italics".
    """

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old: str
    new: str
    replacement: str
    classification: str
    rule: str | None = None
    reason: str = ""
    kind: str = "text"

    def json(self) -> dict:
        return {
            "kind": self.kind,
            "old": self.old,
            "new": self.new,
            "old_start": self.old_start,
            "old_end": self.old_end,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "replacement": self.replacement,
            "classification": self.classification,
            "rule": self.rule,
            "reason": self.reason,
        }


@dataclass(slots=True)
class Change:
    """A unit inserted, deleted, moved, changed, relabelled (a label fix such as "(1)" -> "(l)") or
    retyped (the same text read as another kind of unit, such as a heading for a paragraph)."""

    kind: str  # "inserted" | "deleted" | "moved" | "changed" | "relabelled" | "retyped" (read as another kind)
    track: str
    old: UnitRef | None
    new: UnitRef | None
    old_text: str
    new_text: str
    words: list[WordChange] = field(default_factory=list)
    label_rule: str | None = None
    moved: bool = False

    @property
    def classification(self) -> str:
        if self.kind in ("inserted", "deleted") or self.moved:
            return "substantive"
        if any(w.classification == "substantive" for w in self.words):
            return "substantive"
        return "editorial"

    @property
    def rules(self) -> list[str]:
        found = {rule for w in self.words if w.rule for rule in w.rule.split("+")}
        if self.label_rule:
            found.add(self.label_rule)
        return sorted(found)

    @property
    def label(self) -> str:
        old, new = self.old, self.new
        if old and new and old.label != new.label:
            return f"{old.label} → {new.label}"
        return (new or old).label  # type: ignore[union-attr]

    def json(self) -> dict:
        return {
            "kind": self.kind,
            "track": self.track,
            "classification": self.classification,
            "rules": self.rules,
            "moved": self.moved,
            "old": self.old.json() if self.old else None,
            "new": self.new.json() if self.new else None,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "label_rule": self.label_rule,
            "words": [w.json() for w in self.words],
        }


@dataclass(slots=True)
class Renumbering:
    """A run of units whose numbers or letters moved on together: "OP 9 (e)–(q) became (f)–(r)"."""

    track: str
    items: list[tuple[UnitRef, UnitRef]]

    @property
    def description(self) -> str:
        first_old, first_new = self.items[0]
        last_old, last_new = self.items[-1]
        prefix = _prefix(first_old)
        old_range = _range(first_old, last_old)
        new_range = _range(first_new, last_new)
        if first_old.parent != first_new.parent:
            return f"{prefix} {old_range} became {_prefix(first_new)} {new_range}".strip()
        return f"{prefix} {old_range} became {new_range}".strip()

    def json(self) -> dict:
        return {
            "track": self.track,
            "description": self.description,
            "items": [{"old": old.json(), "new": new.json()} for old, new in self.items],
        }


def _prefix(ref: UnitRef) -> str:
    if ref.track == "subparagraph":
        return f"OP {ref.parent}" if ref.parent else ""
    return {"operative": "OP", "footnote": "footnotes"}.get(ref.track, TRACK_NAMES[ref.track])


def _range(first: UnitRef, last: UnitRef) -> str:
    wrap = (lambda n: f"({n})") if first.track == "subparagraph" else (lambda n: n)
    if first.index == last.index:
        return wrap(first.number)
    return f"{wrap(first.number)}–{wrap(last.number)}"


@dataclass(frozen=True, slots=True)
class Row:
    """One aligned pair in NEW's order (deleted units where they stood): what a side-by-side view shows."""

    old: UnitRef | None
    new: UnitRef | None
    old_text: str
    new_text: str
    change: Change | None
    old_italic: tuple[tuple[int, int], ...] = ()  # italic ranges of old_text (to write a deleted paragraph back)
    old_notes: tuple[tuple[int, str], ...] = ()  # (index in old_text, label) of its footnote markers


@dataclass(slots=True)
class HeadingChanges:
    """Heading items both versions give and that differ (symbol, date, document type, the title's
    number …), and the sponsors added and withdrawn when both versions list sponsors."""

    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (name, old, new)
    sponsors_added: list[str] | None = None
    sponsors_removed: list[str] | None = None
    signatories_added: list[str] | None = None  # a drafter's (Model UN) signatories, when they differ
    signatories_removed: list[str] | None = None
    signatories: tuple[str, str] | None = None  # the two signatories lines as written, when they differ

    def lines(self) -> list[str]:
        found = [f"{name}: {old} → {new}" for name, old, new in self.fields]
        for what, added, removed in (
            ("sponsors", self.sponsors_added, self.sponsors_removed),
            ("signatories", self.signatories_added, self.signatories_removed),
        ):
            if added:
                found.append(f"{what} added: " + ", ".join(added))
            if removed:
                found.append(f"{what} withdrawn: " + ", ".join(removed))
        return found

    def json(self) -> dict:
        sponsors = signatories = None
        if self.sponsors_added is not None:
            sponsors = {"added": self.sponsors_added, "removed": self.sponsors_removed or []}
        if self.signatories_added is not None:
            signatories = {"added": self.signatories_added, "removed": self.signatories_removed or []}
        fields = [{"name": n, "old": o, "new": v} for n, o, v in self.fields]
        return {"fields": fields, "sponsors": sponsors, "signatories": signatories}


@dataclass(slots=True)
class Comparison:
    old_name: str
    new_name: str
    changes: list[Change]
    renumberings: list[Renumbering]
    artefacts: dict[str, dict[str, int]]
    notes: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    heading: HeadingChanges = field(default_factory=HeadingChanges)

    @property
    def editorial_count(self) -> int:
        words = sum(1 for c in self.changes for w in c.words if w.classification == "editorial")
        return words + sum(1 for c in self.changes if c.label_rule)

    def counts(self) -> dict:
        tally: dict[str, dict[str, int]] = {}
        for change in self.changes:
            kind = "moved" if change.moved else change.kind
            if kind == "changed" and change.classification == "editorial":
                kind = "changed_editorially"
            tally.setdefault(change.track, {}).setdefault(kind, 0)
            tally[change.track][kind] += 1
        return tally

    def summary(self) -> str:
        """One line: "2 preambular paragraphs inserted, OP 9 (e) inserted, 14 paragraphs changed in wording, …"."""
        parts: list[str] = []
        for kind in ("inserted", "deleted", "moved", "retyped"):
            for track, tally in self.counts().items():
                parts.extend(_count_phrase(track, kind, tally.get(kind, 0), self.changes))
        wording = sum(1 for c in self.changes if c.kind == "changed" and c.classification == "substantive")
        if wording:
            parts.append(f"{wording} {_plural('paragraph', wording)} changed in wording")
        if self.renumberings:
            parts.append(f"{len(self.renumberings)} {_plural('renumbering', len(self.renumberings))}")
        if self.editorial_count:
            parts.append(f"{self.editorial_count} editorial {_plural('change', self.editorial_count)}")
        if not parts and self.heading.lines():
            return "no changes in the text; the heading differs"
        return ", ".join(parts) if parts else "no changes"

    def json(self) -> dict:
        return {
            "schema": SCHEMA_VERSION,
            "old": self.old_name,
            "new": self.new_name,
            "summary": self.summary(),
            "counts": {"editorial": self.editorial_count, "by_track": self.counts()},
            "changes": [c.json() for c in self.changes],
            "renumberings": [r.json() for r in self.renumberings],
            "heading": self.heading.json(),
            "artefacts": self.artefacts,
            "notes": self.notes,
        }


def _count_phrase(track: str, kind: str, count: int, changes: list[Change]) -> list[str]:
    if not count:
        return []
    if count <= 2 and track in ("operative", "subparagraph"):
        refs = [c.new or c.old for c in changes if c.track == track and (("moved" if c.moved else c.kind) == kind)]
        return [f"{ref.label} {kind}" for ref in refs if ref]
    return [f"{count} {_plural(TRACK_NAMES[track], count)} {kind}"]


def _plural(noun: str, count: int) -> str:
    return noun if count == 1 else noun + "s"
