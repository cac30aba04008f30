"""The ``resolint`` command line: lint, fix, fmt, parse, rules, export, import, serve.

Exit codes (as ruff's): 0 clean, 1 findings (or changes with ``--check``/``--diff``; 0 with
``--exit-zero``), 2 usage or input error (an unreadable file, a bad configuration, an unknown rule code).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from resolint import __version__
from resolint.loading import (  # the loader and its error live below the CLI (the language server uses them)
    AKN_SUFFIXES,
    DOCX_SUFFIXES,
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    LoadedFile,
    UsageError,
    load_akn,
    load_docx,
    load_file,
)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    from resolint.inputs import InputError
    from resolint.parallel import WorkerError

    try:
        return int(args.handler(args) or 0)
    except (UsageError, WorkerError, InputError) as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resolint", description="Lint, fix, format and export UN-style resolutions.")
    parser.add_argument("--version", action="version", version=f"resolint {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", help="what to do; 'resolint COMMAND --help' says more"
    )

    lint = sub.add_parser("lint", help="report problems in resolution files, folders or globs")
    _add_selection(lint)
    _add_discovery(lint, "lint")
    lint.add_argument(
        "--format",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="report format: text for people, json, sarif (code scanning) or github (workflow annotations)",
    )
    lint.add_argument("--output", "-o", metavar="FILE", help="write the report to this file instead of standard output")
    lint.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings (2 on errors)")
    lint.add_argument(
        "--statistics", action="store_true", help="print the number of findings per rule instead of the findings"
    )
    lint.add_argument(
        "-q", "--quiet", action="store_true", help="print the findings and nothing else (no notes, no summary line)"
    )
    lint.add_argument("--show-fixes", action="store_true", help="print what each fixable finding's fix would change")
    lint.set_defaults(handler=cmd_lint)

    fix = sub.add_parser("fix", help="apply safe fixes in place (atomically)")
    _add_selection(fix)
    _add_discovery(fix, "fix")
    fix.add_argument("--diff", action="store_true", help="print a unified diff and write nothing")
    fix.add_argument("--unsafe", action="store_true", help="also apply fixes marked unsafe")
    fix.add_argument("--show-fixes", action="store_true", help="list the fixes applied, per file and rule")
    # ---- fix draft.docx as tracked changes (resolint.diff owns these options) ----
    from resolint.cli_diff import add_fix_docx_options

    add_fix_docx_options(fix)
    fix.set_defaults(handler=cmd_fix)

    fmt = sub.add_parser("fmt", help="turn pasted or loose text into the canonical .res.md form")
    fmt.add_argument("paths", nargs="+", help="text or .res.md files to format; '-' reads standard input")
    fmt.add_argument("-o", "--output", help="write to this file (one input only); default: standard output")
    fmt.add_argument("--write", action="store_true", help="write FILE.res.md next to each input (in place for .res.md)")
    fmt.add_argument("--check", action="store_true", help="exit 1 if a file is not in canonical form")
    fmt.add_argument("--diff", action="store_true", help="print a unified diff against the input")
    fmt.add_argument(
        "--force", action="store_true", help="with --write: replace an existing FILE.res.md made from something else"
    )
    fmt.set_defaults(handler=cmd_fmt)

    parse = sub.add_parser("parse", help="print the document model")
    parse.add_argument("paths", nargs="+", help="resolution files (text, .res.md or .docx); '-' reads standard input")
    parse.add_argument("--format", choices=("json",), default="json", help="output format (JSON, the only one)")
    parse.set_defaults(handler=cmd_parse)

    rules = sub.add_parser("rules", help="list the rules, or print one rule's documentation")
    rules.add_argument("rule", nargs="?", help="a rule code (RT401) or slug")
    rules.add_argument(
        "--format", choices=("text", "json", "markdown"), default="text", help="output format of the list or page"
    )
    rules.set_defaults(handler=cmd_rules)

    export = sub.add_parser("export", help="write a Word document in UN layout, or AKN4UN XML (--to akn)")
    export.add_argument("path", help="the resolution to export (.res.md or text)")
    export.add_argument("-o", "--output", help="the .docx (or .xml) to write (default: next to the input)")
    export.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size: a4 (Geneva) or letter (New York)"
    )
    export.add_argument("--emblem", metavar="FILE", help="an image for the emblem's place (left empty without one)")
    export.add_argument("--job-number", help="the secretariat's job number, e.g. 17-21689 (front matter: job-number)")
    export.add_argument("--date-code", help="the date code after the job number, e.g. 131217 (front matter: date-code)")
    export.add_argument("--link-target", help="link pattern for document symbols, {symbol} in it; 'none' for no links")
    export.add_argument("--to", choices=("docx", "akn"), default="docx", help="docx (default) or akn: AKN4UN XML")
    # ---- export --base (resolint.diff owns these options) ----
    from resolint.cli_diff import add_base_options

    add_base_options(export)
    export.set_defaults(handler=cmd_export)

    imp = sub.add_parser("import", help="read Word drafts or AKN4UN files into .res.md text")
    imp.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a Word draft (.docx) or an AKN4UN file (.xml), printed or written to -o; or several, or folders: each written next to"
        " its source as NAME.res.md (an existing one is not overwritten)",
    )
    imp.add_argument("-o", "--output", help="the .res.md to write (one draft only; default: standard output)")
    _add_walk_options(imp)
    imp.set_defaults(handler=cmd_import)

    # ---- diff (resolint.diff owns this block) ----
    from resolint.cli_diff import add_diff_parser

    add_diff_parser(sub)

    serve = sub.add_parser("serve", help="run the language server (stdio by default)")
    serve.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio (for debugging)")
    serve.set_defaults(handler=cmd_serve)
    return parser


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--select", metavar="CODES", help="comma-separated rule codes or prefixes to enable (default: all)"
    )
    parser.add_argument("--ignore", metavar="CODES", help="comma-separated rule codes or prefixes to disable")
    parser.add_argument(
        "--severity", choices=("info", "warning", "error"), help="report only findings of at least this severity"
    )
    parser.add_argument(
        "--config", metavar="FILE", help="use this resolint.toml / pyproject.toml instead of searching upward"
    )
    parser.add_argument("--no-config", action="store_true", help="ignore configuration files")


def _add_discovery(parser: argparse.ArgumentParser, verb: str) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        default=[],
        help=f"files, folders or globs to {verb} (default: the current folder); '-' reads standard input",
    )
    parser.add_argument(
        "--stdin-filename", metavar="NAME", help="the name to report (and find configuration from) for '-'"
    )
    _add_walk_options(parser)


def _add_walk_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PATTERNS",
        help="comma-separated gitignore-style patterns of files and folders to skip, on top of the configuration's"
        " (a file named explicitly is still read)",
    )
    parser.add_argument(
        "--no-respect-gitignore", action="store_true", help="also read files that .gitignore files ignore"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for many files (default: one per core; 1 runs everything in this process)",
    )


# ---- inputs ---------------------------------------------------------------------------------
def discover_files(
    args: argparse.Namespace, arguments: list[str], suffixes: tuple[str, ...] | None = None
) -> Iterator[Path | str]:
    """The files that ``arguments`` name, one at a time (``suffixes`` narrows what folders give); a
    string is a one-line error for an argument that names nothing."""
    exclusions_for = functools.partial(_exclusions_for, args)
    for argument in arguments:
        if Path(argument).is_file():  # named explicitly: always read, nothing to look up
            yield Path(argument)
            continue
        from resolint.discovery import DiscoveryError, discover

        try:
            for path in discover([argument], exclusions_for):
                if suffixes is None or path.name.lower().endswith(suffixes) or _named(argument, path):
                    yield path
        except DiscoveryError as error:
            yield str(error)


def _named(argument: str, path: Path) -> bool:
    return Path(argument) == path


def _exclusions_for(args: argparse.Namespace, argument: str):
    """The exclusions of the configuration that governs ``argument``, with ``--exclude`` added."""
    from resolint.discovery import Exclusions

    settings = settings_for(args, argument)
    root = Path(settings.source).parent if settings.source else None
    command_line = [p.strip() for value in getattr(args, "exclude", []) for p in value.split(",") if p.strip()]
    return Exclusions.build(
        settings.exclude,
        settings.extend_exclude,
        root,
        command_line,
        respect_gitignore=settings.respect_gitignore and not getattr(args, "no_respect_gitignore", False),
    )


def read_stdin() -> str:
    from resolint.inputs import InputError, decode_bytes

    try:
        return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    except InputError as error:
        raise UsageError(str(error)) from None


def settings_for(args: argparse.Namespace, path: str | None):
    """The settings for the file (or folder) ``path``: its configuration, then ``--select``/``--ignore``."""
    from resolint.config import ConfigError

    folder = None
    if path is not None and not getattr(args, "config", None) and not getattr(args, "no_config", False):
        candidate = Path(path)
        folder = str(candidate if candidate.is_dir() else candidate.parent)
    try:
        settings = _configured(folder, getattr(args, "config", None), getattr(args, "no_config", False))
    except ConfigError as error:
        raise UsageError(str(error)) from None
    select = _codes(getattr(args, "select", None), "--select")
    ignore = _codes(getattr(args, "ignore", None), "--ignore")
    return settings.merged(select=select or None, ignore=ignore)


@functools.lru_cache(maxsize=256)
def _configured(folder: str | None, config: str | None, no_config: bool):
    """The configuration's settings, read once per folder (a run may look up thousands of files)."""
    from resolint.config import Settings, find_config, settings_from_table

    if no_config:
        return Settings()
    if config:
        found = find_config(config) if Path(config).exists() else None
        if not found:
            raise UsageError(f"{config}: no resolint configuration found in this file")
        return settings_from_table(found[1], str(found[0]))
    found = find_config(folder if folder else Path.cwd())
    return settings_from_table(found[1], str(found[0])) if found else Settings()


def _codes(value: str | None, option: str = "") -> list[str]:
    from resolint.config import UnknownCodeError, check_codes

    codes = [code.strip().upper() for code in (value or "").split(",") if code.strip()]
    try:
        check_codes(codes, option or "rule codes")
    except UnknownCodeError as error:
        raise UsageError(str(error)) from None
    return codes


_warned: set[str] = set()


def _warn(messages: list[str]) -> None:
    """Print each warning once per run (many files share one configuration)."""
    for message in messages:
        if message not in _warned:
            _warned.add(message)
            print(f"resolint: warning: {message}", file=sys.stderr)


def work_items(args: argparse.Namespace, suffixes: tuple[str, ...] | None = None) -> list[Path | LoadedFile | str]:
    """What a command works on: discovered files, standard input for '-', one-line errors as strings."""
    items: list[Path | LoadedFile | str] = []
    for argument in args.paths or ["."]:
        if argument == "-":
            items.append(LoadedFile(getattr(args, "stdin_filename", None) or "<stdin>", read_stdin()))
            continue
        found = list(discover_files(args, [argument], suffixes))
        if not found and args.paths and Path(argument).is_dir():
            found = [f"{argument}: no resolution files (*.res.md, *.txt, *.docx) in this folder"]
        items.extend(found)
    return items


def _run_options(args: argparse.Namespace) -> argparse.Namespace:
    """The options a worker process needs (no handler, nothing unpicklable)."""
    return argparse.Namespace(**{k: v for k, v in vars(args).items() if k != "handler"})


# ---- lint -----------------------------------------------------------------------------------
class LintOutcome(NamedTuple):
    """What linting one file gives: its result (None if unreadable), errors and warnings to print."""

    result: object  # resolint.output.FileResult
    errors: list[str]
    warnings: list[str]


def cmd_lint(args: argparse.Namespace) -> int:
    from resolint.output import render_github, render_json, render_sarif, render_statistics, render_text
    from resolint.parallel import Progress, run_ordered

    settings_for(args, None)  # unknown codes in --select/--ignore: stop before reading any file
    items = work_items(args)
    progress = Progress(len(items)) if Progress.wanted(len(items), args.format != "text") else None
    results = []
    errors = 0
    worker = functools.partial(lint_one, _run_options(args))
    try:
        for outcome in run_ordered(worker, items, args.jobs, _warm_up, progress):
            _warn(outcome.warnings)
            for error in outcome.errors:
                _print_error(error, progress)
            errors += len(outcome.errors)
            if outcome.result is not None:
                results.append(outcome.result)
    finally:
        if progress:
            progress.close()
    if not items and not args.quiet:
        _warn([f"no resolution files (*.res.md, *.txt, *.docx) found in {', '.join(args.paths or ['.'])}"])
    if args.statistics:
        report = render_statistics(results, as_json=args.format == "json")
    elif args.format == "text":
        nothing_read = not results and not errors  # the warning above says so; no "All checks passed"
        report = (
            "" if nothing_read else render_text(results, errors=errors, quiet=args.quiet, show_fixes=args.show_fixes)
        )
    else:
        report = {"json": render_json, "sarif": render_sarif, "github": render_github}[args.format](results)
    if args.format in ("json", "sarif") and not args.quiet:  # these formats have no place for "not checked"
        for result in results:
            if result.not_checked:
                print(f"{result.path}: note: {result.notices[-1]}", file=sys.stderr)
    _write_report(args, report)
    if errors:
        return EXIT_ERROR
    found = any(r.diagnostics for r in results)
    return EXIT_FINDINGS if found and not args.exit_zero else EXIT_CLEAN


def _print_error(message: str, progress=None) -> None:
    if progress:
        progress.close()
    print(f"resolint: error: {message}", file=sys.stderr)


def _write_report(args: argparse.Namespace, report: str) -> None:
    if args.output:
        from resolint.inputs import write_text_atomic

        write_text_atomic(args.output, report + "\n")
    elif report:
        print(report)


def _warm_up() -> None:
    """Load the grammar and the rules once before worker processes are forked from this one."""
    from resolint import lint, parse

    lint(parse("*The General Assembly*,\n\n1. *Decides* to remain seized of the matter.\n"))


def lint_one(args: argparse.Namespace, item: Path | LoadedFile | str) -> LintOutcome:
    """Lint one file (in a worker process for many files)."""
    if isinstance(item, str):
        return LintOutcome(None, [item], [])
    try:
        loaded = item if isinstance(item, LoadedFile) else load_file(item)
        settings = settings_for(args, None if loaded.name == "<stdin>" else loaded.name)
    except UsageError as error:
        return LintOutcome(None, [str(error)], [])
    try:
        result, errors = lint_loaded(loaded, settings, args.severity)
    except Exception as error:  # one broken file must not end the run of the others
        return LintOutcome(None, [internal_error(loaded.name, error)], [])
    return LintOutcome(result, errors, settings.warnings)


def internal_error(name: str, error: Exception) -> str:
    return f"{name}: resolint failed on this file ({type(error).__name__}: {error}); please report it"


def lint_loaded(loaded: LoadedFile, settings, severity: str | None):
    """The file's result and its errors (unknown rule codes in suppression comments)."""
    from resolint import lint, parse
    from resolint.diagnostics import Diagnostic, Severity
    from resolint.engine import SYNTAX_CODE
    from resolint.language import foreign_language, not_checked_notice
    from resolint.model import LineIndex
    from resolint.output import FileResult

    language = foreign_language(loaded.text)
    if language:
        notices = [*loaded.notices, not_checked_notice(language)]
        lines = LineIndex(loaded.text)
        return FileResult(loaded.name, [], lines, None, notices, loaded.text, not_checked=language), []
    document = parse(loaded.text, loaded.name)
    minimum = Severity.parse(severity) if severity else Severity.INFO
    found = [d for d in lint(document, settings) if d.severity >= minimum]
    if not loaded.text.strip() and settings.enabled(SYNTAX_CODE):
        message = "the file is empty: there is no resolution text to check"
        found.insert(0, Diagnostic(SYNTAX_CODE, "syntax", Severity.ERROR, message, document.lines.span(0, 0)))
    locate = loaded.locate
    if callable(locate):  # worked out here: the Word file's paragraph map stays in this process
        locate = {d.span.start: locate(d.span.start) for d in found}.get
    result = FileResult(loaded.name, found, document.lines, locate, loaded.notices, loaded.text)
    return result, list(unknown_suppression_codes(loaded.text, loaded.name))


SUPPRESSED_CODE_RE = r"\b[Rr][A-Za-z]\d*\b|\b[A-Za-z]{2}\d+\b"


def unknown_suppression_codes(text: str, name: str) -> Iterator[str]:
    """One-line errors for rule codes in suppression comments that name no rule."""
    import re

    from resolint.config import is_known_selector, unknown_code_message
    from resolint.engine import SUPPRESSION_RE

    for match in SUPPRESSION_RE.finditer(text):
        for code in re.findall(SUPPRESSED_CODE_RE, match.group(2)):
            if not is_known_selector(code):
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                yield f"{name}:{line}:{column}: suppression comment: {unknown_code_message(code)}"


# ---- fix ------------------------------------------------------------------------------------
def cmd_fix(args: argparse.Namespace) -> int:
    from resolint.parallel import Progress, run_ordered

    settings_for(args, None)
    text_suffixes = tuple(s for s in _resolution_suffixes() if s not in DOCX_SUFFIXES + AKN_SUFFIXES)
    items = work_items(args, text_suffixes)
    progress = Progress(len(items), "fixed") if Progress.wanted(len(items)) and not args.diff else None
    outcomes = run_ordered(functools.partial(fix_one, _run_options(args)), items, args.jobs, _warm_up, progress)
    status, done = _replay(outcomes, progress)
    if args.show_fixes:
        print(_fixes_report([(outcome.name, outcome.rules) for outcome in done if outcome.rules]), file=sys.stderr)
    return status


def _replay(outcomes: Iterator[FileOutcome], progress=None) -> tuple[int, list[FileOutcome]]:
    """Print what each file's work printed, in order; the worst exit status and the outcomes."""
    status = EXIT_CLEAN
    done: list[FileOutcome] = []
    try:
        for outcome in outcomes:
            if progress and (outcome.stdout or outcome.stderr):
                progress.close()
            sys.stdout.write(outcome.stdout)
            sys.stderr.write(outcome.stderr)
            status = max(status, outcome.status)
            done.append(outcome)
    finally:
        if progress:
            progress.close()
    return status, done


def _resolution_suffixes() -> tuple[str, ...]:
    from resolint.discovery import RESOLUTION_SUFFIXES

    return RESOLUTION_SUFFIXES


class FileOutcome(NamedTuple):
    """What a command did with one file: its exit status, what it printed, the fixes it applied."""

    name: str
    status: int
    stdout: str
    stderr: str
    rules: Counter[str]  # fixes applied per rule code


def _captured(item: Path | LoadedFile | str, action, rules: Counter[str] | None = None) -> FileOutcome:
    """``action()`` (an exit status) with what it prints kept, to be printed in order by the main process."""
    import contextlib
    import io

    name = item.name if isinstance(item, LoadedFile) else str(item)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = action()
        except Exception as error:  # one broken file must not end the run of the others
            print(f"resolint: error: {internal_error(name, error)}", file=sys.stderr)
            status = EXIT_ERROR
    return FileOutcome(name, status, out.getvalue(), err.getvalue(), rules if rules is not None else Counter())


def fix_one(args: argparse.Namespace, item: Path | LoadedFile | str) -> FileOutcome:
    """Fix one file (in a worker process for many files)."""
    rules: Counter[str] = Counter()
    return _captured(item, lambda: _fix_file(args, item, rules), rules)


def _fix_file(args: argparse.Namespace, item: Path | LoadedFile | str, rules: Counter[str]) -> int:
    from resolint import fix_text
    from resolint.language import foreign_language, not_checked_notice

    if isinstance(item, str):
        print(f"resolint: error: {item}", file=sys.stderr)
        return EXIT_ERROR
    try:
        loaded = item if isinstance(item, LoadedFile) else load_file(item)
    except UsageError as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    if loaded.name.lower().endswith(DOCX_SUFFIXES):  # the fixes as tracked changes in the Word file itself
        from resolint.cli_diff import fix_docx

        try:
            return fix_docx(args, loaded, settings_for(args, loaded.name))
        except UsageError as error:
            print(f"resolint: error: {error}", file=sys.stderr)
            return EXIT_ERROR
    if loaded.name.lower().endswith(AKN_SUFFIXES):
        print(f"resolint: error: {loaded.name}: fix works on text; run 'resolint import' first", file=sys.stderr)
        return EXIT_ERROR
    language = foreign_language(loaded.text)
    if language:
        print(f"{loaded.name}: note: {not_checked_notice(language)}", file=sys.stderr)
        return EXIT_CLEAN
    try:
        settings = settings_for(args, loaded.name if loaded.name != "<stdin>" else None)
    except UsageError as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    status = EXIT_CLEAN
    for message in unknown_suppression_codes(loaded.text, loaded.name):
        print(f"resolint: error: {message}", file=sys.stderr)
        status = EXIT_ERROR
    held_back: list[str] = []
    fixed, count = fix_text(
        loaded.text, settings, loaded.name, unsafe=args.unsafe, fixed_rules=rules, held_back=held_back
    )
    if held_back:
        print(f"{loaded.name}: note: {_held_back_note(held_back)}", file=sys.stderr)
    if args.diff:
        if fixed != loaded.text:
            sys.stdout.write(_diff(loaded.text, fixed, loaded.name))
            return max(status, EXIT_FINDINGS)
        return status
    if loaded.name == "<stdin>" or loaded.name == args.stdin_filename:
        sys.stdout.write(fixed)
        return status
    if fixed != loaded.text and not _write_back(loaded, fixed):
        return EXIT_ERROR
    print(f"{loaded.name}: {count} fix{'es' * (count != 1)} applied", file=sys.stderr)
    return status


def _held_back_note(reasons: list[str]) -> str:
    """Why the fixes that would change an adopted text's wording were not applied, and how to apply them."""
    count = len(reasons)
    return (
        f"{count} fix{'es' * (count != 1)} not applied: {reasons[0]}; "
        "`resolint fix --unsafe` applies them (`--diff` first to review)"
    )


def _fixes_report(fixed: list[tuple[str, Counter[str]]]) -> str:
    """ruff's ``--show-fixes`` list: the fixes applied per file and rule."""
    from resolint.rules import get_rule

    total = sum(sum(rules.values()) for _, rules in fixed)
    if not total:
        return "No fixes applied."
    lines = [f"Fixed {total} problem{'s' * (total != 1)}:"]
    for name, rules in fixed:
        lines.append(f"- {name}:")
        for code, count in sorted(rules.items()):
            rule = get_rule(code)
            lines.append(f"    {count:>3} × {code} ({rule.slug if rule else 'syntax'})")
    return "\n".join(lines)


def _write_back(loaded: LoadedFile, text: str, target: Path | None = None) -> bool:
    """Write ``text`` over ``loaded``'s file (or to ``target``) as ``loaded`` was stored, printing what
    could not be kept; False (after a one-line error) if nothing was written."""
    from resolint.writing import NEW_FILE, WriteError, write_back

    target = target or Path(loaded.name)
    try:
        notes = write_back(target, text, loaded.form or NEW_FILE)
    except WriteError as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return False
    for note in notes:
        print(f"{target}: note: {note}", file=sys.stderr)
    return True


def _diff(before: str, after: str, name: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def cmd_fmt(args: argparse.Namespace) -> int:
    from resolint import format_text
    from resolint.language import foreign_language, not_checked_notice

    if args.output and len(args.paths) != 1:
        raise UsageError("-o/--output takes exactly one input")
    status = EXIT_CLEAN
    for item in args.paths:
        loaded = LoadedFile("<stdin>", read_stdin()) if item == "-" else load_file(Path(item))
        language = foreign_language(loaded.text)
        if language:  # as lint and fix: named, left as it is (no output, nothing written)
            print(f"{loaded.name}: note: {not_checked_notice(language)}", file=sys.stderr)
            continue
        formatted = format_text(loaded.text, loaded.name)
        if args.check or args.diff:
            if formatted != loaded.text:
                status = EXIT_FINDINGS
                if args.diff:
                    sys.stdout.write(_diff(loaded.text, formatted, loaded.name))
                else:
                    print(f"{loaded.name}: not in canonical form", file=sys.stderr)
            continue
        target = Path(args.output) if args.output else _res_md_name(Path(item)) if args.write and item != "-" else None
        if target is None:
            sys.stdout.write(formatted)
        elif not args.output and _made_from_something_else(target, Path(item), formatted, args.force):
            print(
                f"resolint: error: {target} exists and is not what fmt makes of {item}; not overwritten "
                "(use --force to replace it, or -o to write elsewhere)",
                file=sys.stderr,
            )
            status = EXIT_ERROR
        elif not _write_back(_as_res_md(loaded, target), formatted, target):
            status = EXIT_ERROR
    return status


def _as_res_md(loaded: LoadedFile, target: Path) -> LoadedFile:
    """What ``fmt`` writes to ``target``: the input's own encoding when it formats a file in place; a new
    ``.res.md`` made from another file is UTF-8 (the format's encoding) with the input's line endings."""
    from dataclasses import replace

    from resolint.writing import NEW_FILE

    if loaded.form is None or (Path(loaded.name).exists() and Path(loaded.name).resolve() == target.resolve()):
        return loaded
    form = replace(NEW_FILE, newline=loaded.form.newline)
    return LoadedFile(loaded.name, loaded.text, loaded.locate, loaded.notices, form)


def _made_from_something_else(target: Path, source: Path, formatted: str, force: bool) -> bool:
    """True when ``fmt --write`` would replace a ``.res.md`` that is neither its input (formatting a
    ``.res.md`` in place) nor already exactly the new output: someone's own file. ``--force`` allows it."""
    from resolint.inputs import InputError, read_source

    if force or not target.exists() or target.resolve() == source.resolve():
        return False
    try:
        return read_source(target).text != formatted
    except InputError:
        return True


def _res_md_name(path: Path) -> Path:
    if path.name.endswith(".res.md"):
        return path
    return path.with_name(path.name.rsplit(".", 1)[0] + ".res.md")


def cmd_parse(args: argparse.Namespace) -> int:
    from resolint import parse
    from resolint.model_json import document_json

    models = []
    for item in args.paths:
        loaded = LoadedFile("<stdin>", read_stdin()) if item == "-" else load_file(Path(item))
        models.append(document_json(parse(loaded.text, loaded.name)))
    print(json.dumps(models[0] if len(models) == 1 else models, ensure_ascii=False, indent=2))
    return EXIT_CLEAN


def cmd_rules(args: argparse.Namespace) -> int:
    from resolint.rules import GROUPS, all_rules, get_rule, rule_url

    if args.rule:
        rule = get_rule(args.rule)
        if rule is None:
            from resolint.config import unknown_code_message

            raise UsageError(unknown_code_message(args.rule))
        if args.format == "json":
            print(json.dumps(_rule_json(rule, rule_url), ensure_ascii=False, indent=2))
        else:
            print(f"# {rule.code} {rule.slug}\n")
            print(f"Default severity: {rule.severity.label}. Fix: {rule.fixable}. Group: {GROUPS[rule.code[:2]]}.\n")
            print(rule.documentation())
        return EXIT_CLEAN
    rules = all_rules()
    if args.format == "json":
        print(json.dumps([_rule_json(r, rule_url) for r in rules], ensure_ascii=False, indent=2))
    else:
        for rule in rules:
            fix = "fix" if rule.fixable != "never" else "   "
            print(f"{rule.code}  {rule.severity.label:<7}  {fix}  {rule.slug:<34} {rule.summary}")
    return EXIT_CLEAN


def _rule_json(rule, rule_url) -> dict:
    return {
        "code": rule.code,
        "slug": rule.slug,
        "severity": rule.severity.label,
        "fixable": rule.fixable,
        "summary": rule.summary,
        "url": rule_url(rule.code),
        "documentation": rule.documentation(),
    }


def cmd_export(args: argparse.Namespace) -> int:
    from resolint import parse

    if args.to == "akn":
        return export_akn_file(args)

    try:
        from resolint.docxio import DocxError, export_docx
        from resolint.docxio.export import ExportOptions
    except ImportError as error:
        raise UsageError(
            f"Word export is not available ({error}); reinstall resolint, which depends on python-docx"
        ) from None
    loaded = load_file(Path(args.path))
    document = parse(loaded.text, loaded.name)
    out = Path(args.output) if args.output else _docx_name(Path(args.path))
    try:
        options = ExportOptions(args.emblem, args.job_number, args.date_code, args.link_target)
        if getattr(args, "base", None):  # changes against an earlier version as tracked changes
            from resolint.cli_diff import export_with_base

            written = export_with_base(args, document, out, options)
        else:
            written = export_docx(document, out, paper=args.paper, options=options)
    except DocxError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{out}: cannot write the Word file: {error.strerror or error}") from None
    _warn_export(args, loaded, document, written)
    print(f"wrote {written}", file=sys.stderr)
    return EXIT_CLEAN


def export_akn_file(args: argparse.Namespace) -> int:
    from resolint import parse

    try:
        from resolint.aknio import AknError, export_akn
    except ImportError as error:
        raise UsageError(f"AKN export needs lxml ({error}); reinstall resolint, which depends on it") from None
    loaded = load_file(Path(args.path))
    out = Path(args.output) if args.output else _docx_name(Path(args.path)).with_suffix(".xml")
    try:
        written = export_akn(parse(loaded.text, loaded.name), out)
    except AknError as error:
        raise UsageError(str(error)) from None
    print(f"wrote {written}", file=sys.stderr)
    return EXIT_CLEAN


def _warn_export(args: argparse.Namespace, loaded: LoadedFile, document, written: Path) -> None:
    """Name the errors of the exported draft, and every placeholder the Word file shows in place of
    missing text, so that nobody sends a draft on without knowing."""
    from resolint import lint
    from resolint.diagnostics import Severity

    settings = settings_for(args, loaded.name)
    errors = [d for d in lint(document, settings) if d.severity >= Severity.ERROR]
    for found in errors:
        print(f"{loaded.name}:{found.span.line}:{found.span.column}: {found.rule} {found.message}", file=sys.stderr)
    if errors:
        count = len(errors)
        print(
            f"{written}: warning: exported a draft with {count} error{'s' * (count != 1)} (listed above)",
            file=sys.stderr,
        )
    defined = {note.label for note in document.footnotes}
    for label in dict.fromkeys(ref.label for ref in document.footnote_refs() if ref.label not in defined):
        print(
            f'{written}: warning: footnote {label} has no text; the Word file shows "[footnote {label} has no text]"',
            file=sys.stderr,
        )


def _docx_name(path: Path) -> Path:
    """draft.res.md → draft.docx, draft.txt → draft.docx."""
    name = path.name[: -len(".res.md")] if path.name.endswith(".res.md") else path.stem
    return path.with_name(name + ".docx")


def cmd_import(args: argparse.Namespace) -> int:
    """Write the Word draft as canonical ``.res.md`` text: ``resolint fmt --check`` passes on the output."""
    from resolint import format_text

    if getattr(args, "paths", None):  # from the command line (a worker calls this with one path)
        if len(args.paths) > 1 or Path(args.paths[0]).is_dir():
            return _import_many(args)
        args.path = args.paths[0]
    path = Path(args.path)
    loaded = load_akn(path) if path.name.lower().endswith(AKN_SUFFIXES) else load_docx(path)
    for notice in loaded.notices:
        print(f"{args.path}: note: {notice}", file=sys.stderr)
    # AKN4UN is the UN's text: written as it is (its footnote markers and no-break spaces kept), not reformatted
    akn = path.name.lower().endswith(AKN_SUFFIXES)
    canonical = loaded.text if akn else format_text(loaded.text, args.output or None)
    if args.output:
        return EXIT_CLEAN if _write_back(LoadedFile(args.path, canonical), canonical, Path(args.output)) else EXIT_ERROR
    sys.stdout.write(canonical)
    return EXIT_CLEAN


def _import_many(args: argparse.Namespace) -> int:
    """Import every Word draft and AKN4UN file the paths name, in worker processes, each next to its source."""
    from resolint.parallel import Progress, run_ordered

    if args.output:
        raise UsageError("-o/--output takes one file; several are written next to their sources")
    items = work_items(args, DOCX_SUFFIXES + AKN_SUFFIXES)
    progress = Progress(len(items), "imported") if Progress.wanted(len(items)) else None
    return _replay(run_ordered(import_one, items, args.jobs, _warm_up_word, progress), progress)[0]


def _warm_up_word() -> None:
    """Load the Word reader once before worker processes are forked from this one."""
    import resolint.docxio  # noqa: F401


def import_one(item: Path | LoadedFile | str) -> FileOutcome:
    """Import one Word draft to NAME.res.md beside it (in a worker process for many files)."""
    return _captured(item, lambda: _import_file(item))


def _import_file(item: Path | LoadedFile | str) -> int:
    if not isinstance(item, Path):
        what = item if isinstance(item, str) else "import reads Word and AKN4UN files, not standard input"
        print(f"resolint: error: {what}", file=sys.stderr)
        return EXIT_ERROR
    target = _res_md_name(item)
    if target.exists():
        print(
            f"resolint: error: {target}: exists; not overwritten (import {item} alone with -o to replace it)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        status = cmd_import(argparse.Namespace(path=str(item), output=str(target), paths=None))
    except UsageError as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"wrote {target}", file=sys.stderr)
    return status


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from resolint.langserver import main as serve_main
    except ImportError as error:
        raise UsageError(f"the language server is not available ({error}); pip install 'resolint[lsp]'") from None
    return int(serve_main(["--tcp", args.tcp] if args.tcp else []) or 0)


if __name__ == "__main__":
    sys.exit(main())
