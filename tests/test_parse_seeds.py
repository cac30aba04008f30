"""The two seeds parse into the structure a reader sees in them."""

from __future__ import annotations

import resolint
from tests.conftest import with_endings


def _sub_labels(op) -> list[str]:
    return [s.label for s in op.children]


def test_draft_heading(draft_text: str, newline: str) -> None:
    doc = resolint.parse(with_endings(draft_text, newline), "draft.txt")
    heading = doc.heading
    assert heading.symbol == "A/HRC/58/L.27/Rev.1"
    assert heading.get("distribution") == "Limited"
    assert heading.get("date") == "28 March 2025"
    assert heading.get("organ") == "Human Rights Council"
    assert heading.get("session") == "Fifty-eighth session"
    assert heading.get("agenda-item") == "3"
    assert heading.get("document-type") == "revised draft resolution"
    assert len(heading.sponsors) == 53
    assert heading.sponsors[0].name == "Albania" and not heading.sponsors[0].asterisk
    assert heading.sponsors[1].name == "Andorra" and heading.sponsors[1].asterisk
    assert heading.sponsors[-1].name == "Ukraine" and heading.sponsors[-1].asterisk
    assert doc.title is not None and doc.title.number == "58/..."
    assert doc.title.text.startswith("Human rights defenders and new and emerging technologies")


def test_draft_body(draft_text: str, newline: str) -> None:
    doc = resolint.parse(with_endings(draft_text, newline), "draft.txt")
    assert doc.authoring is not None and doc.authoring.organ == "Human Rights Council"
    assert len(doc.preamble) == 34
    openers = [p.phrase for p in doc.preamble]
    assert openers[:4] == ["Guided", "Recalling", "Recalling also", "Affirming"]
    assert "Noting with deep concern also" in openers
    assert [p.number for p in doc.operative] == [str(n) for n in range(1, 18)]
    verbs = [p.phrase for p in doc.operative]
    assert verbs[1] == "Also stresses" and verbs[8] == "Calls upon" and verbs[15] == "Also requests"
    nine = doc.operative[8]
    assert _sub_labels(nine) == [*list("abcdefghijk"), "1", *list("mnopqr")]
    # the page-break split preambular paragraph is one paragraph with two parts
    split = [p for p in doc.preamble if len(p.parts) == 2]
    assert len(split) == 1 and "tracking, trafficking in persons" in split[0].text.plain
    assert [(f.label, f.text.plain.strip()) for f in doc.footnotes] == [
        ("*", "State not a member of the Human Rights Council."),
        ("1", "A/HRC/58/53 and Adds.1 and 2."),
        ("2", "A/79/123."),
    ]
    assert [r.label for r in doc.footnote_refs()] == ["1", "2"]


def test_adopted_text_in_report(adopted_text: str, newline: str) -> None:
    doc = resolint.parse(with_endings(adopted_text, newline), "report.txt")
    assert doc.authoring is not None
    assert doc.title is not None and doc.title.number == "58/23"
    assert len(doc.preamble) == 35
    assert [p.phrase for p in doc.preamble[:3]] == ["Guided", "Recalling", "Recalling also"]
    assert len(doc.operative) == 17
    assert doc.operative[9].phrase == "Continues to express its particular concern"
    assert _sub_labels(doc.operative[8]) == list("abcdefghijklmnopqr")
    assert len(doc.footnotes) == 2
    assert [c.text for c in doc.closing] == ["58th meeting 4 April 2025", "[Adopted without a vote.]"]
    # the German report before the resolution is kept as prologue, not mistaken for preamble
    assert len(doc.prologue) > 10


def test_span_positions_are_exact(draft_text: str, newline: str) -> None:
    text = with_endings(draft_text, newline)
    doc = resolint.parse(text)
    lines = text.split(newline)
    for para in doc.paragraphs():
        span = para.span
        assert doc.source[span.start : span.end].strip()
        line_start = doc.lines.line_start(span.line)
        assert line_start + span.column - 1 == span.start
        assert lines[span.line - 1][span.column - 1 :].startswith(doc.source[span.start : span.end].split("\n")[0])
    for op in doc.operative:
        assert op.number_span is not None
        assert doc.source[op.number_span.start : op.number_span.end] == f"{op.number}."
