"""Shapes of real ``pdftotext`` copies of the UN's Word files, each in a small copy made for the test (the corpus
test, ``test_pdf_docx.py``, measures them on the 107 files): a heading wrapped in lower case, the title under a
section's number, an item after "…; and", a running title that differs from the masthead's by a hyphen, a table's
figures, note labels printed out of order, a note label glued to the page's last line by pdftotext's dehyphenation.
"""

from __future__ import annotations

import pytest
from akn_compare import heading_texts, norm_number

from resolint.grammar.parser import parse_document

TITLE = ["Conclusion of effective international arrangements to assure", "non-nuclear-weapon States"]
MASTHEAD = """A/RES/72/25

United Nations

General Assembly

Distr.: General
11 December 2017

Seventy-second session
Agenda item 96

Resolution adopted by the General Assembly
on 4 December 2017
[on the report of the First Committee (A/72/406)]

72/25.

{title}
The General Assembly,
Bearing in mind the need to allay the legitimate concern of the States of the
world with regard to ensuring lasting security for their peoples,
"""
FIRST_FOOT = "\n17-21697 (E)\n\n131217\n\n*1721697*\n\n"
HEADER = "A/RES/72/25\n\n{running}\n\n"


def copy(*pages: str, running: str = " ".join(TITLE)) -> str:
    """A copy in pdftotext's default reading order: the masthead, then ``pages`` with the furniture between them."""
    text = MASTHEAD.format(title="\n".join(TITLE)) + pages[0] + FIRST_FOOT
    for number, page in enumerate(pages[1:], start=2):
        text += "\f" + HEADER.format(running=running) + page + f"\n17-21697\n\n{number}/{len(pages)}\n\n"
    return text


def operative_numbers(document) -> list[str | None]:
    return [norm_number(paragraph.number) for paragraph in document.operative]


def test_a_heading_wrapped_in_lower_case_is_one_heading():
    document = parse_document(
        copy(
            """1.
Welcomes the progress made by these initiatives in enhancing regional connectivity,
trade and transit, including the establishment of the direct air freight corridor;
United Nations Assistance Mission in Afghanistan and Joint Coordination
and Monitoring Board
2.
Expresses its appreciation for the work of the United Nations Assistance
Mission in Afghanistan, as mandated by the Security Council;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert heading_texts(document) == [
        "United Nations Assistance Mission in Afghanistan and Joint Coordination and Monitoring Board"
    ]
    assert operative_numbers(document) == ["1", "2"]


def test_the_title_under_a_section_number_ends_before_the_subheading():
    document = parse_document(
        copy(
            """1.
Reaffirms its resolutions on the rights of the child and calls upon States to
implement them;
II
Promotion and protection of the rights of the child and non-discrimination
against children
Non-discrimination
2.
Reaffirms paragraphs 6 to 10 of its resolution 71/177, and calls upon States to
ensure the enjoyment by all children of all their rights without discrimination;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert heading_texts(document) == [
        "II",
        "Promotion and protection of the rights of the child and non-discrimination against children",
        "Non-discrimination",
    ]


def test_an_item_after_a_line_ending_in_and_opens_its_own_line():
    document = parse_document(
        copy(
            """1.
Condemns in the strongest possible terms the use of chemical weapons as
reported by the Joint Investigative Mechanism in:
(a) Its reports of 24 August 2016 and 21 October 2016, which concluded that
there was sufficient information to determine who was responsible; and
(b) Its report of 26 October 2017, which concluded that there was sufficient
information to be confident who was responsible;
and demands that the perpetrators immediately desist from any further use of
chemical weapons;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert [paragraph.number for paragraph in document.operative] == ["1"]
    assert [child.label for child in document.operative[0].children] == ["a", "b"]


def test_a_running_title_with_a_space_for_a_hyphen_is_furniture():
    document = parse_document(
        copy(
            """Convinced that nuclear weapons pose the greatest threat to mankind and to the
survival of civilization,
Noting that the renewed interest in nuclear disarmament should be translated
into concrete actions for the achievement of general and complete disarmament""",
            """under effective international control,
1.
Reaffirms the urgent need to reach an early agreement on effective
international arrangements to assure non-nuclear-weapon States;
62nd plenary meeting
4 December 2017
""",
            running="Conclusion of effective international arrangements to assure non nuclear-weapon\nStates",
        )
    )
    assert heading_texts(document) == []
    assert len(document.preamble) == 3
    assert document.preamble[-1].text.plain.endswith(
        "general and complete disarmament under effective international control,"
    )


def test_the_figures_of_a_table_are_no_notes():
    document = parse_document(
        copy(
            """Having considered the second performance report of the Secretary-General on
the budget of the Tribunal for the biennium 2016–2017, 1 the related report of the
Advisory Committee on Administrative and Budgetary Questions, 2 and the report of the
Board of Auditors on the Tribunal 3 and the recommendations contained therein,

1
2
3

A/72/603.
A/72/654.
A/72/5/Add.14.""",
            """1.
Resolves that the amount approved for the Tribunal shall be adjusted by
7,715,400 dollars gross (6,360,000 dollars net);
76th plenary meeting
24 December 2017

Annex
Financing of the Tribunal for the biennium 2016–2017
Gross

Net of staff
assessment

Second performance report for 2016–2017

7 715 400

6 360 000
""",
        )
    )
    assert [note.label for note in document.footnotes] == ["1", "2", "3"]


def test_note_labels_printed_out_of_order_keep_their_texts():
    document = parse_document(
        copy(
            """Recalling the outcome document adopted at the thirtieth special session, 1 and the
Political Declaration adopted by the General Assembly at its sixty-fourth session, 2
and the Joint Ministerial Statement of the 2014 high-level review, 3
1.
Takes note with appreciation of the report of the Secretary-General prepared
pursuant to resolutions 64/293, 69/199 of 18 December 2014 and 71/209;4
72nd plenary meeting
4 December 2017
1
2
4

Resolution S-30/1, annex.
See Official Records of the Economic and Social Council, 2009, Supplement No. 8
(E/2009/28), chap. I, sect. C.
3
Ibid, 2014, Supplement No. 8 (E/2014/28), chap. I, sect. C.
A/72/125."""
        )
    )
    notes = {note.label: note.text.plain for note in document.footnotes}
    assert notes == {
        "1": "Resolution S-30/1, annex.",
        "2": "See Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28), chap. I,"
        " sect. C.",
        "3": "Ibid, 2014, Supplement No. 8 (E/2014/28), chap. I, sect. C.",
        "4": "A/72/125.",
    }


def test_a_label_glued_to_the_last_line_of_a_page_is_a_note():
    document = parse_document(
        copy(
            """Recalling the Barbados Programme of Action for the Sustainable Development of
Small Island Developing States, 1
1

Report of the Global Conference on the Sustainable Development of Small Island
Developing States, Bridgetown, Barbados, 25 April–6 May 1994.""",
            """Welcoming the Paris Agreement 2 and its early entry into force, and recognizing
also the need for the prevention, detection and treatment of communicable and non2

Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.""",
            """communicable diseases in small island developing States,
1.
Reaffirms the importance of the Small Island Developing States Partnership
Framework and the progress made;
74th plenary meeting
20 December 2017
""",
        )
    )
    notes = {note.label: note.text.plain for note in document.footnotes}
    assert notes["2"] == "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."
    assert len(notes) == 2
    assert "communicable and non communicable diseases" in document.preamble[-1].text.plain


def test_a_list_run_in_after_and_stays_in_its_paragraph():
    document = parse_document(
        copy(
            """1.
Encourages the international community to (a) assist Bangladesh in providing
humanitarian assistance to refugees until such time as they are repatriated; and
(b) assist in the provision of humanitarian assistance to affected persons of all
communities, including those who have been internally displaced;
2.
Decides to remain seized of the matter;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert operative_numbers(document) == ["1", "2"]
    assert [child.label for child in document.operative[0].children] == []
    assert "; and (b) assist in the provision" in document.operative[0].text.plain


def test_a_heading_wrapped_before_its_closing_date_is_no_closing_line():
    document = parse_document(
        copy(
            """1.
Requests the Secretary-General to take all action necessary to ensure that the
Mission is administered with a maximum of efficiency and economy;
Budget performance report for the period from 1 July 2020 to
30 June 2021
2.
Takes note of the report of the Secretary-General on the budget performance of
the Mission for the period from 1 July 2020 to 30 June 2021;
Budget estimates for the period from 1 July 2022 to 30 June
2023
3.
Decides to appropriate to the special account for the Mission the amount of
1,159,870,100 dollars for the period from 1 July 2022 to 30 June 2023;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert heading_texts(document) == [
        "Budget performance report for the period from 1 July 2020 to 30 June 2021",
        "Budget estimates for the period from 1 July 2022 to 30 June 2023",
    ]
    assert operative_numbers(document) == ["1", "2", "3"]
    assert [line.text for line in document.closing] == ["72nd plenary meeting", "4 December 2017"]


def test_a_reference_to_a_subparagraph_at_a_line_start_is_no_item():
    document = parse_document(
        copy(
            """1.
Decides to renew the measures imposed by paragraph 7 of resolution 1556 (2004),
and reaffirms the provisions of subparagraphs (e), (f),
(g) of paragraph 3 of resolution 1591 (2005) and paragraph 4 of resolution 2035;
2.
Decides to remain seized of the matter;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert operative_numbers(document) == ["1", "2"]
    assert [child.label for child in document.operative[0].children] == []


def test_a_number_ending_a_range_in_a_note_is_no_paragraph():
    document = parse_document(
        copy(
            """Recalling the Sustainable Ocean Initiative, 1 the Convention on Biological Diversity 2 and
the guidelines of the International Maritime Organization, 3
1.
Recognizes the need to build the capacity of developing States to raise awareness of
and support the implementation of improved waste management practices;
2.
Encourages States to use the Criteria and Guidelines on the Transfer of Marine Technology;

1
2
3

See United Nations Environment Programme, document UNEP/CBD/COP/12/29, sect. I,
and decision XII/23, paras. 19–
22.
United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.
See 2012 Guidelines for the Development of a Regional Reception Facilities Plan.""",
            """3.
Welcomes the efforts of the Tribunal in holding regional workshops;
72nd plenary meeting
4 December 2017
""",
        )
    )
    assert [note.label for note in document.footnotes] == ["1", "2", "3"]
    assert document.footnotes[0].text.plain.endswith("paras. 19– 22.")
    assert operative_numbers(document) == ["1", "2", "3"]


def test_a_label_printed_twice_opens_the_notes_below_an_unfinished_line():
    document = parse_document(
        copy(
            """Noting the thirtieth anniversary of the United Nations Regional Centre for Peace and
Disarmament in Africa,1 the United Nations Regional Centre for Peace and Disarmament
in Asia and the Pacific2 and the United Nations Regional Centre for Peace, Disarmament
and Development in Latin America and the Caribbean,3 and their contribution to
1 1
A/72/97.
2 2
A/72/98 and A/72/98/Corr.1.
3 3
A/72/99.""",
            """peace and security,
1.
Reaffirms its strong support for the role of the regional centres;
62nd plenary meeting
4 December 2017
""",
        )
    )
    assert [note.label for note in document.footnotes] == ["1", "2", "3"]
    assert document.preamble[-1].text.plain.endswith("and their contribution to peace and security,")


def test_a_heading_cut_by_a_page_break_keeps_none_of_the_furniture_between_its_halves():
    document = parse_document(
        copy(
            """1.
Takes note of the report of the Secretary-General on the budget performance of the
United Nations Logistics Base for the period from 1 July 2020 to 30 June 2021;
Budget estimates for the Logistics Base for the period from 1 July 2022 to 30 June""",
            """2023
2.
Approves the cost estimates for the United Nations Logistics Base amounting to
65,958,600 United States dollars for the period from 1 July 2022 to 30 June 2023;
72nd plenary meeting
4 December 2017
""",
        )
    )
    heading = "Budget estimates for the Logistics Base for the period from 1 July 2022 to 30 June 2023"
    assert heading_texts(document) == [heading]
    assert operative_numbers(document) == ["1", "2"]


def test_a_page_number_under_a_note_with_its_label_on_its_line_is_no_note():
    """Notes printed "1 A/76/376." (the label on the text's line), the page number alone below them, above the job
    number: it is neither the next note's label nor a line of the note above."""
    document = parse_document(
        copy(
            """1.
Takes note with appreciation of the report of the Secretary-General on the work of the
Organization;
2.
Expresses its deep concern at the increasing impact of natural disasters, in particular
in vulnerable societies lacking adequate capacity to miti-""",
            """gate effectively the consequences of natural disasters, and recalls the report; 1
3.
Requests the Secretary-General to report on the implementation of the present resolution;

1 A/76/376.

2""",
            """4.
Decides to continue the consideration of the question at its seventy-third session;
72nd plenary meeting
4 December 2017
""",
        )
    )
    assert [(note.label, note.text.plain) for note in document.footnotes] == [("1", "A/76/376.")]
    assert operative_numbers(document) == ["1", "2", "3", "4"]


def test_a_list_run_in_after_a_preposition_and_wrapped_at_a_label_stays_one_paragraph():
    document = parse_document(
        copy(
            """1.
Encourages Governments to commit to building resilient education systems by (a) providing
increased support to teachers and educational personnel, including through training;
(b) investing in skills development; and (c) protecting the right to education for all;
2.
Decides to continue the consideration of the question at its seventy-third session;
72nd plenary meeting
4 December 2017
"""
        )
    )
    assert operative_numbers(document) == ["1", "2"]
    assert not document.operative[0].children
    assert "training; (b) investing in skills development;" in document.operative[0].text.plain


def test_a_note_printed_right_under_a_paragraph_cut_by_the_page_break_keeps_its_text():
    """pdftotext prints the note texts of the first page right under its last line, which the page break cuts
    ("… We reiterate our commitment to promote" / "Resolution 64/293." / "1", the furniture, "education and …"):
    what the paragraph leaves out between its halves is no part of the note's text."""
    document = parse_document(
        copy(
            """Recalling the Global Plan of Action to Combat Trafficking in Persons, 1 and reaffirming
our commitments made therein and our strong political will to take decisive action
to end this heinous crime, wherever it may occur, and our commitment to promote
Resolution 64/293.

1
""",
            """education and awareness-raising campaigns to prevent trafficking in persons,
1.
Welcomes the designation of 30 July as the World Day against Trafficking in Persons;
72nd plenary meeting
4 December 2017
""",
        )
    )
    assert {note.label: note.text.plain for note in document.footnotes} == {"1": "Resolution 64/293."}
    assert document.preamble[-1].text.plain.endswith("our commitment to promote education and awareness-raising"
                                                     " campaigns to prevent trafficking in persons,")


def test_a_paragraph_printed_under_the_note_labels_is_no_note():
    """pdftotext prints an operative paragraph's number at the page foot, the note texts and labels, the job number,
    then the paragraph's text ("1." / the notes / "1" "2" / "17-21697 (E)" / "Takes note of the reports …; 1,2"): a
    line that opens a paragraph is no note's text."""
    first_page = """Having considered the reports of the Secretary-General entitled “Shifting the
management paradigm” 1 and “Streamlining the budgeting process” 2 and the related
report of the Advisory Committee,
1.

A/72/492.
A/72/492/Add.1.

1
2

17-21697 (E)

Takes note of the reports of the Secretary-General;

131217

*1721697*

"""
    text = MASTHEAD.format(title="\n".join(TITLE)) + first_page + "\f" + HEADER.format(running=" ".join(TITLE))
    text += """2.
Welcomes the commitment of the Secretary-General to management reform;
76th plenary meeting
24 December 2017
"""
    document = parse_document(text)
    assert {note.label: note.text.plain for note in document.footnotes} == {"1": "A/72/492.", "2": "A/72/492/Add.1."}
    assert [paragraph.text.plain for paragraph in document.operative] == [
        "Takes note of the reports of the Secretary-General;",
        "Welcomes the commitment of the Secretary-General to management reform;",
    ]


# A page of a resolution's PDF copied alone: its running symbol over the tail of a paragraph begun on the page
# before. The symbol is a line of its own (the document's symbol), the tail does not run on from it; read as a
# PDF's page (its own-line numbers) and, a few lines only, as plain text.
GA_PAGE = """A/RES/78/190
and to the Convention on the Rights of the Child, and calling for their universal
ratification and effective implementation,
Recalling its resolution 77/226 of 15 December 2022 and all its previous resolutions
on the rights of the child, and recalling also the relevant resolutions of the Human
Rights Council and of the Commission on the Status of Women,
Reaffirming that the general principles of the Convention, including the best interests
of the child, non-discrimination, participation, survival and development, provide the
framework for all actions concerning children,
1.
Decides to continue its consideration of the question at its eightieth session
under the item entitled "Promotion and protection of the rights of children";
2.
Requests the Secretary-General to submit to it at its eightieth session a report
on the implementation of the present resolution;
"""
GA_PAGE_SHORT = "\n".join(GA_PAGE.splitlines()[:5]) + "\n1. Decides to continue its consideration of the question;\n"


@pytest.mark.parametrize("page", [GA_PAGE, GA_PAGE_SHORT])
def test_a_pages_symbol_does_not_run_on_into_the_tail_under_it(page: str):
    import resolint

    document = resolint.parse(page, "page.txt")
    assert [(f.name, f.value) for f in document.heading.fields] == [("symbol", "A/RES/78/190")]
    formatted = resolint.format_text(page, "page.txt")
    assert "\n\nand to the Convention on the Rights of the Child, and calling" in formatted
    fixed, _count = resolint.fix_text(page, path="page.txt")
    assert fixed.rstrip().endswith(";")  # an adopted text's page: the ";" that ends it is the text's


def test_a_symbol_line_with_words_beside_it_is_a_running_header_not_alone():
    from resolint.grammar.pdffurniture import symbol_alone

    assert symbol_alone("A/HRC/RES/25/5") and symbol_alone("S/RES/2772 (2025)")
    assert not symbol_alone("A/RES/72/22 Conclusion of effective international arrangements")
    assert not symbol_alone("HIV/AIDS")


# A web page that prints a PDF's lines with a blank line under each (right-docs.org and others), and two where it
# dropped a line: the paragraph under the wider gap opens with its opener, though the dropped line held the
# closing comma of the paragraph above.
SPACED = """Human Rights Council Thirty-third session

Agenda item 3

Resolution adopted by the Human Rights Council on 29 September 2016

33/1. Contemporary forms of slavery

The Human Rights Council,

Reaffirming the Universal Declaration of Human Rights, which states that no one

shall be held in slavery or servitude, and the International Covenant on Civil and


Recalling its resolution 24/3 of 26 September 2013 on the mandate of the Special

Rapporteur on contemporary forms of slavery, including its causes and consequences,

Welcoming the work of the Special Rapporteur and his reports to the Council,

Taking note of the reports of the Special Rapporteur on contemporary forms of slavery,

including its causes and consequences, submitted to the Council at its previous sessions,

Deeply concerned that, despite the efforts made, contemporary forms of slavery persist

in all regions of the world and affect millions of women, men and children,

Recognizing that slavery and slavery-like practices are a violation of human rights and

that they constitute an obstacle to the enjoyment of all human rights by those affected,

Stressing the importance of international cooperation in the fight against contemporary

forms of slavery, including through the sharing of information and best practices,
"""


def test_a_paragraph_under_a_dropped_line_opens_with_its_opener():
    from resolint.grammar.pdfcopy import read_pdf_copy

    document = parse_document(SPACED)
    assert read_pdf_copy(SPACED) is not None  # read as a PDF's printed lines
    assert [p.phrase for p in document.preamble] == [
        "Reaffirming", "Recalling", "Welcoming", "Taking note", "Deeply concerned", "Recognizing", "Stressing"
    ]


def test_a_wider_gap_inside_a_paragraph_does_not_cut_it():
    text = SPACED.replace("Civil and\n\n\nRecalling", "Civil and\n\n\nPolitical Rights,\n\nRecalling")
    document = parse_document(text)
    assert [p.phrase for p in document.preamble][:2] == ["Reaffirming", "Recalling"]
    assert document.preamble[0].text.plain.endswith("Civil and Political Rights,")


# A few lines of a PDF page copied alone, too few to be read as the PDF's printed lines (one number on a line of its
# own): the number is the paragraph's, its text the line under it.
FEW_LINES = [
    "The Human Rights Council,\nRecalling its resolution 52/1,\nWelcoming the report of the Secretary-General,\n"
    "1.\nDecides to remain seized of the matter.\n",
    "The Security Council,\nReaffirming its resolutions on the situation in Libya,\n"
    "Acting under Chapter VII of the Charter of the United Nations,\n1.\nDecides to extend the authorizations;\n",
]


@pytest.mark.parametrize("text", FEW_LINES)
def test_a_number_alone_on_its_line_takes_the_line_under_it(text: str):
    import resolint
    from resolint.grammar.pdfcopy import read_pdf_copy

    assert read_pdf_copy(text) is None  # read as plain lines
    document = resolint.parse(text, "few.txt")
    assert [(p.number, p.phrase) for p in document.operative] == [("1", "Decides")]
    assert "\n1. *Decides* to " in resolint.format_text(text, "few.txt")
