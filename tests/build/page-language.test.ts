// Screen readers pick their voice from <html lang>: Chinese pages must say zh-Hans, pages under /en/ say en.
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";

const dist = inject("distDir");
const pages = builtPages(dist);

describe("page discovery", () => {
  it("finds the home, methods and 404 pages of both languages in the build", () => {
    const paths = pages.map((page) => page.path);
    for (const path of ["/", "/en/", "/methods/", "/en/methods/", "/404.html", "/en/404/"])
      expect(paths).toContain(path);
  });
});

describe("the language of every page", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s declares the language it is written in", (_, page) => {
    const declared = /<html\b[^>]*\slang="([^"]*)"/.exec(readPage(dist, page))?.[1];
    expect(declared).toBe(page.lang === "en" ? "en" : "zh-Hans");
  });
});
