// The one renderer: model → SVG string, for chapters, embeds, gallery, kiosk, downloads and share cards.
// theme "css": classes that the page's stylesheet maps to custom properties (light and dark follow the page),
// with the light colours as presentation attributes so the SVG still reads without the stylesheet.
// theme "light" | "dark": colours resolved into attributes and a background, for files that travel alone.
// Never a style attribute: the site's CSP hashes styles, and `style="…"` would be blocked.
import type { ChartModel, Shape, Tone } from "../model.ts";
import { fontStack, palette, type Theme } from "../palette.ts";
import { baselineShift, defaultSize, type TextShape } from "../text/box.ts";
import { glyphPath, setText } from "../text/measure.ts";

export interface RenderOptions {
  theme: "css" | Theme;
  /**
   * "glyphs": every text is drawn as the font's glyph outlines, each glyph once in <defs>, placed where the font
   * sets it. For the pictures in our images: resvg then has no text to shape and no font file to read (it reads
   * the file again for every glyph it draws). Such a picture is pixels to be: it carries no title, description
   * or group names (the page that shows the image gives its alt text), so its SVG is plain ASCII, half the memory
   * of a string with Chinese in it. Pages and downloads keep "text", which readers can select and search.
   */
  text?: "text" | "glyphs";
  /** "top": in a box taller than the chart's aspect (an embed in a tall frame), the chart sits at the top of
   *  it, under its title, and the room left falls below it; by default it is centred. */
  align?: "top";
}

/** Collects the glyph outlines a rendering uses, under ids unique to that rendering. */
interface Outlines {
  prefix: string;
  used: Map<string, string>;
}

const round = (n: number) => String(Math.round(n * 100) / 100);
/** Path data with its numbers rounded like attributes: d3's shapes write up to 15 decimals. */
const roundPath = (d: string) => d.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => round(Number(n)));
/** Baseline shifts in em, from the font's em box, so "middle" centres a text's em box on y. */
const shiftEm = (baseline: "middle" | "hanging") => Math.round(baselineShift(baseline) * 1000) / 1000;
const shift = (baseline: "middle" | "hanging") => `${shiftEm(baseline)}em`;

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

function shapeSvg(shape: Shape, colours: Record<Tone, string>, outlines?: Outlines): string {
  return keyed(shapeElement(shape, colours, outlines), shape.key);
}

/** Adds a step story's mark key to an element's opening tag. */
function keyed(element: string, key: string | undefined): string {
  return key === undefined ? element : element.replace(/^<[a-z]+/, (open) => `${open}${attrs({ "data-key": key })}`);
}

/** A number of em for a glyph's place: to 1/10,000 em. */
const emNumber = (n: number) => String(Math.round(n * 10000) / 10000);

/**
 * A text shape as glyph outlines: a group at the text's start on its baseline, scaled to its size, with one <use>
 * per glyph that draws something. White space collapses as SVG collapses it in a <text>: XML's own white space,
 * not the ideographic space (U+3000) that Chinese labels use as a gap.
 */
function glyphRun(shape: TextShape, fill: string, cls: string | undefined, point: string | undefined, o: Outlines) {
  const size = shape.size ?? defaultSize;
  const weight = shape.weight ?? "normal";
  const set = setText(shape.text.replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, ""), weight);
  const start = shape.anchor === "middle" ? set.width / 2 : shape.anchor === "end" ? set.width : 0;
  const baseline = shape.baseline === "middle" || shape.baseline === "hanging" ? shiftEm(shape.baseline) : 0;
  const uses = set.glyphs.map(({ id, x, y }) => {
    const key = `${o.prefix}-${weight === "bold" ? "b" : "r"}${id}`;
    if (!o.used.has(key)) o.used.set(key, glyphPath(id, weight));
    return o.used.get(key) ? `<use href="#${key}" x="${emNumber(x)}"${y ? ` y="${emNumber(y)}"` : ""}/>` : "";
  });
  const place = `translate(${round(shape.x - start * size)} ${round(shape.y + baseline * size)}) scale(${round(size)})`;
  return `<g${attrs({ transform: place, fill, class: cls, "data-point": point })}>${uses.join("")}</g>`;
}

function shapeElement(shape: Shape, colours: Record<Tone, string>, outlines?: Outlines): string {
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
      if (outlines) {
        const cls = classes(`f-${shape.tone}`, point && "mark", shape.className);
        return glyphRun(shape, colours[shape.tone], cls, point, outlines);
      }
      const dy = shape.baseline === "middle" || shape.baseline === "hanging" ? shift(shape.baseline) : undefined;
      return `<text${attrs({
        x: shape.x,
        y: shape.y,
        dy,
        "font-size": shape.size ?? defaultSize,
        "text-anchor": shape.anchor ?? "start",
        "font-weight": shape.weight === "bold" ? "700" : undefined,
        fill: colours[shape.tone],
        class: classes(`f-${shape.tone}`, point && "mark", shape.className),
        "data-point": point,
      })}>${escapeXml(shape.text)}</text>`;
    }
    case "group": {
      const inner = shape.children.map((child) => shapeSvg(child, colours, outlines)).join("");
      const moved = shape.dx || shape.dy ? `translate(${round(shape.dx ?? 0)} ${round(shape.dy ?? 0)})` : undefined;
      const named = shape.label && !outlines;
      const label = { "aria-label": named ? shape.label : undefined, role: named ? "group" : undefined };
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
    "aria-labelledby": options.text === "glyphs" ? undefined : `${id}-title ${id}-desc`,
    "font-family": fontStack,
    preserveAspectRatio: options.align === "top" ? "xMidYMin meet" : undefined,
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
  const outlines = options.text === "glyphs" ? { prefix: `${id}-g`, used: new Map<string, string>() } : undefined;
  const body = model.shapes.map((shape) => shapeSvg(shape, colours, outlines)).join("");
  const defs = outlines
    ? `<defs>${[...outlines.used].map(([key, d]) => (d ? `<path id="${key}" d="${d}"/>` : "")).join("")}</defs>`
    : "";
  const names = outlines
    ? ""
    : `<title id="${id}-title">${escapeXml(model.title)}</title>` +
      `<desc id="${id}-desc">${escapeXml(model.description)}</desc>`;
  return `<svg${root}>${names}${defs}${background}${body}</svg>`;
}
