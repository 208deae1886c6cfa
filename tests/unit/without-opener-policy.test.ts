// The measuring scripts' switch (BENCH_WITHOUT_COOP, LIGHTHOUSE_WITHOUT_COOP) is only a fair comparison if it
// takes away the opener policy and nothing else: here on a _headers file made by the build's own generator for a
// small site, read back with the local server's reader.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { headersFor, parseHeaderRules } from "../../scripts/lib/header-rules.ts";
import { dropOpenerPolicy } from "../../scripts/lib/without-opener-policy.ts";
import { headersFile, hostRules } from "../../src/site/host-headers.ts";

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

function builtSite(): string {
  site = mkdtempSync(join(tmpdir(), "coop-"));
  for (const folder of ["_astro", "charts/growth", "embed/growth", "en/spirit"])
    mkdirSync(join(site, folder), {
      recursive: true,
    });
  writeFileSync(join(site, "_astro", "app.1a2b3c.js"), "");
  writeFileSync(join(site, "index.html"), "");
  writeFileSync(join(site, "_headers"), headersFile(hostRules(site)));
  return site;
}

const paths = ["/", "/charts/growth/", "/en/spirit/", "/embed/growth/", "/_astro/app.1a2b3c.js"];
const effective = (file: string) => {
  const rules = parseHeaderRules(readFileSync(file, "utf8"));
  return paths.map((path) => [path, Object.fromEntries(headersFor(path, rules))] as const);
};

describe("serving a build without its opener policy, for measurements", () => {
  it("drops Cross-Origin-Opener-Policy from every page and changes no other header", () => {
    const file = join(builtSite(), "_headers");
    const before = effective(file);
    expect(before[0]![1]["cross-origin-opener-policy"]).toBe("same-origin");
    expect(dropOpenerPolicy(site)).toBeGreaterThan(1);
    const after = effective(file);
    for (const [i, [path, headers]] of after.entries()) {
      const { "cross-origin-opener-policy": _, ...rest } = before[i]![1];
      expect(headers, path).toEqual(rest);
    }
  });

  it("says so when there is no opener policy to drop, rather than measure the same thing twice", () => {
    dropOpenerPolicy(builtSite());
    expect(() => dropOpenerPolicy(site)).toThrow(/has no Cross-Origin-Opener-Policy line to drop/);
  });
});
