// Bundles the extension with esbuild into dist/extension.js (one file; `vscode` stays external).
//   node scripts/build.mjs               development build with source maps
//   node scripts/build.mjs --production  minified, what `vsce package` ships (vscode:prepublish)
//   node scripts/build.mjs --tests       the unit tests, into out/unit/*.test.js for `node --test`
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" };

async function buildExtension() {
  await build({
    ...common,
    entryPoints: [join(root, "src", "extension.ts")],
    outfile: join(root, "dist", "extension.js"),
    external: ["vscode"],
    minify: production,
    sourcemap: !production,
  });
  // The marketplace README shows the screenshot that the in-host test run writes to docs/.
  const screenshot = join(root, "..", "docs", "vscode-diagnostics.png");
  if (existsSync(screenshot)) {
    mkdirSync(join(root, "images"), { recursive: true });
    copyFileSync(screenshot, join(root, "images", "screenshot.png"));
  }
}

async function buildUnitTests() {
  const testDir = join(root, "test", "unit");
  const outDir = join(root, "out", "unit");
  rmSync(outDir, { recursive: true, force: true });
  const entryPoints = readdirSync(testDir)
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => join(testDir, name));
  await build({ ...common, entryPoints, outdir: outDir, sourcemap: "inline" });
}

if (process.argv.includes("--tests")) {
  await buildUnitTests();
} else {
  await buildExtension();
}
