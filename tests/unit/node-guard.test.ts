import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledPlatforms, isTooOld, message } from "../../scripts/node-guard.mjs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));

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
    expect(message("20.20.2", "linux-x64")).toMatch(
      /^Node 20\.20\.2 is too old \(need 22\.12 or newer\): run "npm install" first/,
    );
    expect(message("20.20.2", "linux-x64")).not.toContain("\n");
  });

  it("does not promise a Node from npm on a machine without a Node package", () => {
    expect(message("20.20.2", "darwin-arm64")).not.toContain("npm install");
    expect(message("20.20.2", "darwin-arm64")).toMatch(
      /install Node 22\.12 or newer yourself.*this machine is darwin-arm64/,
    );
  });

  it("promises it exactly where the lockfile carries a Node build with its integrity hash", () => {
    type Locked = { os?: string; cpu?: string; integrity?: string; bin?: Record<string, string> };
    const locked = Object.values(lock.packages as Record<string, Locked>)
      .filter((entry) => entry.bin?.node && entry.integrity?.startsWith("sha512-"))
      .map((entry) => `${entry.os}-${entry.cpu}`);
    expect(locked.sort()).toEqual([...bundledPlatforms].sort());
    for (const platform of bundledPlatforms) expect(pkg.optionalDependencies).toHaveProperty(`node-${platform}`);
  });

  it("lets the project's own Node through", () => {
    const run = spawnSync(process.execPath, ["scripts/node-guard.mjs"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });
});
