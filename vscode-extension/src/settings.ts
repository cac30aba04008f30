// Maps the `resolint.*` VS Code settings to what the language server reads from `workspace/configuration`
// (section "resolint": select, ignore, severity, paper; see docs/handoff/CONTRACT.md). No `vscode` import.

export type RuleSeverity = "error" | "warning" | "info" | "off";
export type Paper = "a4" | "letter";

export interface ServerSettings {
  select: string[];
  ignore: string[];
  severity: Record<string, RuleSeverity>;
  paper: Paper;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** One line per value that was dropped, for the output channel. */
  warnings: string[];
}

/** The settings whose change needs a new server process; the others are sent to the running server. */
export const RESTART_SETTINGS = ["resolint.path", "resolint.interpreter"] as const;
export const SERVER_SETTINGS = ["resolint.select", "resolint.ignore", "resolint.severity", "resolint.paper"] as const;

const RULE_PATTERN = /^[A-Z]+[0-9]*$/;
const SEVERITIES: readonly RuleSeverity[] = ["error", "warning", "info", "off"];

function ruleList(value: unknown, name: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`resolint.${name} must be a list of rule codes; ignored`);
    return [];
  }
  const codes: string[] = [];
  for (const item of value) {
    const code = typeof item === "string" ? item.trim().toUpperCase() : "";
    if (!RULE_PATTERN.test(code)) {
      warnings.push(`resolint.${name}: ${JSON.stringify(item)} is not a rule code or prefix; ignored`);
    } else if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return codes;
}

function severityMap(value: unknown, warnings: string[]): Record<string, RuleSeverity> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    warnings.push("resolint.severity must be an object like {\"RT401\": \"error\"}; ignored");
    return {};
  }
  const result: Record<string, RuleSeverity> = {};
  for (const [rawCode, rawLevel] of Object.entries(value as Record<string, unknown>)) {
    const code = rawCode.trim().toUpperCase();
    const level = typeof rawLevel === "string" ? rawLevel.trim().toLowerCase() : "";
    if (!RULE_PATTERN.test(code)) {
      warnings.push(`resolint.severity: ${JSON.stringify(rawCode)} is not a rule code; ignored`);
    } else if (!(SEVERITIES as readonly string[]).includes(level)) {
      warnings.push(`resolint.severity.${code}: ${JSON.stringify(rawLevel)} is not one of ${SEVERITIES.join(", ")}; ignored`);
    } else {
      result[code] = level as RuleSeverity;
    }
  }
  return result;
}

function paper(value: unknown, warnings: string[]): Paper {
  const normalized = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (normalized === undefined || normalized === null || normalized === "") return "a4";
  if (normalized === "a4" || normalized === "letter") return normalized;
  warnings.push(`resolint.paper: ${JSON.stringify(value)} is not a4 or letter; using a4`);
  return "a4";
}

/** `read(name)` returns the raw value of `resolint.<name>` (a VS Code WorkspaceConfiguration's `get`). */
export function toServerSettings(read: (name: string) => unknown): MappedSettings {
  const warnings: string[] = [];
  const settings: ServerSettings = {
    select: ruleList(read("select"), "select", warnings),
    ignore: ruleList(read("ignore"), "ignore", warnings),
    severity: severityMap(read("severity"), warnings),
    paper: paper(read("paper"), warnings),
  };
  return { settings, warnings };
}

/** Which reaction a configuration change needs, given `affects(section)` of the change event. */
export function changeReaction(affects: (section: string) => boolean): "restart" | "notify" | "none" {
  if (RESTART_SETTINGS.some(affects)) return "restart";
  if (SERVER_SETTINGS.some(affects)) return "notify";
  return "none";
}
