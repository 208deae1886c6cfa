// Satori lays out an image's texts and boxes; its slots (an <img> with a placeholder source) are then replaced
// by SVG pictures (charts, QR codes) drawn in place, scaled to the box satori gave them. resvg then draws the
// whole as one SVG: a chart's text comes as the font's glyph outlines (chart-pictures.ts), still vectors, and
// nothing is rasterised twice.
import type { ImageJob, ImageNode, Picture, Slot } from "./job.ts";

const placeholder = (name: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" id="slot-${name}"/>`;

/** The satori node for a slot: a box sized by the layout around it (style), which the slot's picture fills;
 *  the image inside is positioned absolutely so its own size never pushes the layout. Give `size` for a fixed box. */
export function slotNode(
  name: string,
  style: Record<string, string | number>,
  size?: { width: number; height: number },
): ImageNode {
  const src = `data:image/svg+xml;utf8,${placeholder(name)}`;
  const image: ImageNode = {
    type: "img",
    props: { src, style: { position: "absolute", left: 0, top: 0, width: "100%", height: "100%" } },
  };
  const box = size
    ? { width: size.width, height: size.height, flexShrink: 0 }
    : { flexGrow: 1, flexShrink: 1, flexBasis: 0, minHeight: 0 };
  return {
    type: "div",
    props: { style: { display: "flex", position: "relative", ...box, ...style }, children: [image] },
  };
}

/** The candidate drawn with the largest smallest text (or simply largest) in a box. */
export function bestPicture(slot: Slot, box: { width: number; height: number }): { picture: Picture; scale: number } {
  let best: { picture: Picture; scale: number; text: number } | undefined;
  for (const picture of slot.candidates) {
    const scale = Math.min(box.width / picture.width, box.height / picture.height);
    const text = scale * (picture.text ?? 1);
    if (!best || text > best.text + 1e-9) best = { picture, scale, text };
  }
  if (!best) throw new Error("a slot has no picture to show");
  return best;
}

/** The picture's SVG without its XML declaration, so it can be nested. */
function nestable(svg: string): string {
  return svg.replace(/^<\?xml[^>]*\?>\s*/, "");
}

/** Replaces every slot's placeholder in satori's SVG by its picture; a slot the layout lost is an error. */
export function placeSlots(svg: string, job: Pick<ImageJob, "slots" | "width" | "height" | "path">): string {
  let out = svg;
  for (const [name, slot] of Object.entries(job.slots ?? {})) {
    const encoded = Buffer.from(placeholder(name))
      .toString("base64")
      .replace(/[+/=]/g, (c) => `\\${c}`);
    const pattern = new RegExp(
      `<image x="([-\\d.]+)" y="([-\\d.]+)" width="([\\d.]+)" height="([\\d.]+)" ` +
        `href="data:image/svg\\+xml;base64,${encoded}"[^>]*/>`,
    );
    const match = pattern.exec(out);
    if (!match) throw new Error(`${job.path}: the layout has no room left for "${name}"`);
    const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
    if (x < 0 || y < 0 || x + width > job.width + 0.5 || y + height > job.height + 0.5) {
      throw new Error(
        `${job.path}: "${name}" (${Math.round(width)}×${Math.round(height)} ` +
          `at ${Math.round(x)},${Math.round(y)}) runs off the image`,
      );
    }
    const { picture, scale } = bestPicture(slot, { width, height });
    const dx = x + (width - picture.width * scale) / 2;
    const dy = y + (height - picture.height * scale) / 2;
    const place = `translate(${dx.toFixed(2)} ${dy.toFixed(2)}) scale(${scale.toFixed(5)})`;
    const group = `<g transform="${place}">${nestable(picture.svg)}</g>`;
    out = out.slice(0, match.index) + group + out.slice(match.index + match[0].length);
  }
  return out;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The extent of every glyph satori drew (it writes text as absolute-coordinate paths), or undefined if none.
 * Each path's numbers are read in pairs, x then y (a number left over at a path's end is no point). A number is
 * what `-?\d*\.?\d+(?:e-?\d+)?` matches, read by hand: its digits make a whole number, divided by the power of
 * ten its decimals give (one rounding, the same double as `Number` reads). A share card's texts take 0.26 ms,
 * against 0.8 ms with that expression, an array per path and `Number`.
 */
export function textExtent(svg: string): { left: number; top: number; right: number; bottom: number } | undefined {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  const code = (at: number) => svg.charCodeAt(at);
  for (let tag = svg.indexOf("<path"); tag >= 0; tag = svg.indexOf("<path", tag + 5)) {
    const attribute = svg.indexOf(' d="', tag);
    if (attribute < 0 || attribute > svg.indexOf(">", tag)) continue;
    const end = svg.indexOf('"', attribute + 4);
    let x: number | undefined;
    for (let i = attribute + 4; i < end; ) {
      const start = i;
      const negative = code(i) === 45; // -
      if (negative) i++;
      let digits = 0;
      let scale = 1;
      const whole = i;
      for (; isDigit(code(i)); i++) digits = digits * 10 + code(i) - 48;
      if (code(i) === 46 && isDigit(code(i + 1))) {
        for (i++; isDigit(code(i)); i++, scale *= 10) digits = digits * 10 + code(i) - 48;
      } else if (i === whole) {
        i = start + 1; // no number starts here
        continue;
      }
      let value = (negative ? -digits : digits) / scale;
      const e = code(i) === 101 ? (code(i + 1) === 45 ? i + 2 : i + 1) : -1; // e, e-
      const exponent = e > 0 && isDigit(code(e));
      if (exponent) for (i = e + 1; isDigit(code(i)); ) i++;
      if (exponent || digits > Number.MAX_SAFE_INTEGER) value = Number(svg.slice(start, i));
      if (x === undefined) x = value;
      else {
        if (x < left) left = x;
        if (x > right) right = x;
        if (value < top) top = value;
        if (value > bottom) bottom = value;
        x = undefined;
      }
    }
  }
  return left <= right ? { left, top, right, bottom } : undefined;
}

/** Why the text satori laid out is not inside the image less `inset` on every side, or undefined when it is. */
export function textOutside(svg: string, width: number, height: number, inset: number): string | undefined {
  const extent = textExtent(svg);
  if (!extent) return undefined;
  const sides = [
    extent.left < inset && `left edge (x ${extent.left.toFixed(1)})`,
    extent.right > width - inset && `right edge (x ${extent.right.toFixed(1)} of ${width})`,
    extent.top < inset && `top edge (y ${extent.top.toFixed(1)})`,
    extent.bottom > height - inset && `bottom edge (y ${extent.bottom.toFixed(1)} of ${height})`,
  ].filter(Boolean);
  return sides.length ? `text runs past the ${sides.join(" and ")}, closer than ${inset} px` : undefined;
}
