// Reading time from a chapter's source: Chinese is read at about 400 characters a minute, English at about
// 230 words a minute. Markup and component tags are not counted.
import type { Lang } from "../data/format.ts";

export function readingMinutes(source: string, lang: Lang): number {
  const text = source
    .replace(/^---[\s\S]*?---/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[#[a-z0-9-]+\]/g, "");
  const amount =
    lang === "zh"
      ? (text.match(/[\u3400-\u9fff]/g) ?? []).length / 400
      : text.split(/\s+/).filter(Boolean).length / 230;
  return Math.max(1, Math.round(amount));
}
