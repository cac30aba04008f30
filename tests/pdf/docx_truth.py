"""The ground truth of a UN Word file, read with python-docx alone (independently of ``docxio/``).

What a parser of the same resolution copied out of its PDF must find: the preambular openers
(the italic run that opens each paragraph between the authoring line and the first number),
the operative numbers and verbs (``\\t1.\\t`` typed by the UN's system, then the italic verb),
the sub-paragraph labels (``\\t(a)\\t``; a label indented further than the list's first label
is one level down; the items of a preambular lead-in belong to its paragraph) and the footnotes
referenced in the body. Files whose structure the model cannot represent yet (sections "I", "A.",
annexes, several resolutions in one file) are named with the reason, so the measure can report
them apart (issue 13 adds those nodes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from akn import LabelTree, OperativeTruth, Truth, phrase_usage

REPO = Path(__file__).resolve().parents[2]
DOCX_DIR = REPO.parent / "shared" / "corpus" / "docx-ga72"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NUMBER_RE = re.compile(r"^\s*(\d{1,3})\. ?\t")
LABEL_RE = re.compile(r"^(\s*)\(([a-z]{1,6}|\d{1,2})\) ?\t")
AUTHORING_RE = re.compile(r"^\s*The [A-Z][\w ]+,\s*$")
ANNEX_RE = re.compile(r"^\s*Annex(?:\s+[IVX]+)?\s*$")
CLOSING_RE = re.compile(r"^\s*\d+(?:st|nd|rd|th)\s(?:\(resumed\)\s)?plenary\smeeting", re.IGNORECASE)
SECTION_RE = re.compile(r"^\s*(?:Annex(?:\s+[IVX]+)?|[IVX]{1,5}\.?|[A-H]\.?|[A-H]\.\s.+|[IVX]{1,5}\.\s.+)\s*$")


@dataclass(frozen=True, slots=True)
class DocxTruth:
    truth: Truth
    genre: tuple[str, ...]  # reasons the current model cannot represent the file exactly
    words: tuple[str, ...]  # every word of the resolution's body paragraphs, for text checks
    unknowable: dict[tuple[str, int], str]  # phrases whose extent only the italics show (as in akn.py)


def docx_files() -> list[Path]:
    return sorted(DOCX_DIR.glob("*.docx"))


def _phrase(paragraph) -> str | None:
    """The italic run that opens the paragraph's text (after tabs, the number or the label)."""
    prefix = NUMBER_RE.match(paragraph.text) or LABEL_RE.match(paragraph.text)
    skip = prefix.end() if prefix else 0
    text = ""
    started = False
    for run in paragraph.runs:
        value = run.text
        if skip:
            value, skip = value[skip:], max(0, skip - len(value))
        if not started:
            if not value.strip():
                continue
            if not run.italic:
                return None
            started, value = True, value.lstrip("\t ")
        if not run.italic:
            break
        text += value
    phrase = " ".join(text.replace("\u00a0", " ").split()).rstrip(",;: ")
    return phrase or None


def _note_count(paragraphs) -> int:
    return sum(len(p._p.findall(f".//{W}footnoteReference")) for p in paragraphs)


@cache
def read_truth(path: Path) -> DocxTruth:
    import docx  # python-docx: only the tests that read Word files need it

    paragraphs = [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    authoring = [i for i, p in enumerate(paragraphs) if AUTHORING_RE.match(p.text)]
    genre: list[str] = []
    if len(authoring) > 1:
        genre.append(f"{len(authoring)} authoring lines (a nested draft or resolution parts)")
    if not authoring:
        genre.append("no authoring line ending in a comma (an adopted declaration or programme)")
    start = authoring[0] + 1 if authoring else 0
    end = next((i for i in range(start, len(paragraphs)) if CLOSING_RE.match(paragraphs[i].text)), len(paragraphs))
    body = paragraphs[start:end]
    annexed = any(ANNEX_RE.match(p.text) for p in paragraphs[end:])  # annexed text after the meeting line
    openers: list[str | None] = []
    operative: list[tuple[str, str | None, list]] = []
    unknowable: dict[tuple[str, int], str] = {}
    headings: list[str] = []
    annex = False
    quoting = False  # an operative paragraph or item ending in a colon: the unnumbered paragraphs after it are its text
    for paragraph in body:
        text = paragraph.text
        number = NUMBER_RE.match(text)
        label = LABEL_RE.match(text)
        if number or label:
            quoting = text.rstrip().endswith(":")
        if ANNEX_RE.match(text):
            annex = True  # annexed text follows: not the resolution's preamble or operative part
            break
        if _is_heading(paragraph, number or label):
            headings += _heading_lines(text)
        elif text.strip()[:1].islower() and (openers or operative):
            continue  # the rest of the paragraph before, after its items ("and demands that …")
        elif number:
            operative.append((number.group(1), _phrase(paragraph), []))
            _note_unknowable(unknowable, ("operative", len(operative) - 1), operative[-1][1], text[number.end() :])
        elif label and operative:
            operative[-1][2].append((label.group(2), _indent(paragraph, label.group(1))))
        elif label and openers:
            continue  # an item of a preambular lead-in ("… a major contribution to:" (a) …), as the AKN files hold it
        elif not operative:
            openers.append(_phrase(paragraph))
            _note_unknowable(unknowable, ("preamble", len(openers) - 1), openers[-1], text)
        elif quoting:
            continue  # "… shall read as follows:" and the rule quoted, "… the following themes:" and the panels
        else:
            genre.append(f"unnumbered paragraph after the operative part: {text.strip()[:40]!r}")
    truth = Truth(
        openers=tuple(openers),
        operative=tuple(OperativeTruth(n, verb, _trees(labels)) for n, verb, labels in operative),
        footnotes=_note_count(paragraphs),
        headings=tuple(headings),
        annex=annex or annexed,
    )
    words = tuple(word for p in body for word in re.findall(r"[^\W\d_]+", p.text))
    return DocxTruth(truth, tuple(dict.fromkeys(genre)), words, unknowable)


def _heading_lines(text: str) -> list[str]:
    """ "II\nCapacity-building": a section's number and its title are two heading lines; a title broken by a
    line break is one."""
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and SECTION_RE.match(lines[0]):
        return [lines[0], " ".join(lines[1:])]
    return [" ".join(lines)]


def _is_heading(paragraph, numbered: re.Match | None) -> bool:
    """A section's number and title ("II\nCapacity-building"), a part's letter, a subject line: no number or
    label, no italic opener, no closing mark."""
    text = paragraph.text.strip()
    if numbered or not text or _phrase(paragraph):
        return False
    return bool(SECTION_RE.match(text)) or text[-1] not in ".,;:"


def _note_unknowable(found: dict[tuple[str, int], str], key: tuple[str, int], phrase: str | None, text: str) -> None:
    """The UN's italics stop short of, or run past, the phrase the AKN corpus italicises for the same words
    (the rule of ``akn.italics_unknowable``): a copy without italics cannot know this phrase's extent."""
    if not phrase:
        return
    in_full, cut_short = phrase_usage()
    if cut_short[phrase] > in_full[phrase]:
        found[key] = f"italics cover {phrase!r}, italicised less more often in the corpus"
        return
    words = re.findall(r"[^\W\d_]+", text)[: len(phrase.split()) + 4]
    for size in range(len(words), len(phrase.split()), -1):
        longer = " ".join(words[:size])
        if in_full[longer] > cut_short[longer]:
            found[key] = f"italics cover {phrase!r} of {longer!r}, italicised in full more often in the corpus"
            return


def _indent(paragraph, tabs: str) -> int:
    left = paragraph.paragraph_format.left_indent or 0
    return int(left) + tabs.count("\t") * 10


def _trees(labels: list[tuple[str, int]]) -> tuple[LabelTree, ...]:
    if not labels:
        return ()
    base = labels[0][1]
    trees: list[tuple[str, list[str]]] = []
    for label, indent in labels:
        if indent > base and trees:
            trees[-1][1].append(label)
        else:
            trees.append((label, []))
    return tuple(LabelTree(label, tuple(LabelTree(child) for child in children)) for label, children in trees)
