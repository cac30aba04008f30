"""Flattened renderings of an AKN resolution: the text as web pages, some PDF viewers, e-mail clients
and datasets give it, every line break lost.

The UN's own online text of a resolution reads so: the heading, the authoring line, the paragraphs,
the meeting line, the footnote separator ("__________________") and the notes, all on one line,
note markers as plain digits after the word ("Council,1,2"). :func:`render_flat` gives that;
:func:`render_flat_pages` the copy of a viewer that keeps one line per printed page (each page's
notes after its separator at the end of its line, a paragraph cut where the page ends).

The ground truth the tests compare with is read from the XML (``akn.ground_truth``), independently
of the code under test.
"""

from __future__ import annotations

from akn import PAGE_CHARS, Inline, Resolution, block_lines, pasted_heading

SEPARATOR = "__________________"
MIN_PIECE = 200  # a page end cuts a paragraph only where both pieces are at least this long


def plain_runs(runs: list[Inline]) -> str:
    """The runs as the web prints them: no italics, note markers as plain digits, two markers side by
    side with a comma between ("Council,1,2")."""
    out: list[str] = []
    for index, run in enumerate(runs):
        if run.kind == "note":
            out.append(("," if index and runs[index - 1].kind == "note" else "") + run.value)
        else:
            out.append(run.value)
    return "".join(out)


def body_lines(resolution: Resolution) -> list[tuple[str, list[str]]]:
    """Every line of the pasted text up to the notes (heading, authoring line, body, closing, annex),
    each with the note markers it carries."""
    markers: list[str] = []

    def render(runs: list[Inline]) -> str:
        markers.extend(run.value for run in runs if run.kind == "note")
        return plain_runs(runs)

    lines: list[tuple[str, list[str]]] = [(line, []) for line in pasted_heading(resolution) if line.strip()]

    def add(new: list[str]) -> None:
        for line in new:
            if line.strip():
                lines.append((" ".join(line.split("\n")), markers[:]))
            markers.clear()

    add([render(resolution.authoring)])
    for block in resolution.body:
        add(block_lines(block, render, "", markdown=False))
    add([*resolution.meeting, *resolution.vote])
    for block in resolution.annex:
        add(block_lines(block, render, "", markdown=False))
    return lines


def note_line(marker: str, runs: list[Inline]) -> str:
    return f"{marker} {plain_runs(runs)}"


def render_flat(resolution: Resolution) -> str:
    """The whole text on one line, the notes after the separator at its end."""
    lines = [line for line, _ in body_lines(resolution)]
    if resolution.footnotes:
        lines += [SEPARATOR, *(note_line(note.marker, note.runs) for note in resolution.footnotes)]
    return " ".join(lines) + "\n"


def render_flat_pages(resolution: Resolution, page_chars: int = PAGE_CHARS) -> str:
    """One line per printed page of about ``page_chars`` characters; each page's notes (those first
    referenced on it) after a separator at the end of its line; a paragraph that crosses the page end
    is cut at a space."""
    notes = {note.marker: note for note in resolution.footnotes}
    pages: list[str] = []
    page: list[str] = []
    page_markers: list[str] = []
    fill = 0
    for line, markers in body_lines(resolution):
        room = page_chars - fill
        if room >= MIN_PIECE and len(line) - room >= MIN_PIECE:
            cut = line.rfind(" ", 0, room)
            if cut >= MIN_PIECE // 2:
                page.append(line[:cut])
                pages.append(_page_line(page, page_markers, notes))
                page, page_markers, fill, line = [], [], 0, line[cut + 1 :]
        page.append(line)
        page_markers += markers
        fill += len(line)
        if fill >= page_chars:
            pages.append(_page_line(page, page_markers, notes))
            page, page_markers, fill = [], [], 0
    if page or notes:
        pages.append(_page_line(page, list(notes), notes))
    return "\n".join(pages) + "\n"


def _page_line(page: list[str], markers: list[str], notes: dict) -> str:
    """The page's text on one line, the notes first referenced on it after the separator."""
    text = " ".join(page)
    here = [marker for marker in dict.fromkeys(markers) if marker in notes]
    if not here:
        return text
    lines = [text, SEPARATOR] if text else [SEPARATOR]
    lines += [note_line(marker, notes.pop(marker).runs) for marker in here]
    return " ".join(lines)
