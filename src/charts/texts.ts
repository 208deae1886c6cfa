// Texts that travel with every chart: source line, how to explore, and the words of the explorer.
import type { Dataset } from "../data/load.ts";
import { formatDate, type Lang } from "../data/format.ts";
import { sourceLines } from "./registry.ts";

export function chartSourceText(id: string, lang: Lang, data: Dataset): string {
  const { article } = data;
  const lines = sourceLines(id, data);
  const date = formatDate(article.date, lang);
  return lang === "zh"
    ? `来源：${article.authors[0]}等《${article.title}》（${date}，刊发媒体未注明），原文第${lines.join("、")}行；本站整理。`
    : `Source: ${article.authorsLatin[0]} et al., "${article.title}" (${date}, outlet not stated), article line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}; compiled by this site.`;
}

export const exploreHint: Record<Lang, string> = {
  zh: "鼠标悬停或轻触图形可看数值；用Tab键选中图表后，按方向键逐项浏览，按Esc键退出。",
  en: "Hover over or tap a mark to see its value. Tab to the chart, then use the arrow keys to move between marks; Escape leaves.",
};

export const chartWords = {
  zh: { table: "数据表", showTable: "以表格显示", showChart: "以图表显示", notes: "注", chartLabel: "图表" },
  en: {
    table: "Data table",
    showTable: "Show as table",
    showChart: "Show as chart",
    notes: "Notes",
    chartLabel: "Chart",
  },
} as const;
