// Share cards are checked where they are made: a card that would go out clipped, blank or with missing glyphs
// stops the build and names the page. These render real cards with the real font.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { palette } from "../../src/charts/palette.ts";
import { cardMargin } from "../../src/og/card-layout.ts";
import { cardPath, cardSize } from "../../src/og/card-path.ts";
import type { CardSpec } from "../../src/og/cards.ts";
import { inkShare } from "../../src/og/png.ts";
import { renderCard, type CardContext } from "../../src/og/render-card.ts";

const data = loadDataset();

function spec(title: string, line = "一个山区县的工业账"): CardSpec {
  return { page: "/probe/", file: "/og/probe.png", lang: "zh", kicker: "江华密码 · The Jianghua Codes", title, line };
}

function context(...specs: CardSpec[]): CardContext {
  return { cardText: specs.map((s) => s.kicker + s.title + s.line).join(""), chartText: "", host: "example.org", data };
}

describe("share card paths", () => {
  it("mirror the page path, with index.png for the home page of each language", () => {
    expect(cardPath("/")).toBe("/og/index.png");
    expect(cardPath("/en/")).toBe("/og/en/index.png");
    expect(cardPath("/methods/")).toBe("/og/methods.png");
    expect(cardPath("/en/charts/growth-2015-2020/")).toBe("/og/en/charts/growth-2015-2020.png");
  });
});

describe("a share card", () => {
  it("is 1200×630 with its title drawn", async () => {
    const card = spec("方法与核算");
    const raster = await renderCard(card, context(card));
    expect([raster.width, raster.height]).toEqual([cardSize.width, cardSize.height]);
    const title = { x: cardMargin, y: cardMargin + 60, width: 300, height: 60 };
    expect(inkShare(raster, title, palette.light.bg)).toBeGreaterThan(0.05);
  });

  it("breaks a long run of digits inside the card instead of letting it run off the edge", async () => {
    const card = spec(`数字 ${"1234567890".repeat(4)}`);
    const raster = await renderCard(card, context(card));
    const rightMargin = { x: cardSize.width - cardMargin + 8, y: 16, width: cardMargin - 12, height: cardSize.height - 20 };
    expect(inkShare(raster, rightMargin, palette.light.bg)).toBe(0);
    const secondLine = { x: cardMargin, y: cardMargin + 150, width: 400, height: 60 };
    expect(inkShare(raster, secondLine, palette.light.bg)).toBeGreaterThan(0.05);
  });

  it("stops with the card and page named when the title is too long for the card", async () => {
    const card = spec("一个很长的标题".repeat(30));
    await expect(renderCard(card, context(card))).rejects.toThrow(/^share card \/og\/probe\.png \(page \/probe\/\): the texts need \d+ px even in the smallest type, but the card is 630 px tall/);
  });

  it("steps down to smaller type for a long title rather than failing", async () => {
    const card = spec("一个较长的标题，".repeat(4));
    const raster = await renderCard(card, context(card));
    expect(raster.height).toBe(630);
  });

  it("stops with the page named when the font has no glyph for a character", async () => {
    const card = spec("江华 \u{1F680}");
    await expect(renderCard(card, context(card))).rejects.toThrow(/^share card \/og\/probe\.png \(page \/probe\/\): the font has no glyph/);
  });

  it("stops with the page named when the font package is missing", async () => {
    const card = spec("方法与核算");
    const elsewhere = { ...context(card), fontRoot: mkdtempSync(join(tmpdir(), "no-fonts-")) };
    await expect(renderCard(card, elsewhere)).rejects.toThrow(
      /^share card \/og\/probe\.png \(page \/probe\/\): the font @expo-google-fonts\/noto-sans-sc\/\S+\.ttf is missing: run npm install/,
    );
  });
});
