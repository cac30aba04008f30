"""Model UN drafts resolint never saw, as conferences and their delegates publish them.

The fixtures (``oos-mun/``, sources in ``oos-mun/SOURCES.md``) are drafts and sample resolutions of a dozen
conferences and guides: web pages, PDF text with its line breaks, and one-line flattened copies.
``oos-mun/truth.json`` holds what was read off each copy by eye: the drafter's heading (code,
committee, topic, sponsors, signatories), preambular openers, operative numbers, verbs and sub-clause
labels. Each test names what it expects: the structure is the truth, the warnings and errors are the
named slips of the text against the UN's form (which resolint teaches) or what the copy's excerpt
leaves, `fmt` keeps every word, and no command fails.
"""

from __future__ import annotations

from collections import Counter

import oostests
import oostruth
import pytest

import resolint

truth = oostruth.load_set("oos-mun")

NAMES = sorted(truth.TRUTH)

# Where the stored copy stops, mid-resolution: its last paragraph ends with the ";" or "," that leads to the
# next one, which RO203 (rightly, for the text as it stands) wants to be the closing full stop.
EXCERPT_END = Counter({"RO203": 1})

# Every warning and error, named: a slip of the draft against the UN's form, or what the excerpt leaves.
NAMED_FINDINGS: dict[str, Counter[str]] = {
    # "The Model United Nations community," opens the body: no UN organ (RS001, no fix); "UN" six times (RT404),
    # "endeavors" (RT403), sub-clauses "a)" (RS003)
    "bestdelegate-2012-newyear-web.txt": Counter({"RS001": 1, "RT404": 6, "RT403": 1, "RS003": 1}) + EXCERPT_END,
    # the same opening line; "UN" once; "click  the" with two spaces (RT406)
    "bestdelegate-2016-newyear-web.txt": Counter({"RS001": 1, "RT404": 1, "RT406": 1}),
    # "Further recognizing"/"Further recalling" for the UN's "Recognizing also"/"Recalling also" (RP104); "UN"
    # twice; "…the reports of pervious UN weapons inspections" ends with no comma (RP103)
    "chantilly-2014-iraq-flat.txt": Counter({"RP104": 2, "RT404": 2, "RP103": 1}),
    # straight apostrophes "Ba'athist", "Syria's" (RT402); "UN"; "centers" (RT403)
    # "Date: November 20, 2010" for the UN's "20 November 2010" (RR502); "Be It Hereby Resolved That The General
    # Assembly:" stands after the preamble, none opens the body (RS001); "1. … other countries." ends with a full stop
    # where its point "- With the help of …" follows (RO203: a colon)
    "civitas-2010-ga01-web.txt": Counter({"RR502": 1, "RS001": 1, "RO203": 1}),
    "ga1-northern-syria-pdf.txt": Counter({"RT402": 2, "RT404": 1, "RT403": 1}),
    # "Recognising" for the UN's "Recognizing" (RT403)
    "medimun-2013-ga1-chemical-flat.txt": Counter({"RT403": 1}),
    # "the 2nd April 2013" (RR502); straight apostrophe and quotation marks (RT402); "armored" (RT403)
    "medimun-2015-ga1-arms-flat.txt": Counter({"RR502": 1, "RT402": 3, "RT403": 1}),
    "nko-mun-2024-youth-pdf.txt": Counter(),
    # no authoring line (RS001); "Further Noting" twice running, for the UN's "Noting also" (RP104); "UN Charter"
    # (RT404); straight quotation marks around "suffering" (RT402)
    "pearlmun-2003-cuba-web.txt": Counter({"RS001": 1, "RP104": 1, "RT404": 1, "RT402": 2}),
    # no authoring line; "…once jobs are established;" ends the preamble with ";" (RP103); "nation's" (RT402);
    # "endeavor" (RT403); "2. … which will;" introduces its point "A." with ";" for the colon (RO203)
    "pearlmun-2006-africa-web.txt": Counter({"RS001": 1, "RP103": 1, "RO203": 1, "RT402": 1, "RT403": 1}),
    # no authoring line (RS001); straight apostrophes (RT402); the last preambular clause ends with ";" (RP103);
    # operative clauses 1 and 2 end with "," (RO203)
    "qubmun-cheynia-web.txt": Counter({"RS001": 1, "RT402": 3, "RP103": 1, "RO203": 2}),
    # no authoring line under the code (RS001); "UN" three times (RT404); where the excerpt stops
    "sample-ga3-1-1-pdf.txt": Counter({"RS001": 1, "RT404": 3}) + EXCERPT_END,
    # operative paragraphs numbered "1)" for the UN's "1." (RS002)
    "scribd-dr-ga-1-0-pdf.txt": Counter({"RS002": 1}),
    # one line without an authoring line, which no reading can cut (RS007, no fix)
    "scribd-resolution-1-2-flat.txt": Counter({"RS007": 1}),
    # "THE GENERAL ASSEMBLY," in capitals, for the UN's "*The General Assembly*," (RS001); where the excerpt stops
    "sample-iran-embargo-flat.txt": Counter({"RS001": 1}) + EXCERPT_END,
    # "Supporting and advocating for peace under the chapter VII of the UN Charter" ends with no comma
    "unsc-draft-1-0-pdf.txt": Counter({"RP103": 1}),
    # no authoring line under the labelled lines (RS001); "60 percent" (RT403)
    "docsbay-disarmament-multilateral-web.txt": Counter({"RS001": 1, "RT403": 1}),
    # no authoring line; "UN" twice (RT404); "Fully Alarmed …;" and "Alarmed By …;" end with ";" (RP103)
    "kitmun-2003-firearms-web.txt": Counter({"RS001": 1, "RT404": 2, "RP103": 2}),
    # no authoring line; "self-defense", "offense", "toward" (RT403); "UN" twice (RT404)
    "koreabook-2014-small-arms-web.txt": Counter({"RS001": 1, "RT403": 3, "RT404": 2}),
    # one line with a memorandum's heading and no authoring line, which no reading can cut (RS007, no fix)
    "studylib-2015-african-terrorism-flat.txt": Counter({"RS007": 1}),
    # no authoring line under "SUBMITTED BY: Germany" (RS001)
    "vansd-illicit-arms-web.txt": Counter({"RS001": 1}),
    # "organisations" (RT403); "2. Urges …MINUSMA," where the copy stops
    "winnipeg-muna-2017-mali-web.txt": Counter({"RT403": 1}) + EXCERPT_END,
}

# What is still read otherwise than the truth, each with exactly what differs (every other fact holds).
KNOWN_MISREADS = {
    # "3. Has resolved to use …": a verb phrase outside the UN's operative verbs
    "bestdelegate-2016-newyear-web.txt": [
        "operative [('1', 'Encourages', ['a.', 'b.', 'c.']), ('2', 'Expresses its hope', ['a.', 'b.']), "
        "('3', None, []), ('4', 'Approves', ['a.', 'b.', 'c.']), ('5', 'Encourages', []), ('6', 'Supports', []), "
        "('7', 'Decides', [])]"
    ],
    # "Russian Federationetc. (there are only two because of the small size of our club)": the copy glues "etc." to
    # the name and the guide's remark follows it; "Alarmed by … in that country Further taking into consideration
    # …": the last preambular clause has no comma, so the flat copy's clause runs into the one before
    "chantilly-2014-iraq-flat.txt": [
        "sponsors ['Iraq', 'Russian Federationetc. (there are only two because of the small size of our club)']",
        "preamble ['Reaffirming', 'Recognizing', 'Further recognizing', 'Recalling', 'Further recalling', "
        "'Taking into consideration', 'Alarmed']",
    ],
    # "that the US embargo …," (its opener lost by the copy) opens in lower case, so it is read as the rest of the
    # paragraph before, cut by a break (RS005), where the truth has a paragraph of its own
    "pearlmun-2003-cuba-web.txt": [
        "preamble [None, 'Knowing', None, 'Knowing', 'Further Acknowledging', 'Keeping in mind', 'Further Noting', "
        "'Further Noting']",
    ],
    # "Alarmed By according to the UN, …": "By" (capital, before no object) is not read as part of the opener
    "kitmun-2003-firearms-web.txt": [
        "preamble ['Defining', 'Noting with deep concern', 'Fully Alarmed', 'Alarmed', 'Aware', 'Noting with deep regret', "
        "'Bearing in mind', 'Noting with great appreciation']"
    ],
    # "United Nations" / "General Assembly" above "Committee: Disarmament Commission": the first organ line is read
    # as the organ, the labelled committee kept as text; one paragraph a line with no blank lines, so "Keeping in
    # mind …" (in the heading's block) stays in the prologue and "Considering …" (no comma) runs into
    # "Highlighting …"
    "koreabook-2014-small-arms-web.txt": [
        "organ 'General Assembly'",
        "preamble ['Recognizing', 'Recalling', 'Affirming', 'Considering']",
    ],
    # a flat copy with a memorandum's labels ("To: … Subject: … From: … Date: …") and no authoring line: nothing
    # tells where the heading ends, so nothing is read
    "studylib-2015-african-terrorism-flat.txt": [
        "organ None",
        "title None",
        "sponsors []",
        "preamble []",
        "operative []",
    ],
    # the signatories' last printed line holds "Estonia 2" (a digit no name holds), so the list ends at "New"
    "scribd-dr-ga-1-0-pdf.txt": [
        "signatories 'Belgium, Philippines, Yemen, Poland, Iran, Uruguay, Romania, Tunisia, Germany, Thailand, Benin, "
        "Gabon, Myanmar, Vietnam, Switzerland, Greece, Hungary, Cuba, Algeria, Angola, Iraq, Chad , Malta, Mexico, "
        "Cameroon, Zimbabwe, Spain, Qatar, Georgia, Senegal, Belarus, Costa Rica, Austria, Israel, United Arab Emirates, "
        "Libya, Republic of Korea, Sierra Leone, India, New'"
    ],
    # a flat copy with no authoring line ("… Gabon Strengthening of Peacekeeping Operations Keeping in mind …") and
    # numbers "1]": nothing tells where the heading ends, so nothing is read
    "scribd-resolution-1-2-flat.txt": [
        "organ None",
        "signatories None",
        "title None",
        "sponsors []",
        "preamble []",
        "operative []",
    ],
}

HEADING_KEYS = ("code", "organ", "title", "sponsors", "signatories")
DRAFTER_HEADINGS = [
    name
    for name in NAMES
    if (truth.TRUTH[name]["sponsors"] or truth.TRUTH[name]["signatories"])
    and not any(wrong.startswith(HEADING_KEYS) for wrong in KNOWN_MISREADS.get(name, []))
]


def test_most_headings_are_read() -> None:
    assert len(DRAFTER_HEADINGS) >= 5


# Rules that check a heading's own items, as they check the UN's: a date in UN form ("Date: November 20, 2010")
HEADING_ITEM_RULES = {"RR502"}


@pytest.mark.parametrize("name", DRAFTER_HEADINGS)
def test_no_finding_or_fix_touches_the_heading_lines(name: str) -> None:
    # the drafter's heading is read as heading: no paragraph rule reports on it, no safe fix edits it (a flat
    # copy's lost line breaks put back between its lines change only the whitespace)
    text = truth.copy_text(name)
    document = resolint.parse(text, name)
    heading = document.heading.span
    assert heading is not None
    for diagnostic in resolint.lint(document):
        if diagnostic.rule in HEADING_ITEM_RULES:
            continue
        assert not heading.start <= diagnostic.span.start < heading.end, diagnostic
        for edit in diagnostic.fix.edits if diagnostic.fix else ():
            breaks_only = not edit.new_text.strip() and not text[edit.start : edit.end].strip()
            assert breaks_only or not heading.start <= edit.start < heading.end, diagnostic


def test_fmt_keeps_the_drafter_heading_and_reads_it_back() -> None:
    text = truth.copy_text("unsc-draft-1-0-pdf.txt")
    formatted = resolint.format_text(text, "unsc.txt")
    assert "code: Draft Resolution 1.0" in formatted
    assert 'signatories: "Russian Federation, United Kingdom of Great Britain, French Republic' in formatted
    again = resolint.parse(formatted, "unsc.res.md")
    assert again.heading.drafter
    assert [s.name for s in again.heading.sponsors] == ["People’s Republic of China", "United States of America"]
    assert again.heading.organ == "United Nations Security Council"


# The tests every set of this shape runs, made for this set's tables (oostests.py)
globals().update(
    oostests.set_tests(
        truth.COPIES, truth.structure_mismatches, truth.lost_words, NAMED_FINDINGS, KNOWN_MISREADS,
        findings_on_misreads=True, minimum=10
    )
)
