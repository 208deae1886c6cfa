// What a chart is before it is drawn: shapes in viewBox units with semantic tones (never colours), the points a
// reader can explore, the table, and the texts that travel with the chart. build.ts files make models; the one
// renderer (render/svg.ts) turns a model into SVG for every place the chart appears.
import type { Lang } from "../data/format.ts";
import type { Counter, Qualifier, Unit } from "../data/schemas/index.ts";

/** Semantic colours, resolved by the theme: mark-1..4 for data, the rest for text, rules and grounds. */
export type Tone = "mark-1" | "mark-2" | "mark-3" | "mark-4" | "text" | "muted" | "rule" | "bg" | "surface";

interface Common {
  /** Index into ChartModel.points when this shape is an explorable mark. */
  point?: number;
  /** Extra class names (ASCII), e.g. to dash an approximate end. */
  className?: string;
  /** A name (ASCII) that stays with the same mark across the states of a step story, so the page can move it
   *  from one state to the next. */
  key?: string;
}

export type Shape =
  | (Common & {
      kind: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      tone: Tone;
      rx?: number;
      hollow?: boolean;
    })
  | (Common & { kind: "circle"; cx: number; cy: number; r: number; tone: Tone; hollow?: boolean })
  | (Common & {
      kind: "line";
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      tone: Tone;
      width?: number;
      dashed?: boolean;
    })
  | (Common & { kind: "path"; d: string; tone: Tone; fill?: boolean; width?: number; dashed?: boolean })
  | (Common & {
      kind: "text";
      x: number;
      y: number;
      text: string;
      tone: Tone;
      size?: number;
      anchor?: "start" | "middle" | "end";
      weight?: "normal" | "bold";
      /** Vertical placement relative to y. */
      baseline?: "auto" | "middle" | "hanging";
    })
  /** Children drawn moved by (dx, dy): a part is laid out from its own top-left corner and placed by its group. */
  | (Common & { kind: "group"; label?: string; dx?: number; dy?: number; children: Shape[] })
  /** An invisible area that takes taps for its point, where the drawn mark is smaller than a finger. */
  | (Common & { kind: "hit"; x: number; y: number; width: number; height: number });

/** A mark a reader can reach by hover, touch or arrow keys; series and index give the arrow-key grid. */
export interface Point {
  series: number;
  index: number;
  /** What the mark is: "2020年 规模工业总产值". */
  label: string;
  /** Its value, formatted for the page's language: "197.2亿元". */
  value: string;
  /** Where a tooltip points, in viewBox units. */
  x: number;
  y: number;
}

/**
 * A column of a chart's table. Cells keep what they are: text, a number in its row's unit, a date (YYYY, YYYY-MM
 * or YYYY-MM-DD) or a period (2015/2020); they become text only at the edge (the page's table, the CSV).
 */
export interface TableColumn {
  key: string;
  label: string;
  /** "position": a place in a sequence (step 3 of a loop), a plain whole number that is not a value and takes
   *  no unit, not even the row's. */
  type: "text" | "number" | "position" | "date" | "period";
  /** A number column the row's qualifier applies to (the article's "over 21%"), not our computed figure. */
  qualified?: boolean;
  /** Set on a column that gives names in Chinese in an English table, so they are read with a Chinese voice. */
  lang?: "zh-Hans";
}

/** A cell: null where the value is missing or does not apply. */
export type Cell = string | number | null;

/** One row: one value (a stated figure and, where we compute it, ours), its unit, and its describing columns. */
export interface TableRow {
  cells: Record<string, Cell>;
  /** The declared unit of the row's number cells. */
  unit?: Unit;
  /** How the article qualifies its figure ("about", "above"…). */
  qualifier?: Qualifier;
  /** What a count counts, for writing it in each language. */
  counter?: Counter;
  /** The year of the row's date or period is implied by the article, not printed: shown in square brackets. */
  yearInferred?: true;
}

export interface ChartTable {
  columns: TableColumn[];
  rows: TableRow[];
}

export interface ChartModel {
  id: string;
  lang: Lang;
  /** The layout's name: a preset ("wide", "narrow", "kiosk") or a custom spec's name. */
  layout: string;
  width: number;
  /** Computed from the content at this width and text size. */
  height: number;
  /** The smallest and largest font size used, in viewBox units, so a page can bound the drawn size of text. */
  textRange: { min: number; max: number };
  title: string;
  /** The accessible description: what the chart shows and what it says, in a sentence or three. */
  description: string;
  /** What a reader should know to read the chart right: the definition's notes, then what any square-bracketed
   *  year in its table means. */
  notes: string[];
  shapes: Shape[];
  points: Point[];
  table: ChartTable;
}

/** The two views a page offers: desktop columns and phones. */
export type Layout = "wide" | "narrow";
