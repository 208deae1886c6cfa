// What @astrojs/sitemap lists: every built page except those that are not for search engines, each Chinese page
// paired with its English twin under /en/ (hreflang alternates, the same language codes as the pages' own).
import type { SitemapOptions } from "@astrojs/sitemap";

/** Paths that are not pages for search engines: the kiosk shell, chart-only embeds, error pages. */
const unlisted = /^\/(?:en\/)?(?:kiosk|embed|404)(?:\/|\.html|$)/;

export function listedInSitemap(url: string): boolean {
  return !unlisted.test(new URL(url).pathname);
}

export const sitemapOptions: SitemapOptions = {
  filter: listedInSitemap,
  i18n: { defaultLocale: "zh", locales: { zh: "zh-Hans", en: "en" } },
};

/** Where search engines find the list: @astrojs/sitemap writes an index that points at its parts. */
export const sitemapIndexPath = "/sitemap-index.xml";
