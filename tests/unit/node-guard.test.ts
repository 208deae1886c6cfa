import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isTooOld, message } from "../../scripts/node-guard.mjs";

describe("the Node guard", () => {
  it.each([
    ["20.20.2", true],
    ["22.11.0", true],
    ["22.12.0", false],
    ["24.21.0", false],
    ["26.0.0", false],
  ])("says Node %s too old: %s", (version, old) => {
    expect(isTooOld(version)).toBe(old);
  });

  it("tells the user in one line what to run", () => {
    expect(message("20.20.2")).toMatch(/^Node 20\.20\.2 is too old \(need 22\.12 or newer\): run "npm install" first/);
    expect(message("20.20.2")).not.toContain("\n");
  });

  it("lets the project's own Node through", () => {
    const run = spawnSync(process.execPath, ["scripts/node-guard.mjs"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });
});
