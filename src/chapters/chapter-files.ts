// Chapter files as written, read straight from content/chapters (getCollection works neither in vitest nor in
// astro:config:setup, where the chapter checks run before anything is built).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const chaptersDir = join("content", "chapters");

export interface ChapterFile {
  /** Path as shown in messages, e.g. content/chapters/zh/01-prologue.mdx. */
  path: string;
  lang: "zh" | "en";
  name: string;
  source: string;
}

/** Every .mdx file of both languages, sorted by name; `root` is the project folder. */
export function chapterFiles(root = "."): ChapterFile[] {
  return (["zh", "en"] as const).flatMap((lang) =>
    readdirSync(join(root, chaptersDir, lang))
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .map((name) => ({
        path: join(chaptersDir, lang, name),
        lang,
        name,
        source: readFileSync(join(root, chaptersDir, lang, name), "utf8"),
      })),
  );
}

export function isPublished(chapter: ChapterFile): boolean {
  return /^status:\s*published\s*$/m.test(chapter.source);
}

/** The slug a chapter's URL takes from its file name: 03-service.mdx → service. */
export function slugOf(chapter: ChapterFile): string {
  return chapter.name.replace(/^\d\d-/, "").replace(/\.mdx$/, "");
}

/** The page a published chapter is built to: /slug/ for Chinese, /en/slug/ for English. */
export function chapterPath(chapter: ChapterFile): string {
  return chapter.lang === "zh" ? `/${slugOf(chapter)}/` : `/en/${slugOf(chapter)}/`;
}
