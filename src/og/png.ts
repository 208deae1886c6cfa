// SVG → PNG with resvg and the subset font only (loadSystemFonts: false), for chart downloads and share cards.
import { Resvg } from "@resvg/resvg-js";
import { fontFamily, fontSubsetFiles } from "./fonts.ts";

export interface Raster {
  png: Buffer;
  /** RGBA, row by row: what build-time checks read. */
  pixels: Buffer;
  width: number;
  height: number;
}

/** Renders an SVG at `zoom`; `text` lists the characters it draws (the SVG itself is a fine superset). */
export async function svgToPng(svg: string, options: { zoom?: number; text?: string } = {}): Promise<Raster> {
  const fontFiles = await fontSubsetFiles(options.text ?? svg);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.zoom ?? 1 },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  const image = resvg.render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/** Pixels row by row, RGBA unless channels says otherwise (a decoded PNG may be RGB). */
export interface PixelGrid {
  width: number;
  pixels: ArrayLike<number>;
  channels?: number;
}

/** Share of pixels in a box that differ from the background (#rrggbb): zero means nothing was drawn there. */
export function inkShare(image: PixelGrid, box: { x: number; y: number; width: number; height: number }, background: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  const channels = image.channels ?? 4;
  const px = image.pixels;
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * channels;
      if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) > 48) ink++;
    }
  }
  return ink / (box.width * box.height);
}
