"""The packaged .vsix inside a real VS Code host (code-server + Chromium), on the seed draft.

The harness (vscode-extension/host/run-host-tests.mjs) installs the .vsix, starts code-server with the smoke-test
driver and runs vscode-extension/host-tests/suite.js in the extension host. Every expectation the suite checks is
computed here with the resolint Python API from the same files, then passed in <workspace>/.host-test/config.json.
"""

from __future__ import annotations

import json
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import resolint
from resolint.config import load_settings
from resolint.diagnostics import Diagnostic, Severity, apply_edits
from resolint.model import Document

from .conftest import EXTENSION, HOST, REPO, describe, run

SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
WORD_CORPUS = REPO.parent / "shared" / "corpus" / "docx-ga72"
CORPUS_FILES = 5
SCREENSHOT = REPO / "docs" / "vscode-diagnostics.png"
HOST_TIMEOUT_SECONDS = 420
VSCODE_SEVERITY = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def utf16_position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return line, len(text[line_start:offset].encode("utf-16-le")) // 2


def utf16_range(text: str, start: int, end: int) -> list[int]:
    return [*utf16_position(text, start), *utf16_position(text, end)]


def lint_file(path: Path, ignore: list[str] | None = None) -> tuple[str, Document, list[Diagnostic]]:
    text = path.read_text(encoding="utf-8")
    document = resolint.parse(text, str(path))
    settings = load_settings(path.parent)
    if ignore:
        settings = settings.merged(ignore=ignore)
    return text, document, resolint.lint(document, settings)


def expected_diagnostics(text: str, diagnostics: list[Diagnostic]) -> list[dict]:
    return [
        {
            "code": d.rule,
            "severity": VSCODE_SEVERITY[d.severity],
            "range": utf16_range(text, d.span.start, d.span.end),
        }
        for d in diagnostics
    ]


TYPED_PARAGRAPH = '\n\n18. *Requests* the the Secretary-General to report on "progress";'


def typing_expectations(text: str, count_before: int, path: Path) -> dict:
    """A paragraph typed at the end of the seed, and the diagnostics of the text it makes."""
    offset = len(text.rstrip("\n"))
    typed = text[:offset] + TYPED_PARAGRAPH + text[offset:]
    diagnostics = resolint.lint(resolint.parse(typed, str(path)), load_settings(path.parent))
    return {
        "file": path.name,
        "before": count_before,
        "offset": offset,
        "inserted": TYPED_PARAGRAPH,
        "diagnostics": expected_diagnostics(typed, diagnostics),
    }


def unused_operative_verbs(document: Document) -> list[str]:
    """Verbs of the server's phrase list not used in the document: completion offers these as they are."""
    from resolint.langserver import phrases

    used = {phrases.base_phrase(p.phrase) for p in document.operative if p.phrase}
    return [p.text for p in phrases.operative_verbs() if p.source != "C" and p.text.lower() not in used]


def corpus_documents(workspace: Path) -> list[dict]:
    """The first real UN Word files (by name) that have findings, imported to .res.md files in the workspace."""
    from resolint.docxio import import_docx

    assert WORD_CORPUS.is_dir(), f"the Word corpus is missing: {WORD_CORPUS}"
    folder = workspace / "corpus"
    folder.mkdir()
    chosen = []
    for source in sorted(WORD_CORPUS.glob("*.docx")):
        target = folder / f"{source.stem}.res.md"
        target.write_text(import_docx(source).text, encoding="utf-8")
        text, document, diagnostics = lint_file(target)
        if not diagnostics:
            target.unlink()
            continue
        chosen.append(
            {
                "file": f"corpus/{target.name}",
                "diagnostics": expected_diagnostics(text, diagnostics),
                "operatives": [
                    {"number": op.number, "line": utf16_position(text, op.span.start)[0]} for op in document.operative
                ],
            }
        )
        if len(chosen) == CORPUS_FILES:
            break
    assert len(chosen) == CORPUS_FILES, f"only {len(chosen)} corpus files with findings"
    return chosen


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_workspace(workspace: Path, interpreter: str, extensions_dir: Path, version: str) -> dict:
    # resolint.interpreter is machine-overridable: a remote host such as code-server ignores it in user settings,
    # so it goes where a project would put it, the workspace settings.
    (workspace / ".vscode").mkdir()
    (workspace / ".vscode" / "settings.json").write_text(
        json.dumps({"resolint.interpreter": [interpreter]}, indent=2), encoding="utf-8"
    )
    seed_text = SEED.read_text(encoding="utf-8")
    for name in ("seed.txt", "quickfix.txt", "fixall.txt", "format.txt"):
        (workspace / name).write_text(seed_text, encoding="utf-8")
    (workspace / "completion.txt").write_text(seed_text.rstrip("\n") + "\n\n18. ", encoding="utf-8")
    (workspace / "typing.txt").write_text(seed_text, encoding="utf-8")
    (workspace / "snippets.res.md").write_text("*Recalling* its resolution 22/6,\n\nop", encoding="utf-8")

    text, document, diagnostics = lint_file(workspace / "seed.txt")
    fixable = next(d for d in diagnostics if d.fix is not None and d.fix.safe)
    ignored_rule = diagnostics[0].rule
    _, _, without_ignored = lint_file(workspace / "seed.txt", ignore=[ignored_rule])
    fixed_text, fixed_count = resolint.fix_text(text, load_settings(workspace), str(workspace / "fixall.txt"))
    _, completion_document, _ = lint_file(workspace / "completion.txt")
    from resolint.rules import get_rule

    rule = get_rule(fixable.rule)
    return {
        "extensionsDir": str(extensions_dir),
        "extensionVersion": version,
        "interpreter": interpreter,
        "resolintExecutable": str(Path(interpreter).parent / "resolint"),
        "screenshotAck": str(workspace / ".host-test" / "screenshot.ack"),
        "seed": {
            "file": "seed.txt",
            "docx": str(workspace / "seed.docx"),
            "diagnostics": expected_diagnostics(text, diagnostics),
            "operatives": [
                {"number": op.number, "line": utf16_position(text, op.span.start)[0]} for op in document.operative
            ],
        },
        "completion": {"file": "completion.txt", "verbs": unused_operative_verbs(completion_document)},
        "typing": typing_expectations(text, len(diagnostics), workspace / "typing.txt"),
        "quickfix": {
            "file": "quickfix.txt",
            "code": fixable.rule,
            "range": utf16_range(text, fixable.span.start, fixable.span.end),
            "expectedText": apply_edits(text, fixable.fix.edits),
        },
        "fixAll": {"file": "fixall.txt", "fixed": fixed_count, "expectedText": fixed_text},
        "format": {"file": "format.txt", "expectedText": resolint.format_text(text, str(workspace / "format.txt"))},
        "ruleDoc": {"code": rule.code, "slug": rule.slug, "summary": rule.summary, "markdown": rule.documentation()},
        "ignore": {"code": ignored_rule, "remaining": len(without_ignored)},
        "corpus": corpus_documents(workspace),
    }


def package_python_extension_double(node24: Path, out_dir: Path) -> Path:
    """ms-python.python cannot be installed offline; a test double with its `environments` API stands in."""
    vsix = out_dir / "python-extension-double.vsix"
    vsce = EXTENSION / "node_modules" / "@vscode" / "vsce" / "vsce"
    options = ["--no-dependencies", "--allow-missing-repository", "--skip-license", "--out", str(vsix)]
    result = run(
        [str(node24), str(vsce), "package", *options],
        EXTENSION / "host-tests" / "python-stub",
        timeout=120,
    )
    assert result.returncode == 0, describe(result)
    return vsix


@pytest.fixture(scope="module")
def host_run(node24: Path, packaged_vsix: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("vscode-host")
    workspace = root / "workspace"
    (workspace / ".host-test").mkdir(parents=True)
    extensions_dir = root / "extensions"
    interpreter = str(Path(sys.executable))
    version = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))["version"]
    config = build_workspace(workspace, interpreter, extensions_dir, version)
    (workspace / ".host-test" / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    screenshot = root / "vscode-diagnostics.png"
    run_config = {
        "workspace": str(workspace),
        "userDataDir": str(root / "user-data"),
        "extensionsDir": str(extensions_dir),
        "vsix": [str(packaged_vsix), str(package_python_extension_double(node24, root))],
        "developmentPath": str(EXTENSION / "host-tests"),
        "testsPath": str(EXTENSION / "host-tests" / "suite.js"),
        "port": free_port(),
        "screenshot": str(screenshot),
        "timeoutSeconds": HOST_TIMEOUT_SECONDS,
    }
    (root / "run.json").write_text(json.dumps(run_config, indent=2), encoding="utf-8")
    started = time.monotonic()
    result = run(
        [str(node24), str(HOST / "run-host-tests.mjs"), "--config", str(root / "run.json")],
        HOST,
        timeout=HOST_TIMEOUT_SECONDS + 120,
    )
    elapsed = time.monotonic() - started
    print(f"code-server host run: {elapsed:.1f} s")
    for line in result.stdout.splitlines():
        if "[ext info]   " in line or "installed " in line or "listening after" in line or "stopped in" in line:
            print(line)
    results_file = workspace / ".host-test" / "results.json"
    steps = json.loads(results_file.read_text(encoding="utf-8")) if results_file.exists() else []
    yield {
        "root": root,
        "result": result,
        "steps": {step["name"]: step for step in steps},
        "workspace": workspace,
        "screenshot": screenshot,
        "config": config,
    }


def test_suite_exits_zero_inside_the_vscode_host(host_run: dict) -> None:
    result = host_run["result"]
    failures = [f"{name}: {step.get('error')}" for name, step in host_run["steps"].items() if not step["ok"]]
    assert result.returncode == 0, "\n".join(failures) + "\n" + describe(result, tail=120)


@pytest.mark.parametrize(
    "step",
    [
        "the installed .vsix activates and starts the server from resolint.interpreter",
        "diagnostics on the seed draft arrive with the codes and ranges of `resolint lint`",
        "screenshot of the editor with the diagnostics",
        "the status bar shows the number of findings in the active document",
        "typing re-lints: an added paragraph gets the diagnostics of resolint lint",
        "the outline lists every operative paragraph",
        "Export to Word writes a .docx next to the file",
        "completion offers operative verbs after a paragraph number",
        "snippets and the language configuration's block comment work in a .res.md file",
        "a quick fix applies and changes the text as the rule's fix does",
        "real UN Word documents imported to .res.md get the diagnostics and outline of resolint",
        "Fix all problems applies every safe fix",
        "Format resolution gives the canonical text",
        "Show rule documentation returns the rule's Markdown",
        "changing resolint.ignore re-lints without the ignored rule",
        "writing and deleting resolint.toml re-lints (watched configuration files)",
        "a wrong resolint.interpreter is reported, and correcting it restarts the server",
        "without resolint.interpreter, the Python extension's selected interpreter runs the server",
        "resolint.path runs `<path> serve`, ahead of resolint.interpreter",
        "Restart server brings the server back with the same diagnostics",
    ],
)
def test_in_host_step(host_run: dict, step: str) -> None:
    found = host_run["steps"].get(step)
    assert found is not None, f"the suite did not run this step:\n{describe(host_run['result'], tail=60)}"
    assert found["ok"], found.get("error")


def test_exported_docx_opens_with_the_operative_paragraphs(host_run: dict) -> None:
    from docx import Document as WordDocument

    docx_path = host_run["workspace"] / "seed.docx"
    assert docx_path.is_file(), "Export to Word wrote no file"
    text = "\n".join(p.text for p in WordDocument(str(docx_path)).paragraphs)
    document = resolint.parse(SEED.read_text(encoding="utf-8"))
    for operative in document.operative:
        assert operative.phrase and operative.phrase in text, f"operative paragraph {operative.number} missing"


def test_screenshot_shows_the_workbench(host_run: dict) -> None:
    screenshot: Path = host_run["screenshot"]
    assert screenshot.is_file(), "no screenshot was taken"
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 900)
    if host_run["result"].returncode == 0:
        shutil.copyfile(screenshot, SCREENSHOT)  # kept in docs/ for the README


def test_output_channel_logs_where_each_server_came_from(host_run: dict) -> None:
    logs = sorted((host_run["root"] / "user-data" / "logs").glob("*/exthost*/resolint.resolint/resolint.log"))
    assert logs, "the resolint output channel wrote no log"
    text = "\n".join(log.read_text(encoding="utf-8") for log in logs)
    python = host_run["config"]["interpreter"]
    executable = host_run["config"]["resolintExecutable"]
    missing = host_run["workspace"] / "no-such-python"
    for line in (
        f"[info] starting {python} -m resolint serve (from resolint.interpreter)",
        f"[info] starting {python} -m resolint serve (from python extension)",
        f"[info] starting {executable} serve (from resolint.path)",
        f"[error] language server not found: resolint.interpreter is not executable: {missing}",
        "[info] server location settings changed; restarting",
    ):
        assert line in text, f"missing from the resolint output channel: {line}"
