// `npm run build` and `npm run build:release` as a new user meets them, run for real in a copy of the project:
// a release refuses an origin it cannot publish, in one line and before building anything; a build without a
// public origin is a preview that says so; a build that fails at any stage leaves the previous site whole.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectCopy } from "../support/project-copy.ts";

const project = projectCopy();
afterAll(() => project.remove());

function build(args: string[], env: Record<string, string | undefined> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !["SITE", "RELEASE", "PORT"].includes(name)),
  );
  const run = spawnSync(process.execPath, ["scripts/build.ts", ...args], {
    cwd: project.dir,
    env: { ...clean, ...env, PATH: `${join(project.dir, "node_modules", ".bin")}:${process.env.PATH}` },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, stderr: run.stderr };
}

/** A fingerprint of every file in a folder: names and contents. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const file of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, file);
    hash.update(file);
    try {
      hash.update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest("hex");
}

describe("npm run build:release", () => {
  it.each([
    [{}, /needs a public origin: set SITE=https:\/\/your.domain or "origin" in site.config.json/],
    [{ SITE: "http://localhost:4321" }, /not the local address http:\/\/localhost:4321/],
    [{ SITE: "http://example.org" }, /needs an https origin/],
    [{ SITE: "https://example.org/jianghua/" }, /SITE="https:\/\/example.org\/jianghua\/" carries a path/],
  ])("refuses %o in one line, before building anything", (env, message) => {
    const run = build(["--release", "--out", "release-out"], env);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(project.dir, "release-out"))).toBe(false);
  });
});

describe("npm run build without a public origin", () => {
  it("is a preview: one warning in the output, chart pages say their addresses are local, the kiosk has no QR code", () => {
    const run = build([]);
    expect(run.status, run.output).toBe(0);
    expect(run.output.match(/preview build:/g)).toHaveLength(1);
    // The only warning: a new user who sees a dozen more (as the MDX chapters once gave) cannot tell what matters.
    expect(run.output.match(/\[WARN\].*/g)).toEqual([expect.stringContaining("preview build:")]);
    const page = readFileSync(join(project.dir, "dist/charts/growth-2015-2020/index.html"), "utf8");
    expect(page.match(/class="preview-notice"/g)).toHaveLength(2);
    expect(page).toContain("http://localhost:4321");
    expect(readFileSync(join(project.dir, "dist/en/charts/growth-2015-2020/index.html"), "utf8")).toContain(
      "Preview build: the addresses below point at this machine",
    );
    // A QR code to this machine would send a visitor's phone nowhere: the kiosk leaves them out and tells staff why.
    const kiosk = readFileSync(join(project.dir, "dist/kiosk/index.html"), "utf8");
    expect(kiosk).not.toContain("data-qr=");
    expect(kiosk).toContain("未显示：这是预览版本");
    expect(kiosk).toContain("Left out: this is a preview build");
  }, 180_000);

  it("leaves the previous site whole when a build fails while rendering, and publishes no server files", () => {
    const dist = join(project.dir, "dist");
    const before = fingerprint(dist);
    writeFileSync(
      join(project.dir, "src/pages/zz-broken.astro"),
      '---\nthrow new Error("a page that fails on purpose");\n---\n',
    );
    const run = build([]);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("a page that fails on purpose");
    expect(run.output).toMatch(/Build failed .*: the previous dist\/ is untouched\./);
    expect(fingerprint(dist)).toBe(before);
    expect(readdirSync(project.dir).filter((name) => name.startsWith(".dist."))).toEqual([]);
    const serverFiles = (readdirSync(dist, { recursive: true }) as string[]).filter((file) =>
      /(^|\/)\.prerender\b|\.mjs$/.test(file),
    );
    expect(serverFiles).toEqual([]);
  }, 180_000);
});
