"""Compare what ``resolint.parse`` reads of a flattened rendering with the XML's structure.

What flattened text can show: the preambular count, the operative numbers, the sub-paragraph labels
(nested), the footnote count, the authoring line and the closing lines. Italic extents (the
openers' and verbs' words) are not asked of it, nor headings, annexes and nested drafts (the genre
marks them by lines of their own, which such a text has lost).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from akn import Resolution, label_trees, load, parse_unseen, squash
from akn_compare import norm_number, parsed_labels, show_labels
from flat import plain_runs, render_flat, render_flat_pages

RENDERERS = {"flat": render_flat, "flat-pages": render_flat_pages}
WORD_RE = re.compile(r"[^\W\d_]+")
LABEL_RE = re.compile(r"\((?:[a-z]{1,4}|\d{1,2})\)|(?<!\S)[a-z]{1,4}\.(?=\s)")  # "(a)", "a.": labels, read as fields


def expected(resolution: Resolution) -> dict[str, object]:
    return {
        "preamble": len(resolution.preamble),
        "numbers": [block.number.rstrip(".") if block.number else None for block in resolution.operative],
        "labels": [show_labels(label_trees(block.points)) for block in resolution.operative],
        "footnotes": len(resolution.footnotes),
        "authoring": squash(plain_runs(resolution.authoring)) or None,
        "closing": squash(" ".join([*resolution.meeting, *resolution.vote])),
    }


def found(document) -> dict[str, object]:
    authoring = document.authoring
    return {
        "preamble": len(document.preamble),
        "numbers": [norm_number(getattr(p, "number", None)) for p in document.operative],
        "labels": [show_labels(parsed_labels(p.children)) for p in document.operative],
        "footnotes": len(document.footnotes),
        "authoring": squash(authoring.text.raw) if authoring is not None else None,
        "closing": squash(" ".join(closing.text for closing in document.closing)),
    }


def check(path: Path, form: str) -> tuple[list[str], Counter[str]]:
    """(the fields of the structure that differ, ``name: expected … got …``; the words of the title and
    of the text from the authoring line on that the model does not hold as often as the text has them)
    of ``path`` rendered in ``form``. Numbers, labels and note markers, which the model holds as
    fields, are not counted as words."""
    resolution = load(path)
    text = RENDERERS[form](resolution)
    document = parse_unseen(resolution, text, f"{path.stem}.txt")
    want, got = expected(resolution), found(document)
    for fields in (want, got):
        fields["closing"] = squash(str(fields["closing"]).replace("\xa0", " "))
    differ = [f"{key}: expected {want[key]!r:.200}, got {got[key]!r:.200}" for key in want if want[key] != got[key]]
    authoring = plain_runs(resolution.authoring)  # (a resolution in parts has one per part: its body follows the title)
    title = f"{resolution.number}. {resolution.title}"
    start = text.find(authoring) if authoring else text.find(title) + len(title)
    body = text[start:] + " " + resolution.title
    have = Counter(WORD_RE.findall("\n".join(model_texts(document))))
    return differ, Counter(WORD_RE.findall(LABEL_RE.sub(" ", body))) - have


def model_texts(document) -> list[str]:
    """Every text the model holds: heading fields and title, prologue, body, closing, notes."""
    texts = [field.value for field in document.heading.fields]
    texts += [document.title.text] if document.title is not None else []
    texts += [paragraph.text.plain for paragraph in document.prologue]
    texts += [text.plain for text in document.texts()]
    texts += [item.text for item in [*document.closing, *document.sections]]
    return texts
