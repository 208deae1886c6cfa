// What a page offers for one record: the reference in the page language's style (GB/T 7714 in Chinese, APA in
// English), BibTeX and RIS, each as it is without a date of citing and, where the format has one, as a template
// that the reader's browser dates; and where the record's files are.
import type { Lang } from "../data/format.ts";
import { standIn } from "./accessed.ts";
import { bibtex, ris, styledCitation, styles, type StyleId } from "./formats.ts";
import type { CslRecord } from "./records.ts";

export const pageStyle: Record<Lang, StyleId> = { zh: "gbt", en: "apa" };

export interface Snippet {
  /** The text without a date of citing: what a page shows without script, and what the files hold. */
  text: string;
  /** The text dated 9999-12-31 where the format gives the date of citing; absent when it gives none. */
  dated?: string;
}

export interface RecordCitations {
  styleName: string;
  style: Snippet;
  bibtex: Snippet;
  ris: Snippet;
}

const made = new Map<string, RecordCitations>();

/** Formatting is slow the first time per style (citeproc reads it): each record is formatted once a build. */
export function citationsOf(record: CslRecord, lang: Lang): RecordCitations {
  const key = `${lang}\0${JSON.stringify(record)}`;
  let found = made.get(key);
  if (!found) {
    const dated: CslRecord | undefined =
      record.type === "webpage"
        ? { ...record, accessed: { "date-parts": [[standIn.year, standIn.month, standIn.day]] } }
        : undefined;
    const snippet = (format: (r: CslRecord) => string): Snippet => {
      const text = format(record);
      const withDate = dated && format(dated);
      return withDate && withDate !== text ? { text, dated: withDate } : { text };
    };
    const style = pageStyle[lang];
    found = {
      styleName: styles[style].name,
      style: snippet((r) => styledCitation(r, style)),
      bibtex: snippet(bibtex),
      ris: snippet(ris),
    };
    made.set(key, found);
  }
  return found;
}
