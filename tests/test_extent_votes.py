"""Where the italics of an opener or verb stop in pasted text: the votes of the organ's own texts.

``resolint/data/italics-votes.tsv`` counts, word by word, how the UN's adopted texts of each organ
italicise the same opening words (written by ``tests/corpus/italics_votes.py`` from ``../shared/corpus``).
The wordings below are the UN's; each case names the counts it rests on.
"""

from __future__ import annotations

from collections import Counter

import resolint
from resolint import extentvotes
from tests.test_phrase_extent import phrases


def test_a_determiner_is_voted_on_with_the_word_it_announces():
    words = ("reaffirming", "its", "commitment", "to")
    assert extentvotes.vote_keys(words, 1) == (("reaffirming", "its", "|", "commitment"), ("reaffirming", "its"))
    assert extentvotes.vote_keys(words, 2) == (("reaffirming", "its", "commitment"),)


def test_the_assembly_italicises_its_commitment_but_not_its_resolution():
    """"Reaffirming its" in the Assembly's texts: the italics stop before "its resolution" (74 paragraphs, none
    carry on), and carry on over "its commitment" (10 of 12)."""
    preamble = ["Reaffirming its resolution 70/1 of 25 September 2015", "Reaffirming its commitment to the 2030 Agenda"]
    assert phrases("General Assembly", preamble, ["Decides to remain seized of the matter"])[0] == [
        "Reaffirming",
        "Reaffirming its commitment",
    ]


def test_the_council_italicises_great_concern_against_its_habit():
    """The Council's habit leaves the feeling after "Expressing" roman ("*Expressing* concern", 201 paragraphs
    of 305), but its texts that write "Expressing great concern" italicise it whole (S/RES/2556, 2590, 2612,
    2649, 2666)."""
    preamble = ["Expressing great concern at the humanitarian situation", "Expressing concern at the violence"]
    assert phrases("Security Council", preamble, ["Decides to remain seized of the matter"])[0] == [
        "Expressing great concern",
        "Expressing",
    ]


def test_a_text_read_as_unseen_does_not_vote_for_itself():
    """The corpus harness takes a text's own paragraphs out of the counts: without the five texts above the
    Council's habit reads "Expressing great concern" as it reads "Expressing concern"."""
    stops, goes_on = Counter(), Counter()
    for words in (("expressing", "great"), ("expressing", "great", "concern")):
        goes_on[words] = extentvotes.votes("Security Council", words)[1]
    stops[("expressing", "great", "concern", "at")] = extentvotes.votes(
        "Security Council", ("expressing", "great", "concern", "at")
    )[0]
    with extentvotes.excluding("Security Council", stops, goes_on):
        assert phrases("Security Council", ["Expressing great concern at the situation"], [])[0] == ["Expressing"]
    assert phrases("Security Council", ["Expressing great concern at the situation"], [])[0] == [
        "Expressing great concern"
    ]


def test_italics_carried_onto_a_determiner_take_the_word_it_announces():
    """The Assembly's texts carry the italics of "Expresses" over "the" (3 paragraphs of 3: "*Expresses the
    hope*", "*Expresses the view*" …) but none writes "Expresses the wish": a phrase does not end on "the",
    it takes the noun the determiner announces."""
    assert extentvotes.votes("General Assembly", ("expresses", "the", "|", "wish")) == (0, 0)
    assert phrases("General Assembly", [], ["Expresses the wish that the Conference should meet"])[1] == [
        "Expresses the wish"
    ]


def test_an_organ_the_corpus_does_not_hold_reads_by_every_organ_s_texts():
    assert extentvotes.votes("Commission on Narcotic Drugs", ("expressing", "great")) == (0, 0)
    assert extentvotes._evidence("Commission on Narcotic Drugs", (("expressing", "great"),))[1] > 0


def test_a_repeated_opener_is_reported_only_where_pasted_text_shows_it():
    """RP104 in pasted text: "Reaffirming its strong commitment …" may be the Assembly's "*Reaffirming its strong
    commitment*" (its texts italicise "its strong" so), so the next "Reaffirming" need not take "also"; two
    "Recalling its resolution …" are the same opener whatever the italics."""
    uncertain = "The General Assembly,\n\nReaffirming its strong commitment to Mali,\n\nReaffirming the principles,\n"
    certain = "The General Assembly,\n\nRecalling its resolution 1/1,\n\nRecalling its resolution 2/2,\n"
    assert not [d for d in resolint.lint(resolint.parse(uncertain, "a.txt")) if d.rule == "RP104"]
    assert [d.message for d in resolint.lint(resolint.parse(certain, "b.txt")) if d.rule == "RP104"] == [
        "'Recalling' repeats the opener of the paragraph before: write 'Recalling also'"
    ]
