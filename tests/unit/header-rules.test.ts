// The _headers reader the local server uses, held to Cloudflare Pages' documented rules: splats, placeholders,
// every matching rule applying in order, repeated headers joined, "! Name" removing, and the file's limits.
import { describe, expect, it } from "vitest";
import { headersFor, parseHeaderRules } from "../../scripts/lib/header-rules.ts";

const rules = parseHeaderRules(
  [
    "# a comment",
    "/*",
    "  X-Frame-Options: DENY",
    "  Link: </a.css>; rel=preload",
    "/secure/page",
    "  X-Robots-Tag: noindex",
    "/static/*",
    "  ! X-Frame-Options",
    "  Link: </b.css>; rel=preload",
    "/movies/:title",
    "  X-Movie: yes",
  ].join("\n"),
);

describe("applying _headers rules to a path", () => {
  it("applies a splat rule to every path, including the root", () => {
    for (const path of ["/", "/a", "/a/b/c.html"])
      expect(headersFor(path, rules).get("x-frame-options"), path).toBe("DENY");
  });

  it("matches a plain path exactly: no prefix, no trailing slash, case kept", () => {
    expect(headersFor("/secure/page", rules).get("x-robots-tag")).toBe("noindex");
    for (const path of ["/secure/page/", "/secure/pages", "/secure/page/x", "/Secure/page"]) {
      expect(headersFor(path, rules).has("x-robots-tag"), path).toBe(false);
    }
  });

  it("lets a placeholder take one path segment only", () => {
    expect(headersFor("/movies/alien", rules).get("x-movie")).toBe("yes");
    expect(headersFor("/movies/alien/cast", rules).has("x-movie")).toBe(false);
    expect(headersFor("/movies/", rules).has("x-movie")).toBe(false);
  });

  it("joins a header set by two matching rules and removes one marked with !", () => {
    const headers = headersFor("/static/app.js", rules);
    expect(headers.get("link")).toBe("</a.css>; rel=preload, </b.css>; rel=preload");
    expect(headers.has("x-frame-options")).toBe(false);
  });

  it("treats dots and other characters in a path literally", () => {
    const dotted = parseHeaderRules("/a.html\n  X: 1\n");
    expect(headersFor("/a.html", dotted).get("x")).toBe("1");
    expect(headersFor("/aXhtml", dotted).has("x")).toBe(false);
  });
});

describe("reading a _headers file", () => {
  it("says which line is malformed", () => {
    expect(() => parseHeaderRules("/*\n  no-colon-here\n")).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeaderRules("/*\n  X-Empty:\n")).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeaderRules("  A: 1\n")).toThrow(/line 1: header line before any path/);
    expect(() => parseHeaderRules("*.html\n  A: 1\n")).toThrow(/line 1: a path must start with "\/"/);
  });

  it("refuses more rules or longer lines than Cloudflare Pages takes", () => {
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  A: 1`).join("\n");
    expect(() => parseHeaderRules(many)).toThrow(/101 rules, Cloudflare Pages takes 100/);
    expect(() => parseHeaderRules(`/*\n  A: ${"x".repeat(2001)}\n`)).toThrow(/longer than 2000 characters/);
  });
});
