// The one palette of the site. Pages get these colours as CSS custom properties, written into global.css at
// build from this file (src/integrations/palette-css.ts); charts resolve their tones from it for places without
// the page's CSS (downloaded SVG, PNG, share cards). Contrast: text ≥ 4.5:1, marks and rules ≥ 3:1, tested.
import type { Tone } from "./model.ts";

export type Theme = "light" | "dark";

/** The colours a page uses: the chart tones, and the page's own (links, focus ring, accents). */
export type ThemeColours = Record<Tone | "accent" | "accent-2" | "link" | "focus", string>;

export const themes: Record<Theme | "print", ThemeColours> = {
  light: {
    bg: "#fbfaf7",
    surface: "#f1eee6",
    text: "#1d1b17",
    muted: "#575248",
    rule: "#8d867a",
    accent: "#0f6b5c",
    "accent-2": "#a23c1b",
    link: "#0b5c8a",
    focus: "#b3470f",
    "mark-1": "#0f6b5c",
    "mark-2": "#a23c1b",
    "mark-3": "#5b4a9e",
    "mark-4": "#8a6d00",
  },
  dark: {
    bg: "#16171a",
    surface: "#22242a",
    text: "#ecebe6",
    muted: "#b4b0a7",
    rule: "#7b7870",
    accent: "#5fc7b2",
    "accent-2": "#f08c66",
    link: "#8cc8f0",
    focus: "#ffb074",
    "mark-1": "#5fc7b2",
    "mark-2": "#f08c66",
    "mark-3": "#b3a6f2",
    "mark-4": "#e0c35a",
  },
  /** Black on white whatever the theme, the marks in their light colours. */
  print: {
    bg: "#fff",
    surface: "#fff",
    text: "#000",
    muted: "#333",
    rule: "#777",
    accent: "#0f6b5c",
    "accent-2": "#a23c1b",
    link: "#000",
    focus: "#b3470f",
    "mark-1": "#0f6b5c",
    "mark-2": "#a23c1b",
    "mark-3": "#5b4a9e",
    "mark-4": "#8a6d00",
  },
};

/** Resolved colours of each chart tone, per theme. */
export const palette: Record<Theme, Record<Tone, string>> = themes;

/** The font stack of chart text: first the font charts are measured with (text/measure.ts) under its names, then
 *  the CJK system fonts whose widths stay within those measurements. SVG files name it so they render with local
 *  fonts wherever they are opened. No Latin-only font comes first: it would set Latin text wider than measured. */
export const fontStack = [
  '"Noto Sans SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  "sans-serif",
].join(", ");
