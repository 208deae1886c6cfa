// Reading PNG files in tests: size, channels and pixels, in the shape src/og/png.ts inkShare() reads.
import { readFileSync } from "node:fs";
import { decode } from "fast-png";
import type { PixelGrid } from "../../src/og/png.ts";

export interface Picture extends PixelGrid {
  height: number;
  channels: number;
}

export function readPng(file: string): Picture {
  const png = decode(readFileSync(file));
  return { width: png.width, height: png.height, channels: png.channels, pixels: png.data };
}
