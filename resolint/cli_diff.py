"""``resolint diff OLD NEW``, ``export --base`` and ``fix draft.docx``: the command-line side of the
comparison (parser blocks and handlers). The comparison itself is :mod:`resolint.diff`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resolint.diff.report import FORMATS
from resolint.loading import EXIT_CLEAN, EXIT_FINDINGS, UsageError, load_file


def add_diff_parser(sub) -> None:
    diff = sub.add_parser("diff", help="compare two versions of a resolution (any of .txt, .res.md, .docx)")
    diff.add_argument("old", help="the earlier version (the base)")
    diff.add_argument("new", help="the later version")
    diff.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), json (docs/diff.schema.json), markdown (for a pull-request comment) or html (a page)",
    )
    diff.add_argument("-o", "--output", help="write the report to this file instead of standard output")
    diff.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (auto: when standard output is a terminal)",
    )
    diff.set_defaults(handler=cmd_diff)


def add_base_options(export) -> None:
    """``export NEW --base OLD``: the Word file with every change against OLD as a tracked change."""
    export.add_argument("--base", metavar="OLD", help="track the changes against this earlier version")
    export.add_argument("--author", default="resolint", help="author of the tracked changes (default: resolint)")
    export.add_argument("--date", help="date of the tracked changes, ISO 8601 (default: now, UTC)")


def export_with_base(args: argparse.Namespace, document, out: Path, options=None) -> Path:
    """Write ``document`` to ``out`` with its changes against ``--base`` tracked; raises what the
    exporter raises (``cmd_export`` turns it into one line)."""
    from resolint import parse
    from resolint.docxio.tracked import Revisions
    from resolint.docxio.tracked_export import export_tracked

    base = load_file(Path(args.base))
    revisions = Revisions(args.author, _iso_date(args.date))
    written, comparison = export_tracked(parse(base.text, base.name), document, out, args.paper, revisions, options)
    print(f"tracked against {base.name}: {comparison.summary()}", file=sys.stderr)
    return written


def _iso_date(value: str | None) -> str | None:
    from datetime import datetime

    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--date {value!r}: not an ISO 8601 date (e.g. 2025-04-04 or 2025-04-04T10:00:00Z)") from None
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_diff(args: argparse.Namespace) -> int:
    from resolint.diff import compare_texts
    from resolint.diff.report import render

    old, new = load_file(Path(args.old)), load_file(Path(args.new))
    for loaded in (old, new):
        for notice in loaded.notices:
            print(f"{loaded.name}: note: {notice}", file=sys.stderr)
    comparison = compare_texts(old.text, new.text, old.name, new.name)
    report = render(comparison, args.format, _colour(args))
    if args.output:
        from resolint.inputs import write_text_atomic

        try:
            write_text_atomic(args.output, report)
        except OSError as error:
            raise UsageError(f"{args.output}: cannot write: {error.strerror or error}") from None
    else:
        sys.stdout.write(report)
    differs = comparison.changes or comparison.renumberings or comparison.heading.lines()
    return EXIT_FINDINGS if differs else EXIT_CLEAN


def _colour(args: argparse.Namespace) -> bool:
    if args.color == "auto":
        return not args.output and sys.stdout.isatty()
    return args.color == "always"


def fix_docx(args: argparse.Namespace, loaded, settings) -> int:
    """``resolint fix draft.docx``: the fixes written into the Word file itself as tracked changes."""
    from resolint import fix_text

    try:
        from resolint.docxio import DocxError, import_docx
        from resolint.docxio.tracked import Revisions
        from resolint.docxio.tracked_fix import fix_docx_tracked
    except ImportError as error:
        raise UsageError(
            f"Word support is not installed ({error}); reinstall resolint, which depends on python-docx"
        ) from None
    # Tracked changes are proposals the editor accepts or rejects one by one in Word, as a corrigendum
    # is prepared: the fixes held back on an adopted text (Fix.withheld) are proposed too.
    fixed, count = fix_text(loaded.text, settings, loaded.name, unsafe=args.unsafe, withheld=True)
    if args.diff:
        import difflib

        diff = difflib.unified_diff(
            loaded.text.splitlines(keepends=True),
            fixed.splitlines(keepends=True),
            f"a/{loaded.name}",
            f"b/{loaded.name}",
        )
        sys.stdout.write("".join(diff))
        return EXIT_FINDINGS if fixed != loaded.text else EXIT_CLEAN
    if fixed == loaded.text:
        print(f"{loaded.name}: 0 fixes applied", file=sys.stderr)
        return EXIT_CLEAN
    try:
        imported = import_docx(loaded.name)
        result = fix_docx_tracked(loaded.name, imported, fixed, Revisions(args.author, _iso_date(args.date)))
    except DocxError as error:
        raise UsageError(str(error)) from None
    note = f"; {result.skipped} could not be placed in the Word text (apply them in Word)" if result.skipped else ""
    print(
        f"{loaded.name}: {count} fix{'es' * (count != 1)} applied as {result.written} tracked change{'s' * (result.written != 1)}{note}",
        file=sys.stderr,
    )
    return EXIT_CLEAN


def add_fix_docx_options(fix) -> None:
    fix.add_argument(
        "--author", default="resolint", help="author of the tracked changes in a .docx (default: resolint)"
    )
    fix.add_argument("--date", help="date of the tracked changes in a .docx, ISO 8601 (default: now, UTC)")
