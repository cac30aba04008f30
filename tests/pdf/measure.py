"""Scores of the PDF-copy corpus: documents read exactly, openers and verbs found, per mode and folder.

A document is exact when its structure has no mismatch with the ground truth (the issue's
measure: preambular count, operative numbers, sub-paragraph labels at every level, footnote
count); the phrase score counts the openers and verbs found with the right words among all the
truth has (a paragraph not found at all misses its phrase too).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from akn_compare import Mismatch

PHRASE_MISSES = frozenset({"opener", "verb", "missing preambular", "missing operative"})
PHRASE_ONLY = frozenset({"opener", "verb"})


@dataclass
class Score:
    mode: str
    documents: int = 0
    exact: int = 0
    phrases: int = 0
    phrase_misses: int = 0
    kinds: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, name: str, mismatches: list[Mismatch], phrases: int) -> None:
        self.documents += 1
        structure = [item for item in mismatches if item.kind not in PHRASE_ONLY]
        self.exact += not structure
        self.phrases += phrases
        self.phrase_misses += sum(1 for item in mismatches if item.kind in PHRASE_MISSES)
        self.kinds.update(item.kind for item in mismatches)
        if structure:
            self.failures.append(f"{name}: " + "; ".join(item.detail for item in structure[:3]))

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
            f" openers/verbs {self.phrase_share:.2%} of {self.phrases}; mismatches: {kinds or 'none'}"
        )
