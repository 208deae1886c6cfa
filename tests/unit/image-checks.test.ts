// The checks every image passes at build, proved on images made to fail them: a character no image font has,
// text past the edge, a slot the layout lost. These draw real images with the real fonts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { palette } from "../../src/charts/palette.ts";
import { checkGlyphs } from "../../src/images/build-images.ts";
import { bestPicture, placeSlots, slotNode, textExtent, textOutside } from "../../src/images/compose.ts";
import { imageFaces, measure, missingGlyphs, symbolsFamily, wrapMeasured } from "../../src/images/fonts.ts";
import type { ImageJob } from "../../src/images/job.ts";
import { cardJob, squareLeft } from "../../src/images/layouts/card.ts";
import { frame, para } from "../../src/images/layouts/frame.ts";
import { inkShare } from "../../src/og/png.ts";
import type { CardSpec } from "../../src/og/cards.ts";
import { drawHere } from "../support/images.ts";

const bg = palette.light.bg;
// Cutting the 10 MB fonts and drawing take seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

function spec(title: string, line = "一个山区县的工业账"): CardSpec {
  return { page: "/probe/", file: "/og/probe.png", lang: "zh", kicker: "", title, line };
}

function textJob(text: string, width = 600): ImageJob {
  return {
    path: "/probe.png",
    width,
    height: 300,
    tree: frame({ width, height: 300 }, 40, [para({ fontSize: 32 }, text)]),
    text,
    inset: 32,
  };
}

describe("glyphs", () => {
  it("are there for Chinese, digits and the marks the charts use, ✗ included", () => {
    expect(missingGlyphs("江华密码 The Jianghua Codes 197.2亿元 ×2.44 ✓ ✗ → · “”")).toEqual([]);
    // Noto Sans SC alone lacks ✗: the symbols face is what draws it.
    expect(
      missingGlyphs(
        "✓✗",
        imageFaces().filter((face) => face.family !== symbolsFamily),
      ),
    ).toEqual(["✗"]);
  });

  it("missing from every image font stop the image with its address and the character named", () => {
    expect(missingGlyphs("江华\u{1F680}")).toEqual(["\u{1F680}"]);
    expect(() => checkGlyphs({ ...textJob("江华 \u{2A6D6}"), path: "/share/probe.png" })).toThrow(
      '/share/probe.png: no image font has a glyph for "\u{2A6D6}" (U+2A6D6)',
    );
  });
});

describe("fonts", () => {
  it("missing from node_modules stop the build with the package to install", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "no-fonts-"));
    expect(() => imageFaces(elsewhere)).toThrow(
      /^the font @expo-google-fonts\/noto-sans-sc\/\S+\.ttf is missing: run npm install/,
    );
  });
});

describe("text measured by the font", () => {
  it("wraps Chinese and English within the width it is given", () => {
    const note =
      "注：年均增幅按首尾两年复利计算；“增长了N倍”按原文显然的用意读作“是基数的N倍”；" +
      "天数为两个日期之间的日历天数。";
    for (const line of wrapMeasured(note, 300, 12)) expect(measure(line, 12)).toBeLessThanOrEqual(300);
    for (const line of wrapMeasured("Yearly rates are compound between the first and last year", 150, 12)) {
      expect(measure(line, 12)).toBeLessThanOrEqual(150);
    }
  });

  it("is caught past the right edge, and a long run of digits breaks inside the image instead", async () => {
    const svg = `<svg><path fill="#000" d="M40 40L590 40L590 60Z"/></svg>`;
    expect(textOutside(svg, 600, 300, 32)).toMatch(/^text runs past the right edge \(x 590\.0 of 600\)/);
    const image = await drawHere(textJob(`数字 ${"1234567890".repeat(6)}`));
    expect(inkShare(image, { x: 600 - 30, y: 20, width: 30, height: 260 }, bg)).toBe(0);
  });

  it("is read from every path's numbers, however satori packs them, and only from paths", () => {
    // satori writes numbers back to back ("-1.5-2.25", ".5.5"); the extent is read in x, y pairs per path
    const svg =
      '<svg><rect x="0" y="0" width="1200" height="630"/><path fill="#000" d="M40.25 41-1.5-2.25L.5.5Q1e2 3e-1 9999"/>' +
      '<g><path d="M12 -0.125L1234.5 600.0625Z" fill="#000"/><circle cx="-90" cy="9000"/></g></svg>';
    expect(textExtent(svg)).toEqual({ left: -1.5, top: -2.25, right: 1234.5, bottom: 600.0625 });
    expect(textOutside(svg, 1200, 630, 20)).toBe(
      "text runs past the left edge (x -1.5) and right edge (x 1234.5 of 1200) and top edge (y -2.3), " +
        "closer than 20 px",
    );
    expect(textExtent('<svg><rect width="5" height="5"/><path d="" fill="#000"/></svg>')).toBeUndefined();
  });

  it("that does not fit the height stops the image with its address", async () => {
    await expect(drawHere(textJob("很长的一段话，".repeat(40)))).rejects.toThrow(
      /^\/probe\.png: text runs past the bottom edge/,
    );
  });
});

describe("slots", () => {
  const small = {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>',
    width: 100,
    height: 100,
    text: 10,
  };
  const wide = {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"/>',
    width: 400,
    height: 100,
    text: 12,
  };

  it("take the picture whose text comes out largest in the box", () => {
    expect(bestPicture({ candidates: [small, wide] }, { width: 400, height: 100 }).picture).toBe(wide);
    expect(bestPicture({ candidates: [small, wide] }, { width: 100, height: 400 }).picture).toBe(small);
  });

  it("that the layout lost are an error naming the image", () => {
    expect(() =>
      placeSlots("<svg></svg>", { path: "/x.png", width: 10, height: 10, slots: { chart: { candidates: [small] } } }),
    ).toThrow('/x.png: the layout has no room left for "chart"');
    expect(slotNode("chart", {}).props.children).toHaveLength(1);
  });
});

describe("a share card", () => {
  it("is 1200×630 with its title drawn inside the centre square", async () => {
    const card = await drawHere(cardJob(spec("方法与核算")));
    expect([card.width, card.height]).toEqual([1200, 630]);
    const title = { x: squareLeft + 20, y: 40, width: 200, height: 50 };
    expect(inkShare(card, title, bg)).toBeGreaterThan(0.05);
  });

  it("steps down to smaller type for a long title, and a title too long for any stops the card", async () => {
    const long = await drawHere(cardJob(spec("一个较长的标题，".repeat(4))));
    expect(long.height).toBe(630);
    await expect(drawHere(cardJob(spec("一个很长的标题".repeat(80))))).rejects.toThrow(
      /^\/og\/probe\.png: text runs past the bottom edge/,
    );
  });

  it("is written with zlib's faster level: the same pixels as at its default, in a larger file", async () => {
    const job = cardJob(spec("方法与核算"));
    const [fast, usual] = await Promise.all([drawHere(job), drawHere({ ...job, deflateLevel: 6 })]);
    expect(fast.pixels).toEqual(usual.pixels);
    expect(fast.bytes).toBeGreaterThan(usual.bytes);
  });
});

describe("a text box that came out blank", () => {
  // A chart download is drawn from its SVG by resvg, with the image fonts only, cut to the build's text: a glyph
  // the cut fonts lack is drawn as nothing, and the ink box of the title is what notices.
  const job: ImageJob = {
    path: "/charts/probe/probe.png",
    width: 240,
    height: 100,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="100"><rect width="240" height="100" fill="${bg}"/>` +
      '<text x="20" y="50" font-size="28">江华密码</text></svg>',
    text: "江华密码",
    inkBox: { x: 10, y: 15, width: 220, height: 50 },
  };

  it("stops the image with its address", async () => {
    await expect(drawHere(job, "0123")).rejects.toThrow(
      "/charts/probe/probe.png: the text came out blank: the font did not load",
    );
  });

  it("lets an image through when its text is drawn", async () => {
    await expect(drawHere(job)).resolves.toMatchObject({ width: 240, height: 100 });
  });
});
