// Chapters of one language, in story order, with the slug taken from the file name (NN-slug.mdx).
import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../data/format.ts";

export type ChapterEntry = CollectionEntry<"chapters">;
export interface Chapter {
  entry: ChapterEntry;
  slug: string;
  lang: Lang;
}

export function slugOf(entry: ChapterEntry): string {
  return entry.id.replace(/^(zh|en)\/\d\d-/, "");
}

export async function chapters(lang: Lang): Promise<Chapter[]> {
  const entries = await getCollection("chapters", (entry) => entry.id.startsWith(`${lang}/`));
  return entries
    .map((entry) => ({ entry, slug: slugOf(entry), lang }))
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export async function publishedChapters(lang: Lang): Promise<Chapter[]> {
  return (await chapters(lang)).filter((chapter) => chapter.entry.data.status === "published");
}

/** getStaticPaths for the chapter route of one language: every published chapter with its neighbours, and
 * whether its twin in the other language is published too (the language switch links only to a page that exists). */
export async function chapterPaths(lang: Lang) {
  const list = await publishedChapters(lang);
  const twins = new Set((await publishedChapters(lang === "zh" ? "en" : "zh")).map((chapter) => chapter.slug));
  return list.map((chapter, i) => ({
    params: { slug: chapter.slug },
    props: { chapter, previous: list[i - 1], next: list[i + 1], bilingual: twins.has(chapter.slug) },
  }));
}
