"""Sub-paragraph label sequences: (a), (b) … (z), (aa) at the first level, (i), (ii) … at the second.

One place for the sequences, read by the formatter (which relabels) and by RS003 (which checks).
"""

from __future__ import annotations

ROMAN = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
    "xxvi",
)


def letter_label(index: int) -> str:
    """0 → a, 25 → z, 26 → aa, 27 → bb (the UN doubles the letter after z)."""
    letter = chr(ord("a") + index % 26)
    return letter * (index // 26 + 1)


def roman_label(index: int) -> str:
    """0 → i, 1 → ii … (a number past the table's end)."""
    return ROMAN[index] if index < len(ROMAN) else f"{index + 1}"
