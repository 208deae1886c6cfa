// One real build with a broken data file: the loader tests prove the messages; this proves the build stops.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";

const project = mkdtempSync(join(tmpdir(), "jianghua-build-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it("stops the build with a non-zero exit, naming the file and the field", () => {
  for (const entry of ["src", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(entry, join(project, entry), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(project, "node_modules"), "dir");
  const file = join(project, "content/data/growth.json");
  const json = JSON.parse(readFileSync(file, "utf8"));
  json.facts[3].unit = "yuan";
  writeFileSync(file, JSON.stringify(json, null, 2));

  const build = spawnSync(resolve("node_modules/.bin/astro"), ["build"], { cwd: project, encoding: "utf8" });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).not.toBe(0);
  expect(output).toMatch(/content\/data\/growth\.json:\d+:\d+: facts\[3\]\.unit \(id "output-2020"\)/);
  expect(output).toMatch(/expected one of .*CNY_100M/);
}, 120_000);
