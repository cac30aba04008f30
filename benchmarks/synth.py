"""Synthetic resolutions of any size, built from real UN text (the AKN corpus), not lorem ipsum.

Paragraphs of many adopted Human Rights Council resolutions are concatenated into one long,
well-formed resolution in ``.res.md`` form: one heading, all preambular paragraphs first, then the
operative paragraphs renumbered 1..N (the last ends with a full stop, the others with a
semicolon), footnotes renumbered in the order of their first reference in the result. When the corpus runs out the
paragraphs are reused from the start, so any size can be reached.

:func:`as_pasted` turns one into the text a person would paste from the PDF of it.

Usage: ``python benchmarks/synth.py SIZE_KB OUT_FILE`` (``OUT_FILE`` ending in ``.txt``: pasted form).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from itertools import cycle
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests" / "corpus"))

from akn import Block, Point, Resolution, consistent_files, load, markdown_runs  # noqa: E402

NOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
INDENT = "   "


@dataclass(slots=True)
class SynthesisState:
    preamble: list[str] = field(default_factory=list)
    operative: list[list[str]] = field(default_factory=list)  # lines: paragraph, then sub-paragraphs
    notes: list[str] = field(default_factory=list)
    size: int = 0


def renumber_notes(text: str, resolution_notes: dict[str, str], state: SynthesisState) -> str:
    """Give each referenced footnote the next global number and keep its definition."""

    def replace(match: re.Match[str]) -> str:
        definition = resolution_notes.get(match.group(1), "See the original resolution.")
        state.notes.append(definition)
        state.size += len(definition) + 8
        return f"[^{len(state.notes)}]"

    return NOTE_REF.sub(replace, text)


def point_lines(points: list[Point], notes: dict[str, str], state: SynthesisState, depth: int = 1) -> list[str]:
    lines: list[str] = []
    for point in points:
        text = renumber_notes(markdown_runs(point.runs), notes, state)
        lines.append(f"{INDENT * depth}({point.label}) {text}")
        lines.extend(point_lines(point.children, notes, state, depth + 1))
    return lines


TRAILING_REFS = re.compile(r"((?:\[\^\d+\])*)$")


def set_end(text: str, mark: str) -> str:
    """Give ``text`` the final punctuation ``mark``, keeping footnote markers after it."""
    refs = TRAILING_REFS.search(text).group(1)
    body = text[: len(text) - len(refs)].rstrip()
    if body.endswith(":"):
        return text  # a lead-in to sub-paragraphs
    return body.rstrip(".;,") + mark + refs


def add_resolution(resolution: Resolution, state: SynthesisState, target: int) -> None:
    notes = {note.marker: markdown_runs(note.runs) for note in resolution.footnotes}
    for block in resolution.body:
        if state.size >= target:
            return
        add_block(block, notes, state)


def add_block(block: Block, notes: dict[str, str], state: SynthesisState) -> None:
    text = renumber_notes(markdown_runs(block.runs), notes, state)
    if block.kind == "preambular" and text:
        state.preamble.append(text)
        state.size += len(text) + 2
    elif block.kind == "operative" and text:
        lines = [text, *point_lines(block.points, notes, state)]
        state.operative.append(lines)
        state.size += sum(len(line) + 2 for line in lines) + 4


def synthesize(target_bytes: int) -> str:
    """A well-formed ``.res.md`` resolution of at least ``target_bytes`` UTF-8 bytes of real text."""
    state = SynthesisState()
    sources = [load(path) for path in consistent_files()]
    if not sources:
        raise SystemExit("no AKN corpus found beside the repository (../shared/corpus/akn-hrc)")
    for resolution in cycle(sources):
        if state.size >= target_bytes:
            break
        add_resolution(resolution, state, target_bytes)
    return assemble(state)


def assemble(state: SynthesisState) -> str:
    lines = [
        "---",
        "symbol: A/HRC/RES/99/1",
        "distribution: General",
        "date: 14 October 2033",
        "original: English",
        "organ: Human Rights Council",
        "session: Ninety-ninth session",
        "agenda-item: 3",
        "document-type: resolution",
        "number: 99/1",
        "title: Compilation of adopted text for benchmarking",
        "---",
        "",
        "*The Human Rights Council*,",
        "",
    ]
    for paragraph in state.preamble:
        lines += [set_end(paragraph, ","), ""]
    for number, paragraph_lines in enumerate(state.operative, start=1):
        last = number == len(state.operative)
        first, *subs = paragraph_lines
        lines += [f"{number}. {set_end(first, '.' if last and not subs else ';')}", ""]
        for index, sub in enumerate(subs):
            lines += [set_end(sub, "." if last and index == len(subs) - 1 else ";"), ""]
    lines += ["*99th meeting", "14 October 2033*", "", "[Adopted without a vote.]", ""]
    body = "\n".join(lines)
    order: dict[str, int] = {}  # provisional label -> number in order of first reference
    for label in NOTE_REF.findall(body):
        order.setdefault(label, len(order) + 1)
    body = NOTE_REF.sub(lambda match: f"[^{order[match.group(1)]}]", body)
    definitions = [f"[^{number}]: {state.notes[int(label) - 1]}" for label, number in order.items()]
    return body + "\n" + "\n".join(definitions) + "\n"


PASTED_HEADING = """United Nations  A/HRC/RES/99/1

Distr.: General 14 October 2033

Original: English

Human Rights Council
Ninety-ninth session
Agenda item 3

Resolution adopted by the Human Rights Council on 14 October 2033

99/1. Compilation of adopted text for benchmarking
"""
ITALIC_RUN = re.compile(r"\*([^*\n]+)\*")
NOTE_DEFINITION = re.compile(r"^\[\^(\d+)\]: ", re.MULTILINE)
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def as_pasted(resmd: str) -> str:
    """The same resolution as text pasted from a PDF: heading lines, no italics, superscript notes."""
    body = resmd.split("\n---\n", 1)[1]
    body = NOTE_DEFINITION.sub(lambda m: m.group(1).translate(SUPERSCRIPTS) + " ", body)
    body = NOTE_REF.sub(lambda m: m.group(1).translate(SUPERSCRIPTS), body)
    body = ITALIC_RUN.sub(r"\1", body)
    return PASTED_HEADING + "\n".join(line.strip() for line in body.splitlines()) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python benchmarks/synth.py SIZE_KB OUT_FILE", file=sys.stderr)
        return 2
    text = synthesize(int(argv[0]) * 1024)
    if argv[1].endswith(".txt"):
        text = as_pasted(text)
    Path(argv[1]).write_text(text, encoding="utf-8")
    print(f"wrote {len(text.encode('utf-8')) / 1024:.0f} KB to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
