// What the status bar item says, from the server state and the findings in the active document. No `vscode` import.

export type ServerState = "starting" | "running" | "stopped" | "not-found" | "failed";

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** "error" or "warning" background, or undefined for the normal one. */
  emphasis?: "error" | "warning";
}

export function countFindings(severities: Iterable<number>): FindingCounts {
  // vscode.DiagnosticSeverity: Error = 0, Warning = 1, Information = 2, Hint = 3
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const severity of severities) {
    if (severity === 0) counts.errors += 1;
    else if (severity === 1) counts.warnings += 1;
    else counts.infos += 1;
  }
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function statusView(state: ServerState, counts: FindingCounts | undefined, detail = ""): StatusView {
  const suffix = detail ? `\n${detail}` : "";
  switch (state) {
    case "starting":
      return { text: "$(sync~spin) resolint", tooltip: `resolint: starting the language server${suffix}` };
    case "stopped":
      return { text: "$(debug-stop) resolint", tooltip: `resolint: the language server is stopped${suffix}` };
    case "not-found":
      return { text: "$(error) resolint", tooltip: `resolint: the language server was not found${suffix}`, emphasis: "error" };
    case "failed":
      return { text: "$(error) resolint", tooltip: `resolint: the language server failed${suffix}`, emphasis: "error" };
    case "running": {
      if (!counts) return { text: "$(check) resolint", tooltip: `resolint: running${suffix}` };
      const total = counts.errors + counts.warnings + counts.infos;
      const breakdown = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "info")}`;
      if (total === 0) return { text: "$(check) resolint", tooltip: `resolint: no findings in this document${suffix}` };
      const icon = counts.errors > 0 ? "$(error)" : counts.warnings > 0 ? "$(warning)" : "$(info)";
      return {
        text: `${icon} resolint: ${total}`,
        tooltip: `resolint: ${plural(total, "finding")} in this document (${breakdown})${suffix}`,
      };
    }
  }
}
