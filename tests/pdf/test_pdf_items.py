"""The Council's own items and subject lines stay on lines of their own in a printed copy.

A copy of a PDF loses the blank lines and the indentation that set the Council's items apart: a dash
("– to support …"), a bullet ("• the situation …"), a dotted label ("a. promote …", also under "(i)"),
an item's subject line ("(b)" / "Protection of civilians" / "To protect …") and a subject line between
paragraphs ("Reports:", or one wrapped after a comma). The segmentation finds them by how the printed line
starts and how the line before it ends, so the copy reads as the same text pasted with a blank line
between paragraphs. The texts are written here in the genre's shapes (no document of the corpus); the
expected structure is spelt out, and the pasted form must read the same.
"""

from __future__ import annotations

import pytest
from akn_compare import parsed_labels, show_labels

from resolint.grammar.parser import parse_document
from resolint.grammar.pdfcopy import read_pdf_copy

MASTHEAD = [
    "United Nations S/RES/9999 (2030)",
    "Security Council Distr.: General",
    "1 January 2030",
    "Resolution 9999 (2030)",
    "Adopted by the Security Council at its 9999th meeting, on 1 January 2030",
]
FOOTER = ["", "24-18602 (E) 010130", "*2418602*"]

# each paragraph as printed: its lines, hard-wrapped, with numbers and bracketed labels alone on their line
PARAGRAPHS = [
    ["The Security Council,"],
    [
        "Recalling its previous resolutions on the situation in the country and the statements of",
        "its President, and its commitment to the sovereignty and unity of the country,",
    ],
    ["Acting under Chapter VII of the Charter of the United Nations,"],
    ["Political process, including the implementation of the peace agreement, and", "extension of State authority"],
    [
        "1.",
        "Decides that the mission shall have the following priority tasks, to be carried out",
        "in an integrated manner and within the limits of its capacities and deployment:",
    ],
    ["(a)", "Political transition"],
    ["– to support the political transition, the national dialogue and the preparation of", "the elections;"],
    ["– to assist the authorities in the reform of the security sector, in coordination with", "partners;"],
    ["(b)", "Protection of civilians"],
    ["To protect civilians under threat of physical violence, within its capabilities and", "areas of deployment;"],
    ["Reports:"],
    ["2.", "Requests the Secretary-General to report to the Council every ninety days on the mission:"],
    ["• the implementation of the mandate of the mission throughout the country, and"],
    ["• the situation of human rights in the country, including in the areas of conflict;"],
    [
        "3.",
        "Calls upon the Government to take the following steps to protect the civilians in",
        "the areas most affected by the conflict in the country:",
    ],
    ["(i)", "Protection of journalists"],
    ["a. ensure the safety of journalists and other media professionals in the country;"],
    ["b. investigate every attack on journalists and bring the perpetrators to justice;"],
    ["(ii)", "Participation of women"],
    ["a. promote the full, equal and meaningful participation of women in the political", "process;"],
    ["4.", "Decides to remain actively seized of the matter."],
]
EXPECTED = {1: "a[– –] b", 2: "• •", 3: "i[a. b.] ii[a.]", 4: "-"}
HEADINGS = [
    "Political process, including the implementation of the peace agreement, and extension of State authority",
    "Reports:",
]


def printed(blank_lines: bool) -> str:
    lines = [*MASTHEAD, *(line for paragraph in PARAGRAPHS for line in paragraph), *FOOTER]
    return "\n\n".join(lines) if blank_lines else "\n".join(lines)


def pasted() -> str:
    """The same text with a paragraph per line, a blank line between them, labels before their text."""
    paragraphs = [" ".join(paragraph) for paragraph in PARAGRAPHS]
    return "\n\n".join([*MASTHEAD, *paragraphs]) + "\n"


def structure(text: str) -> tuple[dict[int, str], list[str]]:
    document = parse_document(text, "copy.txt")
    labels = {int(str(p.number).rstrip(".")): show_labels(parsed_labels(p.children)) for p in document.operative}
    headings = [" ".join(heading.text.split()) for heading in document.headings]
    return labels, headings


@pytest.mark.parametrize("blank_lines", [False, True], ids=["printed", "blank-lines"])
def test_items_and_subject_lines_of_a_printed_copy(blank_lines):
    text = printed(blank_lines)
    assert read_pdf_copy(text) is not None, "the text should read as a PDF copy"
    labels, headings = structure(text)
    assert labels == EXPECTED
    assert headings == HEADINGS
    assert (labels, headings) == structure(pasted())


def test_a_dash_inside_a_sentence_stays_in_its_paragraph():
    """A dash that the wrap puts at the start of a printed line, after a full line ending in a word, is text."""
    body = [
        "The Security Council,",
        "Recalling the strategy of the regional organization for the coming years and the priorities",
        "– peace, security and development – that its member States have agreed to pursue together,",
        "1.",
        "Decides that the mission shall support the implementation of the regional strategy in",
        "close cooperation with the regional organization and its member States and partners;",
        "2.",
        "Decides to remain actively seized of the matter.",
    ]
    document = parse_document("\n".join([*MASTHEAD, *body, *FOOTER]), "copy.txt")
    assert len(document.preamble) == 1
    assert [show_labels(parsed_labels(p.children)) for p in document.operative] == ["-", "-"]
