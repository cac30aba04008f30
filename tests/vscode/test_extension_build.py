"""The extension builds, passes its own unit tests (Node test runner) and packages into a complete .vsix."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from .conftest import EXTENSION, describe, run


def test_typecheck_and_unit_tests_pass(node24: Path) -> None:
    result = run(["npm", "test"], EXTENSION, timeout=300)
    assert result.returncode == 0, describe(result)
    # The Node test runner's closing summary: "# pass N" (TAP) or "ℹ pass N" (spec reporter).
    summary = re.search(r"^\S+ pass (\d+)\s*^\S+ fail (\d+)", result.stdout, re.MULTILINE)
    assert summary, describe(result)
    passed, failed = int(summary.group(1)), int(summary.group(2))
    assert failed == 0
    assert passed >= 20, f"only {passed} unit tests ran"


def test_vsix_holds_the_bundle_and_the_contributions(packaged_vsix: Path) -> None:
    with zipfile.ZipFile(packaged_vsix) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("extension/package.json"))
        bundle = archive.read("extension/dist/extension.js").decode("utf-8")
    for required in (
        "extension/dist/extension.js",
        "extension/syntaxes/resolution.tmLanguage.json",
        "extension/snippets/resolution.code-snippets",
        "extension/language-configuration.json",
        "extension/images/icon.png",
        "extension/readme.md",
        "extension/changelog.md",
    ):
        assert required in names, f"{required} missing from {packaged_vsix.name}"
    # The marketplace README's screenshot is the one the host test keeps in docs/.
    assert "extension/images/screenshot.png" in names
    assert not any("/node_modules/" in name or name.startswith("extension/src/") for name in names)
    # One bundle: the language client is inside it, `vscode` stays external.
    assert 'require("vscode")' in bundle
    assert 'require("vscode-languageclient' not in bundle
    assert manifest["engines"]["vscode"] == "^1.91.0"
    assert [lang["id"] for lang in manifest["contributes"]["languages"]] == ["resolution"]
    commands = {c["command"] for c in manifest["contributes"]["commands"]}
    assert {
        "resolint.exportToWord",
        "resolint.fixAllProblems",
        "resolint.formatResolution",
        "resolint.showRuleDocumentation",
        "resolint.restart",
    } <= commands
    properties = manifest["contributes"]["configuration"]["properties"]
    for setting in ("select", "ignore", "severity", "paper", "path", "interpreter", "trace.server"):
        entry = properties[f"resolint.{setting}"]
        assert entry.get("description") or entry.get("markdownDescription"), f"resolint.{setting} has no description"


def test_engines_match_the_vscode_types_used_to_compile() -> None:
    package = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    engine = package["engines"]["vscode"].lstrip("^")
    assert package["devDependencies"]["@types/vscode"] == engine


def test_grammar_is_current_with_its_generator(node24: Path, tmp_path: Path) -> None:
    committed = (EXTENSION / "syntaxes" / "resolution.tmLanguage.json").read_text(encoding="utf-8")
    out = tmp_path / "grammar.json"
    result = run([str(node24), "scripts/generate-grammar.mjs", "--out", str(out)], EXTENSION, timeout=60)
    assert result.returncode == 0, describe(result)
    regenerated = out.read_text(encoding="utf-8")
    assert regenerated == committed, "syntaxes/resolution.tmLanguage.json is stale: run scripts/generate-grammar.mjs"
