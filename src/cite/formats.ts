// Every citation text, made by citation-js from a CSL-JSON record: GB/T 7714-2015 with this site's own style and
// Chinese terms (citation-js ships neither), APA 7 with the style and English terms it ships, BibTeX, RIS.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import gbtStyle from "./gb-t-7714-2015.csl?raw";
import zhTerms from "./locale-zh-CN.xml?raw";
import type { CslRecord } from "./records.ts";
import { risText } from "./ris.ts";

const gbt = "jianghua-gb-t-7714-2015";
const csl = plugins.config.get("@csl");
if (!csl.styles.has(gbt)) csl.styles.add(gbt, gbtStyle);
csl.locales.add("zh-CN", zhTerms);
// Keep Chinese as it is: BibTeX read as UTF-8 (biber, Zotero, JabRef) takes it, and \\u escapes would garble it.
plugins.config.get("@bibtex").format.asciiOnly = false;

export const styles = {
  gbt: { name: "GB/T 7714-2015", template: gbt, locale: "zh-CN" },
  apa: { name: "APA 7", template: "apa", locale: "en-US" },
} as const;
export type StyleId = keyof typeof styles;

/** The record as a reference-list entry in a style, as plain text on one line. */
export function styledCitation(record: CslRecord, style: StyleId): string {
  const { template, locale } = styles[style];
  const text = new Cite(record).format("bibliography", { format: "text", template, lang: locale }) as string;
  return text.trim();
}

export function bibtex(record: CslRecord): string {
  return `${(new Cite(record).format("bibtex") as string).trim()}\n`;
}

export function ris(record: CslRecord): string {
  const [entry] = new Cite(record).format("ris", { spec: "new", format: "object" }) as Record<
    string,
    string | string[]
  >[];
  return risText(entry!, record);
}

/** The record as a CSL-JSON file: an array, as reference managers import it. */
export function cslJson(record: CslRecord): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}
