"""The server on a nested draft (diagnostics and quick fixes on the draft's own paragraphs) and on a
text in another language (one notice, no lint, no formatting), as ``resolint lint`` and ``fmt``."""

from __future__ import annotations

from lsp_harness import Session, apply_text_edits, expected_diagnostics, rows_of, text_document
from lsprotocol import types

import resolint
from resolint.language import foreign_language, not_checked_notice

# E/RES/2021/20 with two slips inside the draft it recommends: "Recalling" repeated without "also"
# and a full stop in the middle of the draft's operative part
ECOSOC_DRAFT = """*The Economic and Social Council*

*Recommends* to the General Assembly the adoption of the following draft resolution:

*The General Assembly*,

*Recalling* its resolution 46/152 of 18 December 1991, in the annex to which Member States affirmed that \
the United Nations congresses on crime prevention and criminal justice should be held every five years,

*Recalling* its resolution 57/270 B of 23 June 2003 on the integrated and coordinated implementation of \
and follow-up to the outcomes of major United Nations conferences and summits in the economic and social fields,

1. *Takes note with appreciation* of the report of the Fourteenth Congress.

2. *Requests* the Secretary-General to submit to the General Assembly at its seventy-seventh session a report \
on the implementation of the present resolution.
"""

FRENCH_DRAFT = """*L'Assemblée générale*,

*Rappelant* sa résolution 76/181 du 16 décembre 2021,

1. *Prie* le Secrétaire général de lui présenter un rapport à sa soixante-dix-huitième session;

2. *Décide* de rester saisie de la question.
"""


async def quick_fix(session: Session, uri: str, diagnostic: types.Diagnostic) -> types.CodeAction:
    actions = await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=text_document(uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]),
        )
    )
    return next(a for a in actions if a.diagnostics and a.diagnostics[0].code == diagnostic.code and a.edit)


async def test_a_nested_drafts_paragraphs_get_diagnostics_and_quick_fixes(session: Session):
    uri = session.open("e-res-2021-20.res.md", ECOSOC_DRAFT)
    published = await session.diagnostics(uri, version=1)
    assert rows_of(published) == expected_diagnostics(ECOSOC_DRAFT, session.workspace / "e-res-2021-20.res.md")
    lines = ECOSOC_DRAFT.splitlines()
    in_draft = {(str(d.code), lines[d.range.start.line][:12]) for d in published}
    assert ("RP104", "*Recalling* ") in in_draft and ("RO203", "1. *Takes no") in in_draft
    for code, wanted in (("RP104", "*Recalling also* its resolution 57/270 B"), ("RO203", "Fourteenth Congress;")):
        diagnostic = next(d for d in published if d.code == code)
        action = await quick_fix(session, uri, diagnostic)
        fixed = apply_text_edits(ECOSOC_DRAFT, action.edit.changes[uri])
        assert wanted in fixed and wanted not in ECOSOC_DRAFT
        assert code not in {row[0] for row in expected_diagnostics(fixed, session.workspace / "fixed.res.md")}


async def test_a_french_draft_gets_one_notice_and_no_formatting(session: Session):
    assert foreign_language(FRENCH_DRAFT) == "French"
    uri = session.open("projet.res.md", FRENCH_DRAFT)
    published = await session.diagnostics(uri, version=1)
    assert [(d.message, d.severity, d.code, d.range.start.line) for d in published] == [
        (not_checked_notice("French"), types.DiagnosticSeverity.Information, None, 0)
    ]
    edits = await session.client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=text_document(uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True)
        )
    )
    assert edits is not None and len(edits) == 0
    assert resolint.format_text(FRENCH_DRAFT) != FRENCH_DRAFT  # fmt would curl the apostrophe of "L'Assemblée"
