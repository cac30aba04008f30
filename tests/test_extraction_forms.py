"""Forms a repository's extraction of the UN's PDF gives a resolution (tests/outofsample/oos-ga80/), each written
afresh from the form's description, with the text that must stay as it is beside it: a list whose first labels the
copy lost, a line broken inside a name after its comma or colon, a markdown note's indented continuation, a printed
line that ends inside a compound, a markdown text whose notes are "[^1]:" definitions and whose markers are plain
digits, a page's notes under a rule glued to the paragraph before them."""

from __future__ import annotations

from collections import Counter

import resolint
from resolint.diagnostics import Severity

HEAD = "The General Assembly,\n\nRecalling its resolution 79/10 of 2 December 2024,\n\n"


def _findings(text: str, name: str = "copy.txt") -> Counter[str]:
    document = resolint.parse(text, name)
    return Counter(d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING)


def _plain(paragraph) -> str:
    return " ".join(paragraph.text.plain.split())


# A list whose "(a)" and "(b)" the extraction lost: the first two items stand unlabelled after the lead-in's colon.
LOST_LABELS = HEAD + (
    "1. Requests the Secretary-General, within existing resources:\n\n"
    "To compile the replies of Member States;\n\n"
    "To transmit them to the Commission;\n\n"
    "(c) To report to the General Assembly at its eighty-first session;\n\n"
    "(d) To keep the matter under review;\n\n"
    "2. Decides to remain seized of the matter.\n"
)


def test_labels_run_on_from_the_items_the_copy_left_unlabelled() -> None:
    document = resolint.parse(LOST_LABELS, "copy.txt")
    assert [item.label for item in document.operative[0].children] == ["c", "d"]
    assert _findings(LOST_LABELS) == Counter()  # no RS003 "(c) should be (a)", no RO203 on the lead-in's ";"
    formatted = resolint.format_text(LOST_LABELS, "copy.txt")
    assert "(c) To report" in formatted and "(d) To keep" in formatted and "(a) To report" not in formatted


def test_a_list_that_starts_at_c_after_a_colon_alone_is_out_of_sequence() -> None:
    # no unlabelled items before "(c)": the labels are a slip (RS003), and fmt relabels them
    text = HEAD + (
        "1. Requests the Secretary-General:\n\n(c) To report to the General Assembly;\n\n(d) To keep it under review;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert _findings(text)["RS003"] == 2
    # one item before "(c)" where two are wanted: no loss the genre explains
    one = LOST_LABELS.replace("To transmit them to the Commission;\n\n", "")
    assert _findings(one)["RS003"] == 2


# A paragraph's line broken inside a name after a comma or a colon, the next line opening with a capital.
BROKEN_NAMES = HEAD + (
    "Welcoming the report entitled Building Peace Together:\nA Framework for Action, and its recommendations,\n\n"
    "Noting the meetings held in Lima (2019), Geneva (2021),\nNairobi (2023) and Bangkok (2025),\n\n"
    "1. Decides to include in its agenda the item entitled “Convention on the Prohibition of the Use,\n"
    "Stockpiling and Transfer of Cluster Munitions”.\n"
)


def test_a_line_broken_inside_a_name_goes_on_with_its_paragraph() -> None:
    document = resolint.parse(BROKEN_NAMES, "copy.md")
    assert [p.phrase for p in document.preamble] == ["Recalling", "Welcoming", "Noting"]
    assert "Building Peace Together: A Framework for Action," in _plain(document.preamble[1])
    assert "Geneva (2021), Nairobi (2023)" in _plain(document.preamble[2])
    assert [p.number for p in document.operative] == ["1"]
    assert _findings(BROKEN_NAMES, "copy.md") == Counter()


def test_a_line_that_opens_a_paragraph_is_not_joined() -> None:
    # a hard-wrapped text without blank lines: the next paragraph's opener after the comma starts it
    text = "The General Assembly,\nRecalling its resolution 79/10,\nNoting the report of the Secretary-General,\n"
    text += "1. Decides to remain seized of the matter.\n"
    assert [p.phrase for p in resolint.parse(text, "copy.txt").preamble] == ["Recalling", "Noting"]


def test_a_markdown_continuation_line_indent_is_no_double_space() -> None:
    text = HEAD + "1. Takes note of the report.[^1]\n\n[^1]: Report of the Conference on Small Arms in\n    All Its Aspects.\n"
    assert _findings(text, "draft.res.md") == Counter()
    # two spaces inside a line stay a double space
    assert _findings(text.replace("Takes note of", "Takes  note of"), "draft.res.md") == Counter({"RT406": 1})


def test_printed_lines_that_end_inside_a_compound_are_joined_without_a_space() -> None:
    # the PDF's text layer (pdftotext), its masthead and each printed line with its trailing space
    lines = [
        "United Nations ", "A/RES/80/99", " ", "General Assembly ", "Distr.: General ", "1 December 2025 ",
        "25-20000 (E) ", "*2520000* ", " ", "Eightieth session ", "Agenda item 11 ", "Sport for development and peace ",
        " ", " Resolution adopted by the General Assembly ", "on 1 December 2025 ", " ",
        "[without reference to a Main Committee (A/80/L.99)] ", " ", "80/99. Sport for development and peace ", " ",
        "The General Assembly, ", " ",
        "Recalling its resolution 79/10 of 2 December 2024, in which it welcomed the ",
        "commitment to an almost equal number of places, making the Games the most gender-",
        "balanced in their history, and the long-standing support of the Committee, ", " ",
        "Noting the efforts of the organizers to hold sustainable Games, ", " ",
        "1. ", "Decides to include in the provisional agenda of its eighty-second session the ",
        "item entitled “Sport for development and peace”. ", " ", "46th plenary meeting ", "1 December 2025",
    ]  # fmt: skip
    text = "\n".join(lines)
    fixed = resolint.fix_text(text, path="copy.txt")[0]
    assert "the most gender-balanced in their history" in " ".join(fixed.split())
    assert "gender- balanced" not in " ".join(fixed.split())


# A PDF extracted to markdown: the notes are "[^1]:" definitions under a rule, the markers plain digits, one "[^2]".
MARKDOWN_PLAIN_MARKERS = HEAD + (
    "Welcoming the report of the Secretary-General, 1and the recommendations contained therein,\n\n"
    "Noting the Treaty on the Non-Proliferation of Nuclear Weapons[^2] and the statements made by a number of States 3"
    " on its review,\n\n"
    "1. Decides to remain seized of the matter.\n\n"
    "52nd plenary meeting 1 December 2025\n\n---\n\n"
    "[^1]: A/80/100.\n\n[^2]: United Nations, Treaty Series, vol. 729, No. 10485.\n\n[^3]: See A/80/200.\n"
)


def test_markdown_definitions_are_paired_with_the_plain_markers() -> None:
    document = resolint.parse(MARKDOWN_PLAIN_MARKERS, "copy.md")
    assert sorted(ref.label for ref in document.footnote_refs()) == ["1", "2", "3"]
    assert _findings(MARKDOWN_PLAIN_MARKERS, "copy.md") == Counter()
    # a definition whose number stands nowhere in the text stays unreferenced, and so do the others (RF302)
    lost = MARKDOWN_PLAIN_MARKERS.replace(" 3 on its review", " on its review")
    assert _findings(lost, "copy.md")["RF302"] == 2


# The notes' rule the extraction glued to the paragraph before a page's notes ("… to all,\n---").
GLUED_RULE = HEAD + (
    "Noting the support expressed in the Conference on Disarmament for an international convention, 1\n---\n\n"
    "1 See A/79/27.\n\n"
    "Taking note of the views expressed by the States concerned, and of the report of the Secretary-General,2"
    " which describes the possible ---\n\n"
    "2 A/80/300.\n\n"
    "measures in detail,\n\n"
    "1. Decides to remain seized of the matter.\n"
)


def test_the_notes_rule_glued_to_a_paragraph_is_the_page_s() -> None:
    document = resolint.parse(GLUED_RULE, "copy.txt")
    assert [p.phrase for p in document.preamble] == ["Recalling", "Noting", "Taking note"]
    assert [f.label for f in document.footnotes] == ["1", "2"]
    assert "---" not in _plain(document.preamble[1]) and "---" not in _plain(document.preamble[2])
    assert _plain(document.preamble[2]).endswith("describes the possible measures in detail,")
    assert _findings(GLUED_RULE) == Counter()


# The last note's definition swallowed the text's end: the rest of the paragraph the page cut, the next paragraph
# and the meeting line ("[^2]: A/80/300. review, on …; 3. Decides … 40th plenary meeting …").
SWALLOWED = HEAD + (
    "1. Takes note of the report of the Secretary-General;1\n\n"
    "2. Requests the Secretary-General to submit to the General Assembly,2 at its eighty-first session, an updated\n\n"
    "---\n\n"
    "[^1]: A/80/100.\n\n"
    "[^2]: A/80/300. review, on the basis of the views of Member States; 3. Decides to include in the provisional"
    " agenda of its eighty-first session the item entitled “Science and technology”. 40th plenary meeting"
    " 1 December 2025\n"
)


def test_a_definition_that_swallowed_the_text_gives_it_back() -> None:
    document = resolint.parse(SWALLOWED, "copy.md")
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    assert "session, an updated review, on the basis of the views of Member States;" in _plain(document.operative[1])
    assert _plain(document.operative[2]).endswith("the item entitled “Science and technology”.")
    assert [" ".join(f.text.plain.split()) for f in document.footnotes] == ["A/80/100.", "A/80/300."]
    assert _findings(SWALLOWED, "copy.md") == Counter()
    # a note whose text holds a number and a full stop but no paragraph of the body is left whole
    whole = SWALLOWED.replace("3. Decides to include", "3. Annex, the item")
    assert [p.number for p in resolint.parse(whole, "copy.md").operative] == ["1", "2"]
