"""Scores of the PDF-copy corpus: documents read exactly, openers and verbs found, per mode and folder.

A document is exact when its structure equals the ground truth, as the issue measures it: the
number of preambular paragraphs, the operative numbers in order, the sub-paragraph labels of each
operative paragraph at every level, the number of footnotes. The phrase score counts the openers
and verbs found with the right words (:func:`akn_compare.compare_document`, which leaves out the
phrases whose extent only italics show) among all the truth has.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from akn import Truth
from akn_compare import Mismatch, compare_structure, norm_number, parsed_labels, phrase_counts, show_labels


def structure_mismatches(document, truth: Truth) -> list[str]:
    """How the document's structure differs from the truth (empty when it is exact)."""
    found: list[str] = []
    if len(document.preamble) != len(truth.openers):
        found.append(f"preambular paragraphs: expected {len(truth.openers)}, got {len(document.preamble)}")
    numbers = [norm_number(getattr(p, "number", None)) for p in document.operative]
    wanted = [item.number for item in truth.operative]
    if numbers != wanted:
        found.append(f"operative numbers: expected {' '.join(map(str, wanted))}, got {' '.join(map(str, numbers))}")
    else:
        for paragraph, item in zip(document.operative, truth.operative, strict=True):
            labels = parsed_labels(paragraph.children)
            if labels != item.labels:
                found.append(
                    f"operative {item.number}: sub-paragraphs expected {show_labels(item.labels)},"
                    f" got {show_labels(labels)}"
                )
    if len(document.footnotes) != truth.footnotes:
        found.append(f"footnotes: expected {truth.footnotes}, got {len(document.footnotes)}")
    genre: list[Mismatch] = []
    compare_structure(document, truth, genre)  # headings, annexes, nested drafts
    return found + [item.detail for item in genre]


@dataclass
class Score:
    mode: str
    documents: int = 0
    exact: int = 0
    phrases: int = 0
    phrase_misses: int = 0
    kinds: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, name: str, structure: list[str], mismatches: list[Mismatch], truth: Truth) -> None:
        self.documents += 1
        self.exact += not structure
        found, phrases = phrase_counts(truth, mismatches)  # nested drafts' openers and verbs too
        self.phrases += phrases
        self.phrase_misses += phrases - found
        self.kinds.update(item.split(":")[0].split(" ")[0] for item in structure)
        if structure:
            self.failures.append(f"{name}: " + "; ".join(structure[:3]))

    @property
    def exact_share(self) -> float:
        return self.exact / self.documents if self.documents else 0.0

    @property
    def phrase_share(self) -> float:
        return 1 - self.phrase_misses / self.phrases if self.phrases else 0.0

    def line(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in self.kinds.most_common())
        return (
            f"{self.mode}: exact {self.exact}/{self.documents} ({self.exact_share:.1%}),"
            f" openers/verbs {self.phrase_share:.2%} of {self.phrases}; structure misses: {kinds or 'none'}"
        )
