// Runs an extension test suite inside a real VS Code host: code-server (the VS Code server and extension host)
// with the workbench loaded in Debian's Chromium through playwright-core. Exits with the suite's exit code.
//
//   node run-host-tests.mjs --config run.json
//
// run.json: { "workspace", "userDataDir", "extensionsDir", "vsix" (one path or a list), "developmentPath", "testsPath", "port",
//             "screenshot" (optional PNG path), "timeoutSeconds", "chromium" (optional, default /usr/bin/chromium) }
// The suite asks for the screenshot by logging "RESOLINT-SCREENSHOT-READY <ack-file>"; the harness then writes the
// PNG and creates <ack-file>.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const hostDir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const codeServerBin = join(hostDir, "node_modules", "code-server", "out", "node", "entry.js");
const SCREENSHOT_MARKER = "RESOLINT-SCREENSHOT-READY ";

function log(message) {
  process.stdout.write(`[host ${new Date().toISOString().slice(11, 23)}] ${message}\n`);
}

function readConfig() {
  const index = process.argv.indexOf("--config");
  if (index < 0 || !process.argv[index + 1]) {
    process.stderr.write("usage: node run-host-tests.mjs --config run.json\n");
    process.exit(2);
  }
  return JSON.parse(readFileSync(process.argv[index + 1], "utf8"));
}

function codeServerArgs(config, configFile) {
  return [
    codeServerBin,
    "--config",
    configFile,
    "--user-data-dir",
    config.userDataDir,
    "--extensions-dir",
    config.extensionsDir,
  ];
}

function installVsix(vsix, config, configFile) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [...codeServerArgs(config, configFile), "--install-extension", vsix, "--force"], {
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
  log(`installed ${vsix} in ${Date.now() - started} ms: ${result.stdout.trim().split("\n").pop()}`);
}

function writeUserSettings(config) {
  const settingsDir = join(config.userDataDir, "User");
  mkdirSync(settingsDir, { recursive: true });
  const settings = {
    "update.mode": "none",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "telemetry.telemetryLevel": "off",
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "security.workspace.trust.enabled": false,
    "chat.disableAIFeatures": true,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    ...config.userSettings,
  };
  writeFileSync(join(settingsDir, "settings.json"), JSON.stringify(settings, null, 2));
}

function startCodeServer(config, configFile) {
  const args = [
    ...codeServerArgs(config, configFile),
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--vscode-option",
    "enable-smoke-test-driver",
    config.workspace,
  ];
  // detached: its own process group, so that the extension host, file watcher and helpers can be stopped together.
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 400) output.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return { child, output };
}

function stopProcessGroup(child) {
  if (child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return;
    }
    spawnSync("sleep", ["0.2"]);
  }
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

async function waitForServer(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

function workbenchUrl(config) {
  const origin = `http://127.0.0.1:${config.port}`;
  const remote = (path) => `vscode-remote://127.0.0.1:${config.port}${path}`;
  const payload = [
    ["extensionDevelopmentPath", remote(config.developmentPath)],
    ["extensionTestsPath", remote(config.testsPath)],
  ];
  return `${origin}/?folder=${encodeURIComponent(config.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function runSuite(config) {
  const browser = await chromium.launch({
    executablePath: config.chromium ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish;
    const exitCode = new Promise((resolve) => {
      finish = resolve;
    });
    await page.exposeFunction("codeAutomationExit", (code) => finish(Number(code)));
    await page.exposeFunction("codeAutomationLog", async (type, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
      log(`[ext ${type}] ${text}`);
      const marker = text.indexOf(SCREENSHOT_MARKER);
      if (marker >= 0 && config.screenshot) {
        const ackFile = text.slice(marker + SCREENSHOT_MARKER.length).trim().split(/\s/)[0];
        await page.screenshot({ path: config.screenshot });
        writeFileSync(ackFile, "taken\n");
        log(`screenshot written to ${config.screenshot}`);
      }
    });
    const started = Date.now();
    await page.goto(workbenchUrl(config));
    const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), config.timeoutSeconds * 1000));
    const outcome = await Promise.race([exitCode, timeout]);
    if (outcome === "timeout") {
      const failureShot = config.screenshot ? config.screenshot.replace(/\.png$/, "-timeout.png") : undefined;
      if (failureShot) await page.screenshot({ path: failureShot }).catch(() => undefined);
      log(`the suite did not finish within ${config.timeoutSeconds} s`);
      return 124;
    }
    log(`suite finished with exit code ${outcome} after ${Date.now() - started} ms`);
    return outcome;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function main() {
  const config = readConfig();
  const scratch = join(config.userDataDir, "..", "host-run");
  mkdirSync(scratch, { recursive: true });
  const configFile = join(scratch, "code-server.yaml");
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${config.port}\nauth: none\ncert: false\n`);
  writeUserSettings(config);
  for (const vsix of [config.vsix].flat()) installVsix(vsix, config, configFile);
  const { child, output } = startCodeServer(config, configFile);
  let code = 1;
  try {
    const started = Date.now();
    await waitForServer(`http://127.0.0.1:${config.port}/healthz`, child, 60_000);
    log(`code-server listening after ${Date.now() - started} ms`);
    code = await runSuite(config);
  } catch (error) {
    log(`harness error: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    const stopping = Date.now();
    stopProcessGroup(child);
    log(`code-server and its process group stopped in ${Date.now() - stopping} ms`);
    // Chromium's crash reporter writes here even with its own profile directory.
    rmSync(join(homedir(), ".config", "chromium", "Crash Reports"), { recursive: true, force: true });
  }
  if (code !== 0) {
    log(`code-server output (last lines):\n${output.join("").split("\n").slice(-60).join("\n")}`);
  }
  process.exit(code);
}

await main();
