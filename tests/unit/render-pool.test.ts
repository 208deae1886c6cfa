// The render workers the build draws its images with (src/images/pool.ts, worker.ts): each warms up once before
// its first image, draws one image after another on the memory the last one used, and names the image it
// could not draw without stopping.
import { setTimeout as sleep } from "node:timers/promises";
import { decode } from "fast-png";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cutFonts } from "../../src/images/fonts.ts";
import type { ImageJob } from "../../src/images/job.ts";
import { RenderPool } from "../../src/images/pool.ts";
import type { Drawn } from "../../src/images/render.ts";

// A share card's size: a canvas of 738 pages of 4 KB, and as many again for the pixels handed to JavaScript.
const card = (n: number): ImageJob => ({
  path: `/test/${n}.png`,
  width: 1200,
  height: 630,
  text: String(n),
  svg:
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" ' +
    `fill="#fbfaf7"/><text x="60" y="200" font-size="120">${n}</text></svg>`,
});

let pool: RenderPool;
beforeAll(async () => {
  // the pool's own settings, whatever the shell has
  delete process.env.MIMALLOC_PURGE_DELAY;
  delete process.env.MIMALLOC_RESERVE_OS_MEMORY;
  // Page faults are counted in 4 KB pages here: with large pages a fresh canvas would cost two faults, not
  // hundreds, and memory the workers failed to reuse would go unseen.
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES = "0";
  pool = new RenderPool(await cutFonts("0123456789"), 1);
});
afterAll(() => pool.close());

describe("a render worker", () => {
  it("has its allocator keep the memory an image freed, instead of handing it back (docs/benchmarks.md)", () => {
    expect(process.env.MIMALLOC_PURGE_DELAY).toBe("-1");
    // and set memory aside up front, which keeps even a long image's canvas for the next one
    expect(process.env.MIMALLOC_RESERVE_OS_MEMORY).toBe("1GiB");
  });

  it("has a young generation of fixed size, which a long image's layout cannot grow (docs/benchmarks.md)", async () => {
    // A thread made after the pool, whose young objects keep surviving (as a long image's layout does): with
    // V8's defaults its new space grows to 128 MB; the pool fixes it at two semi-spaces of 8 MB.
    const code = `
      const { getHeapSpaceStatistics } = require("node:v8");
      const kept = [];
      let largest = 0;
      for (let round = 0; round < 40; round++) {
        kept.push(Array.from({ length: 100000 }, (_, i) => ({ i, s: "x" + i })));
        if (kept.length > 4) kept.shift();
        const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
        largest = Math.max(largest, newSpace);
      }
      require("node:worker_threads").parentPort.postMessage(largest / 2 ** 20);`;
    const largestMb = await new Promise<number>((resolve, reject) => {
      const probe = new Worker(code, { eval: true });
      probe.once("message", (mb: number) => void probe.terminate().then(() => resolve(mb)));
      probe.once("error", reject);
    });
    // Two semi-spaces of 8 MB read 16.25 MB, and once in a clean run 18.75 MB (V8's bookkeeping around the
    // spaces); the defaults read 128 MB. The bound sits far from both.
    expect(largestMb).toBeGreaterThan(8);
    expect(largestMb).toBeLessThanOrEqual(32);
  });

  it("warms up once, before its first image", async () => {
    await pool.render(card(1));
    expect(pool.warmUps).toHaveLength(1);
    expect(pool.warmUps[0]).toBeGreaterThan(0);
  });

  it("draws each image on the memory the one before it used", async () => {
    const drawn: Drawn[] = [];
    for (let n = 0; n < 6; n++) {
      drawn.push(await pool.render(card(n)));
      // Longer than the allocator's own delay (10 ms) before it hands freed memory back to the kernel.
      await sleep(50);
    }
    for (const image of drawn) {
      const png = decode(image.png);
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
    // Fresh memory for a card is about 1,500 faults. A card can still meet some (V8 may have moved the last
    // card's objects out of the young generation before they died), but most must draw on reused memory.
    const faults = drawn.map((image) => image.faults!);
    expect(faults.filter((count) => count < 200).length, `page faults of six cards: ${faults}`).toBeGreaterThan(3);
  });

  it("names the image it could not draw, and draws the next", async () => {
    await expect(pool.render({ ...card(7), svg: "<svg" })).rejects.toThrow(/^\/test\/7\.png: /);
    const next = await pool.render(card(8));
    expect(decode(next.png).width).toBe(1200);
  });
});

describe("a render worker whose warm-up fails", () => {
  it("says why, and draws its jobs all the same", async () => {
    const warnings: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((line: string) => void warnings.push(line));
    // The warm-up draws the sample; a character the cut fonts lack stops it.
    const failing = new RenderPool(await cutFonts("0123456789"), 1, { sample: "漢" });
    try {
      const drawn = await failing.render(card(3));
      expect(decode(drawn.png).width).toBe(1200);
      expect(warnings).toEqual([expect.stringMatching(/warm-up failed .*no image font has a glyph for "漢"/)]);
    } finally {
      warn.mockRestore();
      await failing.close();
    }
  });

  it("draws the build's job it was given to warm up on, and says so when that job fails", async () => {
    const warnings: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((line: string) => void warnings.push(line));
    const warming = new RenderPool(await cutFonts("0123456789"), 1, { job: { ...card(9), svg: "<svg" } });
    try {
      const drawn = await warming.render(card(4));
      expect(decode(drawn.png).width).toBe(1200);
      expect(warnings).toEqual([expect.stringMatching(/warm-up failed .*\/test\/9\.png: /)]);
    } finally {
      warn.mockRestore();
      await warming.close();
    }
  });
});
