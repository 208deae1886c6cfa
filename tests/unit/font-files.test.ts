// The cut fonts resvg reads are files in a temporary folder: there while the process draws, gone when it ends,
// so builds do not leave a folder behind for every run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

const tmp = mkdtempSync(join(tmpdir(), "font-files-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it("are written for resvg and removed when the process ends", () => {
  const script = `
    import { existsSync } from "node:fs";
    import { fontSubsetFiles } from "./src/og/fonts.ts";
    const files = await fontSubsetFiles("江华密码");
    console.log(JSON.stringify(files.map((file) => [file, existsSync(file)])));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: "" },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const files = JSON.parse(run.stdout) as [string, boolean][];
  expect(files).toHaveLength(2);
  for (const [file, existed] of files) {
    expect(file.startsWith(tmp)).toBe(true);
    expect(existed).toBe(true);
  }
  expect(readdirSync(tmp)).toEqual([]);
}, 60_000);
