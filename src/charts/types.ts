// The contract between a chart's build function and the registry.
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import type { TypeScale } from "./layouts.ts";
import type { ChartModel } from "./model.ts";

export interface BuildOptions {
  lang: Lang;
  /** Width of the picture in viewBox units. */
  width: number;
  /** Font sizes, from the layout's smallest text. */
  type: TypeScale;
}

/** What a build function returns, its height computed from what it drew; the registry adds the rest. */
export type ChartBody = Pick<ChartModel, "description" | "shapes" | "points" | "table" | "height">;

export type BuildChart = (data: Dataset, options: BuildOptions) => ChartBody;

export type Bilingual = Record<Lang, string>;
export type DataText = (data: Dataset, lang: Lang) => string;

/** Everything the site knows about one chart. */
export interface ChartDefinition {
  id: string;
  title: Bilingual;
  /** One line: what the reader should take away. Computed from data where it cites figures. */
  takeaway: DataText;
  notes: DataText[];
  /** Ids of the facts, claims, events, lists or links drawn: their article lines make the source line. */
  uses: string[];
  /** Article lines the chart also draws on that no record in `uses` cites: a list the article tells over several
   *  lines cites only its first. */
  alsoCites?: number[];
  build: BuildChart;
}
