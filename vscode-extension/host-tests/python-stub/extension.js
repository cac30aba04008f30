// @ts-check
// Test double of the Python extension's API, only the part resolint uses.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");

function selectedInterpreter() {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  const config = JSON.parse(fs.readFileSync(path.join(workspace, ".host-test", "config.json"), "utf8"));
  return config.interpreter;
}

exports.activate = function activate() {
  const changed = new vscode.EventEmitter();
  return {
    environments: {
      getActiveEnvironmentPath: () => ({ id: "host-test", path: selectedInterpreter() }),
      resolveEnvironment: async (/** @type {{path: string}} */ environment) => ({
        executable: { uri: vscode.Uri.file(environment.path) },
      }),
      onDidChangeActiveEnvironmentPath: changed.event,
    },
  };
};
