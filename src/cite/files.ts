// The citation files, made at build: BibTeX, RIS and CSL-JSON of the article and the site (src/pages/cite/) and
// of each chart, beside its other downloads (src/pages/charts/[id]/[file].ts). Files carry no date of citing:
// the reader's reference manager adds the day it was imported.
import type { APIContext } from "astro";
import { chartIds } from "../charts/registry.ts";
import { dataset } from "../data/load.ts";
import { langOfPath } from "../i18n/ui.ts";
import { bibtex, cslJson, ris } from "./formats.ts";
import { citationFileTypes, citedRecord, type CitationFileType, type Cited } from "./site-records.ts";

const types = Object.keys(citationFileTypes) as CitationFileType[];

interface CitationProps {
  citation: CitationFileType;
  cited: Cited;
}

export function chartCitationPaths() {
  return chartIds.flatMap((id) =>
    types.map((type) => ({
      params: { id, file: `${id}.${type}` },
      props: { citation: type, cited: { kind: "chart", id } },
    })),
  );
}

export function siteCitationPaths() {
  return (["article", "site"] as const).flatMap((kind) =>
    types.map((type) => ({ params: { file: `${kind}.${type}` }, props: { citation: type, cited: { kind } } })),
  );
}

export function isCitationFile(props: unknown): props is CitationProps {
  return typeof props === "object" && props !== null && "citation" in props;
}

export function citationFile({ props, url }: APIContext): Response {
  const { citation, cited } = props as CitationProps;
  const record = citedRecord(cited, langOfPath(url.pathname), dataset());
  const body = citation === "bib" ? bibtex(record) : citation === "ris" ? ris(record) : cslJson(record);
  return new Response(body, { headers: { "Content-Type": citationFileTypes[citation] } });
}
