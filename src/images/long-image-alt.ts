// The long image's alternative text: what it shows, in the chapter's language, for the page that offers it and
// for whoever reposts it. Built from the same digest of the chapter as the image itself.
import { chartDefinition } from "../charts/registry.ts";
import type { Lang } from "../data/format.ts";
import type { ChapterDigest } from "./chapter-digest.ts";

export function longImageAlt(title: string, summary: string, digest: ChapterDigest, lang: Lang): string {
  const charts = digest.charts.map((id) => chartDefinition(id).title[lang]);
  if (lang === "zh") {
    const parts = [
      `长图：${title}。${summary}`,
      charts.length ? `图表：${charts.join("；")}。` : "",
      digest.audit || digest.claims.length ? "附原文数字与本站核算的对照。" : "",
    ];
    return `${parts.join("")}图末二维码可打开本章。`;
  }
  const parts = [
    `Long image: ${title}. ${summary}`,
    charts.length ? ` Charts: ${charts.join("; ")}.` : "",
    digest.audit || digest.claims.length ? " With the article's figures beside our own." : "",
  ];
  return `${parts.join("")} A QR code at the end opens this chapter.`;
}
