"""Mixed AKN content to runs of text (:class:`~resolint.aknio.akntext.Run`): roman, italic and
footnote marks, layout whitespace collapsed and italics over whole words, as the UN's files mean them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from resolint.aknio.akntext import LAYOUT_SPACE, Note, Run, local


class InlineReader:
    """Mixed content to :class:`Run` lists; footnotes are collected in reading order."""

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes

    def runs(self, element: etree._Element | None) -> list[Run]:
        """Runs of every ``<p>`` under ``element`` (or of ``element`` itself), joined by spaces."""
        if element is None:
            return []
        paragraphs = [child for child in element if local(child) == "p"] or [element]
        collected: list[Run] = []
        for paragraph in paragraphs:
            if collected:
                collected.append(Run("text", " "))
            self._walk(paragraph, False, collected)
        return normalise(collected)

    def _walk(self, element: etree._Element, italic: bool, out: list[Run]) -> None:
        kind = "italic" if italic else "text"
        if element.text:
            out.append(Run(kind, element.text))
        for child in element:
            name = local(child)
            if name == "authorialNote":
                marker = (child.get("marker") or str(len(self.notes) + 1)).strip()
                self.notes.append(Note(marker, InlineReader(self.notes).runs(child)))
                out.append(Run("note", marker))
            elif name == "eol":
                out.append(Run(kind, " "))
            elif name == "embeddedStructure":  # a nested draft: its blocks are read by BodyReader.embedded
                pass
            elif name:
                self._walk(child, italic or (name == "span" and child.get("class") == "italic"), out)
            if child.tail:
                out.append(Run(kind, child.tail))


def normalise(runs: list[Run]) -> list[Run]:
    """Layout whitespace collapsed; italics joined across markup, over whole words, never on spaces alone."""
    squashed = [r if r.kind == "note" else Run(r.kind, LAYOUT_SPACE.sub(" ", r.value)) for r in runs]
    out = merge([roman_if_invisible(r) for r in squashed if r.value])
    for i in range(len(out) - 1):  # <i>Reiteratin</i>g: italics cover whole words
        here, after = out[i], out[i + 1]
        if here.kind == "italic" and after.kind == "text" and here.value[-1:].isalpha():
            tail = re.match(r"[^\W\d_]+", after.value)
            if tail:
                out[i] = Run("italic", here.value + tail.group())
                out[i + 1] = Run("text", after.value[tail.end() :])
    out = [r for r in out if r.value]
    for i in range(1, len(out) - 1):  # <i>Guided</i> <i>also</i>: one italic phrase
        if out[i].kind == "text" and not out[i].value.strip() and out[i - 1].kind == out[i + 1].kind == "italic":
            out[i] = Run("italic", out[i].value)
    return trim(merge(out))


def roman_if_invisible(run: Run) -> Run:
    if run.kind == "italic" and not any(char.isalnum() for char in run.value):
        return Run("text", run.value)
    return run


def merge(runs: Iterable[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if out and run.kind == out[-1].kind and run.kind != "note":
            out[-1] = Run(run.kind, out[-1].value + run.value)
        else:
            out.append(run)
    return out


def trim(runs: list[Run]) -> list[Run]:
    """No space at either end; an italic run's edge spaces moved out into roman text."""
    out: list[Run] = []
    for run in runs:
        if run.kind != "italic" or run.value == run.value.strip():
            out.append(run)
            continue
        lead, core = run.value[: len(run.value) - len(run.value.lstrip())], run.value.strip()
        trail = run.value[len(run.value.rstrip()) :]
        out.extend(r for r in (Run("text", lead), Run("italic", core), Run("text", trail)) if r.value)
    out = merge(out)
    if out and out[0].kind != "note":
        out[0] = Run(out[0].kind, out[0].value.lstrip())
    if out and out[-1].kind != "note":
        out[-1] = Run(out[-1].kind, out[-1].value.rstrip())
    return [r for r in out if r.value]


def run_text(runs: list[Run]) -> str:
    return "".join(r.value for r in runs if r.kind != "note")
