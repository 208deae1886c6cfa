// Reading PNG files in tests: size and pixels, and how much of a box is drawn on a known background.
import { readFileSync } from "node:fs";
import { decode } from "fast-png";

export interface Picture {
  width: number;
  height: number;
  channels: number;
  data: ArrayLike<number>;
}

export function readPng(file: string): Picture {
  const png = decode(readFileSync(file));
  return { width: png.width, height: png.height, channels: png.channels, data: png.data };
}

/** Pixels in a box that differ from the background colour (#rrggbb) by more than faint anti-aliasing. */
export function inkedPixels(picture: Picture, box: { x: number; y: number; width: number; height: number }, background: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * picture.width + x) * picture.channels;
      const d = Math.abs(picture.data[i]! - r!) + Math.abs(picture.data[i + 1]! - g!) + Math.abs(picture.data[i + 2]! - b!);
      if (d > 48) ink++;
    }
  }
  return ink;
}
