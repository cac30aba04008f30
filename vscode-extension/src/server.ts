// Starts, stops and restarts the resolint language server (`resolint serve` over stdio) with vscode-languageclient.
import { execFile } from "node:child_process";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from "vscode-languageclient/node";
import {
  type Discovery,
  type DiscoveryHost,
  discoverServer,
  interpreterFromPythonApi,
  isExecutableFile,
  type ServerCommand,
} from "./serverDiscovery";
import { type ServerSettings, toServerSettings } from "./settings";
import type { ServerState } from "./statusModel";

export const LANGUAGE_ID = "resolution";
const PYTHON_EXTENSION_ID = "ms-python.python";
const IMPORT_CHECK_TIMEOUT_MS = 10_000;

export function resolintConfiguration(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration("resolint", scope);
}

export function serverSettings(output: vscode.LogOutputChannel, scope?: vscode.ConfigurationScope): ServerSettings {
  const config = resolintConfiguration(scope);
  const { settings, warnings } = toServerSettings((name) => config.get(name));
  for (const warning of warnings) output.warn(warning);
  return settings;
}

function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

async function pythonExtensionInterpreter(): Promise<string[] | undefined> {
  const extension = vscode.extensions.getExtension(PYTHON_EXTENSION_ID);
  if (!extension) return undefined;
  const api = extension.isActive ? extension.exports : await extension.activate();
  return interpreterFromPythonApi(api, vscode.workspace.workspaceFolders?.[0]?.uri);
}

function canImportResolint(python: string[]): Promise<boolean> {
  const [command, ...extra] = python;
  return new Promise((resolve) => {
    execFile(command, [...extra, "-c", "import resolint.langserver"], { timeout: IMPORT_CHECK_TIMEOUT_MS }, (error) =>
      resolve(!error),
    );
  });
}

function discoveryHost(): DiscoveryHost {
  return {
    isExecutable: isExecutableFile,
    hasResolint: canImportResolint,
    pythonExtensionInterpreter,
    pathVariable: process.env.PATH,
  };
}

export function describeServer(server: ServerCommand): string {
  return `${[server.command, ...server.args].join(" ")} (from ${server.source})`;
}

/** Owns the LanguageClient; reports its state to `onState`. */
export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private current: ServerCommand | undefined;
  private state: ServerState = "stopped";
  private lastDiscovery: Discovery | undefined;
  private operation: Promise<void> = Promise.resolve();
  /** One watcher for the controller's lifetime: the client is re-created on every restart. */
  private readonly configWatcher = vscode.workspace.createFileSystemWatcher("**/{resolint.toml,pyproject.toml}");

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly onState: (state: ServerState, detail: string) => void,
  ) {}

  get serverCommand(): ServerCommand | undefined {
    return this.current;
  }

  get serverState(): ServerState {
    return this.state;
  }

  get discovery(): Discovery | undefined {
    return this.lastDiscovery;
  }

  get languageClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  /** Start, stop and restart run one after another, never interleaved. */
  start(): Promise<void> {
    return this.serialize(() => this.startNow());
  }

  restart(): Promise<void> {
    return this.serialize(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.serialize(() => this.stopNow());
  }

  /** Resolves when no start, stop or restart is in progress. */
  idle(): Promise<void> {
    return this.operation;
  }

  async dispose(): Promise<void> {
    this.configWatcher.dispose();
    await this.stop();
  }

  /** Sends the current resolint.* settings; the server re-lints its open documents. */
  async notifySettingsChanged(): Promise<void> {
    const client = this.languageClient;
    if (!client) return;
    const settings = serverSettings(this.output);
    this.output.info(`settings changed: ${JSON.stringify(settings)}`);
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { resolint: settings } });
  }

  async executeServerCommand<T>(command: string, args: unknown[]): Promise<T> {
    const client = this.languageClient;
    if (!client) throw new Error(`the resolint language server is ${this.state}`);
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
  }

  private serialize(step: () => Promise<void>): Promise<void> {
    this.operation = this.operation.then(step, step);
    return this.operation;
  }

  private setState(state: ServerState, detail = ""): void {
    this.state = state;
    this.onState(state, detail);
  }

  private async startNow(): Promise<void> {
    this.setState("starting");
    const config = resolintConfiguration();
    const discovery = await discoverServer(
      { path: config.get<string[]>("path") ?? [], interpreter: config.get<string[]>("interpreter") ?? [] },
      discoveryHost(),
      { workspaceFolder: firstWorkspaceFolder(), env: process.env },
    );
    this.lastDiscovery = discovery;
    for (const note of discovery.notes) this.output.info(note);
    if (!discovery.found) {
      this.output.error(`language server not found: ${discovery.reason}`);
      this.setState("not-found", discovery.reason);
      void this.offerInstallHelp(discovery.reason);
      return;
    }
    this.current = discovery.server;
    this.output.info(`starting ${describeServer(discovery.server)}`);
    const client = this.createClient(discovery.server);
    this.client = client;
    try {
      await client.start();
      this.setState("running", describeServer(discovery.server));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.error(`the language server did not start: ${message}`);
      this.setState("failed", message);
      void vscode.window
        .showErrorMessage(`resolint: the language server did not start (${message}).`, "Show log")
        .then((choice) => choice && this.output.show());
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client && client.state !== State.Stopped) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.output.warn(`stopping the language server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (client) await client.dispose().catch(() => undefined);
    this.setState("stopped");
  }

  private createClient(server: ServerCommand): LanguageClient {
    const serverOptions: ServerOptions = {
      command: server.command,
      args: server.args,
      options: { cwd: firstWorkspaceFolder(), env: { ...process.env, PYTHONUNBUFFERED: "1" } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: LANGUAGE_ID, scheme: "file" },
        { language: LANGUAGE_ID, scheme: "untitled" },
      ],
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      synchronize: { fileEvents: this.configWatcher },
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, index) =>
              item.section === "resolint"
                ? serverSettings(this.output, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
                : answers[index],
            );
          },
        },
      },
    };
    const client = new LanguageClient("resolint", "resolint", serverOptions, clientOptions);
    client.onDidChangeState((event) => {
      if (this.client !== client) return;
      if (event.newState === State.Running) this.setState("running", describeServer(server));
      else if (event.newState === State.Starting) this.setState("starting");
      else if (this.state === "running") this.setState("failed", "the server stopped; see the resolint output");
    });
    return client;
  }

  private async offerInstallHelp(reason: string): Promise<void> {
    const howToInstall = "How to install";
    const openSettings = "Open settings";
    const choice = await vscode.window.showErrorMessage(
      `resolint: the language server was not found (${reason}). Install resolint (pip install "resolint[lsp]") or set resolint.interpreter.`,
      howToInstall,
      openSettings,
    );
    if (choice === howToInstall) {
      await vscode.commands.executeCommand("resolint.showInstallHelp");
    } else if (choice === openSettings) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "@ext:resolint.resolint");
    }
  }
}
