"""Measuring resolint on the out-of-sample Human Rights Council and ECOSOC copies of ``oos-hrc/``.

The truth (``oos-hrc/truth.json``) was read off each copy by eye, not from resolint's output. This
module reads it and measures one copy: the structure resolint gives (authoring line, title and its
number, symbol, preambular openers, operative numbers and verbs, sub-paragraph labels, footnotes,
closing lines), its warnings and errors, its safe fixes, and the words ``resolint fmt`` keeps.
``python tests/outofsample/_truth_oos-hrc.py`` prints the figures that docs/corpus.md quotes.

The comparison is this set's own (and ``_truth_oos-recent-sc.py``'s): the truth is a dict of fields, compared
key by key into (truth, resolint) pairs, the sub-paragraph labels per paragraph number and the authoring line's
words; warnings and errors are pinned to their lines; the words ``fmt`` keeps are counted over the whole copy,
digits and an older document's "16/" marks included. Reading the copies and truth, the safe fixes and the
command runs come from ``oostruth.py``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-hrc")
HERE = COPIES.folder
WORD_RE = re.compile(r"[^\W\d_]+|\d+")
SLASH_MARK_RE = re.compile(r"(?<![\d/*])(?:\d{1,3}|\*{1,3})/(?=[\s,.;:)|]|$)", re.M)
"""An older document's note mark ("…session);16/") or note label ("16/ Official Records …")."""
MD_NOTE_RE = re.compile(r"\[\^[^\]\s]+\]:?")
"""A note marker or label of the canonical text ("[^1]", "[^1]:"): fmt numbers the notes afresh."""
STRUCTURE_KEYS = ("authoring", "title", "number", "symbol", "preamble", "operative", "subparagraphs", "footnotes")


def truth() -> dict[str, dict[str, Any]]:
    return COPIES.truth


copy_text = COPIES.copy_text


def structure(text: str, name: str) -> dict[str, Any]:
    """The facts of ``truth.json`` as resolint reads them."""
    import resolint
    from resolint.model_json import document_json

    found = document_json(resolint.parse(text, name))
    return {
        "authoring": found["authoring"],
        "title": found["title"],
        "number": found["number"],
        "symbol": found["heading"]["symbol"],
        "preamble": [paragraph["opener"] for paragraph in found["preamble"]],
        "operative": [[paragraph["number"], paragraph["verb"]] for paragraph in found["operative"]],
        "subparagraphs": {
            paragraph["number"] or str(index): [sub["label"] for sub in paragraph["subparagraphs"]]
            for index, paragraph in enumerate(found["operative"], 1)
            if paragraph["subparagraphs"]
        },
        "footnotes": len(found["footnotes"]),
    }


def differences(expected: dict[str, Any], found: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The structure keys where resolint's reading differs from the truth: key → (truth, resolint).

    A copy without italics does not show how far the italics of an opener or verb reach: the truth
    holds the words that are the opener for sure ("Reaffirming" of "Reaffirming its conviction that
    …"), and resolint's phrase may carry on over the words its organ's italics habit takes in
    (docs/genre.md, "Italics habits"); it may not stop short ("Taking" of "Taking fully into account")."""
    wrong = {key: (expected[key], found[key]) for key in STRUCTURE_KEYS if expected[key] != found[key]}
    if "preamble" in wrong and _phrases_agree(expected["preamble"], found["preamble"]):
        del wrong["preamble"]
    if "operative" in wrong and _paragraphs_agree(expected["operative"], found["operative"]):
        del wrong["operative"]
    return wrong


def _agrees(sure: str | None, phrase: str | None) -> bool:
    return sure == phrase or (sure is not None and phrase is not None and phrase.startswith(sure + " "))


def _phrases_agree(sure: list[str | None], phrases: list[str | None]) -> bool:
    return len(sure) == len(phrases) and all(map(_agrees, sure, phrases))


def _paragraphs_agree(sure: list[list[Any]], found: list[list[Any]]) -> bool:
    if len(sure) != len(found):
        return False
    return all(a[0] == b[0] and _agrees(a[1], b[1]) for a, b in zip(sure, found, strict=True))


def warnings_and_errors(text: str, name: str) -> list[tuple[str, int]]:
    """(rule, line) of every warning and error."""
    import resolint
    from resolint.diagnostics import Severity

    document = resolint.parse(text, name)
    return sorted(
        (finding.rule, finding.span.line) for finding in resolint.lint(document) if finding.severity >= Severity.WARNING
    )


def safe_fixes(text: str, name: str) -> Counter[str]:
    """The findings the safe fixes of ``resolint fix`` settle, per rule."""
    return oostruth.fixed_rules(text, name)


def words(text: str) -> Counter[str]:
    """The words of ``text`` in lower case (fmt writes "Agenda item 3" as the field "agenda-item: 3")."""
    return Counter(WORD_RE.findall(text.lower()))


def words_lost_by_fmt(text: str, name: str, furniture: list[str]) -> Counter[str]:
    """Words of the copy that ``resolint fmt`` does not keep, the named furniture aside (words the
    copy's site or PDF adds around the resolution and that fmt drops as artefacts)."""
    import resolint

    kept = words(MD_NOTE_RE.sub(" ", resolint.format_text(text, name)))
    lost = words(SLASH_MARK_RE.sub(" ", text)) - kept
    for line in furniture:
        lost -= words(line)
    return +lost


def report(copies: oostruth.CopySet, names: list[str], *, lost: bool = False) -> None:
    """Per copy of ``names``: structure exact or not, warnings+errors, safe fixes (and with ``lost`` the words fmt
    loses, no furniture named); then the totals."""
    exact = findings = fixes = 0
    for name in names:
        text = copies.copy_text(name)
        wrong = differences(copies.truth[name], structure(text, name))
        found = warnings_and_errors(text, name)
        fixed = safe_fixes(text, name)
        exact += not wrong
        findings += len(found)
        fixes += sum(fixed.values())
        row = f"{name}: exact={not wrong} W+E={len(found)} {found} safe fixes={dict(fixed)}"
        print(row + (f" fmt lost={dict(words_lost_by_fmt(text, name, []))}" if lost else ""))
        for key, (want, got) in wrong.items():
            print(f"    {key}: truth {want!r} resolint {got!r}")
    count = len(names)
    print(f"exact structure {exact}/{count}; W+E/doc {findings / count:.2f}; safe fixes/doc {fixes / count:.2f}")


if __name__ == "__main__":
    report(COPIES, list(COPIES.truth))  # in the order of truth.json
