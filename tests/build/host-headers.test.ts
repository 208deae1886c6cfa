// The built _headers file gives the same effective headers on Netlify (read with Netlify's own parser, where
// every matching rule applies and "! Name" lines are dropped) and on Cloudflare Pages (our reading of its
// documented rules), for every path of the built site; and those headers do what the site needs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllHeaders, type Header } from "@netlify/headers-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { headersFor, parseHeaderRules } from "../../scripts/lib/header-rules.ts";

const dist = inject("distDir");
const file = join(dist, "_headers");

/** Every path a visitor can request: files as they are, index.html pages also by their folder. */
const paths = (
  readdirSync(dist, { recursive: true, withFileTypes: true }) as Array<{
    isFile(): boolean;
    parentPath: string;
    name: string;
  }>
)
  .filter((entry) => entry.isFile() && entry.name !== "_headers")
  .flatMap((entry) => {
    const path = `/${join(entry.parentPath, entry.name).slice(dist.length + 1)}`;
    return path.endsWith("/index.html") ? [path, path.slice(0, -"index.html".length)] : [path];
  });
const pages = paths.filter((path) => path.endsWith("/") || path.endsWith(".html"));
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);

const rules = parseHeaderRules(readFileSync(file, "utf8"));
const cloudflare = new Map(paths.map((path) => [path, headersFor(path, rules)]));
let netlify: Map<string, Map<string, string>>;

beforeAll(async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  expect(errors).toEqual([]);
  netlify = new Map(
    paths.map((path) => {
      const merged = new Map<string, string>();
      for (const rule of headers as Header[]) {
        if (!rule.forRegExp.test(path)) continue;
        for (const [name, value] of Object.entries(rule.values)) {
          const key = name.toLowerCase();
          merged.set(key, merged.has(key) ? `${merged.get(key)}, ${value}` : value);
        }
      }
      return [path, merged];
    }),
  );
});

describe("the built _headers", () => {
  it("uses no '! Name' removal, which Netlify's parser drops", () => {
    expect(readFileSync(file, "utf8")).not.toMatch(/^\s+!/m);
  });

  it("gives every built path the same headers on Netlify and on Cloudflare Pages", () => {
    const differing = paths.filter(
      (path) => JSON.stringify([...netlify.get(path)!].sort()) !== JSON.stringify([...cloudflare.get(path)!].sort()),
    );
    expect(
      differing.map(
        (path) =>
          `${path}: netlify ${JSON.stringify([...netlify.get(path)!])} cloudflare ${JSON.stringify([...cloudflare.get(path)!])}`,
      ),
    ).toEqual([]);
  });

  it("never sets one header twice for a path (hosts would join the values into an invalid one)", () => {
    const doubled = paths.flatMap((path) => {
      const names = rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.set.map(([name]) => name));
      return names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${path}: ${name}`);
    });
    expect(doubled).toEqual([]);
  });

  it("refuses framing of every page but the embeds, and keeps each page's window to itself", () => {
    const open = pages
      .filter((path) => !isEmbed(path))
      .filter((path) => {
        const headers = cloudflare.get(path)!;
        return (
          headers.get("x-frame-options") !== "DENY" ||
          headers.get("content-security-policy") !== "frame-ancestors 'none'" ||
          headers.get("cross-origin-opener-policy") !== "same-origin"
        );
      });
    expect(open).toEqual([]);
    expect(pages.filter((path) => !isEmbed(path)).length).toBeGreaterThan(40);
  });

  it("lets anyone frame the embeds, in both languages", () => {
    const embeds = pages.filter(isEmbed);
    expect(embeds.some((path) => path.startsWith("/en/embed/"))).toBe(true);
    const closed = embeds.filter(
      (path) => cloudflare.get(path)!.has("x-frame-options") || cloudflare.get(path)!.has("content-security-policy"),
    );
    expect(closed).toEqual([]);
  });

  it("lets other sites read oEmbed answers, downloads and the embeds' scripts", () => {
    const shared = paths.filter(
      (path) => /^\/(en\/)?charts\/[^/]+\/[^/]+\.(json|csv|svg|png)$/.test(path) || path.startsWith("/_astro/"),
    );
    expect(shared.length).toBeGreaterThan(100);
    expect(shared.filter((path) => cloudflare.get(path)!.get("access-control-allow-origin") !== "*")).toEqual([]);
    expect(cloudflare.get("/charts/")!.has("access-control-allow-origin")).toBe(false);
  });

  it("caches for a year only hashed assets that exist, and checks the kiosk worker every time", () => {
    const immutable = paths.filter((path) => cloudflare.get(path)!.get("cache-control")?.includes("immutable"));
    expect(immutable.length).toBeGreaterThan(0);
    expect(immutable.filter((path) => !/^\/_astro\/[^/]+\.[\w-]{8}\.\w+$/.test(path))).toEqual([]);
    expect(headersFor("/_astro/missing.abcdefgh.js", rules).has("cache-control")).toBe(false);
    expect(cloudflare.get("/kiosk/sw.js")!.get("cache-control")).toBe("no-cache");
  });

  it("sends a current Permissions-Policy and nosniff everywhere", () => {
    for (const path of paths) {
      const headers = cloudflare.get(path)!;
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(headers.get("permissions-policy"), path).not.toContain("interest-cohort");
      expect(headers.get("permissions-policy"), path).toContain("camera=()");
    }
  });
});
