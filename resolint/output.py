"""Diagnostic output formats: text, JSON, SARIF 2.1.0 and GitHub workflow commands."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from resolint import __version__, links
from resolint.diagnostics import Diagnostic, Edit, Severity, apply_edits
from resolint.model import LineIndex

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    lines: LineIndex
    locate: object = None  # optional callable offset -> "Word paragraph 12" for imported .docx
    notices: list[str] = field(default_factory=list)
    source: str | None = None  # the text as read: fix offsets and text are given for it (\r\n kept)
    _shifts: list[int] | None = field(default=None, repr=False)
    not_checked: str | None = None  # the language the text seems to be in, when it was not checked

    def in_source(self, offset: int, line: int) -> int:
        """The offset in the text as read of ``offset`` (on 1-based ``line``) of the model's ``\n`` text."""
        if not self.source or "\r" not in self.source:
            return offset
        if self._shifts is None:
            from resolint.newlines import line_shifts

            self._shifts = line_shifts(self.source)
        return offset + self._shifts[min(line, len(self._shifts)) - 1]

    def new_text(self, text: str) -> str:
        if not self.source or "\r" not in self.source or "\n" not in text:
            return text
        from resolint.newlines import newline_of, with_newline

        return with_newline(text, newline_of(self.source))


def _edit_json(result: FileResult, start: int, end: int, new_text: str) -> dict:
    s_line, s_col = result.lines.position(start)
    e_line, e_col = result.lines.position(end)
    return {
        "line": s_line,
        "column": s_col,
        "end_line": e_line,
        "end_column": e_col,
        "start_offset": result.in_source(start, s_line),
        "end_offset": result.in_source(end, e_line),
        "new_text": result.new_text(new_text),
    }


def diagnostic_json(result: FileResult, diagnostic: Diagnostic) -> dict:
    span = diagnostic.span
    fix = None
    if diagnostic.fix:
        fix = [_edit_json(result, e.start, e.end, e.new_text) for e in diagnostic.fix.edits]
    item = {
        "path": result.path,
        "rule": diagnostic.rule,
        "slug": diagnostic.slug,
        "severity": diagnostic.severity.label,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "message": diagnostic.message,
        "fix": fix,
        "fix_title": diagnostic.fix.title if diagnostic.fix else None,
        "fix_safe": diagnostic.fix.safe if diagnostic.fix else None,
        "fix_withheld": diagnostic.fix.withheld or None if diagnostic.fix else None,
    }
    if callable(result.locate):
        item["location"] = result.locate(span.start)
    return item


def render_json(results: list[FileResult]) -> str:
    items = [diagnostic_json(r, d) for r in results for d in r.diagnostics]
    return json.dumps(items, ensure_ascii=False, indent=2)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 problem``, ``2 problems``, ``1 fix``/``2 fixes`` (with ``plural_form``)."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def render_text(results: list[FileResult], *, errors: int = 0, quiet: bool = False, show_fixes: bool = False) -> str:
    """One line per finding (``[*]``: ``resolint fix`` fixes it), then a summary line as ruff's.

    ``quiet``: the findings and nothing else. ``show_fixes``: under each fixable finding, what its fix
    changes. ``errors``: files that could not be read; the summary then never says "All checks passed".
    """
    out: list[str] = []
    for result in results:
        if not quiet:
            out.extend(f"{result.path}: note: {notice}" for notice in result.notices)
        for d in result.diagnostics:
            mark = " [*]" if d.fix and d.fix.safe else ""
            where = f" ({result.locate(d.span.start)})" if callable(result.locate) else ""
            out.append(
                f"{result.path}:{d.span.line}:{d.span.column}: {d.rule} [{d.severity.label}] {d.message}{mark}{where}"
            )
            if show_fixes and d.fix:
                out.extend(_fix_lines(result, d))
    if not quiet:
        out.append(summary_line(results, errors))
    return "\n".join(out)


SHOWN_FIX_PLACES = 3  # --show-fixes: the first places a fix changes, then "… and N more"
FIX_CONTEXT = 30  # characters shown either side of a change


def _fix_lines(result: FileResult, d: Diagnostic) -> list[str]:
    """The fix's title, then each changed line before (``-``) and after (``+``) it."""
    safety = "" if d.fix.safe else " (unsafe: only with `resolint fix --unsafe`)"
    if d.fix.withheld:
        safety = f" (only with `resolint fix --unsafe`: {d.fix.withheld})"
    out = [f"    fix: {d.fix.title}{safety}"]
    places = _changed_lines(result.lines.text, d.fix.edits)
    for start, end, edits in places[:SHOWN_FIX_PLACES]:
        before, after = _excerpts(
            result.lines.text[start:end], [Edit(e.start - start, e.end - start, e.new_text) for e in edits]
        )
        out.extend(f"      - {line}" for line in before.splitlines() or [""])
        out.extend(f"      + {line}" for line in after.splitlines() or [""])
    if len(places) > SHOWN_FIX_PLACES:
        out.append(f"      … and {plural(len(places) - SHOWN_FIX_PLACES, 'more place')}")
    return out


def _excerpts(lines: str, edits: list[Edit]) -> tuple[str, str]:
    """``lines`` before and after the edits, cut to :data:`FIX_CONTEXT` characters around the change."""
    after = apply_edits(lines, edits)
    first = min(e.start for e in edits)
    last = max(e.end for e in edits)
    growth = len(after) - len(lines)
    head = max(0, first - FIX_CONTEXT)
    before_end = min(len(lines), last + FIX_CONTEXT)
    after_end = min(len(after), last + growth + FIX_CONTEXT)
    lead = "…" if head else ""
    return (
        lead + lines[head:before_end] + ("…" if before_end < len(lines) else ""),
        lead + after[head:after_end] + ("…" if after_end < len(after) else ""),
    )


def _changed_lines(text: str, edits: tuple[Edit, ...]) -> list[tuple[int, int, list[Edit]]]:
    """The edits grouped by the whole lines they touch: (start, end, edits), in text order."""
    places: list[tuple[int, int, list[Edit]]] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        start = text.rfind("\n", 0, edit.start) + 1
        end = text.find("\n", edit.end)
        end = len(text) if end == -1 else end
        if places and start <= places[-1][1]:
            last_start, last_end, grouped = places[-1]
            places[-1] = (last_start, max(last_end, end), [*grouped, edit])
        else:
            places.append((start, end, [edit]))
    return places


def summary_line(results: list[FileResult], errors: int = 0) -> str:
    findings = [d for r in results for d in r.diagnostics]
    checked = [r for r in results if r.not_checked is None]
    skipped = [r for r in results if r.not_checked is not None]
    parts = []
    if findings:
        fixable = sum(1 for d in findings if d.fix and d.fix.safe)
        unsafe = sum(1 for d in findings if d.fix and not d.fix.safe)
        with_findings = sum(1 for r in results if r.diagnostics)
        files = plural(len(results), "file")
        if with_findings != len(results):
            files = f"{with_findings} of {files}"
        line = f"Found {plural(len(findings), 'problem')} in {files}"
        fixes = []
        if fixable:
            fixes.append(f"{fixable} fixable with `resolint fix`, marked [*]")
        if unsafe:
            fixes.append(f"{unsafe} more with `resolint fix --unsafe`")
        parts.append(line + (f" ({'; '.join(fixes)})" if fixes else ""))
    elif errors or skipped:
        parts.append(f"No problems found in {plural(len(checked), 'file')} checked")
    else:
        parts.append(f"All checks passed ({plural(len(checked), 'file')})")
    if skipped:
        languages = ", ".join(sorted({r.not_checked for r in skipped if r.not_checked}))
        parts.append(f"{plural(len(skipped), 'file')} not checked ({languages})")
    if errors:
        parts.append(f"{plural(errors, 'error')} (above)")
    return "; ".join(parts) + "."


def render_statistics(results: list[FileResult], as_json: bool = False) -> str:
    """ruff's ``--statistics``: the number of findings per rule, most frequent first."""
    counts: dict[str, list] = {}
    for result in results:
        for d in result.diagnostics:
            entry = counts.setdefault(d.rule, [d.rule, d.slug, 0, 0])
            entry[2] += 1
            entry[3] += bool(d.fix and d.fix.safe)
    rows = sorted(counts.values(), key=lambda row: (-row[2], row[0]))
    if as_json:
        items = [{"code": c, "name": n, "count": k, "fixable": f} for c, n, k, f in rows]
        return json.dumps(items, ensure_ascii=False, indent=2)
    width = max((len(str(row[2])) for row in rows), default=1)
    return "\n".join(f"{k:>{width}}  {c}  {'[*]' if f == k else '[-]' if f else '[ ]'} {n}" for c, n, k, f in rows)


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(results: list[FileResult]) -> str:
    out: list[str] = []
    for result in results:
        if result.not_checked:  # a notice annotation: a draft in another language must not pass unseen
            path = _escape_github(result.path, property_value=True)
            out.extend(
                f"::notice file={path},line=1,col=1,title=not checked::{_escape_github(n)}" for n in result.notices
            )
        for d in result.diagnostics:
            s = d.span
            props = (
                f"file={_escape_github(result.path, property_value=True)},line={s.line},col={s.column},"
                f"endLine={s.end_line},endColumn={s.end_column},"
                f"title={_escape_github(f'{d.rule} ({d.slug})', property_value=True)}"
            )
            out.append(f"::{GITHUB_LEVEL[d.severity]} {props}::{_escape_github(d.message)}")
    return "\n".join(out)


def render_sarif(results: list[FileResult]) -> str:
    from resolint.rules import all_rules, rule_url

    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver_rules = [
        {
            "id": rule.code,
            "name": rule.slug,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.documentation().split("\n\n")[0][:1000] or rule.summary},
            "helpUri": rule_url(rule.code),
            "help": {"text": rule.summary, "markdown": rule.documentation()},
            "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
        }
        for rule in rules
    ]
    sarif_results = []
    for result in results:
        for d in result.diagnostics:
            sarif_results.append(_sarif_result(result, d, index))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "resolint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": links.HOMEPAGE,
                        "rules": driver_rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _region(lines: LineIndex, start: int, end: int) -> dict:
    s_line, s_col = lines.position(start)
    e_line, e_col = lines.position(end)
    return {"startLine": s_line, "startColumn": s_col, "endLine": e_line, "endColumn": e_col}


def _sarif_result(result: FileResult, d: Diagnostic, index: dict[str, int]) -> dict:
    location = {
        "physicalLocation": {
            "artifactLocation": {"uri": result.path.replace("\\", "/")},
            "region": _region(result.lines, d.span.start, d.span.end),
        }
    }
    item: dict = {
        "ruleId": d.rule,
        "level": SARIF_LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [location],
    }
    if d.rule in index:
        item["ruleIndex"] = index[d.rule]
    if d.fix:
        item["fixes"] = [
            {
                "description": {"text": d.fix.title},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": result.path.replace("\\", "/")},
                        "replacements": [
                            {
                                "deletedRegion": _region(result.lines, e.start, e.end),
                                "insertedContent": {"text": e.new_text},
                            }
                            for e in d.fix.edits
                        ],
                    }
                ],
            }
        ]
    return item
