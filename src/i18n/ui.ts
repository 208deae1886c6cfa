// Interface words of the site in both languages. Prose lives in the chapters; figures come from data.
import type { Lang } from "../data/format.ts";

export const ui = {
  siteName: { zh: "江华密码", en: "The Jianghua Codes" },
  siteTagline: {
    zh: "一个瑶族山区县，怎样在2015—2020年间招来项目、做大工业",
    en: "How a mountain county of the Yao people drew in projects and grew its industry, 2015–2020",
  },
  skipToContent: { zh: "跳到正文", en: "Skip to content" },
  nav: { zh: "网站导航", en: "Site navigation" },
  home: { zh: "首页", en: "Home" },
  methods: { zh: "方法与核算", en: "Methods and audit" },
  charts: { zh: "图表", en: "Charts" },
  allCharts: { zh: "全部图表", en: "All charts" },
  allChartsIntro: {
    zh: "本站每一张图表都由原文的数字生成，可以单独打开、查看数据表。",
    en: "Every chart on this site is drawn from the article's figures; open one to explore it and see its data.",
  },
  otherLanguage: { zh: "English", en: "中文" },
  otherLanguageLabel: { zh: "Read this page in English", en: "阅读本页中文版" },
  themeToggle: { zh: "切换深浅色", en: "Switch light or dark" },
  chapters: { zh: "章节", en: "Chapters" },
  comingSoon: { zh: "撰写中", en: "In preparation" },
  headlineFigures: { zh: "几个数字", en: "A few figures" },
  summary: { zh: "概要", en: "In brief" },
  readChapter: { zh: "阅读", en: "Read" },
  source: { zh: "来源", en: "Source" },
  sourceLine: { zh: "原文第{n}行", en: "article, line {n}" },
  footerSource: {
    zh:
      "原文数字都取自一篇新闻特稿（文中只写到“7月”，年份未印出，本站推断为2021年），标明为本站核算的数字由我们据此算出；" +
      "出处见“方法与核算”。本站文字为独立撰写。",
    en:
      'The article\'s figures all come from one news feature whose only date is the "July" of its opening line (no ' +
      "year is printed; we infer 2021); figures marked as ours we worked out from them. Cited under Methods. The " +
      "text of this site is our own.",
  },
  notFoundTitle: { zh: "找不到这一页", en: "Page not found" },
} as const satisfies Record<string, Record<Lang, string>>;

export function t(key: keyof typeof ui, lang: Lang, values: Record<string, string | number> = {}): string {
  return ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A page's <title>: the page's own title and the site's name, without the name when that would pass the
 *  70 characters that search results show. */
export function pageTitle(title: string, lang: Lang): string {
  const withSite = `${title} · ${ui.siteName[lang]}`;
  return withSite.length > 70 ? title : withSite;
}

/** The URL of a page in a language: zh pages live at the root, en pages under /en/. */
export function localePath(path: string, lang: Lang): string {
  const bare = path.replace(/^\/en(?=\/)/, "");
  return lang === "zh" ? bare : `/en${bare}`;
}

/** The address of a page in a language. The Chinese 404 page is the root 404.html, which static hosts serve for
 *  any missing address; the English one is an ordinary page under /en/. */
export function pageIn(path: string, lang: Lang): string {
  return lang === "zh" && localePath(path, "zh") === "/404/" ? "/404.html" : localePath(path, lang);
}

export function langOfPath(pathname: string): Lang {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "zh";
}
