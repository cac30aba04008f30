// Finds the command that starts `resolint serve`, in the order users of Python tools expect (as ruff and Pylint do):
// resolint.path, then resolint.interpreter, then the Python extension's selected interpreter, then `resolint` on PATH.
// Nothing here imports `vscode`, so the logic is unit-tested in plain Node.
import { constants as fsConstants } from "node:fs";
import { access } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";

export type ServerSource = "resolint.path" | "resolint.interpreter" | "python extension" | "PATH";

export interface ServerCommand {
  command: string;
  args: string[];
  source: ServerSource;
}

export type Discovery =
  | { found: true; server: ServerCommand; notes: string[] }
  | { found: false; reason: string; notes: string[] };

export interface DiscoverySettings {
  path: string[];
  interpreter: string[];
}

/** Everything discovery needs from the outside world, so tests can replace it. */
export interface DiscoveryHost {
  isExecutable(file: string): Promise<boolean>;
  /** Whether `python` (with its extra arguments) can import the resolint language server. */
  hasResolint(python: string[]): Promise<boolean>;
  /** The Python extension's selected interpreter, or undefined when that extension is absent or has none. */
  pythonExtensionInterpreter(): Promise<string[] | undefined>;
  pathVariable: string | undefined;
}

export interface ExpansionContext {
  workspaceFolder?: string;
  home?: string;
  env?: Record<string, string | undefined>;
}

/** Expands `${workspaceFolder}`, `${userHome}`, `${env:NAME}` and a leading `~`, like VS Code's own settings. */
export function expandVariables(value: string, context: ExpansionContext): string {
  const home = context.home ?? homedir();
  let result = value.trim();
  if (result === "~" || result.startsWith("~/")) {
    result = home + result.slice(1);
  }
  return result.replace(/\$\{(workspaceFolder|userHome|env:([A-Za-z_][A-Za-z0-9_]*))\}/g, (whole, name, envName) => {
    if (name === "workspaceFolder") return context.workspaceFolder ?? whole;
    if (name === "userHome") return home;
    return context.env?.[envName] ?? "";
  });
}

export function serveArgsForInterpreter(interpreter: string[]): ServerCommand {
  const [command, ...extra] = interpreter;
  return { command, args: [...extra, "-m", "resolint", "serve"], source: "resolint.interpreter" };
}

export async function findOnPath(name: string, host: Pick<DiscoveryHost, "isExecutable" | "pathVariable">) {
  for (const dir of (host.pathVariable ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await host.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function resolveExecutable(file: string, host: DiscoveryHost): Promise<string | undefined> {
  if (isAbsolute(file) || file.includes("/")) {
    return (await host.isExecutable(file)) ? file : undefined;
  }
  return findOnPath(file, host);
}

export async function discoverServer(
  settings: DiscoverySettings,
  host: DiscoveryHost,
  context: ExpansionContext = {},
): Promise<Discovery> {
  const notes: string[] = [];
  const paths = settings.path.map((p) => expandVariables(p, context)).filter(Boolean);
  if (paths.length > 0) {
    for (const candidate of paths) {
      const executable = await resolveExecutable(candidate, host);
      if (executable) {
        return { found: true, server: { command: executable, args: ["serve"], source: "resolint.path" }, notes };
      }
      notes.push(`resolint.path entry not executable: ${candidate}`);
    }
    return { found: false, reason: `none of the resolint.path entries is executable: ${paths.join(", ")}`, notes };
  }

  const interpreter = settings.interpreter.map((p) => expandVariables(p, context)).filter(Boolean);
  if (interpreter.length > 0) {
    const executable = await resolveExecutable(interpreter[0], host);
    if (!executable) {
      return { found: false, reason: `resolint.interpreter is not executable: ${interpreter[0]}`, notes };
    }
    return { found: true, server: serveArgsForInterpreter([executable, ...interpreter.slice(1)]), notes };
  }

  const selected = await host.pythonExtensionInterpreter();
  if (selected && selected.length > 0) {
    if (await host.hasResolint(selected)) {
      return { found: true, server: { ...serveArgsForInterpreter(selected), source: "python extension" }, notes };
    }
    notes.push(`the Python extension's interpreter ${selected.join(" ")} has no resolint installed`);
  }

  const onPath = await findOnPath("resolint", host);
  if (onPath) {
    return { found: true, server: { command: onPath, args: ["serve"], source: "PATH" }, notes };
  }
  notes.push("no resolint executable on PATH");
  return { found: false, reason: "resolint was not found", notes };
}

export async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The parts of the Python extension's API that we use (both the `environments` API and the older `settings` one). */
interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath?(resource?: unknown): { path: string } | undefined;
    resolveEnvironment?(env: unknown): Promise<{ executable?: { uri?: { fsPath?: string } } } | undefined>;
  };
  settings?: {
    getExecutionDetails?(resource?: unknown): { execCommand?: string[] } | undefined;
  };
}

/** Reads the selected interpreter from the Python extension's exported API; undefined when it tells nothing usable. */
export async function interpreterFromPythonApi(api: unknown, resource?: unknown): Promise<string[] | undefined> {
  const python = api as PythonExtensionApi | undefined;
  const environments = python?.environments;
  if (environments?.getActiveEnvironmentPath && environments.resolveEnvironment) {
    const active = environments.getActiveEnvironmentPath(resource);
    const resolved = active ? await environments.resolveEnvironment(active) : undefined;
    const executable = resolved?.executable?.uri?.fsPath;
    if (executable) return [executable];
  }
  const command = python?.settings?.getExecutionDetails?.(resource)?.execCommand;
  return command && command.length > 0 && command[0] ? [...command] : undefined;
}
