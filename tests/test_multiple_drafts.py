"""Several drafts under one lead-in, each under its name and title ("Draft resolution II" / "Policies and
programmes involving youth"), as a Main Committee's report carries them to the Assembly and as the
Economic and Social Council recommends them. Each draft is read as a nested draft with its own authoring
line, preamble and numbering; the lead-in and the report's text before it are kept.
"""

from __future__ import annotations

import pytest

import resolint
from resolint.diagnostics import Severity

DRAFTS = """Draft resolution I
Implementation of the outcome of the World Summit for Social Development

The General Assembly,

Recalling the World Summit for Social Development, held in Copenhagen from 6 to 12 March 1995,

Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action constitute the basic framework for the promotion of social development for all,

1. Takes note of the report of the Secretary-General;

2. Decides to include in the provisional agenda of its seventy-seventh session the sub-item entitled \u201cImplementation of the outcome of the World Summit for Social Development\u201d.

Draft resolution II
Policies and programmes involving youth

The General Assembly,

Recalling its resolution 74/121 of 18 December 2019,

1. Calls upon Member States to consider youth in national development plans;

2. Requests the Secretary-General to submit a report at its seventy-eighth session.
"""
REPORT = (
    "III. Recommendations of the Third Committee\n\n"
    "28. The Third Committee recommends to the General Assembly the adoption of the following draft resolutions:\n\n"
)
ECOSOC = (
    "The Economic and Social Council,\n\n"
    "Recommends to the General Assembly the adoption of the following draft resolutions:\n\n"
)
SHAPES = [(["Recalling", "Reaffirming"], ["1", "2"]), (["Recalling"], ["1", "2"])]


def shapes(document) -> list[tuple[list[str], list[str]]]:
    return [([p.phrase for p in d.preamble], [p.number for p in d.operative]) for d in document.drafts]


@pytest.mark.parametrize("lead_in", [REPORT, ECOSOC], ids=["committee-report", "ecosoc"])
def test_each_draft_is_read_on_its_own(lead_in: str) -> None:
    text = lead_in + DRAFTS
    document = resolint.parse(text, "drafts.txt")
    assert shapes(document) == SHAPES
    assert all(d.authoring.organ == "General Assembly" for d in document.drafts)
    titles = [" ".join(line.text for line in heading.lines) for heading in document.drafts[1].headings]
    assert titles == ["Draft resolution II Policies and programmes involving youth"]
    warnings = [d for d in resolint.lint(document) if d.severity >= Severity.WARNING]
    assert not warnings, warnings
    canonical = resolint.format_text(text)
    assert shapes(resolint.parse(canonical, "drafts.res.md")) == SHAPES
    assert resolint.format_text(canonical) == canonical


def test_a_report_paragraph_recommending_drafts_lists_no_sponsors() -> None:
    document = resolint.parse(REPORT + DRAFTS, "drafts.txt")
    assert not document.heading.sponsors
    assert document.heading.get("document-type") is None
    assert document.authoring is None  # the report's own text has none: the drafts carry theirs
    assert any("recommends to the General Assembly" in p.text.plain for p in document.prologue)


DECISION = """
29. The Third Committee also recommends to the General Assembly the adoption of the following draft decision:

Documents considered in connection with social development

The General Assembly takes note of the following documents:

(a) Report of the Commission for Social Development on its fifty-ninth session;

(b) Report of the Secretary-General on the implementation of the World Programme of Action for Youth.
"""


def test_the_reports_text_between_drafts_is_no_paragraph_of_theirs() -> None:
    """ "29. The Third Committee also recommends …" after draft II is the report's, not its paragraph 3
    (before: RS002 "out of sequence" with a safe renumbering, and fmt moved the decision's title)."""
    text = REPORT + DRAFTS + DECISION
    document = resolint.parse(text, "report.txt")
    assert shapes(document) == SHAPES
    kept = [p.text.plain for p in document.prologue]
    assert any(k.startswith("29. The Third Committee also recommends") for k in kept)
    assert any(k.startswith("(b) Report of the Secretary-General") or "\n(b) Report" in k for k in kept)
    assert not [d for d in resolint.lint(document) if d.severity >= Severity.WARNING]
    safe = {d.rule for d in resolint.lint(document) if d.fix is not None and d.fix.safe}
    assert safe == {"RS012"}  # the lost italics only: nothing renumbered, no ending changed
    canonical = resolint.format_text(text)
    marks = ("28. The Third", "Draft resolution II", "29. The Third", "Documents considered", "(b) Report")
    order = [canonical.index(mark) for mark in marks]
    assert order == sorted(order)
    assert resolint.format_text(canonical) == canonical
