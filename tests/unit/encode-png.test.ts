// The PNG writer the images use (src/images/encode-png.ts), read back by another decoder (fast-png, with its
// checksum check on) and compared with what resvg itself writes for the same drawing.
import { Resvg } from "@resvg/resvg-js";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import { isOpaque, opaquePng } from "../../src/images/encode-png.ts";

/** RGBA pixels whose every byte differs from its neighbours, so a swapped channel or row shows. */
function gradient(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    rgba.set([(i * 37) % 256, (i * 11 + 5) % 256, (i * 3 + 200) % 256, 255], i * 4);
  return rgba;
}

const rgbOf = (rgba: Uint8Array) => rgba.filter((_, i) => i % 4 !== 3);

describe("opaquePng", () => {
  it("writes a PNG another decoder reads back pixel for pixel, checksums included", () => {
    const rgba = gradient(7, 5);
    const image = decode(opaquePng(rgba, 7, 5), { checkCrc: true });
    expect([image.width, image.height, image.channels, image.depth]).toEqual([7, 5, 3, 8]);
    expect([...image.data]).toEqual([...rgbOf(rgba)]);
  });

  it("writes each picture from its own pixels, whatever size of picture it wrote before", () => {
    // the rows are kept from one picture to the next: a larger one leaves bytes where a smaller one's row starts
    // and a row is written four pixels at a time, then pixel by pixel: every count of pixels left over is tried
    const sizes = ["7×5", "3×4", "9×6", "2×2", "9×6", "8×3", "12×2", "13×4", "14×3", "1×1"].map(
      (size) => size.split("×").map(Number) as [number, number],
    );
    for (const [width, height] of sizes) {
      const rgba = gradient(width, height).map((v, i) => (i % 4 === 3 ? 255 : (v + width) % 256));
      const image = decode(opaquePng(rgba, width, height), { checkCrc: true });
      expect([image.width, image.height], `${width}×${height}`).toEqual([width, height]);
      expect([...image.data], `${width}×${height}`).toEqual([...rgbOf(rgba)]);
    }
  });

  it("reads pixels that start anywhere in their buffer, and finds one transparent pixel wherever it is", () => {
    const rgba = gradient(7, 5);
    for (const offset of [1, 2, 3, 4]) {
      const shifted = new Uint8Array(rgba.length + offset);
      shifted.set(rgba, offset);
      const view = shifted.subarray(offset);
      expect([...decode(opaquePng(view, 7, 5), { checkCrc: true }).data], `offset ${offset}`).toEqual([...rgbOf(rgba)]);
    }
    for (const pixel of [0, 17, 34]) {
      const holed = gradient(7, 5);
      holed[pixel * 4 + 3] = 254;
      expect(() => opaquePng(holed, 7, 5), `pixel ${pixel}`).toThrow(/transparent pixels/);
    }
  });

  it("gives the same pixels as resvg's own PNG of a drawing, in fewer bytes", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#f7f4ec"/>' +
      '<circle cx="60" cy="60" r="41.5" fill="#0f6b5c"/><path d="M120 100 L200 20 L230 90 Z" fill="#b4532a" opacity="0.7"/></svg>';
    const drawn = new Resvg(svg).render();
    const ours = opaquePng(drawn.pixels, drawn.width, drawn.height);
    const theirs = decode(drawn.asPng());
    const mine = decode(ours, { checkCrc: true });
    expect(mine.channels).toBe(3);
    expect([...mine.data]).toEqual([...(theirs.channels === 3 ? theirs.data : rgbOf(theirs.data as Uint8Array))]);
    expect(ours.length).toBeLessThan(drawn.asPng().length);
  });

  it("deflates at the level asked for, with the same pixels at every level", () => {
    const rgba = new Uint8Array(gradient(64, 48).map((v, i) => (i % 4 === 3 ? 255 : (v >> 5) << 5)));
    const sizes = [1, 6, 9].map((level) => {
      const png = opaquePng(rgba, 64, 48, level);
      expect([...decode(png, { checkCrc: true }).data], `level ${level}`).toEqual([...rgbOf(rgba)]);
      return png.length;
    });
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(sizes[1]).toBeGreaterThanOrEqual(sizes[2]!);
    expect(opaquePng(rgba, 64, 48).length).toBe(sizes[1]);
  });

  it("refuses pixels it would change: transparent ones, or a size that does not match the data", () => {
    const rgba = gradient(3, 3);
    rgba[4 * 4 + 3] = 128;
    expect(isOpaque(rgba)).toBe(false);
    expect(isOpaque(gradient(3, 3))).toBe(true);
    expect(() => opaquePng(rgba, 3, 3)).toThrow(/transparent pixels/);
    expect(() => opaquePng(gradient(3, 3), 4, 3)).toThrow("4×3 pixels need 48 bytes of RGBA, not 36");
    expect(() => opaquePng(new Uint8Array(), 0, 0)).toThrow(/positive whole width and height/);
  });
});
