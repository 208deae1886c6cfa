// Small pieces the chart files share: the two languages' words, multiples as charts print them, and the records
// a chart needs, looked up so that a missing one stops the build with its id.
import type { Lang } from "../data/format.ts";
import { formatMultiple } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { lookup } from "../data/lookup.ts";

/** "2.44倍" / "2.44×": a multiple as the chart prints it (src/data/format.ts writes it). */
export const multipleText = formatMultiple;

/** Chinese or English by language, for the few words a chart draws itself. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

export const requireFact = (data: Dataset, id: string) => lookup(data, "facts", id);
export const requireEvent = (data: Dataset, id: string) => lookup(data, "events", id);
export const requireList = (data: Dataset, id: string) => lookup(data, "lists", id);
export const requireOrganisation = (data: Dataset, id: string) => lookup(data, "organisations", id);

/** Lines of a text broken by the font's measured widths (the embed page wraps its own texts with it too). */
export { wrapText } from "./text/wrap.ts";
