import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countFindings, statusView } from "../../src/statusModel";

describe("status bar", () => {
  it("counts findings by VS Code severity", () => {
    assert.deepEqual(countFindings([0, 1, 1, 2, 3]), { errors: 1, warnings: 2, infos: 2 });
  });

  it("shows the number of findings of the active document while running", () => {
    const view = statusView("running", { errors: 0, warnings: 3, infos: 1 });
    assert.equal(view.text, "$(warning) resolint: 4");
    assert.equal(view.tooltip, "resolint: 4 findings in this document (0 errors, 3 warnings, 1 info)");
    assert.equal(view.emphasis, undefined);
  });

  it("shows a check mark for a clean document", () => {
    assert.equal(statusView("running", { errors: 0, warnings: 0, infos: 0 }).text, "$(check) resolint");
  });

  it("flags a missing or failed server", () => {
    const view = statusView("not-found", undefined, "resolint was not found");
    assert.equal(view.emphasis, "error");
    assert.match(view.tooltip, /not found\nresolint was not found/);
    assert.equal(statusView("failed", undefined).emphasis, "error");
    assert.equal(statusView("starting", undefined).text, "$(sync~spin) resolint");
  });
});
