// The CSL-JSON records this site cites: the source article, the site, and each chart, one record per page
// language. Every citation format (GB/T 7714, APA, BibTeX, RIS) is made from these records by citation-js,
// so the formats cannot disagree. Records are data only: no style's punctuation lives here.
import type { Article } from "../data/schemas/index.ts";
import type { Lang } from "../data/format.ts";

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslDate {
  "date-parts": [number[]];
  /** The date is our estimate, not printed by the work (GB/T 7714 brackets it, APA writes "ca."). */
  circa?: boolean;
}
export interface CslRecord {
  id: string;
  "citation-key": string;
  type: "article-newspaper" | "webpage";
  title: string;
  author: CslName[];
  issued: CslDate;
  accessed?: CslDate;
  URL?: string;
  genre?: string;
  language?: string;
  note?: string;
}

/** "2021-07" → { "date-parts": [[2021, 7]] }. */
export function cslDate(date: string, circa = false): CslDate {
  return { "date-parts": [date.split("-").map(Number)], ...(circa ? { circa } : {}) };
}

/** Title and subtitle as GB/T 7714 and APA both join them, "Title: subtitle"; the subtitle loses the dash that
 *  introduces it in print, and its corner brackets become the usual quotation marks. */
export function joinedTitle(article: Article): string {
  const subtitle = article.subtitle
    .replace(/^[—–-]+/, "")
    .replace(/『/g, "“")
    .replace(/』/g, "”")
    .trim();
  return `${article.title}: ${subtitle}`;
}

const articleNote = {
  zh: "原文未注明刊发媒体。日期为本站推断：原文只写“7月”，文中的“今年”本站读作2021年。",
  en:
    "The article names no outlet. Date inferred by us: the article gives only the month (July), and we read its " +
    "“this year” as 2021.",
};

/**
 * The source article. Chinese names are kept whole (the data does not split family and given name); the pinyin
 * names are written family name first, so the first word is the family name. The English record carries no
 * language code: citeproc would otherwise keep Chinese name order ("Yang Y.") where APA wants "Yang, Y.".
 * Its title is the original followed by our translation in square brackets, as APA asks for a work in
 * another language.
 */
export function articleRecord(article: Article, lang: Lang): CslRecord {
  const year = article.date.slice(0, 4);
  const family = article.authorsLatin[0]!.split(" ")[0]!.toLowerCase();
  const common = {
    id: "jianghua-source-article",
    "citation-key": `${family}${year}`,
    type: "article-newspaper" as const,
    issued: cslDate(article.date, article.dateInferred),
    note: articleNote[lang],
  };
  if (lang === "zh") {
    return {
      ...common,
      title: joinedTitle(article),
      author: article.authors.map((literal) => ({ literal })),
      language: "zh-CN",
    };
  }
  const author = article.authorsLatin.map((name) => {
    const [familyName, ...given] = name.split(" ");
    return { family: familyName!, given: given.join(" ") };
  });
  return { ...common, title: `${joinedTitle(article)} [${article.titleEn}]`, author };
}

/** Who the site's own work is by, and what the site is called in citations. */
export const siteAuthor = { zh: "江华密码编写组", en: "The Jianghua Codes" } as const;
export const siteTitle = {
  zh: "江华密码: 一个瑶族山区县的工业数据故事",
  en: "The Jianghua Codes: a data story of a Yao mountain county's industrial zone",
} as const;

/** A page of this site as an online resource, dated by the site's last update. */
export function pageRecord(
  page: { key: string; title: string; url: string; genre?: string },
  lang: Lang,
  updated: string,
): CslRecord {
  return {
    id: `jianghua-${page.key}`,
    // BibTeX keys: citation-js refuses hyphens there (and would make up a key), underscores pass.
    "citation-key": `jianghua_${page.key.replaceAll("-", "_")}`,
    type: "webpage",
    title: page.title,
    author: [{ literal: siteAuthor[lang] }],
    issued: cslDate(updated),
    URL: page.url,
    ...(page.genre ? { genre: page.genre } : {}),
    language: lang === "zh" ? "zh-CN" : "en",
  };
}
