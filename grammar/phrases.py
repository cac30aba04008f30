"""Opening phrases: a phrase's base, without its repeat adverb ("Also requests" → "requests").

Used by the structure rules (RO202's runs of one phrase, the unknown-phrase rules) and by the
language server's hover and completion, so that both agree on when two openers are the same.
"""

from __future__ import annotations

from resolint.refdata import REPEAT_ADVERBS


def base_phrase(phrase: str) -> str:
    """ "Recalling also" → "recalling"; "Also requests" → "requests"; "Noting also with concern" →
    "noting with concern"."""
    return " ".join(word for word in phrase.lower().split() if word not in REPEAT_ADVERBS)
