// PNG files of the drawn pictures, written with Node's own zlib. resvg's encoder spends about 25 ms on a
// 1200×630 card and writes about 66 KB; this one, for an opaque picture (every picture we make has a
// background), keeps three channels and leaves the rows unfiltered: 0.65 ms to copy a card's pixels, then
// zlib's, about 6.7 ms and 39 KB at its default level, 2.6 ms and 52 KB at level 3, which share cards use
// (measured on their own in one thread, docs/benchmarks.md). A picture with any transparent pixel is left to
// resvg, whose pixels are premultiplied and need its own conversion.
import { crc32, deflateSync } from "node:zlib";

const signature = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** True when every pixel of RGBA data is fully opaque. */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

// The rows of the last picture, kept for the next one: a share card's rows take 2.3 MB, and a new buffer of that
// size comes from memory the kernel first has to map and zero (hundreds of page faults, a few ms), while a
// worker draws one picture after another. The deflated copy is the PNG's own, so the rows can be reused.
let scratch = new Uint8Array(0);
function rowsBuffer(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(size);
  return scratch.subarray(0, size);
}

// One row's RGB bytes, built four pixels (three words) at a time in a buffer that starts on a word boundary,
// then copied into place: a row of the PNG starts after its filter byte, where no word can be written.
let line = new Uint32Array(0);
function lineWords(width: number): Uint32Array {
  const words = Math.ceil((width * 3) / 4);
  if (line.length < words) line = new Uint32Array(words);
  return line;
}

/**
 * An 8-bit RGB PNG of opaque RGBA pixels (row after row, four bytes a pixel), deflated at `level` (zlib's 0–9;
 * its default, 6, unless given).
 */
export function opaquePng(rgba: Uint8Array, width: number, height: number, level = 6): Uint8Array {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0))
    throw new Error(`a PNG needs a positive whole width and height, not ${width}×${height}`);
  if (rgba.length !== width * height * 4)
    throw new Error(`${width}×${height} pixels need ${width * height * 4} bytes of RGBA, not ${rgba.length}`);
  const stride = width * 3 + 1;
  const rows = rowsBuffer(stride * height); // each row: filter type 0 (none), then its RGB bytes
  // Each pixel is read as one four-byte word in the machine's byte order. Such a view must start on a multiple
  // of four bytes: pixels that do not are copied first. `all` keeps the bits every pixel shares, so its alpha
  // byte stays 255 only if every pixel is opaque. On a little-endian machine (all we build on), four pixels
  // r g b a become three words r g b r | g b r g | b r g b: a 1200×630 card's rows take 0.65 ms, against 1.3 ms
  // written a byte at a time. The pixels left over at a row's end, and every pixel on a big-endian machine, are
  // written a byte at a time.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const [r, g, b, a] = littleEndian ? [0, 8, 16, 24] : [24, 16, 8, 0];
  const packed = littleEndian ? width - (width % 4) : 0;
  const out = lineWords(width);
  const outBytes = new Uint8Array(out.buffer, 0, packed * 3);
  let all = 0xffffffff;
  for (let y = 0, from = 0; y < height; y++) {
    rows[y * stride] = 0;
    for (let x = 0, w = 0; x < packed; x += 4, from += 4) {
      const p0 = words[from]!;
      const p1 = words[from + 1]!;
      const p2 = words[from + 2]!;
      const p3 = words[from + 3]!;
      all &= p0 & p1 & p2 & p3;
      out[w++] = (p0 & 0xffffff) | (p1 << 24);
      out[w++] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
      out[w++] = ((p2 >>> 16) & 0xff) | (p3 << 8);
    }
    rows.set(outBytes, y * stride + 1);
    let to = y * stride + 1 + packed * 3;
    for (let x = packed; x < width; x++, from++, to += 3) {
      const word = words[from]!;
      all &= word;
      rows[to] = word >>> r;
      rows[to + 1] = word >>> g;
      rows[to + 2] = word >>> b;
    }
  }
  if (((all >>> a) & 0xff) !== 0xff) throw new Error("the picture has transparent pixels: an RGB PNG would lose them");
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a channel, truecolour, deflate, adaptive filtering, no interlace
  const parts = [
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level })),
    chunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
