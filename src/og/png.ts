// Reading pictures made at build: how much of a box is drawn, for checks that a text did not come out blank.
/** Pixels row by row, RGBA unless channels says otherwise (a decoded PNG may be RGB). */
export interface PixelGrid {
  width: number;
  pixels: ArrayLike<number>;
  channels?: number;
}

/** Share of pixels in a box that differ from the background (#rrggbb): zero means nothing was drawn there. */
export function inkShare(
  image: PixelGrid,
  box: { x: number; y: number; width: number; height: number },
  background: string,
): number {
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
