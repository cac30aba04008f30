"""Plain-text (coloured on a terminal) and Markdown reports of a comparison, and the pieces the
HTML page shares with them."""

from __future__ import annotations

from dataclasses import dataclass

from resolint.diff.changes import Change, Comparison, WordChange

CONTEXT_WORDS = 6
ARTEFACT_NAMES = {
    "bullet": ("list bullet", "list bullets"),
    "page-break-split": ("page-break split", "page-break splits"),
    "run-together": ("paragraph run together with the next", "paragraphs run together with the next"),
    "caret-marker": ("caret footnote marker", "caret footnote markers"),
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a changed paragraph: kept text (``word`` None) or one word change."""

    old: str
    new: str
    word: WordChange | None


def pieces(change: Change) -> list[Piece]:
    """The paragraph cut into kept stretches and word changes, in order (italics changes left out)."""
    found: list[Piece] = []
    old_cursor = new_cursor = 0
    for word in sorted((w for w in change.words if w.kind == "text"), key=lambda w: w.old_start):
        if word.old_start > old_cursor:
            kept = change.old_text[old_cursor : word.old_start]
            found.append(Piece(kept, change.new_text[new_cursor : word.new_start], None))
        found.append(
            Piece(change.old_text[word.old_start : word.old_end], change.new_text[word.new_start : word.new_end], word)
        )
        old_cursor, new_cursor = word.old_end, word.new_end
    if old_cursor < len(change.old_text) or new_cursor < len(change.new_text):
        found.append(Piece(change.old_text[old_cursor:], change.new_text[new_cursor:], None))
    return found


def edges(old: str, new: str) -> tuple[str, str, str, str]:
    """(white space before, OLD's words, NEW's words, white space after) of a word change, so that
    marks wrap the words and not the spaces around them."""
    if not old.strip() and not new.strip():
        return "", old, new, ""
    sides = [side for side in (old, new) if side]
    lead = min((side[: len(side) - len(side.lstrip())] for side in sides), key=len)
    trail = min((side[len(side.rstrip()) :] for side in sides), key=len)
    if any(len(lead) + len(trail) > len(side) for side in sides):
        trail = ""
    return lead, old[len(lead) : len(old) - len(trail)], new[len(lead) : len(new) - len(trail)], trail


def verdict(item: Change | WordChange) -> str:
    rules = ", ".join(item.rules) if isinstance(item, Change) else (item.rule or "").replace("+", ", ")
    return f"{item.classification}: {rules}" if rules else item.classification


def artefact_lines(comparison: Comparison) -> list[str]:
    lines = []
    for side, name in (("old", comparison.old_name), ("new", comparison.new_name)):
        found = comparison.artefacts.get(side) or {}
        if found:
            items = ", ".join(
                f"{count} {ARTEFACT_NAMES.get(kind, (kind, kind))[count != 1]}" for kind, count in sorted(found.items())
            )
            lines.append(f"conversion artefacts in {name} (not changes): {items}")
    return lines


def context(word: WordChange, text: str) -> tuple[str, str]:
    """A few words of ``text`` (NEW's) before and after ``word``, with "…" where the paragraph goes on."""
    replaced = text[word.new_start : word.new_end]
    core = replaced.strip()
    lead = replaced[: len(replaced) - len(replaced.lstrip())] if core else replaced
    trail = replaced[len(replaced.rstrip()) :] if core else ""
    before_words = (text[: word.new_start] + lead).split(" ")
    after_words = (trail + text[word.new_end :]).split(" ")
    before = " ".join(before_words[-CONTEXT_WORDS:])
    after = " ".join(after_words[:CONTEXT_WORDS])
    return ("…" if len(before_words) > CONTEXT_WORDS else "") + before, after + (
        "…" if len(after_words) > CONTEXT_WORDS else ""
    )


# ---- text -----------------------------------------------------------------------------------
class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour and text else text

    def deleted(self, text: str) -> str:
        return self._wrap("31", f"[-{text}-]") if text else ""

    def inserted(self, text: str) -> str:
        return self._wrap("32", f"{{+{text}+}}") if text else ""

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)


def render_text(comparison: Comparison, colour: bool = False) -> str:
    style = Style(colour)
    lines = [style.bold(f"{comparison.old_name} → {comparison.new_name}: {comparison.summary()}")]
    lines.extend(f"renumbered: {r.description}" for r in comparison.renumberings)
    lines.extend(f"heading: {line}" for line in comparison.heading.lines())
    lines.extend(artefact_lines(comparison))
    lines.extend(f"note: {note}" for note in comparison.notes)
    for change in comparison.changes:
        lines.append("")
        lines.append(f"{style.bold(change.label)}  {change.kind}  ({verdict(change)})")
        lines.extend(_text_body(change, style))
    return "\n".join(lines) + "\n"


def _text_body(change: Change, style: Style) -> list[str]:
    if change.kind == "inserted":
        return ["    " + style.inserted(change.new_text)]
    if change.kind == "deleted":
        return ["    " + style.deleted(change.old_text)]
    lines = []
    if change.label_rule:
        lines.append(f"    label ({change.old.number}) → ({change.new.number})  [editorial: {change.label_rule}]")
    for word in change.words:
        before, after = context(word, change.new_text)
        if word.kind == "italics":
            shown = f"{style.deleted(word.old)}{style.inserted(word.new)}"
        else:
            shown = f"{style.deleted(word.old)}{style.inserted(word.new)}" or style.dim("(spacing)")
        lines.append(f"    {before}{shown}{after}".rstrip() + "  " + style.dim(f"[{verdict(word)}]"))
    return lines


# ---- Markdown -------------------------------------------------------------------------------
def render_markdown(comparison: Comparison) -> str:
    lines = [f"### {_md(comparison.old_name)} → {_md(comparison.new_name)}", "", f"**{comparison.summary()}**", ""]
    lines.extend(f"- renumbered: {_md(r.description)}" for r in comparison.renumberings)
    lines.extend(f"- heading: {_md(line)}" for line in comparison.heading.lines())
    lines.extend(f"- {_md(line)}" for line in artefact_lines(comparison))
    lines.extend(f"- note: {_md(note)}" for note in comparison.notes)
    if comparison.changes:
        lines.extend(["", "| | change | class | text |", "|---|---|---|---|"])
    for change in comparison.changes:
        lines.append(f"| **{_md(change.label)}** | {change.kind} | {verdict(change)} | {_md_body(change)} |")
    return "\n".join(lines) + "\n"


def _md_body(change: Change) -> str:
    if change.kind == "inserted":
        return f"<ins>{_md(change.new_text)}</ins>"
    if change.kind == "deleted":
        return f"<del>{_md(change.old_text)}</del>"
    parts = []
    for piece in pieces(change):
        if piece.word is None:
            parts.append(_md(piece.new))
            continue
        lead, old, new, trail = edges(piece.old, piece.new)
        marks = (f"<del>{_md(old)}</del>" if old.strip() else "") + (f"<ins>{_md(new)}</ins>" if new.strip() else "")
        parts.append(f"{lead}{marks}{trail}" if marks else _md(piece.new))
    italics = [f"{_md(w.old)} → {_md(w.new)} ({w.rule})" for w in change.words if w.kind == "italics"]
    body = "".join(parts)
    return body + ("<br>italics: " + "; ".join(italics) if italics else "")


def _md(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    for mark in "*_`[]":
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped
