// Where the public origin comes from, when a build is a preview, and what a release build refuses.
import { describe, expect, it } from "vitest";
import { isLocalHost, previewWarning, releaseProblem, resolveOrigin } from "../../src/site/origin.ts";

const file = (origin: unknown) => JSON.stringify({ origin });

describe("the public origin", () => {
  it("comes from SITE before the committed setting", () => {
    const origin = resolveOrigin({ SITE: "https://news.example.cn" }, file("https://committed.example"));
    expect([origin.url.href, origin.from, origin.kind, origin.preview]).toEqual([
      "https://news.example.cn/",
      "SITE",
      "public",
      false,
    ]);
  });

  it("comes from site.config.json when SITE is not set, or set but empty", () => {
    for (const env of [{}, { SITE: "" }, { SITE: "  " }]) {
      const origin = resolveOrigin(env, file("https://committed.example/"));
      expect([origin.url.href, origin.from, origin.preview]).toEqual([
        "https://committed.example/",
        "site.config.json",
        false,
      ]);
    }
  });

  it("falls back to a preview on this machine, on PORT, when neither is set", () => {
    expect(resolveOrigin({}, file("")).url.href).toBe("http://localhost:4321/");
    const origin = resolveOrigin({ PORT: "8080" }, undefined);
    expect([origin.url.href, origin.kind, origin.from, origin.preview]).toEqual([
      "http://localhost:8080/",
      "missing",
      "default",
      true,
    ]);
  });

  it("treats this machine's addresses as a preview", () => {
    for (const host of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "0.0.0.0", "kiosk.localhost", "hall.local"]) {
      expect(isLocalHost(host), host).toBe(true);
      expect(resolveOrigin({ SITE: `http://${host}:4321` }, undefined).preview, host).toBe(true);
    }
    for (const host of ["example.org", "localhost.example.org", "127.0.0.1.example.org", "10.0.0.7"])
      expect(isLocalHost(host), host).toBe(false);
  });

  it("refuses an address with a path, query, fragment, credentials or another scheme, naming the setting", () => {
    const cases: Array<[string, RegExp]> = [
      ["https://example.org/jianghua/", /SITE="https:\/\/example.org\/jianghua\/" carries a path/],
      ["https://example.org/?a=1", /carries a path, query or fragment/],
      ["https://example.org/#top", /carries a path, query or fragment/],
      ["https://user:pw@example.org", /user name or password/],
      ["ftp://example.org", /uses ftp, expected https/],
      ["example.org", /SITE="example.org" is not an address/],
    ];
    for (const [text, message] of cases) expect(() => resolveOrigin({ SITE: text }, undefined), text).toThrow(message);
    expect(() => resolveOrigin({}, file("https://example.org/x"))).toThrow(
      /site.config.json "origin"="https:\/\/example.org\/x"/,
    );
    expect(() => resolveOrigin({}, "{ not json")).toThrow(/site.config.json is not valid JSON/);
    expect(() => resolveOrigin({}, file(42))).toThrow(/"origin" must be a string/);
  });

  it("keeps an origin's own port and drops a trailing slash", () => {
    expect(resolveOrigin({ SITE: "https://example.org:8443/" }, undefined).url.origin).toBe("https://example.org:8443");
  });
});

describe("a release build", () => {
  it("accepts a public https origin", () => {
    expect(releaseProblem(resolveOrigin({ SITE: "https://example.org" }, undefined))).toBeUndefined();
  });

  it("refuses a missing, local or plain-http origin in one line that names the setting", () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{}, /needs a public origin: set SITE=https:\/\/your.domain or "origin" in site.config.json/],
      [{ SITE: "http://localhost:4321" }, /not the local address http:\/\/localhost:4321/],
      [{ SITE: "http://example.org" }, /needs an https origin, got http:\/\/example.org/],
    ];
    for (const [env, message] of cases) {
      const problem = releaseProblem(resolveOrigin(env, undefined));
      expect(problem).toMatch(message);
      expect(problem).not.toContain("\n");
    }
  });
});

describe("a preview build", () => {
  it("warns once, saying where the addresses point and how to publish", () => {
    expect(previewWarning(resolveOrigin({}, undefined))).toMatch(
      /^preview build: no public origin is set, .*http:\/\/localhost:4321.*npm run build:release/,
    );
    expect(previewWarning(resolveOrigin({ SITE: "http://127.0.0.1:9000" }, undefined))).toMatch(
      /the origin http:\/\/127.0.0.1:9000 is local/,
    );
    expect(previewWarning(resolveOrigin({ SITE: "https://example.org" }, undefined))).toBeUndefined();
  });
});
