import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildIdPlaceholder,
  kioskAssets,
  revisionOf,
  stampBuild,
  workerSource,
} from "../../src/integrations/kiosk-worker.ts";

describe("the kiosk service worker's manifest", () => {
  const root = mkdtempSync(join(tmpdir(), "jianghua-kiosk-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "kiosk"));
  mkdirSync(join(root, "_astro"));
  const page = `<kiosk-shell data-build-id="${buildIdPlaceholder}"><link href="/_astro/a.css"><script src="/_astro/entry.js"></script><link rel="icon" href="/favicon.svg"><a href="#x">`;
  writeFileSync(join(root, "kiosk", "index.html"), page);
  writeFileSync(join(root, "_astro", "a.css"), "a{}");
  writeFileSync(
    join(root, "_astro", "entry.js"),
    'import"./chunk.js";import{x}from"./other.js";await import(`./staff.js`);',
  );
  for (const file of ["chunk.js", "other.js", "staff.js"]) writeFileSync(join(root, "_astro", file), `// ${file}`);
  writeFileSync(join(root, "favicon.svg"), "<svg/>");

  it("lists the page, the files it links and the chunks its scripts import, lazily imported ones included", () => {
    expect(kioskAssets(root)).toEqual([
      "/kiosk/",
      "/_astro/a.css",
      "/_astro/chunk.js",
      "/_astro/entry.js",
      "/_astro/other.js",
      "/_astro/staff.js",
      "/favicon.svg",
    ]);
  });

  it("writes the build id into the page and gives each file the revision of its final bytes", () => {
    const build = stampBuild(root);
    const stamped = readFileSync(join(root, "kiosk", "index.html"), "utf8");
    expect(build.id).toMatch(/^[0-9a-f]{12}$/);
    expect(stamped).toContain(`data-build-id="${build.id}"`);
    expect(build.files["/kiosk/"]).toEqual([revisionOf(stamped), Buffer.byteLength(stamped)]);
    expect(build.files["/_astro/a.css"]).toEqual([revisionOf("a{}"), 3]);
    expect(revisionOf("a{}")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("puts the manifest in front of the worker's code", () => {
    const source = workerSource({ id: "abc", files: { "/kiosk/": ["0123456789abcdef", 10] } }, "self.x = BUILD;");
    expect(source).toContain('const BUILD = {"id":"abc","files":{"/kiosk/":["0123456789abcdef",10]}};');
    expect(source.endsWith("self.x = BUILD;")).toBe(true);
  });
});
