"""The rule base class and the context a rule runs in.

A rule is one small module: a subclass of :class:`Rule` with ``code``, ``slug``, ``severity``,
``summary`` and a docstring with the sections of :data:`DOC_SECTIONS` (the docstring is the rule's
documentation). It declares the kind of node it looks at (:attr:`Rule.node_kind`, one of
:data:`NODE_KINDS`) and implements :meth:`Rule.check` for one such node, yielding
:class:`~resolint.diagnostics.Diagnostic` objects made with :meth:`Rule.diagnostic`.

The engine owns the iteration over the nodes and all memoisation (ruff's checker model): the
findings of a node check may depend on the node, on the rule's options and on the document's
:class:`Facts` alone, and the engine keeps them while those are unchanged (the language server
re-lints on every keystroke). A rule that looks at the whole document has ``node_kind = "document"``;
a node rule may add findings about the document as a whole in :meth:`Rule.check_document`.
Derived data shared by many checks (phrase lookups, vocabularies) come from the engine's per-document
memo through :meth:`Context.cached`; a document rule that needs a fact of every text (its distinct
words) asks :meth:`Context.text_union`, which the engine keeps up to date across edits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from typing import ClassVar, Generic, Literal, TypeVar

from resolint.diagnostics import Diagnostic, Edit, Fix, Severity
from resolint.grammar.genre import adoption_evidence
from resolint.memo import MemoScope, TextUnion, active_scope, union_of
from resolint.model import Document, Footnote, NestedDraft, Operative, Preambular, SectionHeading, Span, Text
from resolint.refdata_states import canonical_organ

DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety")

OptionValue = int | str | bool | None
"""The value of a rule option (``[tool.resolint.options.RT401] max_words = 4``)."""
Options = Mapping[str, OptionValue]

NodeKind = Literal["document", "texts", "body_texts", "preamble", "operative", "inner_operative", "footnotes"]
Node = Document | Text | Preambular | Operative | Footnote
"""What a rule's :meth:`Rule.check` looks at."""
N = TypeVar("N", Document, Text, Preambular, Operative, Footnote)
R = TypeVar("R")


@dataclass(frozen=True)
class Body:
    """A preamble and operative part read as one text: the resolution's own, or those of a draft
    nested in it ("… the adoption of the following draft resolution:"). Rules that compare
    paragraphs with each other (a repeated opener, a preambular paragraph after the operative part,
    the last operative paragraph's ending) compare them within one body, never across the boundary
    between the resolution and its draft."""

    preamble: Sequence[Preambular]
    operative: Sequence[Operative]
    headings: Sequence[SectionHeading]
    draft: NestedDraft | None = None  # None: the resolution's own body

    def organ(self, document: Document) -> str | None:
        """The organ of the body's authoring line (a nested draft's own, else the document's)."""
        authoring = self.draft.authoring if self.draft is not None else document.authoring
        return authoring.organ if authoring is not None else None

    def heading_between(self, start: int, end: int) -> SectionHeading | None:
        """The last heading of this body between two offsets (a paragraph's end and the next's start)."""
        between = [heading for heading in self.headings if start <= heading.span.start < end]
        return between[-1] if between else None


def bodies(document: Document) -> list[Body]:
    """The resolution's body, then each nested draft's (drafts inside drafts too), in source order."""
    found = [Body(document.preamble, document.operative, document.headings)]
    pending = list(document.drafts)
    while pending:
        draft = pending.pop(0)
        found.append(Body(draft.preamble, draft.operative, draft.headings, draft))
        pending[:0] = draft.drafts
    return found


def _inner_operative(document: Document) -> list[Operative]:
    """Operative paragraphs followed by another one of the same section (neither the last of their
    body nor one before a heading): those that end with ";"."""
    inner: list[Operative] = []
    for body in bodies(document):
        operative = list(body.operative)
        ends = {
            id(paragraph)
            for paragraph, after in pairwise(operative)
            if body.heading_between(paragraph.span.end, after.span.start) is not None
        }
        inner.extend(paragraph for paragraph in operative[:-1] if id(paragraph) not in ends)
    return inner


def _all_preamble(document: Document) -> list[Preambular]:
    return [paragraph for body in bodies(document) for paragraph in body.preamble]


def _all_operative(document: Document) -> list[Operative]:
    return [paragraph for body in bodies(document) for paragraph in body.operative]


NODE_KINDS: dict[str, Callable[[Document], Sequence[Node]]] = {
    "document": lambda document: (document,),
    "texts": Document.texts,  # every running text: paragraphs, wrap-ups, authoring lines, annex, drafts, footnotes
    "body_texts": Document.body_texts,  # paragraph texts only
    "preamble": _all_preamble,  # the resolution's and its nested drafts' (see Body)
    "operative": _all_operative,
    "inner_operative": _inner_operative,
    "footnotes": attrgetter("footnotes"),
}
"""The nodes of each kind in a document, in the order the rules see them."""


@dataclass(frozen=True)
class Facts:
    """What a node check may read besides its node: facts of the whole document, worked out once
    per lint. The engine keeps a node's findings while its rule's options and these are unchanged."""

    house_style: bool
    """Whether the UN editors' house style (spelling, abbreviations, "also" on a repeated opener or
    verb, italics extent) applies. Security Council resolutions are published in the words, spelling
    and italics the Council adopted, which are the penholder's ("recognising", "UN", "Recalling"
    twice, *Expressing* concern): such findings on them would be false."""
    organ: str | None
    """The organ whose resolutions "its resolution …" cites (the heading's, else the authoring line's)."""
    adopted: str | None = None
    """What shows the text is adopted as published (its symbol, its meeting line …), None for a draft.
    An adopted text is the record of a decision: the UN changes it only by a corrigendum, and a quote
    of it (an NGO's report, a later draft's preamble) must stay word for word. So the engine applies
    no fix that changes its wording unasked (see :attr:`Fix.keeps_wording`); the findings stay."""

    @classmethod
    def of(cls, document: Document) -> Facts:
        authoring = document.authoring
        organ = canonical_organ(document.heading.organ) or (canonical_organ(authoring.organ) if authoring else None)
        if authoring is not None:
            house_style = authoring.organ != "Security Council"
        else:  # no authoring line: the Council is known by its symbol ("S/RES/2573 (2021)")
            house_style = not (document.heading.symbol or "").startswith("S/RES/")
        return cls(house_style, organ, adoption_evidence(document))


@dataclass(frozen=True)
class Suppression:
    """A ``<!-- resolint-disable… -->`` comment."""

    action: str
    codes: frozenset[str]  # empty: every rule
    line: int  # 1-based line of the comment's end
    start_line: int
    span_start: int
    span_end: int

    def covers(self, code: str) -> bool:
        return not self.codes or any(code.startswith(c) for c in self.codes)


@dataclass
class Context:
    """What a rule sees: the document, its facts, the rule's options and the per-document memo."""

    document: Document
    options: Options = field(default_factory=dict)
    facts: Facts | None = None  # worked out from the document when not given
    memo: MemoScope | None = None  # the active scope when not given
    suppressions: list[Suppression] = field(default_factory=list)  # for rules of the "suppressions" stage
    used_suppressions: set[int] = field(default_factory=set)
    enabled: Callable[[str], bool] | None = None  # the selection in force
    unions: dict[Callable[[str], list[str]], TextUnion] | None = None  # kept across lints by the engine

    def __post_init__(self) -> None:
        if self.facts is None:
            self.facts = Facts.of(self.document)
        if self.memo is None:
            self.memo = active_scope()
        self.lines = self.document.lines

    @property
    def source(self) -> str:
        return self.document.source

    def span(self, start: int, end: int) -> Span:
        return self.lines.span(start, end)

    def text_span(self, text: Text, plain_start: int, plain_end: int) -> Span:
        """Source span of ``text.plain[plain_start:plain_end]``."""
        start = text.source_offset(plain_start)
        end = text.source_offset(plain_end - 1) + 1 if plain_end > plain_start else start
        return self.span(start, end)

    def cached(self, function: Callable[..., R], *args: str) -> R:
        """``function(*args)`` from the document's memo (``function`` is :func:`~resolint.memo.memoised`,
        a pure function of the texts it is given)."""
        assert self.memo is not None
        return self.memo.value(function, *args)

    def text_union(self, function: Callable[[str], list[str]]) -> Collection[str]:
        """The distinct items of ``function(text.plain)`` over the document's texts (e.g. its words).

        In the language server the engine keeps the union from one analysis to the next and reads
        only the texts that changed (:class:`~resolint.memo.TextUnion`); the result is the same."""
        plains = [text.plain for text in self.document.texts()]
        if self.unions is None:
            return union_of(function, plains)
        union = self.unions.get(function)
        if union is None:
            union = self.unions[function] = TextUnion(function)
        return union.update(plains)


class Rule(Generic[N]):
    """Base class of every rule. Subclasses set the class attributes and implement :meth:`check`."""

    code: ClassVar[str]
    slug: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str]
    fixable: ClassVar[str] = "never"  # "always" | "sometimes" | "never"
    fix_title: ClassVar[str] = ""
    keeps_wording: ClassVar[bool] = False
    """Whether the rule's fixes leave the resolution's text as adopted (its words, punctuation,
    numbering, typography): true of fixes that undo a copy's artefacts (page furniture, lost italics,
    joined lines) or edit resolint's own comments, which apply to an adopted text too. A finding can
    say otherwise (``diagnostic(keeps_wording=…)``)."""
    options: ClassVar[Options] = {}
    stage: ClassVar[str] = "document"  # "suppressions": runs after suppression comments were applied
    node_kind: ClassVar[NodeKind] = "document"
    """The nodes :meth:`check` looks at, one by one (see :data:`NODE_KINDS`)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.document = context.document
        assert context.facts is not None
        self.facts: Facts = context.facts

    def check(self, node: N) -> Iterator[Diagnostic]:
        """The findings on one node of :attr:`node_kind`. Except for the kind ``"document"``, they
        may depend on the node, :attr:`facts` and the options only (``tests/test_rule_api.py``)."""
        raise NotImplementedError

    def check_document(self) -> Iterator[Diagnostic]:
        """Findings of a node rule that are not about one node (e.g. the last paragraph's ending)."""
        return iter(())

    def nodes(self) -> Sequence[N]:
        """The document's nodes of :attr:`node_kind`."""
        return NODE_KINDS[self.node_kind](self.document)  # type: ignore[return-value]

    def nodes_of(self, kind: NodeKind) -> list:
        """The document's nodes of another kind (e.g. every preambular paragraph, the nested drafts' too)."""
        return list(NODE_KINDS[kind](self.document))

    def run(self) -> Iterator[Diagnostic]:
        """Every finding of the rule on the document, without memo (the engine's uncached path)."""
        yield from self.check_document()
        for node in self.nodes():
            yield from self.check(node)

    def option(self, name: str) -> OptionValue:
        return self.context.options.get(name, self.options[name])

    def int_option(self, name: str) -> int:
        value = self.option(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"option {name} of {self.code} must be a whole number, not {value!r}")
        return value

    def str_option(self, name: str) -> str | None:
        value = self.option(name)
        return None if value is None else str(value)

    def diagnostic(
        self,
        span: Span,
        message: str,
        edits: list[Edit] | tuple[Edit, ...] | None = None,
        *,
        fix_title: str | None = None,
        safe: bool = True,
        keeps_wording: bool | None = None,
        related: list[tuple[Span, str]] | None = None,
    ) -> Diagnostic:
        fix = None
        if edits is not None:
            keeps = self.keeps_wording if keeps_wording is None else keeps_wording
            fix = Fix(fix_title or self.fix_title or message, tuple(edits), safe, keeps)
        return Diagnostic(
            rule=self.code,
            slug=self.slug,
            severity=self.severity,
            message=message,
            span=span,
            fix=fix,
            related=related or [],
        )

    @classmethod
    def documentation(cls) -> str:
        """The rule's documentation as Markdown, from its docstring."""
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")


WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*")
