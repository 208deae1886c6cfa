import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { headersFor, parseHeaders } from "../../scripts/serve.ts";

const rules = parseHeaders(readFileSync("public/_headers", "utf8"));

describe("the _headers rules", () => {
  it("forbid framing of ordinary pages", () => {
    const headers = headersFor("/methods/", rules);
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
  });

  it("let anyone frame a chart embed, in both languages", () => {
    for (const path of ["/embed/growth/", "/en/embed/growth/"]) {
      const headers = headersFor(path, rules);
      expect(headers.has("x-frame-options")).toBe(false);
      expect(headers.has("content-security-policy")).toBe(false);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("append a header set by two rules and remove one marked with !", () => {
    const custom = parseHeaders("/*\n  A: 1\n  B: x\n/a/*\n  A: 2\n  ! B\n");
    const headers = headersFor("/a/b", custom);
    expect(headers.get("a")).toBe("1, 2");
    expect(headers.has("b")).toBe(false);
  });

  it("say where a malformed line is", () => {
    expect(() => parseHeaders("/*\n  no-colon-here\n")).toThrow(/expected "Name: value"/);
    expect(() => parseHeaders("  A: 1\n")).toThrow(/before any path/);
  });
});
