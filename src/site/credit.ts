// The credit every file that leaves the site carries (PNG and SVG downloads, share cards, long images, the embed
// footer): the site's name in both languages and the licence. Written once here, so a reprinted image never
// says "this site", which once copied would read as the host's.
import { licence } from "../data/cite.ts";
import type { Lang } from "../data/format.ts";
import { ui } from "../i18n/ui.ts";

/** "江华密码 · The Jianghua Codes": the name in both languages, the same on Chinese and English files. */
export const siteCredit = `${ui.siteName.zh} · ${ui.siteName.en}`;

const made = { zh: "制图", en: "Chart by" } as const;
/** "许可：" / "Licence: ", before the licence's name. */
export const licenceLabel = { zh: "许可：", en: "Licence: " } as const;

/** Who made it and under which licence: "制图：江华密码 · The Jianghua Codes · 许可：CC BY 4.0". */
export function creditLine(lang: Lang): string {
  return lang === "zh"
    ? `${made.zh}：${siteCredit} · ${licenceLabel.zh}${licence.name}`
    : `${made.en} ${siteCredit} · ${licenceLabel.en}${licence.name}`;
}

/** The credit line with the address where the file comes from (a chart's page, a chapter). */
export function creditWithAddress(lang: Lang, url: string): string {
  return `${creditLine(lang)} · ${url}`;
}

/** The embed footer's credit as plain text (SiteCredit.astro draws it): what its height is worked out from. */
export function embedCreditText(lang: Lang): string {
  return `${siteCredit} ↗ · ${licenceLabel[lang]}${licence.name}`;
}
