"""Round trips of the UN's AKN4UN files through resolint, compared in the terms of :mod:`resolint.aknio.outline`.

* :func:`import_export` — the XML imported to ``.res.md``, parsed, exported again;
* :func:`text_export` — the ``.res.md`` rendering of tests/corpus/akn.py (written independently of
  the importer) parsed and exported, compared in the terms that rendering writes.

:func:`left_out` names, by rule, the files kept out of the exactness assertion: :func:`markup_slips`
(markup that contradicts itself, as in tests/corpus) and :func:`minority_forms` (a form few of the
UN's files use, where the export writes the usual one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from akn import FRONT_MATTER_KEYS, load, markup_inconsistencies, render_resmd
from lxml import etree

import resolint
from resolint.aknio import akn_bytes
from resolint.aknio.facts import organs
from resolint.aknio.outline import first_difference, outline
from resolint.aknio.reader import AknText, Block, parse_bytes, parse_file, read_akn, run_text
from resolint.grammar.labels import roman_label

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
FOLDERS = ("akn-hrc", "akn-ga", "akn-sc", "akn-ecosoc")
SCHEMA_FILE = Path(__file__).resolve().parent / "schema" / "akomantoso30.xsd"
LABEL_IN_TEXT = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,5}\))\s")
MARKUP_DATE = "2026-01-01"  # a fixed markup date keeps exports comparable between runs


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE)))


def schema_errors(data: bytes) -> list[str]:
    checker = schema()
    if checker.validate(etree.fromstring(data)):
        return []
    return [f"line {error.line}: {error.message}" for error in checker.error_log]


def corpus_files(folder: str) -> list[Path]:
    return sorted((CORPUS / folder).glob("*.xml"))


@dataclass(frozen=True, slots=True)
class RoundTrip:
    path: Path
    expected: list[tuple[str, ...]]
    got: list[tuple[str, ...]]
    exported: bytes

    @property
    def difference(self) -> str | None:
        return first_difference(self.expected, self.got)


@cache
def un_structure(path: Path) -> AknText:
    return read_akn(parse_file(path))


def export_of(text: str, name: str) -> bytes:
    return akn_bytes(resolint.parse(text, name), MARKUP_DATE)


@cache
def import_export(path: Path) -> RoundTrip:
    from resolint.aknio.resmd import to_resmd

    exported = export_of(to_resmd(un_structure(path)), f"{path.stem}.res.md")
    return RoundTrip(path, outline(un_structure(path)), outline(read_akn(parse_bytes(exported))), exported)


@cache
def text_export(path: Path) -> RoundTrip:
    """The rendering parsed and exported; both outlines keep what the rendering writes (it has no
    cover-page lines beyond FRONT_MATTER_KEYS, no report line, and meeting lines and a number only
    where the UN's file marks them as the renderer reads them)."""
    resolution = load(path)
    exported = export_of(render_resmd(resolution), f"{path.stem}.res.md")
    rendered = rendered_terms(resolution)
    expected = [item for item in outline(un_structure(path)) if rendered(item)]
    return RoundTrip(
        path, expected, [item for item in outline(read_akn(parse_bytes(exported))) if rendered(item)], exported
    )


def rendered_terms(resolution):
    """Which outline items tests/corpus/akn.py's rendering of ``resolution`` writes."""
    meeting = bool(resolution.meeting or resolution.vote)

    def rendered(item: tuple[str, ...]) -> bool:
        kind = item[0]
        if kind == "cover":
            return item[1] in FRONT_MATTER_KEYS
        return not (
            kind == "report" or (kind == "conclusions" and not meeting) or (kind == "number" and not resolution.number)
        )

    return rendered


@cache
def markup_slips(path: Path) -> list[str]:
    """Reasons this UN file's markup contradicts itself; empty when it is consistent."""
    structure = un_structure(path)
    reasons = [f"contradicts itself: {reason}" for reason in markup_inconsistencies(load(path))]
    for index, block in enumerate(structure.blocks, start=1):
        if block.kind != "container":
            continue
        opener = block.runs[0].value.strip(" ,;:") if block.runs and block.runs[0].kind == "italic" else None
        if opener and block.name != opener:
            reasons.append(
                f"contradicts itself: block {index}: container name {block.name!r} is not its italic opener {opener!r}"
            )
    if any(block.kind == "container" for block in structure.blocks) and not run_text(structure.formula).strip():
        reasons.append("contradicts itself: a preamble without its enacting formula (the adopted text opens with it)")
    reasons += [f"contradicts itself: {reason}" for reason in subject_points_heading_nothing(structure.blocks)]
    reasons += [f"contradicts itself: {reason}" for reason in labels_running_on_deeper(structure.blocks)]
    for block in structure.attachments:
        text = run_text(block.runs)
        if block.kind == "paragraph" and not block.num and LABEL_IN_TEXT.match(text):
            reasons.append(
                f"contradicts itself: annexed paragraph with its label in the text, not in <num>: {text[:40]!r}"
            )
            break
    return reasons


def subject_points_heading_nothing(blocks: list[Block]) -> list[str]:
    """Subject lines of a list ("Urgent temporary measures:", an unnumbered point ending with a
    colon) that the UN marks with no points under them, the points they introduce left beside them."""
    found = []
    for block, after in pairwise(blocks):
        text = run_text(block.runs).strip()
        subject = block.kind == "point" and not block.num and text.endswith(":") and len(text.split()) <= 8
        under = after.kind == "point" and after.path.count("sublist") > block.path.count("sublist")
        if subject and not under:
            found.append(f"a subject line of a list with no points under it: {text!r}")
    return found


ROMAN_NUMERALS = [roman_label(index) for index in range(99)]


def follows(label: str, previous: str) -> bool:
    """``label`` comes next after ``previous`` in a sequence of letters or roman numerals ("(b)", "(c)")."""
    label, previous = label.strip("()"), previous.strip("()")
    letter = len(previous) == 1 and previous.isalpha() and label == chr(ord(previous) + 1)
    roman = previous in ROMAN_NUMERALS[:-1] and label == ROMAN_NUMERALS[ROMAN_NUMERALS.index(previous) + 1]
    return letter or roman


def labels_running_on_deeper(blocks: list[Block]) -> list[str]:
    """A run of items ("(a)", "(b)", "(c)" …) that the UN nests at more than two depths. A subject
    line between items puts the items after it one level down, beside the line (the Council's
    form); a run that sinks again at the next subject line marks each subject line as part of the
    one before it, though its items carry on the same run (S/RES/2556's mandate)."""
    found = []
    labelled = [block for block in blocks if block.kind == "point" and block.num]
    run: list[Block] = []
    for block in [*labelled, None]:
        if block is not None and run and follows(block.num, run[-1].num):
            run.append(block)
            continue
        depths = len({item.level for item in run})
        if depths > 2:
            found.append(f"one run of items, {run[0].num} to {run[-1].num}, nested at {depths} depths")
        run = [block] if block is not None else []
    return found


def looks_like_heading(block: Block) -> bool:
    """An unnumbered paragraph of a few words, no italics and no closing punctuation: a subject heading."""
    text = run_text(block.runs)
    return (
        not block.num
        and 0 < len(text.split()) <= 8
        and text[-1:] not in ".,;:"
        and not any(run.kind == "italic" for run in block.runs)
    )


HEADING_NUMBER = re.compile(r"^(?:[IVXL]+|[A-Z])\.?$")


def organ_of(structure: AknText) -> dict[str, str]:
    """The organ's entry of aknio/organs.json, by the enacting formula ("The Security Council")."""
    formula = run_text(structure.formula).strip(" ,").removeprefix("The ").strip()
    return organs().get(formula) or organs()["General Assembly"]


def minority_forms(path: Path) -> list[str]:
    """Forms this file marks up as few of the UN's files do, where the export writes the usual form.

    The ``.res.md`` (and the model) say *what* a text is — a section heading, text after a list, an
    annex heading — not which of the UN's markups for it a file used, so a file that uses a rare
    one cannot come back identical. Each rule names the rare form and the usual one.
    """
    structure = un_structure(path)
    heading_style = organ_of(structure)["heading"]
    body, annexed = structure.blocks, structure.attachments
    rules = (
        (
            "sections as <section>/<part> with <crossHeading> preambles (usually one paragraph/subheading a line)",
            any(re.search(r"mainBody/(?:section|part|crossHeading)", b.path) for b in body),
        ),
        (
            "a section number as a paragraph with only a <num> (usually its own paragraph/subheading)",
            any(b.kind == "paragraph" and b.num and not b.runs and HEADING_NUMBER.match(b.num) for b in body),
        ),
        (
            'a section heading as a numbered paragraph ("A." in <num>; usually paragraph/subheading)',
            any(b.kind == "paragraph" and b.num and b.runs and HEADING_NUMBER.match(b.num) for b in body),
        ),
        (
            "a heading as a bold paragraph where the organ's are paragraph/subheading",
            heading_style == "subheading"
            and any(b.kind == "heading" and b.path.endswith("mainBody/paragraph") for b in body),
        ),
        (
            "a heading as paragraph/heading (usually paragraph/subheading)",
            any(b.kind == "heading" and b.path.endswith("paragraph/heading") for b in body),
        ),
        (
            "an annex heading as subheading or heading (usually a bold paragraph)",
            any(b.kind == "heading" and re.search(r"/(?:sub)?heading$", b.path) for b in annexed),
        ),
        ("text after a list as an <alinea> (usually the list's wrapUp)", any("/alinea" in b.path for b in body)),
        (
            "a subject heading as a plain paragraph (usually paragraph/subheading)",
            any(b.kind == "paragraph" and b.path == "mainBody/paragraph" and looks_like_heading(b) for b in body),
        ),
        (
            "a nested draft as an <embeddedStructure> in its paragraph (usually components/component/statement)",
            any("/embeddedStructure" in b.path for b in body),
        ),
        (
            "lettered paragraphs outside a list (usually list/point)",
            any(b.kind == "paragraph" and b.num and b.num.startswith("(") for b in body),
        ),
    )
    return [reason for reason, found in rules if found]


def left_out(path: Path) -> list[str]:
    """Why a file is kept out of the exactness assertion: its markup contradicts itself, or uses a rare form."""
    return markup_slips(path) + minority_forms(path)


def describe(trip: RoundTrip) -> str:
    return f"{trip.path.name}: {trip.difference}"
