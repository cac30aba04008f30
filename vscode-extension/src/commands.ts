// The user-facing commands. Each returns a result so that scripts (and the in-host tests) can use them too.
import * as vscode from "vscode";
import { LANGUAGE_ID, resolintConfiguration, type ServerController } from "./server";

export interface ExportResult {
  path: string;
}

export interface RuleDocumentation {
  code: string;
  slug: string;
  summary: string;
  markdown: string;
}

function targetDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) {
    return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  }
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === LANGUAGE_ID ? active : undefined;
}

async function requireDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = targetDocument(uri) ?? (uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : undefined);
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage("resolint: open a resolution (.res.md, or a .txt file in the Resolution language) first.");
    return undefined;
  }
  return document;
}

function reportFailure(action: string, error: unknown): undefined {
  const message = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(`resolint: ${action} failed: ${message}`);
  return undefined;
}

export async function exportToWord(server: ServerController, uri?: vscode.Uri): Promise<ExportResult | undefined> {
  const document = await requireDocument(uri);
  if (!document) return undefined;
  const paper = resolintConfiguration(document.uri).get<string>("paper") ?? "a4";
  try {
    const result = await server.executeServerCommand<ExportResult>("resolint.exportDocx", [document.uri.toString(), { paper }]);
    const reveal = "Reveal in file explorer";
    void vscode.window.showInformationMessage(`resolint: exported to ${result.path}`, reveal).then((choice) => {
      if (choice === reveal) void vscode.commands.executeCommand("revealFileInOS", vscode.Uri.file(result.path));
    });
    return result;
  } catch (error) {
    return reportFailure("Export to Word", error);
  }
}

export async function fixAllProblems(server: ServerController, uri?: vscode.Uri): Promise<{ fixed: number } | undefined> {
  const document = await requireDocument(uri);
  if (!document) return undefined;
  try {
    const result = await server.executeServerCommand<{ fixed: number }>("resolint.fixAll", [document.uri.toString()]);
    void vscode.window.showInformationMessage(
      result.fixed === 0 ? "resolint: nothing to fix." : `resolint: fixed ${result.fixed} problem${result.fixed === 1 ? "" : "s"}.`,
    );
    return result;
  } catch (error) {
    return reportFailure("Fix all problems", error);
  }
}

/** Formats with the server's formatter (textDocument/formatting); returns the number of edits applied. */
export async function formatResolution(uri?: vscode.Uri): Promise<number | undefined> {
  const document = await requireDocument(uri);
  if (!document) return undefined;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const options: vscode.FormattingOptions = {
    tabSize: typeof editor?.options.tabSize === "number" ? editor.options.tabSize : 4,
    insertSpaces: editor?.options.insertSpaces !== false,
  };
  const edits =
    (await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", document.uri, options)) ??
    [];
  if (edits.length > 0) {
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    await vscode.workspace.applyEdit(workspaceEdit);
  }
  return edits.length;
}

function ruleCodesAround(document: vscode.TextDocument | undefined): string[] {
  if (!document) return [];
  const cursor = vscode.window.activeTextEditor?.selection.active;
  const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === "resolint");
  const atCursor = cursor ? diagnostics.filter((d) => d.range.contains(cursor)) : [];
  const codes = [...atCursor, ...diagnostics].map((d) => (typeof d.code === "object" ? String(d.code.value) : String(d.code)));
  return [...new Set(codes)];
}

async function askForRuleCode(document: vscode.TextDocument | undefined): Promise<string | undefined> {
  const codes = ruleCodesAround(document);
  const other = "Another rule…";
  const picked =
    codes.length > 0
      ? await vscode.window.showQuickPick([...codes, other], { placeHolder: "Rule to explain (from this document's findings)" })
      : other;
  if (picked !== other) return picked;
  return vscode.window.showInputBox({ prompt: "Rule code or name", placeHolder: "RT401 or repeated-phrase" });
}

export async function showRuleDocumentation(
  server: ServerController,
  code?: string,
): Promise<RuleDocumentation | undefined> {
  const rule = typeof code === "string" && code ? code : await askForRuleCode(targetDocument());
  if (!rule) return undefined;
  try {
    const documentation = await server.executeServerCommand<RuleDocumentation>("resolint.ruleDoc", [rule.trim()]);
    const markdown = await vscode.workspace.openTextDocument({ language: "markdown", content: documentation.markdown });
    await vscode.commands.executeCommand("markdown.showPreviewToSide", markdown.uri);
    return documentation;
  } catch (error) {
    return reportFailure(`Show rule documentation for ${rule}`, error);
  }
}
