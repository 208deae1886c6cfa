// The records of this site's pages and where their citation files are: the source article and the site
// (/cite/article.*, /cite/site.*) and each chart (/charts/<id>/<id>.*), in each language (/en/… for English).
import { chartDefinition } from "../charts/registry.ts";
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { localePath } from "../i18n/ui.ts";
import { absoluteUrl } from "../site/origin.ts";
import { siteUpdated } from "../site/updated.ts";
import { articleRecord, pageRecord, siteTitle, type CslRecord } from "./records.ts";

export type Cited = { kind: "article" } | { kind: "site" } | { kind: "chart"; id: string };

export const citationFileTypes = {
  bib: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  "csl.json": "application/vnd.citationstyles.csl+json; charset=utf-8",
} as const;
export type CitationFileType = keyof typeof citationFileTypes;

const chartGenre = { zh: "图表", en: "Chart" } as const;

export function citedRecord(cited: Cited, lang: Lang, data: Dataset): CslRecord {
  if (cited.kind === "article") return articleRecord(data.article, lang);
  if (cited.kind === "site") {
    return pageRecord(
      { key: "site", title: siteTitle[lang], url: absoluteUrl(localePath("/", lang)) },
      lang,
      siteUpdated(),
    );
  }
  const url = absoluteUrl(localePath(`/charts/${cited.id}/`, lang));
  const title = chartDefinition(cited.id).title[lang];
  return pageRecord({ key: cited.id, title, url, genre: chartGenre[lang] }, lang, siteUpdated());
}

/** Site path of a record's file: "/charts/growth-2015-2020/growth-2015-2020.bib", "/en/cite/article.ris". */
export function citationFilePath(cited: Cited, type: CitationFileType, lang: Lang): string {
  const path = cited.kind === "chart" ? `/charts/${cited.id}/${cited.id}.${type}` : `/cite/${cited.kind}.${type}`;
  return localePath(path, lang);
}
