"""How far each organ's adopted texts carry the italics of an opener or verb over the words after it.

For each habit of the genre (the words after the phrase that one organ italicises and another does
not: "its request" after "Reiterates", "with concern" after "Noting", "and encourages" after
"Welcomes" …) it prints per AKN folder how many paragraphs carry the italics over those words ("on")
and how many stop before them ("off"), with the number of texts and of distinct wordings (the
paragraph's first words up to four after the habit's words) behind each figure: Security Council
mandate renewals copy each other's paragraphs, so a count of texts alone overstates the evidence.
The figures are those quoted in ``resolint/data/italics-habits.tsv`` and ``docs/corpus.md``.

    .venv/bin/python tests/corpus/habit_report.py [WORDS-IN-THE-HABIT-NAME]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from akn import FOLDERS, corpus_files, italic_extent, load, phrase_blocks

DEGREE = (
    r"(?:deep|deepest|grave|great|serious|profound|particular|utmost|full|strong|strongest|continued|sincere"
    r"|increasing|growing|renewed|unwavering|firm|high|heartfelt|extreme|unequivocal|continuing|gravest|greatest)"
)
STANCE_NOUNS = (
    r"(?:request|requests|call|calls|commitment|commitments|support|concern|conviction|determination|appreciation"
    r"|invitation|appeal|demand|condemnation|desire|readiness|willingness|intention|gratitude)"
)
# Habit → the opening words (lower case, commas as words) with the words in question as group "x".
HABITS = {
    "stance after a verb of restating ('Reiterates its request')": (
        r"^(?:(?:also|further) )?(?:reiterat|reaffirm|renew|affirm|re-emphasiz|emphasiz|underlin|underscor|stress"
        rf"|declar)\w* (?P<x>its (?:\w+ )?{STANCE_NOUNS})\b"
    ),
    "feeling after 'Expressing'/'Expresses' ('Expressing deep concern')": (
        rf"^(?:(?:also|further) )?express(?:ing|es) (?P<x>(?:its )?(?:{DEGREE} )?"
        r"(?:concern|alarm|appreciation|gratitude|regret|satisfaction|support|solidarity))\b"
    ),
    "worry after a participle ('Noting with concern')": (
        r"^(?:\w+ly )?\w+ing (?P<x>with (?:\w+ )?(?:concern|alarm|regret))\b"
    ),
    "approval after a participle ('Noting with appreciation')": (
        r"^(?:\w+ly )?\w+ing (?P<x>with (?:\w+ )?(?:appreciation|satisfaction|interest|gratitude))\b"
    ),
    "feeling after an operative verb ('Notes with concern')": (
        r"^(?:(?:also|further) )?\w+s (?P<x>with (?:\w+ )?(?:concern|alarm|regret|appreciation|satisfaction|interest))\b"
    ),
    "'in the strongest terms' after the verb": r"^(?:\w+ )?(?:\w+ing|\w+s) (?P<x>in the strongest (?:possible )?terms)\b",
    "second verb after 'and' ('Welcomes and encourages')": (
        r"^(?:(?:also|further) )?(?:\w+ing|\w+s) (?P<x>and (?:\w+ly )?(?:\w+ing|\w+s))\b(?! of\b)"
    ),
    "repeat adverb after a participle ('Recalling also')": r"^\w+ing (?P<x>also|further|again)\b",
    "'further' before 'that' after an operative verb ('Decides further that')": r"^\w+s (?P<x>further) that\b",
    "'further' before an object after an operative verb ('Encourages further efforts')": (
        r"^\w+s (?P<x>further) (?!that\b|,)\w+"
    ),
    "'in this regard' right after the phrase, no comma": (
        r"^(?:\w+ )?(?:\w+ing|\w+s|\w+ed)(?: (?:with|its) \w+(?: \w+)?)? "
        r"(?P<x>in (?:this|that) (?:regard|context|respect))\b(?! ,)"
    ),
    "'in particular' after the phrase": r"^(?:\w+ )?(?:\w+ing|\w+s) (?P<x>in particular)\b",
    "-ly adverb after the verb ('Condemns unequivocally')": (
        r"^(?:\w+ing|\w+s) (?P<x>(?!only|early|likely|daily|family|fully|timely)\w{3,}ly)\b"
    ),
    "'of' after 'Taking note'": r"^(?:\w+ )?taking note (?P<x>of)\b",
    "verb after 'Continues to'/'Continuing to'": r"^(?:(?:also|further) )?continu(?:es|ing) (?P<x>to \w+)\b",
}
WORDS_AFTER = 4


@dataclass
class Side:
    """The paragraphs on one side of a habit, with the texts and wordings behind them."""

    paragraphs: int = 0
    texts: set[str] = field(default_factory=set)
    wordings: set[str] = field(default_factory=set)

    def add(self, text: str, wording: str) -> None:
        self.paragraphs += 1
        self.texts.add(text)
        self.wordings.add(wording)

    def __str__(self) -> str:
        return f"{self.paragraphs:4} ({len(self.texts)} texts, {len(self.wordings)} wordings)"


def count(folder: str, pattern: re.Pattern[str]) -> dict[str, Side]:
    """``on``/``off``: the folder's paragraphs whose italics carry over the habit's words / stop before them."""
    sides = {"on": Side(), "off": Side()}
    for path in corpus_files(folder):
        for _, block in phrase_blocks(load(path).body):
            extent = italic_extent(block)
            opening = " ".join(extent[0]) if extent else ""
            found = pattern.match(opening)
            if extent is None or found is None:
                continue
            words, size = extent
            first, last = len(opening[: found.start("x")].split()), len(opening[: found.end("x")].split())
            side = "on" if size >= last else "off" if size <= first else None
            if side:
                sides[side].add(path.stem, " ".join(words[: last + WORDS_AFTER]))
    return sides


def main(only: str = "") -> None:
    for name, expression in HABITS.items():
        if only.lower() not in name.lower():
            continue
        print(name)
        pattern = re.compile(expression)
        for folder in FOLDERS:
            sides = count(folder, pattern)
            if sides["on"].paragraphs or sides["off"].paragraphs:
                print(f"  {folder:11} on {sides['on']}   off {sides['off']}")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]))
