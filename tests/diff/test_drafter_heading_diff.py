"""`resolint diff` and `export --base` on two versions of a Model UN draft: the drafter's own heading items
(its code, signatories, committee and sponsors) are compared, in the text, JSON and Word outputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import jsonschema

import resolint
from resolint.diff import compare_texts
from resolint.docxio import export_docx, import_docx
from resolint.docxio.tracked import Revisions
from resolint.docxio.tracked_export import export_tracked
from tests.diff.word_revisions import reject_all

BODY = "The General Assembly,\n\nRecalling its resolutions,\n\n1. Urges all States to act.\n"


def draft(code: str, sponsors: str, signatories: str | None, committee: str = "Disarmament and International Security") -> str:
    """A draft in the form a conference's guide gives: code, committee, topic, sponsors, signatories."""
    lines = [f"Resolution {code}", f"Committee: {committee}", "Topic: The question of small arms", f"Sponsors: {sponsors}"]
    if signatories is not None:
        lines.append(f"Signatories: {signatories}")
    return "\n".join(lines) + "\n\n" + BODY


def test_a_signatory_added_and_the_code_changed() -> None:
    comparison = compare_texts(draft("GA1/1.1", "France, Kenya", "Brazil, India"), draft("GA1/1.2", "France, Kenya", "Brazil, India, Trinidad and Tobago"))
    assert comparison.heading.lines() == [
        "code: Resolution GA1/1.1 → Resolution GA1/1.2",
        "signatories added: Trinidad and Tobago",
    ]
    assert comparison.changes == [] and comparison.summary() == "no changes in the text; the heading differs"
    assert comparison.heading.json()["signatories"] == {"added": ["Trinidad and Tobago"], "removed": []}


def test_thimun_labels_a_withdrawn_co_submitter_and_a_new_committee() -> None:
    def thimun(co_submitters: str, forum: str) -> str:
        return f"FORUM: {forum}\nQUESTION OF: Arms trade\nMAIN SUBMITTER: Kenya\nCO-SUBMITTERS: {co_submitters}\n\n{BODY}"

    comparison = compare_texts(thimun("Chile, Peru and Fiji", "GA1"), thimun("Chile and Fiji", "GA First Committee"))
    assert comparison.heading.lines() == ["organ: GA1 → GA First Committee", "signatories withdrawn: Peru"]


def test_a_signatories_line_the_second_version_adds() -> None:
    comparison = compare_texts(draft("GA1/1.1", "France, Kenya", None), draft("GA1/1.1", "France, Kenya", "Brazil"))
    assert comparison.heading.lines() == ["signatories added: Brazil"]


def test_equal_headings_and_a_un_draft_show_no_drafter_items() -> None:
    same = draft("GA1/1.1", "France, Kenya", "Brazil, India")
    assert compare_texts(same, same).heading.lines() == []
    un = "A/C.1/80/L.5\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n1. Urges all States to act.\n"
    assert compare_texts(un, un.replace("Urges", "Calls upon")).heading.json()["signatories"] is None


def test_json_output_names_the_signatories(tmp_path: Path, capsys) -> None:
    from resolint.cli import main

    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(draft("GA1/1.1", "France, Kenya", "Brazil, India"), encoding="utf-8")
    new.write_text(draft("GA1/1.1", "France, Kenya", "Brazil, India, Chile"), encoding="utf-8")
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["heading"]["signatories"] == {"added": ["Chile"], "removed": []}
    schema = json.loads((Path(__file__).parents[2] / "docs" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)


def _revisions(path: Path) -> tuple[list[str], list[str]]:
    """The texts inserted and deleted as tracked changes in the Word file's body."""
    xml = docx.Document(str(path)).element.xml
    inserted = re.findall(r"<w:ins\b[^>]*>.*?<w:t(?: [^>]*)?>([^<]*)</w:t>", xml, re.DOTALL)
    return inserted, re.findall(r"<w:delText(?: [^>]*)?>([^<]*)</w:delText>", xml)


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text]


def test_word_export_keeps_the_drafter_heading_and_reads_it_back(tmp_path: Path) -> None:
    out = tmp_path / "draft.docx"
    export_docx(resolint.parse(draft("GA1/1.1", "France, Kenya", "Brazil, India"), "d.txt"), out)
    assert _paragraphs(out)[:5] == [
        "Committee: Disarmament and International Security",
        "Code: Resolution GA1/1.1",
        "Sponsors: France, Kenya",
        "Signatories: Brazil, India",
        "The question of small arms",
    ]
    heading = resolint.parse(import_docx(out).text, "draft.res.md").heading
    assert heading.drafter and heading.organ == "Disarmament and International Security"
    assert (heading.get("code"), heading.get("signatories")) == ("Resolution GA1/1.1", "Brazil, India")
    assert [sponsor.name for sponsor in heading.sponsors] == ["France", "Kenya"]


def test_word_tracks_the_signatory_added(tmp_path: Path) -> None:
    old = resolint.parse(draft("GA1/1.1", "France, Kenya", "Brazil, India"), "old.txt")
    new = resolint.parse(draft("GA1/1.2", "France, Kenya", "Brazil, India, Chile"), "new.txt")
    out = tmp_path / "tracked.docx"
    export_tracked(old, new, out, revisions=Revisions("Test Editor", "2025-04-04T10:00:00Z"))
    inserted, deleted = _revisions(out)
    assert ", Chile" in inserted and "1" in deleted and "2" in inserted
    assert 'w:author="Test Editor"' in docx.Document(str(out)).element.xml
    rejected = tmp_path / "rejected.docx"
    reject_all(out, rejected)
    assert "Signatories: Brazil, India" in _paragraphs(rejected)
    assert "Code: Resolution GA1/1.1" in _paragraphs(rejected)


def test_word_tracks_a_new_committee_and_a_withdrawn_sponsor(tmp_path: Path) -> None:
    old = resolint.parse(draft("GA1/1.1", "France, Germany, Kenya", "Brazil"), "old.txt")
    new = resolint.parse(draft("GA1/1.1", "France, Kenya", "Brazil", committee="First Committee"), "new.txt")
    out, rejected = tmp_path / "tracked.docx", tmp_path / "rejected.docx"
    export_tracked(old, new, out, revisions=Revisions("Test Editor", "2025-04-04T10:00:00Z"))
    inserted, deleted = _revisions(out)
    assert any("Germany" in text for text in deleted) and any("First" in text for text in inserted)
    reject_all(out, rejected)
    written = _paragraphs(rejected)
    assert "Committee: Disarmament and International Security" in written
    assert "Sponsors: France, Germany, Kenya" in written
