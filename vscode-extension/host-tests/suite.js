// @ts-check
// Runs inside the VS Code extension host (code-server), as test-electron would run a suite. The expectations come
// from <workspace>/.host-test/config.json, which tests/vscode/test_extension_host.py computes with the resolint
// Python API from the same files, so nothing here is a hard-coded result.
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");

const EXTENSION_ID = "resolint.resolint";
const DIAGNOSTIC_TIMEOUT_MS = 60_000;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @template T
 * @param {() => T | Promise<T>} probe
 * @param {(value: T) => boolean} done
 * @param {number} timeoutMs
 * @returns {Promise<T>} the last value seen (done or not)
 */
async function waitFor(probe, done, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(200);
    value = await probe();
  }
  return value;
}

/** @param {vscode.Diagnostic} d */
function codeOf(d) {
  return typeof d.code === "object" && d.code !== null ? String(d.code.value) : String(d.code);
}

/** @param {vscode.Diagnostic} d */
function simplify(d) {
  const r = d.range;
  return { code: codeOf(d), severity: d.severity, range: [r.start.line, r.start.character, r.end.line, r.end.character] };
}

/** @param {{code: string, range: number[]}} a @param {{code: string, range: number[]}} b */
function byPosition(a, b) {
  for (let i = 0; i < 4; i += 1) if (a.range[i] !== b.range[i]) return a.range[i] - b.range[i];
  return a.code.localeCompare(b.code);
}

/** @param {vscode.Uri} uri */
function resolintDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "resolint");
}

/** @param {string} workspace @param {string} name */
async function openAsResolution(workspace, name) {
  const uri = vscode.Uri.file(path.join(workspace, name));
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== "resolution") {
    document = await vscode.languages.setTextDocumentLanguage(document, "resolution");
  }
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** @param {any[]} symbols @returns {any[]} */
function flattenSymbols(symbols) {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

/** @param {vscode.TextDocument} document @param {string} expected */
async function waitForText(document, expected) {
  return waitFor(
    () => document.getText(),
    (text) => text === expected,
    15_000,
  );
}

/** Compares long texts with a short, readable message. @param {string} actual @param {string} expected */
function assertSameText(actual, expected, what) {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i += 1;
  assert.fail(
    `${what}: texts differ at offset ${i}: got ${JSON.stringify(actual.slice(i, i + 60))}, expected ${JSON.stringify(expected.slice(i, i + 60))}`,
  );
}

exports.run = async function run() {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(workspace, "code-server was started without a workspace folder");
  const config = JSON.parse(fs.readFileSync(path.join(workspace, ".host-test", "config.json"), "utf8"));
  /** @type {{name: string, ok: boolean, ms: number, error?: string}[]} */
  const results = [];

  /** @param {string} name @param {() => Promise<void>} body */
  async function step(name, body) {
    const started = Date.now();
    if (api && api.serverState() !== "running" && !name.startsWith("the installed")) {
      results.push({ name, ok: false, ms: 0, error: `not run: the server is ${api.serverState()}` });
      console.log(`not ok - ${name}: not run, the server is ${api.serverState()}`);
      return;
    }
    try {
      await body();
      results.push({ name, ok: true, ms: Date.now() - started });
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      results.push({ name, ok: false, ms: Date.now() - started, error: message });
      console.log(`not ok - ${name}: ${message}`);
    }
  }

  /** @type {any} */
  let api;
  /** @type {vscode.TextDocument | undefined} */
  let seed;

  await step("the installed .vsix activates and starts the server from resolint.interpreter", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.ok(
      extension.extensionPath.startsWith(config.extensionsDir),
      `${EXTENSION_ID} runs from ${extension.extensionPath}, not from the installed .vsix in ${config.extensionsDir}`,
    );
    assert.equal(extension.packageJSON.version, config.extensionVersion);
    seed = await openAsResolution(workspace, config.seed.file);
    api = await extension.activate();
    await api.ready();
    assert.equal(api.serverState(), "running");
    assert.deepEqual(api.serverCommand(), {
      command: config.interpreter,
      args: ["-m", "resolint", "serve"],
      source: "resolint.interpreter",
    });
  });

  await step("diagnostics on the seed draft arrive with the codes and ranges of `resolint lint`", async () => {
    assert.ok(seed, "the seed draft did not open");
    const expected = [...config.seed.diagnostics].sort(byPosition);
    const uri = seed.uri;
    const actual = await waitFor(
      () => resolintDiagnostics(uri).map(simplify).sort(byPosition),
      (list) => list.length === expected.length,
      DIAGNOSTIC_TIMEOUT_MS,
    );
    assert.ok(expected.length > 0, "the seed draft has no findings; the test would prove nothing");
    assert.equal(actual.length, expected.length, `diagnostic count: got ${actual.length}, expected ${expected.length}`);
    assert.deepEqual(actual, expected);
    const withLinks = resolintDiagnostics(uri).filter((d) => typeof d.code === "object" && d.code?.target);
    assert.equal(withLinks.length, expected.length, "every diagnostic links to its rule documentation");
  });

  await step("screenshot of the editor with the diagnostics", async () => {
    assert.ok(seed);
    const editor = await vscode.window.showTextDocument(seed, { preview: false });
    const first = resolintDiagnostics(seed.uri).sort((a, b) => a.range.start.line - b.range.start.line)[0];
    if (first) editor.revealRange(first.range, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand("workbench.files.action.collapseExplorerFolders");
    await vscode.commands.executeCommand("outline.focus");
    await vscode.commands.executeCommand("workbench.actions.view.problems");
    await vscode.window.showTextDocument(seed, { preview: false });
    await sleep(1500);
    console.log(`RESOLINT-SCREENSHOT-READY ${config.screenshotAck}`);
    const acknowledged = await waitFor(() => fs.existsSync(config.screenshotAck), Boolean, 20_000);
    assert.ok(acknowledged, "the harness did not take the screenshot");
  });

  await step("the status bar shows the number of findings in the active document", async () => {
    assert.ok(seed);
    await vscode.window.showTextDocument(seed, { preview: false });
    const total = config.seed.diagnostics.length;
    const shown = await waitFor(() => api.statusBar(), (s) => s?.text.endsWith(`resolint: ${total}`), 10_000);
    assert.ok(shown, "the status bar item is hidden");
    assert.match(shown.text, new RegExp(`^\\$\\((error|warning|info)\\) resolint: ${total}$`));
    assert.match(shown.tooltip, new RegExp(`^resolint: ${total} findings in this document \\(`));
  });

  await step("typing re-lints: an added paragraph gets the diagnostics of resolint lint", async () => {
    const document = await openAsResolution(workspace, config.typing.file);
    const before = await waitFor(() => resolintDiagnostics(document.uri).length, (n) => n === config.typing.before, DIAGNOSTIC_TIMEOUT_MS);
    assert.equal(before, config.typing.before);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(config.typing.offset), config.typing.inserted);
    const typed = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit));
    const expected = [...config.typing.diagnostics].sort(byPosition);
    const actual = await waitFor(
      () => resolintDiagnostics(document.uri).map(simplify).sort(byPosition),
      (list) => list.length === expected.length,
      DIAGNOSTIC_TIMEOUT_MS,
    );
    const latency = Date.now() - typed;
    assert.deepEqual(actual, expected);
    console.log(`  edit -> updated diagnostics in ${latency} ms`);
  });

  await step("the outline lists every operative paragraph", async () => {
    assert.ok(seed);
    const symbols = await vscode.commands.executeCommand("vscode.executeDocumentSymbolProvider", seed.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, "no document symbols");
    const flat = flattenSymbols(/** @type {any[]} */ (symbols));
    for (const operative of config.seed.operatives) {
      const symbol = flat.find((s) => (s.range ?? s.location.range).start.line === operative.line && s.name.startsWith(`${operative.number}.`));
      assert.ok(symbol, `no outline entry for operative paragraph ${operative.number} on line ${operative.line + 1}`);
    }
  });

  await step("Export to Word writes a .docx next to the file", async () => {
    assert.ok(seed);
    const result = await vscode.commands.executeCommand("resolint.exportToWord", seed.uri);
    assert.deepEqual(result, { path: config.seed.docx });
    const header = fs.readFileSync(config.seed.docx).subarray(0, 4);
    assert.deepEqual([...header], [0x50, 0x4b, 0x03, 0x04], "not a zip (Office Open XML) file");
  });

  await step("completion offers operative verbs after a paragraph number", async () => {
    const document = await openAsResolution(workspace, config.completion.file);
    const end = document.positionAt(document.getText().length);
    await waitFor(() => resolintDiagnostics(document.uri).length, (n) => n > 0, DIAGNOSTIC_TIMEOUT_MS);
    /** @type {vscode.CompletionList | undefined} */
    const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", document.uri, end);
    assert.ok(list, "no completion list");
    const labels = new Set(list.items.map((item) => (typeof item.label === "string" ? item.label : item.label.label)));
    const missing = config.completion.verbs.filter((/** @type {string} */ verb) => !labels.has(verb));
    assert.deepEqual(missing, [], `operative verbs missing from completion (${labels.size} items offered)`);
  });

  await step("snippets and the language configuration's block comment work in a .res.md file", async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, "snippets.res.md")));
    assert.equal(document.languageId, "resolution");
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const end = document.positionAt(document.getText().length);
    /** @type {vscode.CompletionList | undefined} */
    const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", document.uri, end);
    const snippet = list?.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === "string" ? item.label : item.label.label) === "op");
    assert.ok(snippet, "the operative-paragraph snippet is not offered for the prefix op");
    const body = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
    assert.match(body, /\(a\)/, "the operative snippet has no sub-paragraph (a)");
    const firstLine = document.lineAt(0);
    editor.selection = new vscode.Selection(firstLine.range.start, firstLine.range.end);
    await vscode.commands.executeCommand("editor.action.blockComment");
    const commented = await waitFor(() => document.lineAt(0).text, (text) => text.startsWith("<!--"), 5_000);
    assert.equal(commented, `<!-- ${firstLine.text} -->`);
  });

  await step("a quick fix applies and changes the text as the rule's fix does", async () => {
    const document = await openAsResolution(workspace, config.quickfix.file);
    const target = config.quickfix;
    const diagnostics = await waitFor(
      () => resolintDiagnostics(document.uri).filter((d) => codeOf(d) === target.code),
      (list) => list.length > 0,
      DIAGNOSTIC_TIMEOUT_MS,
    );
    const diagnostic = diagnostics.find((d) => simplify(d).range.join() === target.range.join());
    assert.ok(diagnostic, `no ${target.code} diagnostic at ${target.range}`);
    /** @type {vscode.CodeAction[]} */
    const actions =
      (await vscode.commands.executeCommand("vscode.executeCodeActionProvider", document.uri, diagnostic.range, "quickfix")) ?? [];
    // The rule's own fix (its title names the rule), not the "Disable RULE for this line" action offered beside it.
    const action = actions.find(
      (a) => a.kind?.value === "quickfix" && !a.title.startsWith("Disable ") && a.title.includes(target.code),
    );
    const offered = actions.map((a) => ({ title: a.title, kind: a.kind?.value, diagnostics: (a.diagnostics ?? []).map(simplify) }));
    assert.ok(action, `no quick fix for ${target.code} at ${target.range}; got ${JSON.stringify(offered)}`);
    const before = document.getText();
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), "the workspace edit was rejected");
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const after = await waitForText(document, target.expectedText);
    assert.notEqual(after, before);
    assertSameText(after, target.expectedText, "after the quick fix");
  });

  await step("real UN Word documents imported to .res.md get the diagnostics and outline of resolint", async () => {
    for (const expectedFile of config.corpus) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, expectedFile.file)));
      assert.equal(document.languageId, "resolution", `${expectedFile.file} did not open in the resolution language`);
      await vscode.window.showTextDocument(document, { preview: false });
      const expected = [...expectedFile.diagnostics].sort(byPosition);
      const actual = await waitFor(
        () => resolintDiagnostics(document.uri).map(simplify).sort(byPosition),
        (list) => list.length === expected.length,
        DIAGNOSTIC_TIMEOUT_MS,
      );
      assert.deepEqual(actual, expected, `diagnostics of ${expectedFile.file}`);
      const symbols = flattenSymbols((await vscode.commands.executeCommand("vscode.executeDocumentSymbolProvider", document.uri)) ?? []);
      for (const operative of expectedFile.operatives) {
        const found = symbols.some((s) => s.range.start.line === operative.line && s.name.startsWith(`${operative.number}.`));
        assert.ok(found, `${expectedFile.file}: no outline entry for operative paragraph ${operative.number}`);
      }
      console.log(`  ${expectedFile.file}: ${actual.length} diagnostics, ${expectedFile.operatives.length} operative paragraphs`);
    }
  });

  await step("Fix all problems applies every safe fix", async () => {
    const document = await openAsResolution(workspace, config.fixAll.file);
    await waitFor(() => resolintDiagnostics(document.uri).length, (n) => n > 0, DIAGNOSTIC_TIMEOUT_MS);
    const result = await vscode.commands.executeCommand("resolint.fixAllProblems", document.uri);
    assert.deepEqual(result, { fixed: config.fixAll.fixed });
    assertSameText(await waitForText(document, config.fixAll.expectedText), config.fixAll.expectedText, "after Fix all");
  });

  await step("Format resolution gives the canonical text", async () => {
    const document = await openAsResolution(workspace, config.format.file);
    await waitFor(() => resolintDiagnostics(document.uri).length, (n) => n > 0, DIAGNOSTIC_TIMEOUT_MS);
    const edits = await vscode.commands.executeCommand("resolint.formatResolution", document.uri);
    assert.ok(typeof edits === "number" && edits > 0, `no formatting edits (${edits})`);
    assertSameText(await waitForText(document, config.format.expectedText), config.format.expectedText, "after formatting");
  });

  await step("Show rule documentation returns the rule's Markdown", async () => {
    const result = await vscode.commands.executeCommand("resolint.showRuleDocumentation", config.ruleDoc.code);
    assert.deepEqual(result, config.ruleDoc);
    const previews = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith("Preview"));
    const shown = await waitFor(previews, (tabs) => tabs.length > 0, 10_000);
    assert.ok(shown.length > 0, "no Markdown preview of the rule documentation was opened");
  });

  await step("changing resolint.ignore re-lints without the ignored rule", async () => {
    assert.ok(seed);
    const uri = seed.uri;
    const ignored = config.ignore.code;
    const settings = vscode.workspace.getConfiguration("resolint");
    await settings.update("ignore", [ignored], vscode.ConfigurationTarget.Workspace);
    try {
      const after = await waitFor(
        () => resolintDiagnostics(uri).map(codeOf),
        (codes) => codes.length === config.ignore.remaining,
        DIAGNOSTIC_TIMEOUT_MS,
      );
      assert.equal(after.length, config.ignore.remaining);
      assert.ok(!after.includes(ignored), `${ignored} is still reported`);
    } finally {
      await settings.update("ignore", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  await step("writing and deleting resolint.toml re-lints (watched configuration files)", async () => {
    assert.ok(seed);
    const uri = seed.uri;
    const tomlUri = vscode.Uri.file(path.join(workspace, "resolint.toml"));
    await vscode.workspace.fs.writeFile(tomlUri, Buffer.from(`ignore = ["${config.ignore.code}"]\n`, "utf8"));
    try {
      const during = await waitFor(() => resolintDiagnostics(uri).map(codeOf), (codes) => codes.length === config.ignore.remaining, DIAGNOSTIC_TIMEOUT_MS);
      assert.equal(during.length, config.ignore.remaining);
      assert.ok(!during.includes(config.ignore.code), `${config.ignore.code} is still reported`);
    } finally {
      await vscode.workspace.fs.delete(tomlUri);
    }
    const after = await waitFor(() => resolintDiagnostics(uri).length, (n) => n === config.seed.diagnostics.length, DIAGNOSTIC_TIMEOUT_MS);
    assert.equal(after, config.seed.diagnostics.length);
  });

  await step("a wrong resolint.interpreter is reported, and correcting it restarts the server", async () => {
    const settings = vscode.workspace.getConfiguration("resolint");
    const missing = path.join(workspace, "no-such-python");
    await settings.update("interpreter", [missing], vscode.ConfigurationTarget.Workspace);
    try {
      const state = await waitFor(() => api.serverState(), (s) => s === "not-found", 20_000);
      assert.equal(state, "not-found");
      const shown = api.statusBar();
      assert.ok(shown && shown.tooltip.includes(missing), `the status bar does not name ${missing}: ${JSON.stringify(shown)}`);
    } finally {
      await settings.update("interpreter", [config.interpreter], vscode.ConfigurationTarget.Workspace);
    }
    const state = await waitFor(() => api.serverState(), (s) => s === "running", 30_000);
    assert.equal(state, "running");
    assert.equal(api.serverCommand().command, config.interpreter);
  });

  await step("without resolint.interpreter, the Python extension's selected interpreter runs the server", async () => {
    const settings = vscode.workspace.getConfiguration("resolint");
    await settings.update("interpreter", undefined, vscode.ConfigurationTarget.Workspace);
    try {
      const server = await waitFor(() => api.serverCommand(), (s) => s?.source === "python extension" && api.serverState() === "running", 30_000);
      assert.deepEqual(server, { command: config.interpreter, args: ["-m", "resolint", "serve"], source: "python extension" });
      assert.equal(api.serverState(), "running");
    } finally {
      await settings.update("interpreter", [config.interpreter], vscode.ConfigurationTarget.Workspace);
    }
    const back = await waitFor(() => api.serverCommand(), (s) => s?.source === "resolint.interpreter" && api.serverState() === "running", 30_000);
    assert.equal(back?.source, "resolint.interpreter");
  });

  await step("resolint.path runs `<path> serve`, ahead of resolint.interpreter", async () => {
    const settings = vscode.workspace.getConfiguration("resolint");
    await settings.update("path", [config.resolintExecutable], vscode.ConfigurationTarget.Workspace);
    try {
      const server = await waitFor(() => api.serverCommand(), (s) => s?.source === "resolint.path" && api.serverState() === "running", 30_000);
      assert.deepEqual(server, { command: config.resolintExecutable, args: ["serve"], source: "resolint.path" });
      assert.ok(seed);
      const uri = seed.uri;
      const count = await waitFor(() => resolintDiagnostics(uri).length, (n) => n === config.seed.diagnostics.length, DIAGNOSTIC_TIMEOUT_MS);
      assert.equal(count, config.seed.diagnostics.length);
    } finally {
      await settings.update("path", undefined, vscode.ConfigurationTarget.Workspace);
    }
    const back = await waitFor(() => api.serverCommand(), (s) => s?.source === "resolint.interpreter" && api.serverState() === "running", 30_000);
    assert.equal(back?.source, "resolint.interpreter");
  });

  await step("Restart server brings the server back with the same diagnostics", async () => {
    assert.ok(seed);
    const state = await vscode.commands.executeCommand("resolint.restart");
    assert.equal(state, "running");
    assert.equal(api.serverState(), "running");
    const uri = seed.uri;
    const count = await waitFor(
      () => resolintDiagnostics(uri).length,
      (n) => n === config.seed.diagnostics.length,
      DIAGNOSTIC_TIMEOUT_MS,
    );
    assert.equal(count, config.seed.diagnostics.length);
  });

  const failed = results.filter((r) => !r.ok);
  fs.writeFileSync(path.join(workspace, ".host-test", "results.json"), JSON.stringify(results, null, 2));
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length > 0) {
    throw new Error(`failed: ${failed.map((r) => r.name).join("; ")}`);
  }
};
