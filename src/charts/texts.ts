// Texts that travel with every chart: source line, how to explore, and the words of the explorer.
import type { Dataset } from "../data/load.ts";
import { formatDate, inferredArticleDateWords, type Lang } from "../data/format.ts";
import { sourceLines } from "./registry.ts";

export function chartSourceText(id: string, lang: Lang, data: Dataset): string {
  const { article } = data;
  const lines = sourceLines(id, data);
  const date = formatDate(article.date, lang, { inferred: article.dateInferred });
  return lang === "zh"
    ? `来源：${article.authors[0]}等《${article.title}》（${date}，${inferredArticleDateWords.zh}，刊发媒体未注明），原文第${lines.join("、")}行。`
    : `Source: ${article.authorsLatin[0]} et al., "${article.title}" (${date}, ${inferredArticleDateWords.en}, outlet not stated), ` +
        `article line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}.`;
}

/** How to explore the charts of a page, said once a page (ChartHint.astro): by mouse and keyboard, or by touch. */
export const chartHint: Record<Lang, { pointer: string; touch: string }> = {
  zh: {
    pointer: "读图：鼠标悬停在图形上可看数值；也可用Tab键选中图表，再按方向键逐项浏览，按Esc键退出。",
    touch: "读图：轻触图形可看数值；轻触“以表格显示”可看全部数据。",
  },
  en: {
    pointer:
      "Exploring the charts: hover over a mark to see its value, or Tab to a chart and move between marks with " +
      "the arrow keys; Escape leaves.",
    touch: "Exploring the charts: tap a mark to see its value; tap “Show as table” for all the data.",
  },
};

/** The id of the hint, which every chart on the page names as its description. */
export const chartHintId = "chart-hint";

export const chartWords = {
  zh: {
    table: "数据表",
    showTable: "以表格显示",
    showChart: "以图表显示",
    notes: "注",
    chartLabel: "图表",
    reuse: "下载与嵌入",
  },
  en: {
    table: "Data table",
    showTable: "Show as table",
    showChart: "Show as chart",
    notes: "Notes",
    chartLabel: "Chart",
    reuse: "Download and embed",
  },
} as const;
