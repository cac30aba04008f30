"""Compare what ``resolint.parse`` found with the ground truth read from the AKN XML.

A :class:`Mismatch` has a ``kind`` (for statistics) and a one-line ``detail`` (for the per-file
diff a failing test prints). The comparison is strict. Paragraphs are aligned by their keys
(opener; number and verb) so that one missing or extra paragraph is reported once, as such, and
every other pair is still compared field by field.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from akn import (
    LabelTree,
    Truth,
    ground_truth,
    italics_unknowable,
    load,
    render_pasted,
    render_pasted_lists,
    render_pasted_pages,
    render_resmd,
    squash,
    unseen,
)

FORMS = ("pasted", "pasted-pages", "pasted-lists", "resmd")
RENDERERS = {
    "pasted": render_pasted,
    "pasted-pages": render_pasted_pages,
    "pasted-lists": render_pasted_lists,
    "resmd": render_resmd,
}
SHOWN_PER_KIND = 6


@dataclass(frozen=True, slots=True)
class Mismatch:
    kind: str
    detail: str


def norm_number(number: str | None) -> str | None:
    if number is None:
        return None
    return number.strip().rstrip(".").strip() or None


def norm_phrase(phrase: str | None) -> str | None:
    return squash(phrase) if phrase else None


def parsed_labels(children) -> tuple[LabelTree, ...]:
    return tuple(LabelTree(str(child.label).strip("() "), parsed_labels(child.children)) for child in children)


def show_labels(trees: tuple[LabelTree, ...]) -> str:
    return " ".join(tree.show() for tree in trees) or "-"


def render(path: Path, form: str) -> str:
    return RENDERERS[form](load(path))


def snippet(paragraph) -> str:
    return squash(paragraph.text.plain)[:50]


def first_word(phrase: str | None) -> str | None:
    """Paragraphs are aligned on the first word of their phrase: the extent of the italics (which
    pasted text cannot show) then differs as a phrase mismatch, not as a missing paragraph."""
    return phrase.split()[0] if phrase else None


def aligned_pairs(expected: list, got: list, report_missing, report_extra) -> list[tuple[int, int]]:
    """Align two sequences by their keys (difflib) and return the index pairs to compare field by field.

    Unmatched items are passed to ``report_missing(i)`` / ``report_extra(j)`` so one missing or extra
    paragraph is reported once instead of shifting every comparison after it.
    """
    pairs: list[tuple[int, int]] = []
    matcher = SequenceMatcher(None, expected, got, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        common = min(i2 - i1, j2 - j1)
        pairs.extend((i1 + k, j1 + k) for k in range(common))
        for i in range(i1 + common, i2):
            report_missing(i)
        for j in range(j1 + common, j2):
            report_extra(j)
    return pairs


def compare_preamble(document, truth: Truth, found: list[Mismatch], unknowable: set[int]) -> None:
    openers = [norm_phrase(p.phrase) for p in document.preamble]
    if len(openers) != len(truth.openers):
        found.append(
            Mismatch("preamble count", f"preambular paragraphs: expected {len(truth.openers)}, got {len(openers)}")
        )

    def missing(i: int) -> None:
        found.append(Mismatch("missing preambular", f"preamble {i + 1} ({truth.openers[i]!r}) not found"))

    def extra(j: int) -> None:
        text = snippet(document.preamble[j])
        found.append(Mismatch("extra preambular", f"extra preambular paragraph {j + 1}: {text!r}"))

    for i, j in aligned_pairs([first_word(o) for o in truth.openers], [first_word(o) for o in openers], missing, extra):
        if truth.openers[i] != openers[j] and i not in unknowable:
            detail = f"preamble {i + 1}: opener expected {truth.openers[i]!r}, got {openers[j]!r}"
            found.append(Mismatch("opener", detail))


def compare_operative(document, truth: Truth, found: list[Mismatch], unknowable: set[int]) -> None:
    operative = document.operative
    if len(operative) != len(truth.operative):
        found.append(
            Mismatch("operative count", f"operative paragraphs: expected {len(truth.operative)}, got {len(operative)}")
        )
    got_keys = [(norm_number(getattr(p, "number", None)), norm_phrase(p.phrase)) for p in operative]
    want_keys = [(want.number, want.verb) for want in truth.operative]
    align_got = [(number, first_word(verb)) for number, verb in got_keys]
    align_want = [(number, first_word(verb)) for number, verb in want_keys]

    def missing(i: int) -> None:
        want = truth.operative[i]
        found.append(Mismatch("missing operative", f"operative no. {want.number} ({want.verb!r}) not found"))

    def extra(j: int) -> None:
        detail = f"extra operative paragraph {j + 1} (number {got_keys[j][0]!r}): {snippet(operative[j])!r}"
        found.append(Mismatch("extra operative", detail))

    for i, j in aligned_pairs(align_want, align_got, missing, extra):
        want, (got_number, got_verb) = truth.operative[i], got_keys[j]
        where = f"operative {i + 1} (no. {want.number})"
        if want.number != got_number:
            found.append(Mismatch("number", f"{where}: number expected {want.number!r}, got {got_number!r}"))
        if want.verb != got_verb and i not in unknowable:
            found.append(Mismatch("verb", f"{where}: verb expected {want.verb!r}, got {got_verb!r}"))
        got_labels = parsed_labels(operative[j].children)
        if want.labels != got_labels:
            found.append(
                Mismatch(
                    "sub-paragraphs",
                    f"{where}: sub-paragraphs expected {show_labels(want.labels)}, got {show_labels(got_labels)}",
                )
            )


def heading_texts(node) -> list[str]:
    """The heading lines the parser found in the body (section numbers and titles, subject lines)."""
    return [squash(line.text.replace("\xa0", " ")) for heading in node.headings for line in heading.lines]


def annexes_of(node) -> list:
    return list(node.annexes)


def skipped(unknowable: dict[tuple[str, int], str], kind: str) -> set[int]:
    """Indexes of the ``kind`` paragraphs ("preamble", "draft 1 operative" …) whose phrase is not compared."""
    return {index for where, index in unknowable if where == kind}


def compare_structure(
    node, truth: Truth, found: list[Mismatch], where: str = "", unknowable: dict[tuple[str, int], str] | None = None
) -> None:
    """Headings, annexed text and nested drafts: the structure beyond the two parts."""
    skip = unknowable or {}
    got = heading_texts(node)
    if got != list(truth.headings):
        found.append(Mismatch("headings", f"{where}headings expected {list(truth.headings)!r:.300}, got {got!r:.300}"))
    if bool(annexes_of(node)) != truth.annex:
        found.append(Mismatch("annex", f"{where}annex expected {truth.annex}, got {len(annexes_of(node))} annex(es)"))
    if len(node.drafts) != len(truth.drafts):
        found.append(Mismatch("drafts", f"{where}nested drafts: expected {len(truth.drafts)}, got {len(node.drafts)}"))
    for index, (draft, want) in enumerate(zip(node.drafts, truth.drafts, strict=False), start=1):
        inner: list[Mismatch] = []
        compare_preamble(draft, want, inner, skipped(skip, f"draft {index} preamble"))
        compare_operative(draft, want, inner, skipped(skip, f"draft {index} operative"))
        compare_structure(draft, want, inner)
        found.extend(Mismatch(f"draft {m.kind}", f"draft {index}: {m.detail}") for m in inner)


def compare_document(document, truth: Truth, unknowable: dict[tuple[str, int], str] | None = None) -> list[Mismatch]:
    """Mismatches of ``document`` with ``truth``; ``unknowable`` phrases (key: kind, index) are not compared."""
    skip = unknowable or {}
    found: list[Mismatch] = []
    compare_preamble(document, truth, found, skipped(skip, "preamble"))
    compare_operative(document, truth, found, skipped(skip, "operative"))
    if len(document.footnotes) != truth.footnotes:
        found.append(
            Mismatch("footnote count", f"footnotes: expected {truth.footnotes}, got {len(document.footnotes)}")
        )
    compare_structure(document, truth, found, unknowable=skip)
    return found


PHRASE_MISSES = ("opener", "verb", "missing preambular", "missing operative")
PHRASE_KINDS = ("opener", "verb", "draft opener", "draft verb")
"""Mismatches of an opening phrase's words or extent, in the resolution or a nested draft: a document
without any other mismatch has the UN's structure ("struct" in ``genre_report.py``)."""


def phrase_counts(truth: Truth, mismatches: list[Mismatch]) -> tuple[int, int]:
    """(openers and verbs matched, openers and verbs expected), drafts included."""
    total = len(truth.openers) + len(truth.operative) + sum(len(d.openers) + len(d.operative) for d in truth.drafts)
    missed = sum(1 for m in mismatches if m.kind.removeprefix("draft ") in PHRASE_MISSES)
    return max(total - missed, 0), total


def compare_file(path: Path, form: str) -> list[Mismatch]:
    """Parse one rendering of ``path`` and compare it with the XML; an exception is a mismatch too."""
    import resolint

    text = render(path, form)
    resolution = load(path)
    try:
        with unseen(resolution):
            document = resolint.parse(text, f"{path.stem}.{'res.md' if form == 'resmd' else 'txt'}")
    except Exception as error:  # the contract says parse never raises; report it, do not hide it
        last = traceback.format_exception(error)[-1].strip()
        return [Mismatch("exception", f"resolint.parse raised {last}")]
    unknowable = italics_unknowable(resolution) if form.startswith("pasted") else {}
    return compare_document(document, ground_truth(resolution), unknowable)


def format_report(path: Path, form: str, mismatches: list[Mismatch]) -> str:
    lines = [f"{path.name} [{form}]: {len(mismatches)} mismatch(es) with the AKN XML"]
    by_kind: dict[str, list[Mismatch]] = {}
    for item in mismatches:
        by_kind.setdefault(item.kind, []).append(item)
    for kind, items in by_kind.items():
        lines.extend(f"  - {item.detail}" for item in items[:SHOWN_PER_KIND])
        if len(items) > SHOWN_PER_KIND:
            lines.append(f"  - … {len(items) - SHOWN_PER_KIND} more {kind} mismatch(es)")
    return "\n".join(lines)
