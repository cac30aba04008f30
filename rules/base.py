"""The rule base class and the context a rule runs in.

A rule is one small module: a subclass of :class:`Rule` with ``code``, ``slug``, ``severity``,
``summary`` and a docstring with the sections *What it does*, *Why is this bad?*, *Example*
and *Use instead* (the docstring is the rule's documentation), and a ``check`` method that
yields :class:`~resolint.diagnostics.Diagnostic` objects through :meth:`Context.report`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from resolint.diagnostics import Diagnostic, Edit, Fix, Severity
from resolint.model import Document, Span, Text

DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")


@dataclass
class Context:
    """What a rule sees: the document, the settings' options for this rule, and a report sink."""

    document: Document
    options: dict[str, Any] = field(default_factory=dict)
    found: list[Diagnostic] = field(default_factory=list)
    suppressions: list[Any] = field(default_factory=list)  # for rules of the "suppressions" stage
    used_suppressions: set[int] = field(default_factory=set)
    enabled: Any = None  # callable code -> bool, the selection in force
    state: dict[str, Any] | None = None
    """A place where a rule may keep work for the next lint of the same open document (the language
    server's :class:`~resolint.engine.LintCache`); None for a one-off lint. What is kept there must
    never change the findings, only the time to find them."""

    @property
    def source(self) -> str:
        return self.document.source

    def span(self, start: int, end: int) -> Span:
        return self.document.lines.span(start, end)

    def text_span(self, text: Text, plain_start: int, plain_end: int) -> Span:
        """Source span of ``text.plain[plain_start:plain_end]``."""
        start = text.source_offset(plain_start)
        end = text.source_offset(plain_end - 1) + 1 if plain_end > plain_start else start
        return self.span(start, end)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    slug: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str]
    fixable: ClassVar[str] = "never"  # "always" | "sometimes" | "never"
    fix_title: ClassVar[str] = ""
    options: ClassVar[dict[str, Any]] = {}
    stage: ClassVar[str] = "document"  # "suppressions": runs after suppression comments were applied
    scope: ClassVar[str] = "document"
    """``"node"``: the findings are :meth:`check_document` plus :meth:`check_node` of each of
    :meth:`targets`, and those of one node depend on that node alone (its text, kind and phrase) and
    on :meth:`context_key`. The engine may then keep them while the node is unchanged (the language
    server re-lints on every keystroke)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.document = context.document

    def check(self) -> Iterator[Diagnostic]:
        if self.scope != "node":
            raise NotImplementedError
        yield from self.check_document()
        for node in self.targets():
            yield from self.check_node(node)

    # ---- rules of scope "node" ------------------------------------------------------------------
    targets_name: ClassVar[str] = ""
    """The document's list that :meth:`check_node` looks at: ``"texts"``, ``"body_texts"``,
    ``"preamble"``, ``"operative"`` or ``"footnotes"``. The engine's cache indexes a named list once
    per lint for every rule that uses it. A rule with another list overrides :meth:`targets`."""

    def targets(self) -> Iterable[Any]:
        """The nodes (texts or paragraphs) that :meth:`check_node` looks at, one by one."""
        found = getattr(self.document, self.targets_name)
        return found() if callable(found) else found

    def check_node(self, node: Any) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def check_document(self) -> Iterator[Diagnostic]:
        """Findings of a node-scoped rule that are not about one node (e.g. heading fields)."""
        return iter(())

    def context_key(self) -> Any:
        """What, besides the node, its findings depend on (e.g. the document's organ); None if nothing."""
        return None

    def option(self, name: str) -> Any:
        return self.context.options.get(name, self.options[name])

    def diagnostic(
        self,
        span: Span,
        message: str,
        edits: list[Edit] | tuple[Edit, ...] | None = None,
        *,
        fix_title: str | None = None,
        safe: bool = True,
        related: list[tuple[Span, str]] | None = None,
    ) -> Diagnostic:
        fix = None
        if edits is not None:
            fix = Fix(fix_title or self.fix_title or message, tuple(edits), safe)
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
