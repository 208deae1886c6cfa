// What a chart is before it is drawn: shapes in viewBox units with semantic tones (never colours), the points a
// reader can explore, the table, and the texts that travel with the chart. build.ts files make models; the one
// renderer (render/svg.ts) turns a model into SVG for every place the chart appears.
import type { Lang } from "../data/format.ts";

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
  | (Common & { kind: "rect"; x: number; y: number; width: number; height: number; tone: Tone; rx?: number; hollow?: boolean })
  | (Common & { kind: "circle"; cx: number; cy: number; r: number; tone: Tone; hollow?: boolean })
  | (Common & { kind: "line"; x1: number; y1: number; x2: number; y2: number; tone: Tone; width?: number; dashed?: boolean })
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
  | (Common & { kind: "group"; label?: string; children: Shape[] });

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

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** Set on a column that gives names in Chinese in an English table, so they are read with a Chinese voice. */
  lang?: "zh-Hans";
}

export interface ChartModel {
  id: string;
  lang: Lang;
  layout: "wide" | "narrow";
  width: number;
  height: number;
  title: string;
  /** The accessible description: what the chart shows and what it says, in a sentence or three. */
  description: string;
  shapes: Shape[];
  points: Point[];
  table: { columns: TableColumn[]; rows: Array<Record<string, string>> };
}

export type Layout = ChartModel["layout"];
