// Finds figures typed into a chapter's prose instead of coming from data through <Fact id="…" />. What counts
// as a figure is spelled out per script in figures-zh.ts and figures-en.ts. An English chapter may give a
// Chinese term in <span lang="zh-Hans">…</span>; the Chinese rules read those spans, the English rules the rest,
// so a figure cannot hide in either.
import { chineseFigures } from "./figures-zh.ts";
import { englishFigures } from "./figures-en.ts";
import { chineseSpans, type FoundFigure, lineAt, readerText, splitByRanges } from "./figure-text.ts";

export interface BareFigure {
  line: number;
  text: string;
}

/** Every figure written as bare text in a chapter's source, with its line. */
export function findBareFigures(source: string, lang: "zh" | "en" = "zh"): BareFigure[] {
  const text = readerText(source);
  let found: FoundFigure[];
  if (lang === "zh") {
    found = chineseFigures(text);
  } else {
    const { inside, outside } = splitByRanges(text, chineseSpans(source));
    found = [...chineseFigures(inside), ...englishFigures(outside)];
  }
  return found
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, text: figure }) => ({ line: lineAt(text, offset), text: figure }));
}
