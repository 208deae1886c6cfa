// The one renderer: model → SVG string, for chapters, embeds, gallery, kiosk, downloads and share cards.
// theme "css": classes that the page's stylesheet maps to custom properties (light and dark follow the page),
// with the light colours as presentation attributes so the SVG still reads without the stylesheet.
// theme "light" | "dark": colours resolved into attributes and a background, for files that travel alone.
// Never a style attribute: the site's CSP hashes styles, and `style="…"` would be blocked.
import type { ChartModel, Shape, Tone } from "../model.ts";
import { fontStack, palette, type Theme } from "../palette.ts";
import { baselineShift } from "../text/box.ts";

export interface RenderOptions {
  theme: "css" | Theme;
}

const round = (n: number) => String(Math.round(n * 100) / 100);
/** Path data with its numbers rounded like attributes: d3's shapes write up to 15 decimals. */
const roundPath = (d: string) => d.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => round(Number(n)));
/** Baseline shifts in em, from the font's em box, so "middle" centres a text's em box on y. */
const shift = (baseline: "middle" | "hanging") => `${Math.round(baselineShift(baseline) * 1000) / 1000}em`;

/** Escapes text for SVG content and double-quoted attributes (the only quotes the renderer writes). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

function attrs(values: Record<string, string | number | undefined | false>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? round(v) : escapeXml(v as string)}"`)
    .join("");
}

function shapeSvg(shape: Shape, colours: Record<Tone, string>): string {
  return keyed(shapeElement(shape, colours), shape.key);
}

/** Adds a step story's mark key to an element's opening tag. */
function keyed(element: string, key: string | undefined): string {
  return key === undefined ? element : element.replace(/^<[a-z]+/, (open) => `${open}${attrs({ "data-key": key })}`);
}

function shapeElement(shape: Shape, colours: Record<Tone, string>): string {
  const point = shape.point === undefined ? undefined : String(shape.point);
  const classes = (...names: Array<string | undefined>) => names.filter(Boolean).join(" ") || undefined;
  const dash = (dashed?: boolean) => (dashed ? "4 3" : undefined);
  switch (shape.kind) {
    case "rect":
    case "circle": {
      const paint = shape.hollow
        ? { fill: colours.bg, stroke: colours[shape.tone], "stroke-width": "1.5" }
        : { fill: colours[shape.tone] };
      const cls = classes(shape.hollow ? `s-${shape.tone} f-bg` : `f-${shape.tone}`, point && "mark", shape.className);
      const geometry =
        shape.kind === "rect"
          ? { x: shape.x, y: shape.y, width: Math.max(0, shape.width), height: Math.max(0, shape.height), rx: shape.rx }
          : { cx: shape.cx, cy: shape.cy, r: shape.r };
      return `<${shape.kind}${attrs({ ...geometry, ...paint, class: cls, "data-point": point })}/>`;
    }
    case "line":
      return `<line${attrs({
        x1: shape.x1,
        y1: shape.y1,
        x2: shape.x2,
        y2: shape.y2,
        stroke: colours[shape.tone],
        "stroke-width": shape.width ?? 1,
        "stroke-dasharray": dash(shape.dashed),
        class: classes(`s-${shape.tone}`, point && "mark", shape.className),
        "data-point": point,
      })}/>`;
    case "path":
      return `<path${attrs({
        d: roundPath(shape.d),
        fill: shape.fill ? colours[shape.tone] : "none",
        stroke: shape.fill ? undefined : colours[shape.tone],
        "stroke-width": shape.fill ? undefined : (shape.width ?? 1.5),
        "stroke-dasharray": dash(shape.dashed),
        "stroke-linejoin": "round",
        class: classes(shape.fill ? `f-${shape.tone}` : `s-${shape.tone}`, point && "mark", shape.className),
        "data-point": point,
      })}/>`;
    case "text": {
      const dy = shape.baseline === "middle" || shape.baseline === "hanging" ? shift(shape.baseline) : undefined;
      return `<text${attrs({
        x: shape.x,
        y: shape.y,
        dy,
        "font-size": shape.size ?? 13,
        "text-anchor": shape.anchor ?? "start",
        "font-weight": shape.weight === "bold" ? "700" : undefined,
        fill: colours[shape.tone],
        class: classes(`f-${shape.tone}`, point && "mark", shape.className),
        "data-point": point,
      })}>${escapeXml(shape.text)}</text>`;
    }
    case "group": {
      const inner = shape.children.map((child) => shapeSvg(child, colours)).join("");
      const moved = shape.dx || shape.dy ? `translate(${round(shape.dx ?? 0)} ${round(shape.dy ?? 0)})` : undefined;
      const label = { "aria-label": shape.label, role: shape.label ? "group" : undefined };
      return `<g${attrs({ ...label, transform: moved, class: shape.className })}>${inner}</g>`;
    }
    case "hit":
      return `<rect${attrs({
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        fill: "transparent",
        class: "hit",
        "data-point": point,
      })}/>`;
  }
}

/** A stable, ASCII id prefix for the title and description of one rendering of one chart (a page may hold
 *  both layouts, and the kiosk both languages). */
function uid(model: ChartModel): string {
  return `chart-${model.id}-${model.layout}-${model.lang}`;
}

export function renderSvg(model: ChartModel, options: RenderOptions): string {
  const standalone = options.theme !== "css";
  const colours = palette[standalone ? (options.theme as Theme) : "light"];
  const id = uid(model);
  const root = attrs({
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: `0 0 ${round(model.width)} ${round(model.height)}`,
    width: standalone ? model.width : undefined,
    height: standalone ? model.height : undefined,
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    "font-family": fontStack,
    class: `chart-svg chart-${model.layout}`,
    "data-chart-id": model.id,
    lang: model.lang === "zh" ? "zh-Hans" : "en",
  });
  // A file that travels alone carries the one text rule pages set in charts.css: the font's own advances, no
  // extra space between Chinese and Latin characters (pages would block this element under their CSP).
  const background = standalone
    ? `<style>text{text-autospace:no-autospace;text-spacing-trim:space-all}</style>` +
      `<rect width="100%" height="100%" fill="${colours.bg}"/>`
    : "";
  const body = model.shapes.map((shape) => shapeSvg(shape, colours)).join("");
  return (
    `<svg${root}><title id="${id}-title">${escapeXml(model.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(model.description)}</desc>${background}${body}</svg>`
  );
}
