// Reading QR codes the way a phone would: from the pixels. SVG codes (the kiosk's) are drawn with resvg first;
// PNG images are read as they are. Returns the decoded text, or undefined when no code is found.
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { readPng } from "./png.ts";

function rgba(pixels: ArrayLike<number>, width: number, height: number, channels: number): Uint8ClampedArray {
  if (channels === 4) return Uint8ClampedArray.from(pixels);
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    out.set([pixels[j]!, pixels[j + 1] ?? pixels[j]!, pixels[j + 2] ?? pixels[j]!, 255], i * 4);
  }
  return out;
}

export function decodeQrSvg(svg: string, size = 400): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: size }, background: "#ffffff" }).render();
  return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data;
}

/** A long image (长图) is read in windows from the bottom up, where such images keep their code, before the
 *  whole: a phone's scanner looks at one screenful, and ten million pixels at once take jsQR seconds. */
export function decodeQrPng(file: string): string | undefined {
  const png = readPng(file);
  const pixels = rgba(png.pixels, png.width, png.height, png.channels);
  const window = Math.round(png.width * 1.5);
  if (png.height > 2 * window) {
    for (let bottom = png.height; bottom > 0; bottom -= window / 2) {
      const top = Math.max(0, bottom - window);
      const found = jsQR(pixels.subarray(top * png.width * 4, bottom * png.width * 4), png.width, bottom - top)?.data;
      if (found) return found;
    }
  }
  return jsQR(pixels, png.width, png.height)?.data;
}

/** Every inline <svg> in a page that is a QR code (the qrcode package's output), in document order. */
export function qrSvgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*?<\/svg>/g)]
    .map((match) => match[0])
    .filter((svg) => /shape-rendering="crispEdges"/.test(svg) && !/class="chart-svg/.test(svg));
}
