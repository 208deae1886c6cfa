// What one image is before it is drawn: a satori element tree (plain objects, no React) or a finished SVG, the
// pictures that fill its slots (charts, QR codes: SVG drawn by resvg, their text as glyph outlines), and every
// character it draws. Jobs are plain data: they cross to the render workers as they are.

/** A node of the tree satori lays out. */
export interface ImageNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    children?: ImageNode[] | string;
  };
}

/** An SVG drawn at `width` × `height` units; a slot scales it to fit its box and centres it. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
  /** The smallest text in the picture, in its own units: the slot prefers the candidate drawn largest. */
  text?: number;
  /** The text it draws as glyph outlines instead of <text> elements (chart pictures), for the glyph check. */
  drawnText?: string;
}

export interface Slot {
  /** Pictures that could fill the slot; the one whose smallest text comes out largest in the box wins. */
  candidates: Picture[];
}

export interface ImageJob {
  /** The image's address in the site, for messages: "/share/service.png". */
  path: string;
  width: number;
  /** 0: as tall as the layout needs, within `heights`. */
  height: number;
  heights?: { min: number; max: number };
  /** The PNG may not be larger than this, in bytes. */
  maxBytes?: number;
  /** zlib's level for the PNG's pixels, 0–9 (6, zlib's default, unless given). */
  deflateLevel?: number;
  /** Laid out by satori, or `svg` as it is (a chart download). */
  tree?: ImageNode;
  svg?: string;
  /** Drawn at this multiple of width and height (2 for the chart PNG download). */
  zoom?: number;
  slots?: Record<string, Slot>;
  /** Every character drawn: the glyph check reads it and the font subset holds it. */
  text: string;
  /** Text laid out by satori must stay this far inside every edge (px): nothing clipped at the right edge. */
  inset?: number;
  /** A box (in output px) that must hold drawn text: a blank one means the font did not load. */
  inkBox?: { x: number; y: number; width: number; height: number };
}
