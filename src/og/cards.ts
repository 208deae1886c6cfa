// Every share card the site has: the home page, the chart gallery, each published chapter and each chart, in
// both languages. The card endpoint makes one PNG per entry, and Base.astro points each page at its own.
import { charts } from "../charts/registry.ts";
import { dataset } from "../data/load.ts";
import { langs, type Lang } from "../data/format.ts";
import { localePath, t } from "../i18n/ui.ts";
import { publishedChapters } from "../lib/chapters.ts";
import { cardPath } from "./card-path.ts";

export interface CardSpec {
  /** The page the card stands for, with its language prefix: "/en/methods/". */
  page: string;
  /** The card's own path: "/og/en/methods.png". */
  file: string;
  lang: Lang;
  kicker: string;
  title: string;
  line: string;
  /** A chart card also shows the chart. */
  chart?: string;
}

function card(path: string, lang: Lang, title: string, line: string, chart?: string): CardSpec {
  const page = localePath(path, lang);
  // The home card's title is the site's name already: its kicker gives the name in the other language.
  const kicker =
    path === "/" ? t("siteName", lang === "zh" ? "en" : "zh") : `${t("siteName", "zh")} · ${t("siteName", "en")}`;
  return { page, file: cardPath(page), lang, kicker, title, line, ...(chart ? { chart } : {}) };
}

/** The gallery card's line: the page's own intro says "this site", which a reposted image must not. */
const galleryLine: Record<Lang, string> = {
  zh: "每一张图表都由原文的数字生成，附数据表和出处",
  en: "Every chart drawn from the article's figures, with its data and source",
};

let specs: Promise<CardSpec[]> | undefined;

/** Every card of the site, worked out once per build: every page asks for its own through cardForPage. */
export function cardSpecs(): Promise<CardSpec[]> {
  specs ??= listCards();
  return specs;
}

async function listCards(): Promise<CardSpec[]> {
  const data = dataset();
  const perLang = await Promise.all(
    langs.map(async (lang) => [
      card("/", lang, t("siteName", lang), t("siteTagline", lang)),
      card("/charts/", lang, t("allCharts", lang), galleryLine[lang]),
      ...(await publishedChapters(lang)).map(({ slug, entry }) =>
        card(`/${slug}/`, lang, entry.data.title, entry.data.card),
      ),
      ...charts.map((chart) =>
        card(`/charts/${chart.id}/`, lang, chart.title[lang], chart.takeaway(data, lang), chart.id),
      ),
    ]),
  );
  return perLang.flat();
}

/** What the card shows, as alternative text for og:image:alt. */
export function cardAlt(spec: CardSpec): string {
  return spec.lang === "zh" ? `分享卡片：${spec.title}。${spec.line}` : `Share card: ${spec.title}. ${spec.line}`;
}

/** The card of a page; a page without its own card (an error page) shares its language's home card. */
export async function cardForPage(page: string, lang: Lang): Promise<CardSpec> {
  const specs = await cardSpecs();
  const own = specs.find((spec) => spec.page === page);
  return own ?? specs.find((spec) => spec.page === localePath("/", lang))!;
}
