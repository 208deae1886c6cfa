// Resolved colours of each tone, for places without the page's CSS (downloaded SVG, PNG, share cards). Pages use
// the same values through CSS custom properties in src/styles/global.css; a test keeps the two in step.
import type { Tone } from "./model.ts";

export type Theme = "light" | "dark";

export const palette: Record<Theme, Record<Tone, string>> = {
  light: {
    "mark-1": "#0f6b5c",
    "mark-2": "#a23c1b",
    "mark-3": "#5b4a9e",
    "mark-4": "#8a6d00",
    text: "#1d1b17",
    muted: "#575248",
    rule: "#8d867a",
    bg: "#fbfaf7",
    surface: "#f1eee6",
  },
  dark: {
    "mark-1": "#5fc7b2",
    "mark-2": "#f08c66",
    "mark-3": "#b3a6f2",
    "mark-4": "#e0c35a",
    text: "#ecebe6",
    muted: "#b4b0a7",
    rule: "#7b7870",
    bg: "#16171a",
    surface: "#22242a",
  },
};

/** The font stack of chart text: first the font charts are measured with (text/measure.ts) under its names, then
 *  the CJK system fonts whose widths stay within those measurements. SVG files name it so they render with local
 *  fonts wherever they are opened. No Latin-only font comes first: it would set Latin text wider than measured. */
export const fontStack =
  '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';
