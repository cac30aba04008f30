"""Two shapes of real PDF copies, each in a small copy made for the test: ``pdftotext -layout`` (the page's look
kept: indentation, the masthead's and the page foot's columns on one line, justified lines with runs of spaces,
the rest of a note above the next page's own notes), and the UN's footnote separator (a line of underscores above
each page's notes, a shorter rule under the meeting lines), which LibreOffice does not print, so the Word corpus
lacks it (``test_pdf_docx.py`` measures the first on the 107 files, ``test_pdf_akn.py`` the second on the AKN
files printed in the ``printed-separator`` layout).
"""

from __future__ import annotations

from akn_compare import norm_number

import resolint
from resolint.diagnostics import Severity
from resolint.grammar.parser import parse_document
from resolint.grammar.pdfcopy import read_pdf_copy
from resolint.grammar.pdflines import furniture_kind

# A/RES/72/4 as `pdftotext -layout` copies its PDF (shortened), with the UN's separator above the notes
LAYOUT_COPY = """\
               United Nations                                                             A/RES/72/4
               General Assembly                                                  Distr.: General
                                                                                 10 November 2017




Seventy-second session
Agenda item 42


               Resolution adopted by the General Assembly
               on 1 November 2017
               [without reference to a Main Committee (A/72/L.2)]

     72/4.     Necessity of ending the economic, commercial and financial
               embargo imposed by the United States of America against Cuba

                    The General Assembly,
                    Determined to encourage strict compliance with the purposes and principles
               enshrined in the Charter of the United Nations,
                     Reaffirming, among other principles, the sovereign equality of States,
               non-intervention and non-interference in their internal affairs and freedom of
               international trade and navigation, which are also enshrined in many international
               legal instruments, including the Charter and the instruments of the Organization,
                     Taking    note    of    declarations    and    resolutions    of    different
               intergovernmental forums, bodies and Governments,
                     Concerned about the continued promulgation and application by Member
               States of laws and regulations, such as that promulgated on 12 March 1996,1 the
               extraterritorial effects of which affect the sovereignty of other States, the
               legitimate interests of entities or persons under their jurisdiction and the
               freedom    of    trade    and    navigation    in    accordance    with    the    law    of
               the sea,
                    Recalling its resolutions 47/19 of 24 November 1992, 48/16 of 3 November
               1993, 49/9 of 26 October 1994, 50/10 of 2 November 1995, 51/17 of 12 November

{separator}
         1
                  Helms-Burton Act, adopted by the Congress of the United States of America
               on 12 March 1996, as published in

17-19321 (E)    011117    011117
*1719321*
\f                                                       Necessity of ending the economic, commercial and financial embargo
A/RES/72/4                                                            imposed by the United States of America against Cuba


             1996 and 71/5 of 26 October 2016,
                   1.    Takes note of the report of the Secretary-General on the implementation
             of resolution 71/5;2
                   2.   Reiterates its call upon all States to refrain from promulgating and
             applying laws and measures of the kind referred to in the preamble to the present
             resolution;
                   3.  Decides to include in the provisional agenda of its seventy-third session
             the item entitled “Necessity of ending the economic, commercial and financial
             embargo imposed by the United States of America against Cuba”.

                                                                                38th plenary meeting
                                                                                   1 November 2017
{rule}
              the Federal Register.
{separator}
         2
                  A/72/94.




2/2                                                                                                               17-19321
"""


def layout_copy(separator: bool) -> str:
    rules = {"separator": "_" * 18, "rule": " " * 72 + "_" * 12} if separator else {"separator": "", "rule": ""}
    return LAYOUT_COPY.format(**{name: " " * 14 + line if name == "separator" and line else line
                                 for name, line in rules.items()})


def operative_numbers(document) -> list[str | None]:
    return [norm_number(paragraph.number) for paragraph in document.operative]


def texts_of(document) -> str:
    texts = [text.plain for text in document.texts()] + [item.text for item in document.closing]
    return "\n".join(texts)


def test_the_page_foot_in_columns_on_one_line_is_furniture():
    """`pdftotext -layout` prints the page foot's columns on one line: the job number with its date codes, the page
    number beside the job number on either side."""
    assert furniture_kind("17-19321 (E)    011117    011117") == "job number"
    assert furniture_kind("2/2      17-19321") == "job number"
    assert furniture_kind("17-21819      3/5") == "job number"
    assert furniture_kind("10/58 17-21819") == "job number"
    assert furniture_kind("1.    Reaffirms its role") == ""
    assert furniture_kind("12      34") == ""  # a table's figures: no strong shape among the columns
    assert furniture_kind("Gross      assessment") == ""


def test_a_layout_copy_reads_as_its_resolution():
    document = parse_document(layout_copy(separator=False))
    openers = [paragraph.text.plain.split(" ", 1)[0] for paragraph in document.preamble]
    assert openers == ["Determined", "Reaffirming,", "Taking", "Concerned", "Recalling"]
    assert operative_numbers(document) == ["1", "2", "3"]
    assert [note.text.plain for note in document.footnotes] == [
        "Helms-Burton Act, adopted by the Congress of the United States of America on 12 March 1996, as published in"
        " the Federal Register.",
        "A/72/94.",
    ]
    texts = texts_of(document)
    assert "17-19321" not in texts and "011117" not in texts and "2/2" not in texts
    assert document.preamble[-1].text.plain.endswith("51/17 of 12 November 1996 and 71/5 of 26 October 2016,")


def test_the_masthead_s_columns_on_one_line_are_read_apart():
    """ "United Nations      A/RES/72/4" and "General Assembly      Distr.: General": each column is a line of the
    heading, as the other modes print them; the title's number stays with its words."""
    document = parse_document(layout_copy(separator=False))
    fields = {field.name: field.value for field in document.heading.fields}
    assert fields["symbol"] == "A/RES/72/4"
    assert fields["organ"] == "General Assembly"
    assert fields["distribution"] == "General"
    assert fields["date"] == "10 November 2017"
    assert fields["adopted"] == "1 November 2017"
    assert not [paragraph for paragraph in document.prologue if "Distr." in paragraph.text.plain]


def test_the_spaces_of_the_layout_are_the_copy_s():
    """The indentation of the printed lines and the runs of spaces of a justified line are the layout's: the text
    reads one space, a justified first line opens its paragraph ("Taking    note    of …" under a full line that
    ends with a comma), RT406 finds no double space, RS010's fix (safe) makes them one space, in the same round as
    RS012's italics (its "*" after "Taking    note" meets no edit of RS010's: the run's first space stays)."""
    document = resolint.parse(layout_copy(separator=False))
    assert document.preamble[2].phrase == "Taking note"
    assert document.preamble[2].text.plain.startswith("Taking note of declarations and resolutions of different")
    concerned = document.preamble[3].text.plain
    assert "the freedom of trade and navigation in accordance with the law of the sea," in concerned
    assert "  " not in "\n".join(text.plain for text in document.texts())
    findings = resolint.lint(document)
    assert not [finding for finding in findings if finding.rule == "RT406"]
    assert not [finding for finding in findings if finding.severity >= Severity.WARNING]
    printed_lines = next(finding for finding in findings if finding.rule == "RS010")
    fixed = resolint.fix_text(layout_copy(separator=False))[0]
    assert "freedom of trade and navigation in accordance with the law of the sea," in fixed
    assert printed_lines.fix is not None


def test_a_note_going_on_above_the_next_page_s_own_notes_keeps_its_rest():
    """`pdftotext -layout` prints the rest of the last note of a page above the notes of the next page (A/RES/72/82:
    "31 July 2014 (S/INF/69)." / "13" / its text): the rest is the note's, not a paragraph."""
    document = parse_document(layout_copy(separator=False))
    assert document.footnotes[0].text.plain.endswith("as published in the Federal Register.")
    assert not any("Federal Register" in paragraph.text.plain for paragraph in document.operative)


def test_the_un_footnote_separator_opens_the_notes_of_its_page():
    """The UN's PDFs print the Word template's footnote separator ("__________________") above each page's notes
    and a short rule ("____________") under the meeting lines: page furniture, never a paragraph, and the line
    under the separator is the page's first note."""
    plain = parse_document(layout_copy(separator=False))
    ruled = parse_document(layout_copy(separator=True))
    assert len(ruled.preamble) == len(plain.preamble) == 5
    assert operative_numbers(ruled) == operative_numbers(plain) == ["1", "2", "3"]
    assert [note.text.plain for note in ruled.footnotes] == [note.text.plain for note in plain.footnotes]
    assert "_" not in texts_of(ruled)
    copy = read_pdf_copy(ruled.source)
    assert copy is not None
    assert sorted(kind for kind, _, _ in copy.furniture if "separator" in kind) == ["separator line"] * 3


# The end of A/RES/74/132 as the UN's own PDF copies (pdftotext's reading order): the meeting lines, the separator,
# the notes; a marker the copy reads as a reference ("Goals 6 and"), its note found under the separator.
REAL_END = """\
A/RES/74/132

United Nations

General Assembly

Distr.: General
7 January 2020

Seventy-fourth session
Agenda item 70 (a)

Resolution adopted by the General Assembly
on 18 December 2019
[on the report of the Third Committee (A/74/399/Add.1)]

74/132. Strengthening of the coordination of emergency humanitarian
assistance of the United Nations

The General Assembly,
Reaffirming its resolution 46/182 of 19 December 1991, the annex to which
contains the guiding principles for the strengthening of the coordination of
emergency humanitarian assistance of the United Nations system,
Recalling the 2030 Agenda for Sustainable Development, including the
Sustainable Development Goals 1 and the commitment to leave no one behind,
1. Takes note of the report of the Secretary-General;2
2. Requests the Secretary-General to report to the General Assembly at its
seventy-fifth session on the implementation of the present resolution.
50th plenary meeting
18 December 2019
____________
__________________
1 Resolution 70/1.
2 A/74/81-E/2019/64.

19-22153 (E) 100120
*1922153*
"""


def test_a_real_un_copy_with_the_separator_reads_its_notes():
    document = parse_document(REAL_END)
    assert [paragraph.text.plain.split(" ", 1)[0] for paragraph in document.preamble] == ["Reaffirming", "Recalling"]
    assert operative_numbers(document) == ["1", "2"]
    assert {note.label: note.text.plain for note in document.footnotes} == {
        "1": "Resolution 70/1.",
        "2": "A/74/81-E/2019/64.",
    }
    assert "_" not in texts_of(document)
    assert [item.text for item in document.closing] == ["50th plenary meeting", "18 December 2019"]


def test_a_rule_alone_does_not_make_a_pasted_text_a_copy():
    """Word's own text may end with the short rule: a paragraph per line, no furniture, is read by the grammar."""
    pasted = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act;\n\n"
        "2. Requests the Secretary-General to report.\n\n50th plenary meeting\n18 December 2019\n\n____________\n"
    )
    assert read_pdf_copy(pasted) is None

