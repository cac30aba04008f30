"""Diagnostic output formats: text, JSON, SARIF 2.1.0 and GitHub workflow commands."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from resolint import __version__, links
from resolint.diagnostics import Diagnostic, Severity
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
    }
    if callable(result.locate):
        item["location"] = result.locate(span.start)
    return item


def render_json(results: list[FileResult]) -> str:
    items = [diagnostic_json(r, d) for r in results for d in r.diagnostics]
    return json.dumps(items, ensure_ascii=False, indent=2)


def render_text(results: list[FileResult]) -> str:
    out: list[str] = []
    total = fixable = 0
    for result in results:
        for notice in result.notices:
            out.append(f"{result.path}: note: {notice}")
        for d in result.diagnostics:
            total += 1
            mark = " [*]" if d.fix and d.fix.safe else ""
            fixable += bool(mark)
            where = f" ({result.locate(d.span.start)})" if callable(result.locate) else ""
            out.append(
                f"{result.path}:{d.span.line}:{d.span.column}: {d.rule} [{d.severity.label}] {d.message}{mark}{where}"
            )
    files = len(results)
    if total:
        out.append(
            f"Found {total} problem{'s' * (total != 1)} in {files} file{'s' * (files != 1)}"
            f" ({fixable} fixable with `resolint fix`, marked [*])."
        )
    else:
        out.append(f"All checks passed ({files} file{'s' * (files != 1)}).")
    return "\n".join(out)


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(results: list[FileResult]) -> str:
    out: list[str] = []
    for result in results:
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
