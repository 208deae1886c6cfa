// Every published chapter as built into dist: its figures all rendered from data, the reading aids in place
// (skip link, reading time, contents list naming each section, previous and next), chart places left silent,
// and no language switch to a twin that is not published yet.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { chartPlaces, headingAnchors } from "../../src/chapters/chapter-checks.ts";
import { chapterFiles, chapterPath, isPublished } from "../../src/chapters/chapter-files.ts";

const dist = inject("distDir");
const files = chapterFiles();
const published = files.filter(isPublished);
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe("the built chapters", () => {
  it.each(published.map((chapter) => [chapterPath(chapter), chapter] as const))(
    "%s renders every figure from data",
    (path, chapter) => {
      expect(count(html(path), /<data class="fact"/g)).toBe(count(chapter.source, /<Fact\b/g));
    },
  );

  it.each(published.map((chapter) => [chapterPath(chapter), chapter] as const))(
    "%s has a skip link, reading time, contents, previous/next and no leftover chart mark",
    (path, chapter) => {
      const page = html(path);
      expect(page).toMatch(/<a class="skip-link" href="#main"/);
      expect(page).toMatch(/<p class="meta"[^>]*>(约\d+分钟读完|\d+ min read)</);
      const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? "";
      const sections = headingAnchors(chapter).filter((anchor) => anchor.depth === 2);
      expect(sections.length, path).toBeGreaterThan(0);
      for (const { id } of sections) expect(toc).toContain(`href="#${id}"`);
      const order = files.filter((file) => file.lang === chapter.lang && isPublished(file));
      const at = order.indexOf(chapter);
      if (at > 0) expect(page).toContain(`rel="prev" href="${chapterPath(order[at - 1]!)}"`);
      if (at < order.length - 1) expect(page).toContain(`rel="next" href="${chapterPath(order[at + 1]!)}"`);
      for (const { id } of chartPlaces(chapter))
        expect(page, `${path} places ${id}`).toContain(`<figure class="chart" id="chart-${id}" data-chart="${id}">`);
    },
  );

  it("switches language only to a twin that is published", () => {
    for (const chapter of published) {
      const twin = files.find((file) => file.lang !== chapter.lang && file.name === chapter.name)!;
      const switchLink = /<a href="([^"]+)"[^>]*class="lang-switch"/.exec(html(chapterPath(chapter)))?.[1];
      expect(switchLink, chapterPath(chapter)).toBe(isPublished(twin) ? chapterPath(twin) : undefined);
    }
  });
});
