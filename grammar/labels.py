"""Sub-paragraph label sequences: (a), (b) … (z), (aa) at the first level, (i), (ii) … at the second.

One place for the sequences, read by the formatter (which relabels) and by RS003 (which checks).
"""

from __future__ import annotations

ROMAN_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
ROMAN_TENS = ("", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc")


def letter_label(index: int) -> str:
    """0 → a, 25 → z, 26 → aa, 27 → bb (the UN doubles the letter after z)."""
    letter = chr(ord("a") + index % 26)
    return letter * (index // 26 + 1)


def roman_label(index: int) -> str:
    """0 → i, 1 → ii … 26 → xxvii … 98 → xcix (a number past that)."""
    number = index + 1
    return ROMAN_TENS[number // 10] + ROMAN_UNITS[number % 10] if number < 100 else f"{number}"
