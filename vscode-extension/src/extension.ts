// Entry point: wires the language server, commands, status bar and settings together.
import * as vscode from "vscode";
import { exportToWord, fixAllProblems, formatResolution, showRuleDocumentation } from "./commands";
import { LANGUAGE_ID, ServerController } from "./server";
import type { ServerCommand } from "./serverDiscovery";
import { changeReaction } from "./settings";
import { countFindings, type ServerState, statusView } from "./statusModel";

/** What `activate` returns: lets other extensions (and the in-host tests) see which server runs. */
export interface ResolintApi {
  serverState(): ServerState;
  serverCommand(): ServerCommand | undefined;
  /** Resolves once the current start (or restart) attempt has finished. */
  ready(): Promise<void>;
  /** What the status bar item shows now (undefined while it is hidden). */
  statusBar(): { text: string; tooltip: string } | undefined;
}

class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("resolint.status", vscode.StatusBarAlignment.Right, 100);
  private state: ServerState = "stopped";
  private detail = "";
  private visible = false;

  constructor() {
    this.item.name = "resolint";
    this.item.command = "resolint.showOutput";
  }

  setState(state: ServerState, detail: string): void {
    this.state = state;
    this.detail = detail;
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const relevant = document?.languageId === LANGUAGE_ID;
    if (!relevant && this.state !== "not-found" && this.state !== "failed") {
      this.item.hide();
      this.visible = false;
      return;
    }
    const counts = relevant
      ? countFindings(
          vscode.languages
            .getDiagnostics(document.uri)
            .filter((d) => d.source === "resolint")
            .map((d) => d.severity),
        )
      : undefined;
    const view = statusView(this.state, this.state === "running" ? counts : undefined, this.detail);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.emphasis ? new vscode.ThemeColor(`statusBarItem.${view.emphasis}Background`) : undefined;
    this.item.show();
    this.visible = true;
  }

  shown(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? "") } : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function watchPythonInterpreter(server: ServerController, context: vscode.ExtensionContext): void {
  const python = vscode.extensions.getExtension("ms-python.python");
  if (!python) return;
  void Promise.resolve(python.isActive ? python.exports : python.activate()).then((api) => {
    const onChange = api?.environments?.onDidChangeActiveEnvironmentPath;
    if (typeof onChange !== "function") return;
    context.subscriptions.push(
      onChange(() => {
        const config = vscode.workspace.getConfiguration("resolint");
        const explicit = (config.get<string[]>("path") ?? []).length + (config.get<string[]>("interpreter") ?? []).length;
        if (explicit === 0) void server.restart();
      }),
    );
  });
}

function showInstallHelp(context: vscode.ExtensionContext): Thenable<unknown> {
  const readme = vscode.Uri.joinPath(context.extensionUri, "README.md");
  return vscode.commands.executeCommand("markdown.showPreview", readme);
}

let activeServer: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ResolintApi> {
  const output = vscode.window.createOutputChannel("resolint", { log: true });
  const status = new StatusBar();
  const server = new ServerController(output, (state, detail) => status.setState(state, detail));
  activeServer = server;
  context.subscriptions.push(output, status, server);

  const register = (id: string, handler: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  register("resolint.exportToWord", (uri?: vscode.Uri) => exportToWord(server, uri));
  register("resolint.fixAllProblems", (uri?: vscode.Uri) => fixAllProblems(server, uri));
  register("resolint.formatResolution", (uri?: vscode.Uri) => formatResolution(uri));
  register("resolint.showRuleDocumentation", (code?: string) => showRuleDocumentation(server, code));
  register("resolint.restart", async () => {
    output.info("restart requested");
    await server.restart();
    return server.serverState;
  });
  register("resolint.showOutput", () => output.show());
  register("resolint.showInstallHelp", () => showInstallHelp(context));

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      const reaction = changeReaction((section) => event.affectsConfiguration(section));
      if (reaction === "restart") {
        output.info("server location settings changed; restarting");
        void server.restart();
      } else if (reaction === "notify") {
        void server.notifySettingsChanged();
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => status.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidOpenTextDocument(() => status.refresh()),
  );
  watchPythonInterpreter(server, context);

  void server.start();
  return {
    serverState: () => server.serverState,
    serverCommand: () => server.serverCommand,
    ready: () => server.idle(),
    statusBar: () => status.shown(),
  };
}

/** VS Code waits for the returned promise, so the server gets its shutdown/exit instead of being killed. */
export function deactivate(): Promise<void> | undefined {
  const server = activeServer;
  activeServer = undefined;
  return server?.stop();
}
