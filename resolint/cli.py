"""The ``resolint`` command line: lint, fix, fmt, parse, rules, export, import, serve.

Exit codes: 0 clean, 1 findings (or changes with ``--check``/``--diff``), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from resolint import __version__

TEXT_SUFFIXES = (".res.md", ".txt", ".md")
DOCX_SUFFIXES = (".docx",)
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.handler(args) or 0)
    except UsageError as error:
        print(f"resolint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resolint", description="Lint, fix, format and export UN-style resolutions.")
    parser.add_argument("--version", action="version", version=f"resolint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    lint = sub.add_parser("lint", help="report problems in resolution files, folders or globs")
    _add_selection(lint)
    lint.add_argument("paths", nargs="*", default=[], help="files, folders or globs; '-' reads standard input")
    lint.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    lint.add_argument("--stdin-filename", help="the name to report (and find configuration from) for '-'")
    lint.add_argument("--output", "-o", help="write the report to this file instead of standard output")
    lint.set_defaults(handler=cmd_lint)

    fix = sub.add_parser("fix", help="apply safe fixes in place (atomically)")
    _add_selection(fix)
    fix.add_argument("paths", nargs="+")
    fix.add_argument("--diff", action="store_true", help="print a unified diff and write nothing")
    fix.add_argument("--unsafe", action="store_true", help="also apply fixes marked unsafe")
    fix.add_argument("--stdin-filename")
    # ---- fix draft.docx as tracked changes (resolint.diff owns these options) ----
    from resolint.diff.command import add_fix_docx_options

    add_fix_docx_options(fix)
    fix.set_defaults(handler=cmd_fix)

    fmt = sub.add_parser("fmt", help="turn pasted or loose text into the canonical .res.md form")
    fmt.add_argument("paths", nargs="+")
    fmt.add_argument("-o", "--output", help="write to this file (one input only); default: standard output")
    fmt.add_argument("--write", action="store_true", help="write FILE.res.md next to each input (in place for .res.md)")
    fmt.add_argument("--check", action="store_true", help="exit 1 if a file is not in canonical form")
    fmt.add_argument("--diff", action="store_true", help="print a unified diff against the input")
    fmt.add_argument(
        "--force", action="store_true", help="with --write: replace an existing FILE.res.md made from something else"
    )
    fmt.set_defaults(handler=cmd_fmt)

    parse = sub.add_parser("parse", help="print the document model")
    parse.add_argument("paths", nargs="+")
    parse.add_argument("--format", choices=("json",), default="json")
    parse.set_defaults(handler=cmd_parse)

    rules = sub.add_parser("rules", help="list the rules, or print one rule's documentation")
    rules.add_argument("rule", nargs="?", help="a rule code (RT401) or slug")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.set_defaults(handler=cmd_rules)

    export = sub.add_parser("export", help="write a Word document in UN layout")
    export.add_argument("path")
    export.add_argument("-o", "--output", help="the .docx to write (default: next to the input)")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    # ---- export --base (resolint.diff owns these options) ----
    from resolint.diff.command import add_base_options

    add_base_options(export)
    export.set_defaults(handler=cmd_export)

    imp = sub.add_parser("import", help="read a Word draft into .res.md text")
    imp.add_argument("path")
    imp.add_argument("-o", "--output", help="the .res.md to write (default: standard output)")
    imp.set_defaults(handler=cmd_import)

    # ---- diff (resolint.diff owns this block) ----
    from resolint.diff.command import add_diff_parser

    add_diff_parser(sub)

    serve = sub.add_parser("serve", help="run the language server (stdio by default)")
    serve.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio (for debugging)")
    serve.set_defaults(handler=cmd_serve)
    return parser


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--select", help="comma-separated rule codes or prefixes to enable (default: all)")
    parser.add_argument("--ignore", help="comma-separated rule codes or prefixes to disable")
    parser.add_argument(
        "--severity", choices=("info", "warning", "error"), help="report only findings of at least this severity"
    )
    parser.add_argument("--config", help="use this resolint.toml / pyproject.toml instead of searching upward")
    parser.add_argument("--no-config", action="store_true", help="ignore configuration files")


# ---- inputs ---------------------------------------------------------------------------------
def expand_paths(patterns: list[str]) -> Iterator[Path]:
    for pattern in patterns:
        if any(ch in pattern for ch in "*?["):
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise UsageError(f"{pattern}: no file matches this pattern")
            for match in matches:
                yield from _walk(Path(match), explicit=False)
        else:
            path = Path(pattern)
            if not path.exists():
                raise UsageError(f"{pattern}: no such file or directory")
            yield from _walk(path, explicit=True)


def _walk(path: Path, explicit: bool) -> Iterator[Path]:
    if path.is_dir():
        found = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and _is_resolution_file(p)
            and not any(part.startswith(".") for part in p.parts[len(path.parts) :])
        )
        if not found and explicit:
            raise UsageError(f"{path}: no resolution files (.res.md, .txt, .docx) in this folder")
        yield from found
    elif explicit or _is_resolution_file(path):
        yield path


def _is_resolution_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES) or name.endswith(DOCX_SUFFIXES)


class LoadedFile:
    def __init__(self, name: str, text: str, locate=None, notices: list[str] | None = None, form=None) -> None:
        self.name = name
        self.text = text
        self.locate = locate
        self.notices = notices or []
        self.form = form  # resolint.writing.TextFormat of a text file: how to write it back


def load_file(path: Path) -> LoadedFile:
    from resolint.inputs import InputError, read_source

    if path.name.lower().endswith(DOCX_SUFFIXES):
        return _load_docx(path)
    try:
        source = read_source(path)
    except InputError as error:
        raise UsageError(str(error)) from None
    return LoadedFile(str(path), source.text, form=source.form)


def _load_docx(path: Path) -> LoadedFile:
    try:
        from resolint.docxio import DocxError, import_docx
    except ImportError as error:
        raise UsageError(f"{path}: Word support is not installed ({error}); pip install 'resolint[docx]'") from None
    try:
        imported = import_docx(path)
    except DocxError as error:
        raise UsageError(str(error)) from None
    return LoadedFile(str(path), imported.text, getattr(imported, "locate", None), list(imported.notices))


def read_stdin() -> str:
    from resolint.inputs import InputError, decode_bytes

    try:
        return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    except InputError as error:
        raise UsageError(str(error)) from None


def settings_for(args: argparse.Namespace, path: str | None):
    from resolint.config import ConfigError, Settings, find_config, settings_from_table

    try:
        if getattr(args, "no_config", False):
            settings = Settings()
        elif getattr(args, "config", None):
            config_path = Path(args.config)
            found = find_config(config_path) if config_path.exists() else None
            if not found:
                raise UsageError(f"{args.config}: no resolint configuration found in this file")
            settings = settings_from_table(found[1], str(found[0]))
        else:
            found = find_config(path if path else Path.cwd())
            settings = settings_from_table(found[1], str(found[0])) if found else Settings()
    except ConfigError as error:
        raise UsageError(str(error)) from None
    select = _codes(getattr(args, "select", None))
    ignore = _codes(getattr(args, "ignore", None))
    return settings.merged(select=select or None, ignore=ignore)


def _codes(value: str | None) -> list[str]:
    return [code.strip().upper() for code in (value or "").split(",") if code.strip()]


# ---- commands -------------------------------------------------------------------------------
def cmd_lint(args: argparse.Namespace) -> int:
    from resolint import lint, parse
    from resolint.diagnostics import Severity
    from resolint.output import FileResult, render_github, render_json, render_sarif, render_text

    minimum = Severity.parse(args.severity) if args.severity else Severity.INFO
    results: list[FileResult] = []
    errors = 0
    for loaded in _inputs(args):
        if isinstance(loaded, str):
            print(f"resolint: error: {loaded}", file=sys.stderr)
            errors += 1
            continue
        document = parse(loaded.text, loaded.name)
        settings = settings_for(args, loaded.name if loaded.name != "<stdin>" else None)
        found = [d for d in lint(document, settings) if d.severity >= minimum]
        results.append(FileResult(loaded.name, found, document.lines, loaded.locate, loaded.notices, loaded.text))
    renderer = {"text": render_text, "json": render_json, "sarif": render_sarif, "github": render_github}[args.format]
    report = renderer(results)
    if args.output:
        from resolint.inputs import write_text_atomic

        write_text_atomic(args.output, report + "\n")
    elif report:
        print(report)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.diagnostics for r in results) else EXIT_CLEAN


def _inputs(args: argparse.Namespace) -> Iterator[LoadedFile | str]:
    paths = args.paths or (["-"] if not sys.stdin.isatty() else [])
    if not paths:
        raise UsageError("no input: give files, folders or globs, or '-' for standard input")
    for item in paths:
        if item == "-":
            yield LoadedFile(args.stdin_filename or "<stdin>", read_stdin())
            continue
        try:
            files = list(expand_paths([item]))
        except UsageError as error:
            yield str(error)
            continue
        for path in files:
            try:
                yield load_file(path)
            except UsageError as error:
                yield str(error)


def cmd_fix(args: argparse.Namespace) -> int:
    from resolint import fix_text

    status = EXIT_CLEAN
    for loaded in _inputs(args):
        if isinstance(loaded, str):
            print(f"resolint: error: {loaded}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        settings = settings_for(args, loaded.name if loaded.name != "<stdin>" else None)
        if loaded.name.lower().endswith(DOCX_SUFFIXES):
            from resolint.diff.command import fix_docx

            status = max(status, fix_docx(args, loaded, settings))
            continue
        fixed, count = fix_text(loaded.text, settings, loaded.name, unsafe=args.unsafe)
        if args.diff:
            if fixed != loaded.text:
                sys.stdout.write(_diff(loaded.text, fixed, loaded.name))
                status = max(status, EXIT_FINDINGS)
            continue
        if loaded.name == "<stdin>" or loaded.name == args.stdin_filename:
            sys.stdout.write(fixed)
            continue
        if fixed != loaded.text and not _write_back(loaded, fixed):
            status = EXIT_ERROR
            continue
        print(f"{loaded.name}: {count} fix{'es' * (count != 1)} applied", file=sys.stderr)
    return status


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

    if args.output and len(args.paths) != 1:
        raise UsageError("-o/--output takes exactly one input")
    status = EXIT_CLEAN
    for item in args.paths:
        loaded = LoadedFile("<stdin>", read_stdin()) if item == "-" else load_file(Path(item))
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
            raise UsageError(f"unknown rule {args.rule!r}; 'resolint rules' lists them")
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

    try:
        from resolint.docxio import DocxError, export_docx
    except ImportError as error:
        raise UsageError(f"Word export is not available ({error}); pip install 'resolint[docx]'") from None
    loaded = load_file(Path(args.path))
    document = parse(loaded.text, loaded.name)
    out = Path(args.output) if args.output else _docx_name(Path(args.path))
    try:
        if getattr(args, "base", None):  # changes against an earlier version as tracked changes
            from resolint.diff.command import export_with_base

            written = export_with_base(args, document, out)
        else:
            written = export_docx(document, out, paper=args.paper)
    except DocxError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{out}: cannot write the Word file: {error.strerror or error}") from None
    _warn_export(args, loaded, document, written)
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

    loaded = _load_docx(Path(args.path))
    for notice in loaded.notices:
        print(f"{args.path}: note: {notice}", file=sys.stderr)
    canonical = format_text(loaded.text, args.output or None)
    if args.output:
        return EXIT_CLEAN if _write_back(LoadedFile(args.path, canonical), canonical, Path(args.output)) else EXIT_ERROR
    sys.stdout.write(canonical)
    return EXIT_CLEAN


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from resolint.langserver import main as serve_main
    except ImportError as error:
        raise UsageError(f"the language server is not available ({error}); pip install 'resolint[lsp]'") from None
    return int(serve_main(["--tcp", args.tcp] if args.tcp else []) or 0)


if __name__ == "__main__":
    sys.exit(main())
