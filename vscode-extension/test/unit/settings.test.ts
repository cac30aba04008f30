import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changeReaction, toServerSettings } from "../../src/settings";

function reader(values: Record<string, unknown>) {
  return (name: string) => values[name];
}

describe("toServerSettings", () => {
  it("gives the server's defaults for empty settings", () => {
    assert.deepEqual(toServerSettings(reader({})), {
      settings: { select: [], ignore: [], severity: {}, paper: "a4" },
      warnings: [],
    });
  });

  it("normalizes rule codes: trims, upper-cases, drops duplicates", () => {
    const { settings, warnings } = toServerSettings(reader({ select: [" rt401", "RT401", "RS"], ignore: ["rp105"] }));
    assert.deepEqual(settings.select, ["RT401", "RS"]);
    assert.deepEqual(settings.ignore, ["RP105"]);
    assert.deepEqual(warnings, []);
  });

  it("drops what is not a rule code and says so", () => {
    const { settings, warnings } = toServerSettings(reader({ select: ["RT401", "no spaces allowed", 7], ignore: "RT402" }));
    assert.deepEqual(settings.select, ["RT401"]);
    assert.deepEqual(settings.ignore, []);
    assert.deepEqual(warnings, [
      'resolint.select: "no spaces allowed" is not a rule code or prefix; ignored',
      "resolint.select: 7 is not a rule code or prefix; ignored",
      "resolint.ignore must be a list of rule codes; ignored",
    ]);
  });

  it("maps severities case-insensitively and keeps `off`", () => {
    const { settings, warnings } = toServerSettings(reader({ severity: { rt401: "Error", RP105: "off", RT402: "fatal" } }));
    assert.deepEqual(settings.severity, { RT401: "error", RP105: "off" });
    assert.deepEqual(warnings, ['resolint.severity.RT402: "fatal" is not one of error, warning, info, off; ignored']);
  });

  it("rejects a severity that is not an object", () => {
    const { settings, warnings } = toServerSettings(reader({ severity: ["RT401"] }));
    assert.deepEqual(settings.severity, {});
    assert.equal(warnings.length, 1);
  });

  it("accepts a4 and letter in any case and falls back to a4", () => {
    assert.equal(toServerSettings(reader({ paper: "Letter" })).settings.paper, "letter");
    const bad = toServerSettings(reader({ paper: "A3" }));
    assert.equal(bad.settings.paper, "a4");
    assert.deepEqual(bad.warnings, ['resolint.paper: "A3" is not a4 or letter; using a4']);
  });
});

describe("changeReaction", () => {
  const changed = (...sections: string[]) => (section: string) => sections.includes(section);
  it("restarts the server when where it comes from changes", () => {
    assert.equal(changeReaction(changed("resolint.interpreter")), "restart");
    assert.equal(changeReaction(changed("resolint.path", "resolint.select")), "restart");
  });
  it("sends lint settings to the running server", () => {
    assert.equal(changeReaction(changed("resolint.severity")), "notify");
    assert.equal(changeReaction(changed("resolint.paper")), "notify");
  });
  it("ignores other settings", () => {
    assert.equal(changeReaction(changed("editor.fontSize")), "none");
  });
});
