import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  type DiscoveryHost,
  discoverServer,
  expandVariables,
  interpreterFromPythonApi,
} from "../../src/serverDiscovery";

interface FakeMachine {
  executables?: string[];
  pythonsWithResolint?: string[];
  selectedInterpreter?: string[];
  path?: string;
}

function fakeHost(machine: FakeMachine): DiscoveryHost & { importChecks: string[][] } {
  const importChecks: string[][] = [];
  return {
    importChecks,
    isExecutable: async (file) => (machine.executables ?? []).includes(file),
    hasResolint: async (python) => {
      importChecks.push(python);
      return (machine.pythonsWithResolint ?? []).includes(python[0]);
    },
    pythonExtensionInterpreter: async () => machine.selectedInterpreter,
    pathVariable: machine.path ?? "/usr/local/bin:/usr/bin",
  };
}

describe("discoverServer", () => {
  it("uses the first executable entry of resolint.path and runs `serve`", async () => {
    const host = fakeHost({ executables: ["/opt/b/resolint", "/opt/c/resolint", "/usr/bin/resolint"] });
    const result = await discoverServer({ path: ["/opt/a/resolint", "/opt/b/resolint", "/opt/c/resolint"], interpreter: [] }, host);
    assert.deepEqual(result, {
      found: true,
      server: { command: "/opt/b/resolint", args: ["serve"], source: "resolint.path" },
      notes: ["resolint.path entry not executable: /opt/a/resolint"],
    });
  });

  it("reports a misconfigured resolint.path instead of silently using another server", async () => {
    const host = fakeHost({ executables: ["/usr/bin/resolint"] });
    const result = await discoverServer({ path: ["/nowhere/resolint"], interpreter: ["/usr/bin/python3"] }, host);
    assert.equal(result.found, false);
    assert.match(result.found ? "" : result.reason, /resolint\.path.*\/nowhere\/resolint/);
  });

  it("runs `<interpreter> -m resolint serve` for resolint.interpreter, keeping extra interpreter arguments", async () => {
    const host = fakeHost({ executables: ["/venv/bin/python"], selectedInterpreter: ["/other/python"] });
    const result = await discoverServer({ path: [], interpreter: ["/venv/bin/python", "-X", "utf8"] }, host);
    assert.deepEqual(result.found && result.server, {
      command: "/venv/bin/python",
      args: ["-X", "utf8", "-m", "resolint", "serve"],
      source: "resolint.interpreter",
    });
    assert.deepEqual(host.importChecks, [], "an explicit interpreter is trusted, not probed");
  });

  it("resolves a bare interpreter name on PATH", async () => {
    const host = fakeHost({ executables: ["/usr/bin/python3"], path: "/usr/local/bin:/usr/bin" });
    const result = await discoverServer({ path: [], interpreter: ["python3"] }, host);
    assert.equal(result.found && result.server.command, "/usr/bin/python3");
  });

  it("fails clearly when resolint.interpreter does not exist", async () => {
    const result = await discoverServer({ path: [], interpreter: ["/gone/python"] }, fakeHost({}));
    assert.deepEqual(result, { found: false, reason: "resolint.interpreter is not executable: /gone/python", notes: [] });
  });

  it("uses the Python extension's interpreter when resolint is installed in it", async () => {
    const host = fakeHost({ pythonsWithResolint: ["/proj/.venv/bin/python"], selectedInterpreter: ["/proj/.venv/bin/python"], executables: ["/usr/bin/resolint"] });
    const result = await discoverServer({ path: [], interpreter: [] }, host);
    assert.deepEqual(result.found && result.server, {
      command: "/proj/.venv/bin/python",
      args: ["-m", "resolint", "serve"],
      source: "python extension",
    });
  });

  it("falls back to PATH when the Python extension's interpreter lacks resolint", async () => {
    const host = fakeHost({ selectedInterpreter: ["/usr/bin/python3"], executables: ["/usr/bin/resolint"] });
    const result = await discoverServer({ path: [], interpreter: [] }, host);
    assert.deepEqual(result.found && result.server, { command: "/usr/bin/resolint", args: ["serve"], source: "PATH" });
    assert.deepEqual(result.notes, ["the Python extension's interpreter /usr/bin/python3 has no resolint installed"]);
  });

  it("searches PATH entries in order", async () => {
    const host = fakeHost({ executables: ["/b/resolint", "/c/resolint"], path: "/a:/b:/c" });
    const result = await discoverServer({ path: [], interpreter: [] }, host);
    assert.equal(result.found && result.server.command, "/b/resolint");
  });

  it("says what it tried when nothing is found", async () => {
    const result = await discoverServer({ path: [], interpreter: [] }, fakeHost({ selectedInterpreter: ["/usr/bin/python3"] }));
    assert.equal(result.found, false);
    assert.deepEqual(result.notes, [
      "the Python extension's interpreter /usr/bin/python3 has no resolint installed",
      "no resolint executable on PATH",
    ]);
  });

  it("expands variables in the settings before looking", async () => {
    const host = fakeHost({ executables: ["/ws/.venv/bin/python"] });
    const result = await discoverServer({ path: [], interpreter: ["${workspaceFolder}/.venv/bin/python"] }, host, { workspaceFolder: "/ws" });
    assert.equal(result.found && result.server.command, "/ws/.venv/bin/python");
  });
});

describe("expandVariables", () => {
  const context = { workspaceFolder: "/ws", home: "/home/ana", env: { VENV: "/srv/venv" } };
  it("expands workspaceFolder, userHome, env and ~", () => {
    assert.equal(expandVariables("${workspaceFolder}/bin/resolint", context), "/ws/bin/resolint");
    assert.equal(expandVariables("${userHome}/x", context), "/home/ana/x");
    assert.equal(expandVariables("${env:VENV}/bin/python", context), "/srv/venv/bin/python");
    assert.equal(expandVariables("~/.local/bin/resolint", context), "/home/ana/.local/bin/resolint");
  });
  it("leaves ${workspaceFolder} alone when there is no folder, and unknown env vars empty", () => {
    assert.equal(expandVariables("${workspaceFolder}/x", { home: "/h" }), "${workspaceFolder}/x");
    assert.equal(expandVariables("${env:NOPE}/x", { home: "/h", env: {} }), "/x");
  });
});

describe("interpreterFromPythonApi", () => {
  it("reads the environments API", async () => {
    const api = {
      environments: {
        getActiveEnvironmentPath: () => ({ path: "/proj/.venv" }),
        resolveEnvironment: async (env: { path: string }) => ({ executable: { uri: { fsPath: `${env.path}/bin/python` } } }),
      },
    };
    assert.deepEqual(await interpreterFromPythonApi(api), ["/proj/.venv/bin/python"]);
  });
  it("falls back to the older settings API", async () => {
    const api = { settings: { getExecutionDetails: () => ({ execCommand: ["conda", "run", "-n", "un", "python"] }) } };
    assert.deepEqual(await interpreterFromPythonApi(api), ["conda", "run", "-n", "un", "python"]);
  });
  it("returns undefined for a missing or empty API", async () => {
    assert.equal(await interpreterFromPythonApi(undefined), undefined);
    assert.equal(await interpreterFromPythonApi({ settings: { getExecutionDetails: () => ({ execCommand: [] }) } }), undefined);
    const unresolved = { environments: { getActiveEnvironmentPath: () => ({ path: "x" }), resolveEnvironment: async () => undefined } };
    assert.equal(await interpreterFromPythonApi(unresolved), undefined);
  });
});
