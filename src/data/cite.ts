// Citations, built from article.json and the site origin, so they never drift from the data.
import type { Article } from "./schemas/index.ts";
import { formatDate } from "./format.ts";

/** GB/T 7714-2015 lists three authors, then 等 (et al.). */
function gbtAuthors(authors: readonly string[]): string {
  return authors.length > 3 ? `${authors.slice(0, 3).join(", ")}, 等` : authors.join(", ");
}

/** The date as GB/T 7714 wants it, with an inferred year in square brackets: [2021]-07. */
function gbtDate(article: Article): string {
  const [year, ...rest] = article.date.split("-");
  return [article.dateInferred ? `[${year}]` : year, ...rest].join("-");
}

export function citeArticleGbt(article: Article): string {
  const title = `${article.title}${article.subtitle.replace(/『/g, "“").replace(/』/g, "”")}`;
  return `${gbtAuthors(article.authors)}. ${title}[N]. [出版信息未注明], ${gbtDate(article)}.`;
}

export function citeArticlePlain(article: Article): string {
  const date = formatDate(article.date, "en").replace(/\d{4}$/, (year) => (article.dateInferred ? `[${year}]` : year));
  return `${article.authorsLatin.join(", ")}. "${article.title}" [${article.titleEn}]. News feature, ${date}; outlet not stated.`;
}

export function citeSiteGbt(siteUrl: string, year: number): string {
  return `江华密码编写组. 江华密码：一个瑶族山区县的工业数据故事[EB/OL]. (${year})[引用日期]. ${siteUrl}.`;
}

export function citeSitePlain(siteUrl: string, year: number): string {
  return `The Jianghua Codes: a data story of a Yao mountain county's industrial zone. ${year}. ${siteUrl} (accessed [date]).`;
}

/** A chart of this site, cited as an online resource (GB/T 7714: [EB/OL]). */
export function citeChartGbt(title: string, url: string, year: number): string {
  return `江华密码编写组. ${title}[EB/OL]. (${year})[引用日期]. ${url}.`;
}

export function citeChartPlain(title: string, url: string, year: number): string {
  return `"${title}". The Jianghua Codes, ${year}. ${url} (accessed [date]).`;
}

/** The licence of the site's own work; the article's facts are not ours to license, and the line says so. */
export const licence = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  text: {
    zh: "本站的图表和文字以CC BY 4.0许可发布，注明出处即可转载和改编；图表中的事实与数字出自上述原文。",
    en: "This site's charts and text are licensed under CC BY 4.0: reuse and adapt them with credit. The facts and figures they show come from the source article.",
  },
} as const;
