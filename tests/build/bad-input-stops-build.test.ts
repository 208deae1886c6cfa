// Real builds of a copy of the project: a broken data file, then a chapter with a bare figure and ids that name
// nothing. The loader and chapter tests prove the messages; this proves `astro build` stops on them, names the
// data file or the chapter file and line, and writes nothing at all.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { projectCopy } from "../support/project-copy.ts";

const copy = projectCopy();
const project = copy.dir;
const outDir = join(project, "dist");
afterAll(() => copy.remove());

/** Runs astro build in the copy after one edit, then undoes the edit. */
function buildWith(file: string, edit: (text: string) => string) {
  const path = join(project, file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, edit(original));
  try {
    const build = spawnSync(resolve("node_modules/.bin/astro"), ["build"], { cwd: project, encoding: "utf8" });
    return { status: build.status, output: `${build.stdout}\n${build.stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

it("stops on a broken data file, naming the file, line and field, before writing anything", () => {
  const build = buildWith("content/data/growth.json", (text) =>
    text.replace('"unit": "CNY_100M", "period": "2020"', '"unit": "yuan", "period": "2020"'),
  );
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(/content\/data\/growth\.json:17:90: facts\[3\]\.unit \(id "output-2020"\)/);
  expect(build.output).toMatch(/expected one of .*CNY_100M/);
  expect(existsSync(outDir)).toBe(false);
}, 120_000);

it("stops on a bare figure and on ids that name nothing, naming the chapter file and line", () => {
  const build = buildWith("content/chapters/zh/03-service.mdx", (text) =>
    text.replace(/\n## /, '\n项目只用了十天。<Fact id="output-2030" />\n\n<Chart id="no-such-chart" />\n\n## '),
  );
  const line = readFileSync("content/chapters/zh/03-service.mdx", "utf8").split(/\n## /)[0]!.split("\n").length + 1;
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(`content/chapters/zh/03-service.mdx:${line}: bare figure "十天"`);
  const file = "content/chapters/zh/03-service.mdx";
  expect(build.output).toContain(`${file}:${line}: <Fact id="output-2030">: no fact or claim`);
  expect(build.output).toContain(`${file}:${line + 2}: <Chart id="no-such-chart">: no chart has`);
  expect(existsSync(outDir)).toBe(false);
}, 120_000);
