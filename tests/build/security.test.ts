// Security properties of every built page, read from the output: a hashed CSP that allows no inline or eval'd
// script, no eval in shipped code, no style attribute (the hashed CSP would block it), and links to other sites
// that cannot reach back through window.opener.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";
import { elementsOf, inlineCode, named } from "../support/html-elements.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const pages = builtPages(dist).map((page) => ({ ...page, elements: elementsOf(readPage(dist, page)) }));

function cspOf(elements: ReturnType<typeof elementsOf>): Map<string, string[]>[] {
  return named(elements, "meta")
    .filter((meta) => meta.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy")
    .map((meta) => {
      const policy = meta.attributes.get("content") ?? "";
      const entries = policy
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0]);
      return new Map(entries.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
    });
}

const excerpt = (code: string) => code.replace(/\s+/g, " ").trim().slice(0, 40);
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the content security policy of every page", () => {
  it("is one CSP meta with a script-src that allows neither inline nor eval'd script", () => {
    const problems = pages.flatMap(({ path, elements }) => {
      const policies = cspOf(elements);
      if (policies.length !== 1) return [`${path}: ${policies.length} CSP meta elements, expected 1`];
      const scriptSrc = policies[0]!.get("script-src");
      if (!scriptSrc) return [`${path}: the CSP has no script-src`];
      const unsafe = scriptSrc.filter((source) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:$/.test(source));
      return unsafe.map((source) => `${path}: script-src allows ${source}`);
    });
    expect(problems).toEqual([]);
  });

  it("comes first in <head>, after the charset only, before any script, style or link it governs", () => {
    const late = pages.flatMap(({ path, elements }) => {
      const names = elements.map((element) => element.name);
      const head = elements.slice(names.indexOf("head") + 1, names.indexOf("body"));
      const csp = head.findIndex(
        (e) => e.name === "meta" && e.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy",
      );
      const first = head.findIndex((e) => ["script", "style", "link", "base"].includes(e.name));
      return csp < 0 ||
        (first >= 0 && first < csp) ||
        head.slice(0, csp).some((e) => e.name !== "meta" || !e.attributes.has("charset"))
        ? [`${path}: CSP meta at ${csp}, first script/style/link at ${first}`]
        : [];
    });
    expect(late).toEqual([]);
  });

  it("lists the hash of every inline script and style, so none depends on where the CSP meta sits", () => {
    const problems = pages.flatMap(({ path, elements }) => {
      const policy = cspOf(elements)[0] ?? new Map<string, string[]>();
      return (["script", "style"] as const).flatMap((kind) =>
        inlineCode(elements, kind)
          .filter((element) => !(policy.get(`${kind}-src`) ?? []).includes(sha256(element.body!)))
          .map((element) => `${path}: inline ${kind} "${excerpt(element.body!)}…" is not hashed in ${kind}-src`),
      );
    });
    expect(problems).toEqual([]);
  });
});

describe("markup and code the CSP would block or that would weaken it", () => {
  it("has no style attribute on any element", () => {
    const problems = pages.flatMap(({ path, elements }) =>
      elements
        .filter((element) => element.attributes.has("style"))
        .map((element) => `${path}: <${element.name} style="${element.attributes.get("style")}">`),
    );
    expect(problems).toEqual([]);
  });

  it("ships no eval or Function constructor in any script, inline or file", () => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => /\.m?js$/.test(file));
    const sources = [
      ...files.map((file) => ({ where: file, code: readFileSync(join(dist, file), "utf8") })),
      ...pages.flatMap(({ path, elements }) =>
        named(elements, "script").map((script) => ({ where: `${path} (inline script)`, code: script.body! })),
      ),
    ];
    const offenders = sources.filter(({ code }) => /\beval\s*\(|\bnew\s+Function\b|(?<![.\w])Function\s*\(/.test(code));
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });

  it("opens links to other origins with rel=noopener", () => {
    const problems = pages.flatMap(({ path, elements }) =>
      named(elements, "a", "area")
        .map((link) => ({ href: link.attributes.get("href"), rel: link.attributes.get("rel") ?? "" }))
        .filter(({ href }) => href !== undefined && /^(https?:)?\/\//i.test(href))
        .filter(({ href }) => new URL(href!, `${origin}${path}`).origin !== origin)
        .filter(({ rel }) => !rel.split(/\s+/).includes("noopener"))
        .map(({ href, rel }) => `${path}: <a href="${href}" rel="${rel}">`),
    );
    expect(problems).toEqual([]);
  });
});
