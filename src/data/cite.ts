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
