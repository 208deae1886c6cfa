// The citations a chart's JSON file carries: the source article and the chart, each as its CSL-JSON record and
// the reference in the file language's style (without a date of citing, which is the reader's to add).
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { citationsOf } from "./page-citations.ts";
import { citedRecord, type Cited } from "./site-records.ts";

export function chartJsonCitation(id: string, lang: Lang, data: Dataset) {
  const entry = (cited: Cited) => {
    const record = citedRecord(cited, lang, data);
    const citations = citationsOf(record, lang);
    return { style: citations.styleName, text: citations.style.text, csl: record };
  };
  return { article: entry({ kind: "article" }), chart: entry({ kind: "chart", id }) };
}
