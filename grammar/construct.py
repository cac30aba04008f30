"""Construction, the builder's last stage: a classified paragraph (its unit, the units that
continue it, its sub-paragraphs) → a model node with exact positions, and its opening phrase."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from resolint.extentvotes import italic_end
from resolint.grammar.authoring import quote_lead
from resolint.grammar.genre import Target
from resolint.grammar.inline import build_text
from resolint.grammar.rawlines import shifted
from resolint.grammar.segment import Unit
from resolint.memo import memoised
from resolint.model import (
    Artefact,
    Document,
    Footnote,
    LineIndex,
    NodeKind,
    Operative,
    Paragraph,
    Preambular,
    Span,
    SubParagraph,
    Text,
)
from resolint.refdata import (
    SHARED_HABIT,
    PhraseMatch,
    closed_class_words,
    italics_habit,
    match_operative,
    match_preambular,
    operative_phrases,
)


class ParagraphSource(Protocol):
    """What construction reads of the builder (``grammar/builder.py``'s ``_Builder``): the source, its
    lines, the document so far (its authoring line), and a paragraph's text over all its units."""

    source: str
    lines: LineIndex
    doc: Document

    @property
    def italics_as_adopted(self) -> bool: ...

    @property
    def quoted_copy(self) -> bool: ...

    def paragraph_text(self, pending: Pending) -> tuple[Text, list[tuple[int, int]]]: ...


FUNCTION_WORDS = {"to", "that", "of", "at", "on", "the", "by", "in", "with", "for", "a", "an", "its", "all"}
WRITTEN_LABEL = re.compile(
    r"\((?:[a-z]{1,6}|\d{1,3})\)|\d{1,3}\.|[a-z]\.|PP ?\d{1,3}(?: ?(?:bis|ter|quater|alt|[a-z]))?[.:]?"
)  # "PP2": a working text's label
"""A label written before a preambular paragraph's text ("(a) *To promote* …"): :attr:`Preambular.label`."""

TRAILING_MARKS_RE = re.compile(r"(?:\[\^[^\]\s]+\]|\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹*_\s])+$")
MARK_ENDINGS = frozenset("]}⁰¹²³⁴⁵⁶⁷⁸⁹*_")  # the last character of every match of TRAILING_MARKS_RE but spaces


@dataclass
class Pending:
    kind: NodeKind
    unit: Unit
    extra: list[Unit] = field(default_factory=list)
    artefacts: list[tuple[str, int, int]] = field(default_factory=list)
    children: list[Pending] = field(default_factory=list)
    level: int = 1
    target: Target | None = None  # the resolution or the nested draft the paragraph belongs to
    wrap_up: Unit | None = None  # flush-left text after the items that carries the paragraph on

    def add_part(self, unit: Unit, artefact: str) -> None:
        self.extra.append(unit)
        if unit.bullet:  # a copy's list hyphen before a line of the paragraph's text
            self.artefacts.append(("bullet", *unit.bullet))
        if artefact:
            self.artefacts.append((artefact, unit.start, unit.start + 1))

    @property
    def end(self) -> int:
        return self.extra[-1].end if self.extra else self.unit.end

    @property
    def single_unit(self) -> bool:
        """The paragraph is its unit and nothing else (no continuation, sub-paragraph or artefact)."""
        return not (self.extra or self.children or self.artefacts)

    def fact(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept on the unit when the paragraph is its unit alone (the unit's text never changes)."""
        if self.extra:
            return compute()
        found = self.unit.derived.get(name)
        if found is None:
            found = self.unit.derived[name] = compute()
        return found

    def organ(self, builder: ParagraphSource) -> str | None:
        """The organ of the text, or of the draft the paragraph belongs to."""
        target = self.target
        authoring = target.authoring if target is not None and target.authoring is not None else builder.doc.authoring
        return authoring.organ if authoring is not None else None

    def italics_habit(self, builder: ParagraphSource) -> tuple[str, str | None]:
        """How far the organ of the paragraph carries the italics of an opener or verb (pasted text has
        none, so the phrase is read by the organ's habit and its texts' votes), and the organ."""
        organ = self.organ(builder)
        return italics_habit(organ), organ

    def extent_end(self) -> int:
        """End of the paragraph with all its sub-paragraphs and the text after them."""
        ends = [self.end, *(child.extent_end() for child in self.children)]
        return max([*ends, self.wrap_up.end] if self.wrap_up is not None else ends)

    def shape(self, base: int, habit: tuple[str, str | None]) -> tuple:
        """Everything the node is built from but the source text, with offsets counted from ``base``."""
        unit = self.unit
        return (
            habit,
            self.kind,
            self.level,
            unit.kind,
            unit.start - base,
            unit.end - base,
            unit.text_start - base,
            shifted(unit.bullet, -base),
            unit.label,
            shifted(unit.label_span, -base),
            unit.run_together,
            tuple((part.text_start - base, part.end - base) for part in self.extra),
            tuple((kind, start - base, end - base) for kind, start, end in self.artefacts),
            tuple(child.shape(base, habit) for child in self.children),
            (self.wrap_up.text_start - base, self.wrap_up.end - base) if self.wrap_up is not None else None,
        )

    def build(self, builder: ParagraphSource) -> Paragraph:
        lines = builder.lines
        text, parts = builder.paragraph_text(self)
        span = lines.span(self.unit.start, self.end)
        artefacts = [Artefact(kind, lines.span(s, e)) for kind, s, e in self.artefacts]
        if self.unit.bullet:
            artefacts.append(Artefact("bullet", lines.span(*self.unit.bullet)))
        if self.unit.run_together:
            artefacts.append(Artefact("run-together", lines.span(self.unit.start, self.unit.start + 1)))
        part_spans = tuple(lines.span(s, e) for s, e in parts)
        label_span = lines.span(*self.unit.label_span) if self.unit.label_span else None
        common = {
            "text": text,
            "span": span,
            "artefacts": tuple(artefacts),
            "parts": part_spans,
        }
        if self.kind == NodeKind.SUBPARAGRAPH:
            children = tuple(child.build(builder) for child in self.children)
            return SubParagraph(
                NodeKind.SUBPARAGRAPH,
                **common,
                label=(self.unit.label or "").strip("()"),
                label_span=label_span,
                level=self.level,
                children=children,  # type: ignore[arg-type]
            )
        habit, organ = self.italics_habit(builder)
        phrase, phrase_span, phrase_from = detect_phrase(
            text,
            self.kind,
            lines,
            habit,
            organ=organ,
            as_italicised=builder.italics_as_adopted,
            quoted=builder.quoted_copy,
        )
        children = tuple(child.build(builder) for child in self.children)
        wrap_up = None
        if self.wrap_up is not None:
            wrap_up = build_text(builder.source, [(self.wrap_up.text_start, self.wrap_up.end)], lines)
        paragraph = {
            **common,
            "phrase": phrase,
            "phrase_span": phrase_span,
            "phrase_from": phrase_from,
            "children": children,
            "wrap_up": wrap_up,
        }
        if self.kind == NodeKind.OPERATIVE:
            number = (self.unit.label or "").rstrip(".)]") or None
            return Operative(NodeKind.OPERATIVE, **paragraph, number=number, number_span=label_span)
        label = builder.source[span.start : text.span.start].strip()
        return Preambular(NodeKind.PREAMBULAR, **paragraph, label=label if WRITTEN_LABEL.fullmatch(label) else "")


def detect_phrase(
    text: Text,
    kind: NodeKind,
    lines: LineIndex,
    habit: str = SHARED_HABIT,
    *,
    organ: str | None = None,
    as_italicised: bool = False,
    quoted: bool = False,
) -> tuple[str | None, Span | None, str]:
    """The opening phrase: from the italics where they open the paragraph, else from the phrase lists
    read with the organ's italics ``habit`` (:func:`resolint.refdata.extend_phrase`).

    Italics that run on over function words ("*Decides to*") give the listed phrase, unless
    ``as_italicised`` (a text whose italics are as adopted, such as the Security Council's
    "*Taking note of*"): then the italic run is the phrase."""
    plain = text.plain
    lead = len(plain) - len(plain.lstrip())
    if quoted:  # a press release's copy: the quotation mark that opens the paragraph is not the phrase's
        lead += quote_lead(plain[lead:])
    body = plain[lead:]
    matcher = match_operative if kind == NodeKind.OPERATIVE else match_preambular
    first_italic = text.italics[0] if text.italics else None
    if first_italic is not None and text.source_offset(lead) == first_italic.start:
        italic_text = _plain_of(text, first_italic)
        phrase = italic_text.rstrip(" ,;:.").strip()
        if not as_italicised and phrase.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS:  # "*Decides to*"?
            listed = matcher(body, habit)
            if listed and listed.known and phrase.startswith(listed.phrase) and phrase != listed.phrase:
                extra = phrase[len(listed.phrase) :].split()
                if extra and all(word.lower() in FUNCTION_WORDS for word in extra):
                    phrase = listed.phrase
        if phrase:
            start = first_italic.start
            end = text.source_offset(lead + len(phrase) - 1) + 1
            return phrase, lines.span(start, end), "italics"
    listed = matcher(body, habit)
    if listed is None and kind == NodeKind.PREAMBULAR:  # "Recalls …," in a preamble: the verb all the same
        listed = match_operative(body, habit)
        listed = PhraseMatch(listed.phrase, listed.end, known=False) if listed is not None else None
    elif listed is None:  # "4. Emphasising …, reaffirms …": the Security Council opens with a participle
        listed = match_preambular(body, habit) or _bare_verb(body)
        listed = PhraseMatch(listed.phrase, listed.end, known=False) if listed is not None else None
    if listed is None:
        return None, None, "none"
    size = italic_end(body, listed.end, organ)
    start = text.source_offset(lead)
    end = text.source_offset(lead + size - 1) + 1
    return body[:size], lines.span(start, end), "phrase-list" if listed.known else "guess"


def _bare_verb(body: str) -> PhraseMatch | None:
    """ "11. Request the Secretary-General …": a listed verb without its "-s" (a slip, or an order in a
    mandate's list) is still the paragraph's verb; so is an unlisted one before its object ("30. Ensure
    the protection of …": one of the Council's mandate tasks, which open with a bare verb, numbered as a
    paragraph in S/RES/2556, 2612 and 2666)."""
    word = body.split(" ", 1)[0]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return None
    if f"{word}s" in operative_phrases() or (BARE_VERB_RE.match(body) and word.lower() not in closed_class_words()):
        return PhraseMatch(word, len(word), known=False)
    return None


# A bare verb and its object's first word ("Ensure the", "Provide a"); the words of the closed classes
# that also stand there ("In the", "Since the") are in ``resolint/data/closed-class-words.txt``.
BARE_VERB_RE = re.compile(r"[A-Z][a-z]{2,} (?:the|a|an|all|its|their|that)\b")


def _plain_of(text: Text, span: Span) -> str:
    """The plain text covered by a source span."""
    return text.plain[text.plain_index(span.start) : text.plain_index(span.end)]


@memoised  # asked for every paragraph, again on every keystroke in the server
def _last_char_before_marks(text: str) -> str:
    """The last character of ``text`` before the footnote marks, emphasis marks and spaces that end it."""
    if text[-1:] not in MARK_ENDINGS and not text[-1:].isspace():
        return text[-1:]  # most paragraphs end in punctuation: no need to scan them
    return TRAILING_MARKS_RE.sub("", text)[-1:]


def build_footnote(source: str, lines: LineIndex, unit: Unit, text: Text) -> Footnote:
    """A footnote definition's node: its label as written ("[^3]:", "³", "^{a}", "*") and its text."""
    if unit.kind == "bullet":  # "* State not a member of the Human Rights Council."
        label, style = "*", "asterisk"
        label_span = unit.bullet or (unit.start, unit.start + 1)
        label_span = (label_span[0], label_span[0] + 1)
    else:
        raw = unit.label or ""
        label_span = unit.label_span or (unit.start, unit.start)
        if unit.kind == "footnote_md":
            label, style = raw[2:-2], "markdown"
        elif raw.startswith("^"):
            label, style = raw.strip("^{}"), "caret"
        else:
            label, style = raw.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")), "superscript"
    return Footnote(label, text, lines.span(unit.start, unit.end), lines.span(*label_span), style)
