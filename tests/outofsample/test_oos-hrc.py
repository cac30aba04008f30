"""Real Human Rights Council and ECOSOC resolutions resolint had never seen, in the forms people copy
them (``oos-hrc/``, sources in ``oos-hrc/SOURCES.md``).

Per copy: the structure resolint reads equals the truth read off the copy by eye (``truth.json``);
its warnings and errors are exactly the slips named below, each with the UN's wording; its safe
fixes are the copy's artefacts (lost italics, printed lines, lost line breaks) and the named slips;
``resolint fmt`` keeps every word of the copy but the furniture named below; and no command raises.
"""

from __future__ import annotations

import oostests
import oostruth
import pytest

truth_oos_hrc = oostruth.load_set("oos-hrc")

TRUTH = truth_oos_hrc.truth()
NAMES = sorted(TRUTH)

COPY_ARTEFACTS = {"RS007", "RS010", "RS012"}  # lost line breaks, printed lines, lost italics: info findings

# The warnings and errors each copy gets: (rule, line) → the slip, in the UN's wording.
SLIPS: dict[str, dict[tuple[str, int], str]] = {
    "ecosoc-1966-1104-web.txt": {
        ("RT402", 14): "the UN's page types a straight apostrophe: \"so that the Commission's comments\"",
        ("RT402", 18): "the UN's page types a straight apostrophe: \"the Committee's meetings should be limited\"",
    },
    "ecosoc-1973-1779-flat.txt": {
        ("RT402", 4): "the UN's page types straight apostrophes: \"the Board's conclusion\", \"the Board's "
        'assessment", "the Board\'s report", "the Board\'s offer"',
    },
    "ecosoc-1974-1848-web.txt": {
        ("RO204", 18): '"2. Further decides" right after "1. Decides": the editorial sequence is '
        "Decides, Also decides, Further decides",
        ("RT402", 27): "the UN's page types a straight apostrophe: \"The Commission's recommendation\"",
    },
    "ecosoc-1974-1848-flat.txt": {
        ("RO204", 5): '"2. Further decides" right after "1. Decides" (as in the page form of the same text)',
        ("RF301", 5): 'the UN\'s table page prints the marker "1976;***/" but leaves out its note, which the '
        'page form of the same resolution gives ("***/ In two additional paragraphs …")',
        ("RT402", 5): "the UN's page types a straight apostrophe: \"The Commission's recommendation\"",
    },
    "ecosoc-1972-1664-flat.txt": {
        ("RF301", 4): 'the UN\'s table page prints the marker "Fund for Drug Abuse Control,9/" but not the note',
    },
    "ecosoc-1987-29-web-partial.txt": {
        ("RO203", 25): 'the stored copy stops after paragraph 3, which ends "dealing with the drug problem;" '
        "(the resolution goes on)",
    },
}

# Slips that RT402 reports once per line count once per apostrophe: the lines above, with how many.
SLIP_COUNTS = {("ecosoc-1973-1779-flat.txt", "RT402", 4): 4}

# Words of a copy that fmt does not write as words: heading labels it restates as front-matter fields
# ("Resolution adopted by the Human Rights Council on 28 September 2017" → "document-type: resolution
# adopted", "adopted: 28 September 2017"), and a PDF's job number (RS009).
FURNITURE: dict[str, list[str]] = {
    "hrc-res-7-26-pdf.txt": ["Resolution"],  # "Resolution 7/26. …" → "number: 7/26"
    "hrc-res-36-6-pdf-partial.txt": ["GE.17-17810(E)", "by the Human Rights Council on"],
    "hrc-res-27-1-pdf-partial.txt": ["by the"],
    "hrc-res-14-10-web-partial.txt": ["by the"],
    "hrc-res-19-15-pdf-partial.txt": ["by the"],
    # the label of the UN's table cell "Distr. E/RES/1974/1848(LVI)" → "symbol: E/RES/1974/1848(LVI)"
    "ecosoc-1972-1664-flat.txt": ["Distr."],
    "ecosoc-1973-1779-flat.txt": ["Distr."],
    "ecosoc-1974-1848-flat.txt": ["Distr."],
}



def expected_findings(name: str) -> list[tuple[str, int]]:
    found = []
    for rule, line in SLIPS.get(name, {}):
        found += [(rule, line)] * SLIP_COUNTS.get((name, rule, line), 1)
    return sorted(found)


def test_every_copy_has_its_truth_and_source() -> None:
    assert truth_oos_hrc.COPIES.files() == NAMES
    assert truth_oos_hrc.COPIES.unsourced() == []
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_warnings_and_errors_are_the_named_slips(name: str) -> None:
    text = truth_oos_hrc.copy_text(name)
    assert truth_oos_hrc.warnings_and_errors(text, name) == expected_findings(name)


@pytest.mark.parametrize("name", NAMES)
def test_safe_fixes_settle_artefacts_and_named_slips(name: str) -> None:
    text = truth_oos_hrc.copy_text(name)
    fixed = truth_oos_hrc.safe_fixes(text, name)
    allowed = COPY_ARTEFACTS | {rule for rule, _ in SLIPS.get(name, {})}
    assert set(fixed) <= allowed, fixed
    assert "RS012" in fixed  # every copy lost its italics


# The tests every set measured so runs, made for this set's copies and furniture (oostests.py)
globals().update(oostests.field_set_tests(truth_oos_hrc, FURNITURE))
