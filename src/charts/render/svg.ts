// The one renderer: model → SVG string, for chapters, embeds, gallery, kiosk, downloads and share cards.
// theme "css": classes that the page's stylesheet maps to custom properties (light and dark follow the page),
// with the light colours as presentation attributes so the SVG still reads without the stylesheet.
// theme "light" | "dark": colours resolved into attributes and a background, for files that travel alone.
// Never a style attribute: the site's CSP hashes styles, and `style="…"` would be blocked.
import type { ChartModel, Shape, Tone } from "../model.ts";
import { fontStack, palette, type Theme } from "../palette.ts";

export interface RenderOptions {
  theme: "css" | Theme;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

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
        x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2,
        stroke: colours[shape.tone], "stroke-width": shape.width ?? 1, "stroke-dasharray": dash(shape.dashed),
        class: classes(`s-${shape.tone}`, point && "mark", shape.className), "data-point": point,
      })}/>`;
    case "path":
      return `<path${attrs({
        d: shape.d,
        fill: shape.fill ? colours[shape.tone] : "none",
        stroke: shape.fill ? undefined : colours[shape.tone],
        "stroke-width": shape.fill ? undefined : (shape.width ?? 1.5),
        "stroke-dasharray": dash(shape.dashed),
        "stroke-linejoin": "round",
        class: classes(shape.fill ? `f-${shape.tone}` : `s-${shape.tone}`, point && "mark", shape.className),
        "data-point": point,
      })}/>`;
    case "text": {
      const dy = shape.baseline === "middle" ? "0.35em" : shape.baseline === "hanging" ? "0.8em" : undefined;
      return `<text${attrs({
        x: shape.x, y: shape.y, dy, "font-size": shape.size ?? 13, "text-anchor": shape.anchor ?? "start",
        "font-weight": shape.weight === "bold" ? "700" : undefined, fill: colours[shape.tone],
        class: classes(`f-${shape.tone}`, point && "mark", shape.className), "data-point": point,
      })}>${escapeXml(shape.text)}</text>`;
    }
    case "group": {
      const inner = shape.children.map((child) => shapeSvg(child, colours)).join("");
      return `<g${attrs({ "aria-label": shape.label, role: shape.label ? "group" : undefined, class: shape.className })}>${inner}</g>`;
    }
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
  const background = standalone ? `<rect width="100%" height="100%" fill="${colours.bg}"/>` : "";
  const body = model.shapes.map((shape) => shapeSvg(shape, colours)).join("");
  return (
    `<svg${root}><title id="${id}-title">${escapeXml(model.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(model.description)}</desc>${background}${body}</svg>`
  );
}
