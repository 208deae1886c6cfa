// Every page of the build has its twin in the other language, and each links to the other: the language
// switch and hreflang alternates on site pages, the twin an embed moves to with ?lang=. The kiosk switches
// language in place and is the one page without a twin. English pages carry Chinese only where it is marked.
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage, type BuiltPage } from "../support/built-pages.ts";
import { elementsOf, named } from "../support/html-elements.ts";
import { unmarkedChinese } from "../support/unmarked-chinese.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const pages = builtPages(dist).filter((page) => !page.path.startsWith("/kiosk/"));
const paths = new Set(pages.map((page) => page.path));
const isEmbed = (page: BuiltPage) => /^\/(en\/)?embed\//.test(page.path);

/** The address of a page's twin: /x/ ↔ /en/x/, and the root 404.html ↔ /en/404/. */
function twinPath(path: string): string {
  if (path === "/404.html") return "/en/404/";
  if (path === "/en/404/") return "/404.html";
  return path.startsWith("/en/") ? path.slice(3) : `/en${path}`;
}

describe("language twins", () => {
  it("finds site pages, chapters, charts and embeds of both languages in the build", () => {
    for (const path of [
      "/",
      "/en/",
      "/prologue/",
      "/en/acceleration/",
      "/charts/audit/",
      "/en/embed/strategies/",
      "/404.html",
      "/en/404/",
    ]) {
      expect(paths, path).toContain(path);
    }
  });

  it("gives every Chinese page an English twin and every English page a Chinese one", () => {
    expect(pages.map((page) => page.path).filter((path) => !paths.has(twinPath(path)))).toEqual([]);
  });

  it.each(pages.filter((page) => !isEmbed(page)).map((page) => [page.path, page] as const))(
    "%s switches to its twin and names both languages as alternates",
    (path, page) => {
      const elements = elementsOf(readPage(dist, page));
      const switches = named(elements, "a").filter((a) =>
        a.attributes.get("class")?.split(" ").includes("lang-switch"),
      );
      expect(switches.map((a) => a.attributes.get("href"))).toEqual([twinPath(path)]);
      const [zh, en] = page.lang === "zh" ? [path, twinPath(path)] : [twinPath(path), path];
      const alternates = named(elements, "link").filter(
        (link) => link.attributes.get("rel") === "alternate" && link.attributes.has("hreflang"),
      );
      expect(
        Object.fromEntries(alternates.map((link) => [link.attributes.get("hreflang"), link.attributes.get("href")])),
      ).toEqual({
        "zh-Hans": `${origin}${zh}`,
        en: `${origin}${en}`,
        "x-default": `${origin}${zh}`,
      });
    },
  );

  it.each(pages.filter(isEmbed).map((page) => [page.path, page] as const))(
    "%s sends ?lang= readers to its twin",
    (path, page) => {
      const root = named(elementsOf(readPage(dist, page)), "html")[0]!;
      expect(root.attributes.get("data-embed-twin")).toBe(twinPath(path));
    },
  );
});

describe("English pages", () => {
  it.each(pages.filter((page) => page.lang === "en").map((page) => [page.path, page] as const))(
    "%s shows no Chinese outside elements marked zh-Hans",
    (_, page) => {
      expect(unmarkedChinese(readPage(dist, page))).toEqual([]);
    },
  );
});
