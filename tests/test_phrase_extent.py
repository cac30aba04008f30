"""How far an opener or verb reaches in text without italics: each organ's own habit.

Pasted text (copied out of a PDF) has lost the italics, so the parser reads the extent of the
opening phrase as the organ's editors italicise it (``resolint/data/italics-habits.tsv``). The
wordings below are the UN's, from adopted resolutions of ``../shared/corpus``; a ``.res.md`` with
italics keeps the italics the author wrote.
"""

from __future__ import annotations

import pytest

import resolint
from resolint.refdata import italics_habit


def phrases(organ: str, preamble: list[str], operative: list[str]) -> tuple[list, list]:
    """The openers and verbs read from a pasted text of ``organ`` with these paragraphs."""
    lines = [f"The {organ},", ""]
    lines += [f"{text}," for text in preamble]
    lines += [f"{number}. {text};" for number, text in enumerate(operative, start=1)]
    document = resolint.parse("\n\n".join(lines) + "\n", "pasted.txt")
    return [p.phrase for p in document.preamble], [p.phrase for p in document.operative]


def test_each_organ_has_its_habit_and_an_unknown_organ_the_new_york_editors_one():
    assert italics_habit("General Assembly") == "stance"
    assert italics_habit("Economic and Social Council") == "stance"
    assert italics_habit("Human Rights Council") == "feeling"
    assert italics_habit("Security Council") == "verb"
    assert italics_habit("Commission on the Status of Women") == "stance"
    assert italics_habit(None) == "stance"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Reiterates its call upon all States to become parties to the Convention", "Reiterates its call upon"),
        ("Reiterates its request to the Secretary-General to report", "Reiterates its request"),
        ("Reaffirms its commitment to the full implementation of the Programme", "Reaffirms its commitment"),
        ("Renews its call upon all States to ratify the Agreement", "Renews its call upon"),
        ("Takes into account the report of the Secretary-General", "Takes into account"),
        ("Looks forward to the high-level meeting", "Looks forward"),
        ("Encourages further efforts by the international community", "Encourages"),
        ("Expresses its deep appreciation to the Government of Qatar", "Expresses its deep appreciation"),
        ("Further authorises the Mission to use all necessary means", "Further authorises"),
        ("Urgently calls upon all parties to cease hostilities", "Urgently calls upon"),
        (
            "Expresses its gratitude and appreciation to the Government of Japan",
            "Expresses its gratitude and appreciation",
        ),
        ("Reiterates its previous requests to the Secretary-General", "Reiterates its previous requests"),
        ("In that regard, notes the efforts of the Special Committee", "In that regard, notes"),
    ],
)
def test_general_assembly_verbs_reach_as_far_as_its_editors_italicise(text, phrase):
    assert phrases("General Assembly", ["Recalling its resolutions"], [text])[1] == [phrase]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Expressing the expectation that the negotiations will resume", "Expressing the expectation"),
        ("Being gravely concerned at the humanitarian situation", "Being gravely concerned"),
        ("Having also considered the report of the Secretary-General", "Having also considered"),
        ("Having regard to Article 14 of the Charter", "Having regard"),
        ("Believing it necessary to strengthen cooperation", "Believing it necessary"),
        ("Reaffirming\u202fits commitment to the 2030 Agenda", "Reaffirming\u202fits commitment"),
        ("Expressing gravest concerns at the continuing violence", "Expressing gravest concerns"),
        ("Reaffirming its resolution 75/1 of 21 September 2020", "Reaffirming"),
        ("Further recognising the role of regional organizations", "Further recognising"),
    ],
)
def test_general_assembly_openers_reach_as_far_as_its_editors_italicise(text, phrase):
    assert phrases("General Assembly", [text], ["Decides to remain seized of the matter"])[0] == [phrase]


def test_the_human_rights_council_leaves_the_stance_after_the_verb_roman():
    preamble, operative = phrases(
        "Human Rights Council",
        ["Reaffirming its commitment to the promotion of human rights", "Expressing its appreciation to the Chair"],
        ["Reiterates its request to the High Commissioner"],
    )
    assert preamble == ["Reaffirming", "Expressing its appreciation"]
    assert operative == ["Reiterates"]


def test_the_security_council_italicises_the_verb_alone():
    preamble, operative = phrases(
        "Security Council",
        [
            "Expressing concern at the deteriorating security situation",
            "Condemning in the strongest terms all terrorist attacks",
            "Noting with concern the continued presence of armed groups",
            "Recalls its resolutions 2334 (2016) and 2525 (2020)",
        ],
        ["Calls upon all parties to respect the ceasefire", "Reiterates its call for an immediate cessation"],
    )
    assert preamble == ["Expressing", "Condemning", "Noting", "Recalls"]
    assert operative == ["Calls upon", "Reiterates"]


def test_the_security_councils_operative_verb_keeps_the_feeling_it_states():
    """S/RES/2507 "*Expresses particular concern* about reports", S/RES/2612 "*Notes with concern*": the
    Council's operative verb carries the feeling in italics (12 of 17, 7 of 10), its preambular
    participle does not ("*Expressing* grave concern", "*Noting* with concern": 61 of 94, 20 of 34);
    a bare "concern" (6 of 11) and "full support" (6 of 6) stay roman after the verb."""
    preamble, operative = phrases(
        "Security Council",
        ["Expressing grave concern about the humanitarian situation", "Noting with concern that women remain"],
        [
            "Expresses particular concern about reports of human rights violations",
            "Expresses serious concerns about repeated allegations",
            "Notes with concern reports that States have not reported",
            "Expresses concern at reports of attacks",
            "Expresses full support for the efforts of the Special Envoy",
        ],
    )
    assert preamble == ["Expressing", "Noting"]
    assert operative == [
        "Expresses particular concern",
        "Expresses serious concerns",
        "Notes with concern",
        "Expresses",
        "Expresses",
    ]


def test_the_security_council_leaves_a_second_verb_roman_where_the_other_organs_italicise_it():
    """S/RES/2514 "*Requests* and encourages", S/RES/2548 "*Recalling* and reaffirming": 7 of the Council's
    11 texts with a second verb after "and" leave it roman; the General Assembly italicises it in 15 of
    16 texts ("*Welcomes and encourages*", A/RES/76/46)."""
    text = "Recalling and reaffirming all its previous resolutions"
    verb = "Requests and encourages the Special Representative to direct the Mission"
    assert phrases("Security Council", [text], [verb]) == (["Recalling"], ["Requests"])
    assert phrases("General Assembly", [text], [verb]) == (["Recalling and reaffirming"], ["Requests and encourages"])


@pytest.mark.parametrize(
    ("organ", "paragraph", "phrase"),
    [  # A/RES/76/226, 76/177, 76/147, 76/174; S/RES/2554, 2525 (the Council adopted "Request"), 2556
        (
            "General Assembly",
            "1. Acknowledges and profoundly regrets the suffering",
            "Acknowledges and profoundly regrets",
        ),
        (
            "General Assembly",
            "Welcoming and further encouraging the efforts of States",
            "Welcoming and further encouraging",
        ),
        ("General Assembly", "Expressing further concern that children often suffer", "Expressing further concern"),
        (
            "General Assembly",
            "1. Continues to express particular concern about violations",
            "Continues to express particular concern",
        ),
        (
            "Security Council",
            "2. While noting improvements in Somalia, recognizes that piracy persists",
            "While noting",
        ),
        ("Security Council", "11. Request the Secretary-General to provide a special report", "Request"),
        ("Security Council", "30. Ensure the protection of United Nations personnel", "Ensure"),
    ],
)
def test_phrases_the_genre_extends_past_a_second_verb_an_adverb_or_a_lead(organ, paragraph, phrase):
    """A coordinated second verb keeps its adverb, a repeat adverb does not end the feeling after
    "Expressing", a concessive "While" takes its participle, a verb without its "-s" is still a verb."""
    operative = paragraph[0].isdigit()
    text = paragraph.split(". ", 1)[1] if operative else paragraph
    preamble, verbs = phrases(
        organ, [text] if not operative else ["Recalling its resolutions"], [text] if operative else []
    )
    assert (verbs if operative else preamble) == [phrase]


def test_a_numbered_paragraph_opening_with_a_preposition_or_a_noun_has_no_verb():
    """The bare verb before its object ("Ensure the protection", S/RES/2556) is not any capitalised
    word: a preposition before "the", or a noun before "of", opens no verb."""
    _, verbs = phrases(
        "Security Council",
        ["Recalling its resolutions"],
        ["Within the mandate of the Mission, the Council decides", "Protection of civilians remains a priority"],
    )
    assert verbs == [None, None]


def test_italics_in_a_res_md_are_kept_whatever_the_organ():
    text = "*The Security Council*,\n\n*Expressing concern* at the situation,\n\n1. *Reiterates its call for* a ceasefire;\n"
    document = resolint.parse(text, "sc.res.md")
    assert [p.phrase for p in document.preamble] == ["Expressing concern"]
    assert [p.phrase for p in document.operative] == ["Reiterates its call for"]


def test_the_rules_ask_for_no_more_italics_than_every_organ_shares():
    """``*Reaffirming* its commitment`` is how the Human Rights Council writes it: no RP102 finding."""
    text = (
        "*The General Assembly*,\n\n*Reaffirming* its commitment to the 2030 Agenda,\n\n"
        "1. *Reiterates* its request to the Secretary-General;\n"
    )
    found = {d.rule for d in resolint.lint(resolint.parse(text, "ga.res.md"))}
    assert not found & {"RP102", "RO202"}


def test_editing_the_organ_line_rereads_the_phrases_in_the_language_server():
    """The incremental parser keeps unchanged paragraphs; their reading depends on the organ line."""
    from .test_incremental import Editor

    text = "The General Assembly,\n\nExpressing concern at the situation,\n\n1. Reiterates its call for a ceasefire;\n"
    editor = Editor(text, "pasted.txt")  # checks the incremental parse against a fresh one at each edit
    assert phrases_of(editor) == (["Expressing concern"], ["Reiterates its call for"])
    start = text.index("General Assembly")
    editor.replace(start, start + len("General Assembly"), "Security Council")
    assert phrases_of(editor) == (["Expressing"], ["Reiterates"])


def phrases_of(editor) -> tuple[list, list]:
    document = editor.parser.parse(editor.text)
    return [p.phrase for p in document.preamble], [p.phrase for p in document.operative]
