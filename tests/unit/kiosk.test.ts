import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaults, parseKioskConfig } from "../../src/kiosk/config.ts";
import { kioskAssets, workerSource } from "../../src/integrations/kiosk-worker.ts";
import { kioskCodes } from "../../src/kiosk/content.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { loadDataset } from "../../src/data/load.ts";

describe("kiosk settings from the query string", () => {
  it("uses the defaults when nothing is set: 90 s idle, a 20 s countdown", () => {
    expect(parseKioskConfig("")).toEqual(defaults);
    expect(defaults).toMatchObject({ idle: 90, countdown: 20 });
  });

  it("takes values within bounds", () => {
    expect(parseKioskConfig("?idle=30&attract=10&cycle=5&countdown=30")).toEqual({ idle: 30, attract: 10, cycle: 5, countdown: 30 });
  });

  it.each([
    ["?idle=abc", "not a number"],
    ["?idle=-5", "negative"],
    ["?idle=1", "too short"],
    ["?idle=999999", "too long"],
    ["?idle=30&idle=40", "repeated"],
    ["?idle=1e3", "exponent"],
    ["?idle=%3Cscript%3E", "markup"],
    ["?countdown=5", "a countdown shorter than WCAG's 20 s"],
  ])("falls back to the default for %s (%s)", (search) => {
    expect(parseKioskConfig(search)).toEqual(defaults);
  });
});

describe("the kiosk's content", () => {
  const data = loadDataset();
  it("shows only registered charts and existing facts, lists and claims", () => {
    for (const code of kioskCodes) {
      for (const slide of code.slides) {
        if (slide.kind === "chart") expect(chartIds).toContain(slide.id);
        if (slide.kind === "list") expect(data.lists.has(slide.id)).toBe(true);
        if (slide.kind === "figures") for (const id of slide.ids) expect(data.facts.has(id) || data.claims.has(id), id).toBe(true);
      }
    }
  });

  it("has the four codes in the story's order", () => {
    expect(kioskCodes.map((c) => c.code)).toEqual(["spirit", "service", "harmony", "acceleration"]);
  });
});

describe("the kiosk service worker", () => {
  const root = mkdtempSync(join(tmpdir(), "jianghua-kiosk-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("precaches the page, the files it links and the chunks its scripts import", () => {
    mkdirSync(join(root, "kiosk"));
    mkdirSync(join(root, "_astro"));
    writeFileSync(join(root, "kiosk", "index.html"), '<link href="/_astro/a.css"><script src="/_astro/entry.js"></script><link rel="icon" href="/favicon.svg"><a href="#x">');
    writeFileSync(join(root, "_astro", "a.css"), "");
    writeFileSync(join(root, "_astro", "entry.js"), 'import"./chunk.js";import{x}from"./other.js";');
    writeFileSync(join(root, "_astro", "chunk.js"), "");
    writeFileSync(join(root, "_astro", "other.js"), "");
    writeFileSync(join(root, "favicon.svg"), "");
    expect(kioskAssets(root)).toEqual(["/kiosk/", "/_astro/a.css", "/_astro/chunk.js", "/_astro/entry.js", "/_astro/other.js", "/favicon.svg"]);
  });

  it("names its cache by version and drops older kiosk caches on activation", () => {
    const source = workerSource(["/kiosk/"], "abc123");
    expect(source).toContain('const CACHE = "kiosk-abc123";');
    expect(source).toContain('key.startsWith("kiosk-") && key !== CACHE');
  });
});

describe("npm run kiosk", async () => {
  const { kioskBrowserArgs, kioskQuery } = await import("../../scripts/kiosk.ts");
  it("opens Chromium full screen on the kiosk with a lasting profile and no way to navigate by overscroll", () => {
    const args = kioskBrowserArgs("http://localhost:4321/kiosk/", "/var/kiosk");
    expect(args).toContain("--kiosk");
    expect(args).toContain("--user-data-dir=/var/kiosk");
    expect(args).toContain("--overscroll-history-navigation=0");
    expect(args.at(-1)).toBe("http://localhost:4321/kiosk/");
  });

  it("passes kiosk settings through as a query string and ignores anything else", () => {
    expect(kioskQuery(["--idle=120", "--attract=20", "--other=1", "idle=5"])).toBe("?idle=120&attract=20");
    expect(kioskQuery([])).toBe("");
  });
});
