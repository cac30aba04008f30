"""Runs the rules over a document, applies suppressions and severities, and applies fixes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from resolint.config import Settings
from resolint.diagnostics import Diagnostic, Edit, Severity, apply_edits
from resolint.grammar.parser import parse_document
from resolint.memo import TextUnion
from resolint.model import Document, LineIndex, Span
from resolint.newlines import newline_of, to_lf, with_newline
from resolint.rules import Context, Rule, all_rules
from resolint.rules.base import NODE_KINDS, Facts, Node, Suppression

SUPPRESSION_RE = re.compile(
    r"<!--\s*resolint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)
SYNTAX_CODE = "RS000"
CRASH_CODE = "RS999"
MAX_FIX_ROUNDS = 10


def suppressions(document: Document) -> list[Suppression]:
    found: list[Suppression] = []
    for match in SUPPRESSION_RE.finditer(document.source):
        codes = frozenset(c.upper() for c in re.findall(r"[A-Za-z]{2}\d{0,3}", match.group(2)))
        start_line, _ = document.lines.position(match.start())
        end_line, _ = document.lines.position(match.end())
        found.append(Suppression(match.group(1).lower(), codes, end_line, start_line, match.start(), match.end()))
    return found


def suppressed_by(diagnostic: Diagnostic, items: list[Suppression]) -> int | None:
    """Index of the suppression comment that silences ``diagnostic``, or None."""
    line = diagnostic.span.line
    active: list[int] = []
    for index, item in enumerate(items):
        if not item.covers(diagnostic.rule):
            continue
        if item.action == "disable-next-line" and item.line + 1 == line:
            return index
        if item.action == "disable-line" and item.start_line <= line <= item.line:
            return index
        if item.span_start > diagnostic.span.start:
            continue
        if item.action == "disable":
            active.append(index)
        elif item.action == "enable":
            active.clear()
    return active[-1] if active else None


def lint_document(
    document: Document, settings: Settings | None = None, cache: LintCache | None = None
) -> list[Diagnostic]:
    """The diagnostics of ``document``; with ``cache`` (one per open document in the language
    server) the findings of node-scoped rules on nodes unchanged since the last call are kept."""
    settings = settings or Settings()
    if cache is not None:
        cache.begin(settings)
    found: list[Diagnostic] = []
    if settings.enabled(SYNTAX_CODE):
        for problem in document.problems:
            found.append(Diagnostic(SYNTAX_CODE, "syntax", Severity.ERROR, problem.message, problem.span))
    rules = [rule for rule in all_rules() if settings.enabled(rule.code)]
    facts = Facts.of(document)
    for rule in rules:
        if rule.stage == "document":
            unions = cache.unions if cache is not None else None
            context = Context(document, settings.options.get(rule.code, {}), facts, unions=unions)
            if cache is not None and rule.node_kind != "document":
                found.extend(_run_cached(rule, context, cache))
            else:
                found.extend(_run(rule, context))
    items = suppressions(document)
    used: set[int] = set()
    if items:
        kept = []
        for diagnostic in found:
            index = suppressed_by(diagnostic, items)
            if index is None:
                kept.append(diagnostic)
            else:
                used.add(index)
        found = kept
    for rule in rules:
        if rule.stage == "suppressions":
            context = Context(
                document,
                settings.options.get(rule.code, {}),
                facts,
                suppressions=items,
                used_suppressions=used,
                enabled=settings.enabled,
            )
            found.extend(_run(rule, context))
    for diagnostic in found:
        level = settings.severity.get(diagnostic.rule)
        if level and level != "off":
            diagnostic.severity = Severity.parse(level)
    if facts.adopted:
        found = _withhold_wording_fixes(found, facts.adopted)
    found.sort(key=Diagnostic.sort_key)
    return found


def _withhold_wording_fixes(found: list[Diagnostic], evidence: str) -> list[Diagnostic]:
    """On an adopted text, the safe fixes that would change its wording are applied only on request
    (``Facts.adopted``); the findings and their fixes stay, so the slip is reported and can be fixed."""
    reason = f"the text is adopted ({evidence}): the UN changes it only by a corrigendum"
    return [
        replace(d, fix=replace(d.fix, safe=False, withheld=reason))
        if d.fix is not None and d.fix.safe and d.fix.edits and not d.fix.keeps_wording
        else d
        for d in found
    ]


def _run(rule: type[Rule[Node]], context: Context) -> list[Diagnostic]:
    try:
        return list(rule(context).run())
    except Exception as error:  # a broken rule must not take the linter or the server down
        span = context.document.lines.span(0, 0)
        message = f"rule {rule.code} failed on this document ({type(error).__name__}: {error}); please report it"
        return [Diagnostic(CRASH_CODE, "internal-error", Severity.ERROR, message, span)]


def _run_cached(rule: type[Rule[Node]], context: Context, cache: LintCache) -> list[Diagnostic]:
    try:
        return cache.run(rule(context))
    except Exception:  # the uncached run reports the failure as RS999
        cache.forget(rule.code)
        return _run(rule, context)


class LintCache:
    """Findings of node rules per node, kept while the node object, the rule's options and the
    document's :class:`~resolint.rules.base.Facts` are the same.

    The incremental parser hands out the same node object for an unchanged paragraph (moved if text
    before it changed length); its findings are then moved by the same distance instead of found again.
    Per rule it keeps the ids of the nodes checked without findings, the nodes with findings, and a
    reference to every node it knows (so that no other object can take over one of those ids).

    The nodes of a kind (``"texts"``, ``"operative"`` …) are indexed once per lint, and what was added
    to them and removed from them since the last lint is worked out once, for every rule of that kind:
    a rule that saw the last list then only looks at those, not at every node of a long document.
    """

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._stores: dict[str, _RuleStore] = {}
        self._lists: dict[str, _TargetList] = {}  # name -> that list of the document being linted
        self._previous_lists: dict[str, dict[int, Node]] = {}  # name -> that list of the last lint, by id
        self.unions: dict[Callable[[str], list[str]], TextUnion] = {}  # see Context.text_union
        self.reused = 0
        self.checked = 0

    def begin(self, settings: Settings) -> None:
        if settings is not self._settings:  # severities and options may differ: start afresh
            self._stores.clear()
            self._settings = settings
        self.reused = self.checked = 0
        if self._lists:
            self._previous_lists = {name: listed.by_id for name, listed in self._lists.items()}
        self._lists = {}

    def forget(self, code: str) -> None:
        self._stores.pop(code, None)

    def _indexed(self, rule: Rule[Node]) -> _TargetList:
        """The nodes of the rule's kind by id, indexed once per document for every rule of that kind."""
        name = rule.node_kind
        found = self._lists.get(name)
        if found is not None and found.document is rule.document:
            return found
        targets = list(NODE_KINDS[name](rule.document))
        by_id = dict(zip(map(id, targets), targets, strict=True))
        listed = _TargetList(rule.document, by_id, self._previous_lists.get(name))
        self._lists[name] = listed
        return listed

    def run(self, rule: Rule[Node]) -> list[Diagnostic]:
        key = rule.facts
        store = self._stores.get(rule.code)
        if store is None or store.key != key:
            store = _RuleStore(key)
        listed = self._indexed(rule)
        by_id = listed.by_id
        lines = rule.document.lines
        if listed.previous is not None and store.nodes is listed.previous:
            unknown, removed = listed.changes()
            clean = store.clean
            clean.difference_update(removed)
        else:  # the rule has not seen the last list (first lint, new settings, another list)
            clean = store.clean & by_id.keys()
            unknown = None
        with_findings: dict[int, tuple[int, list[Diagnostic]]] = {}
        for ident, (base, found_here) in store.with_findings.items():
            node = by_id.get(ident)
            if node is None:  # gone from the list
                continue
            start = node.span.start
            if start != base:
                found_here = [_moved(d, start - base, lines) for d in found_here]
            with_findings[ident] = (start, found_here)
        if unknown is None:
            unknown = by_id.keys() - clean - with_findings.keys()
        for ident in unknown:
            node = by_id[ident]
            found_here = [_owned(d, lines) for d in rule.check(node)]
            if found_here:
                with_findings[ident] = (node.span.start, found_here)
            else:
                clean.add(ident)
        store.clean, store.with_findings, store.nodes = clean, with_findings, by_id
        self._stores[rule.code] = store
        self.checked += len(unknown)
        self.reused += len(by_id) - len(unknown)
        found = list(rule.check_document())
        for _, found_here in with_findings.values():
            found.extend(found_here)
        return found


class _TargetList:
    """A document's list of targets by id, and the one of the last lint it replaces."""

    __slots__ = ("_changes", "by_id", "document", "previous")

    def __init__(self, document: Document, by_id: dict[int, Node], previous: dict[int, Node] | None) -> None:
        self.document = document
        self.by_id = by_id
        self.previous = previous
        self._changes: tuple[set[int], set[int]] | None = None

    def changes(self) -> tuple[set[int], set[int]]:
        """Ids of the nodes new in this list, and of those gone since the last one. (The last list
        keeps its nodes alive, so a new node cannot have the id of one that is gone.)"""
        if self._changes is None:
            assert self.previous is not None
            self._changes = (self.by_id.keys() - self.previous.keys(), self.previous.keys() - self.by_id.keys())
        return self._changes


class _RuleStore:
    __slots__ = ("clean", "key", "nodes", "with_findings")

    def __init__(self, key: Facts) -> None:
        self.key = key
        self.clean: set[int] = set()
        self.with_findings: dict[int, tuple[int, list[Diagnostic]]] = {}
        self.nodes: dict[int, Node] = {}  # keeps every node named by an id above alive


def _owned(diagnostic: Diagnostic, lines: LineIndex) -> Diagnostic:
    """The diagnostic with spans of its own: a rule may hand out a node's span, which the parser moves."""
    return _moved(diagnostic, 0, lines)


def _moved(diagnostic: Diagnostic, delta: int, lines: LineIndex) -> Diagnostic:
    def span(old: Span) -> Span:
        return Span(old.start + delta, old.end + delta, lines)

    fix = diagnostic.fix
    if fix is not None and delta:
        edits = tuple(Edit(e.start + delta, e.end + delta, e.new_text) for e in fix.edits)
        fix = replace(fix, edits=edits)
    return Diagnostic(
        diagnostic.rule,
        diagnostic.slug,
        diagnostic.severity,
        diagnostic.message,
        span(diagnostic.span),
        fix,
        [(span(at), note) for at, note in diagnostic.related],
    )


def fix_text(
    text: str,
    settings: Settings | None = None,
    path: str | None = None,
    *,
    unsafe: bool = False,
    withheld: bool = False,
    fixed_rules: Counter[str] | None = None,
    held_back: list[str] | None = None,
) -> tuple[str, int]:
    """Apply fixes round by round until nothing more changes (a second run is then a no-op).

    The fixes work on the ``\n`` form of ``text``; the result ends its lines as ``text`` mostly did.
    The count is that of the fixable findings ``lint`` reports on ``text`` that are gone afterwards,
    so that it agrees with lint's "N fixable": a fix that another one's edits overlap waits for the
    next round, and a finding that a fix brings about is fixed too, without counting either twice.
    ``fixed_rules`` (if given) receives the same count per rule code. ``withheld`` also applies the
    fixes held back on an adopted text (:attr:`Fix.withheld`); ``held_back`` (if given) receives the
    reason of each such fix left in the result."""
    newline, text = newline_of(text), to_lf(text)
    last: list[list[Diagnostic]] = []

    def diagnostics_of(current: str) -> list[Diagnostic]:
        last[:] = [lint_document(parse_document(current, path), settings)]
        return last[0]

    text, fixed = fix_rounds(text, diagnostics_of, unsafe, withheld)
    if fixed_rules is not None:
        fixed_rules.update(fixed)
    if held_back is not None and last:
        held_back.extend(d.fix.withheld for d in last[0] if d.fix is not None and d.fix.withheld)
    return with_newline(text, newline), sum(fixed.values())


def fix_rounds(
    text: str, diagnostics_of: Callable[[str], list[Diagnostic]], unsafe: bool = False, withheld: bool = False
) -> tuple[str, Counter[str]]:
    """Apply the fixes ``diagnostics_of(text)`` offers, round by round, until nothing more changes
    (at most :data:`MAX_FIX_ROUNDS`; the last call only lints the final text). ``text`` has ``\n``
    line breaks. The CLI passes a fresh parse and lint, the language server an incremental analysis.
    Returns the new text and, per rule, the fixable findings of ``text`` gone from it (see :func:`fix_text`)."""
    before: Counter[str] | None = None
    remaining: Counter[str] = Counter()
    for round_number in range(MAX_FIX_ROUNDS + 1):
        fixable = [
            d
            for d in diagnostics_of(text)
            if d.fix and d.fix.edits and (d.fix.safe or unsafe or (withheld and d.fix.withheld))
        ]
        remaining = Counter(d.rule for d in fixable)
        if before is None:
            before = remaining
        new_text = _apply_diagnostic_fixes(text, fixable) if fixable else text
        if new_text == text or round_number == MAX_FIX_ROUNDS:
            break
        text = new_text
    return text, (before or Counter()) - remaining


def _apply_diagnostic_fixes(text: str, diagnostics: list[Diagnostic]) -> str:
    """Apply whole fixes: a fix whose edits overlap an earlier fix waits for the next round."""
    taken = _Taken()
    chosen: list[Edit] = []
    for diagnostic in sorted(diagnostics, key=Diagnostic.sort_key):
        edits = diagnostic.fix.edits if diagnostic.fix else ()
        reaches = [(e.start, max(e.end, e.start + 1)) for e in edits]  # an insertion takes the place it is made at
        if any(taken.overlaps(start, end) for start, end in reaches):
            continue
        chosen.extend(edits)
        for start, end in reaches:
            taken.add(start, end)
    return apply_edits(text, chosen)


class _Taken:
    """The places the fixes chosen so far edit: disjoint ranges, sorted, merged as they are added (a round
    with thousands of fixes looks each one up by bisection, not against every range taken)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.ends, start + 1)  # the first range ending after ``start``
        return index < len(self.starts) and self.starts[index] < end

    def add(self, start: int, end: int) -> None:
        first = bisect_left(self.ends, start)  # ranges that touch or overlap [start, end) are merged into it
        last = bisect_right(self.starts, end)
        if first < last:
            start, end = min(start, self.starts[first]), max(end, self.ends[last - 1])
        self.starts[first:last] = [start]
        self.ends[first:last] = [end]
