// The short soak CI runs: a minute of a random visitor at the kiosk (scripts/soak-kiosk.ts, which records the
// long run in docs/benchmarks.md). After the first quarter minute, the nodes in the page and those its scripts
// keep, and the event listeners, must not grow by more than a few, and the heap by no more than a quarter: a leak
// per tap or per screen shows within a minute.
import { describe, expect, inject, it } from "vitest";
import { growthAfter, soak } from "../../scripts/soak-kiosk.ts";

describe("the kiosk under a random visitor for a minute", () => {
  it("keeps its DOM nodes, listeners and heap level after the warm-up", async () => {
    // A brisk visitor (pauses of 0.05–0.75 s), so that a minute shows many screens.
    const samples = await soak({ origin: inject("origin"), minutes: 1, every: 10, pace: 0.25 });
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const warm = samples.find((sample) => sample.minute >= 0.25)!;
    const last = samples.at(-1)!;
    const seen = JSON.stringify(samples);
    // What the page keeps: its document (screens are hidden, never removed) and the DOM objects its scripts hold.
    // A tooltip's or a countdown's text changes by a node or two; a leak per tap or per screen adds hundreds.
    expect(Math.abs(last.liveNodes - warm.liveNodes), seen).toBeLessThanOrEqual(10);
    expect(Math.abs(last.heapNodes - warm.heapNodes), seen).toBeLessThanOrEqual(4);
    // Chromium's own count also holds nodes the page no longer reaches until it frees them: a looser bound.
    expect(last.nodes - warm.nodes, seen).toBeLessThanOrEqual(60);
    expect(last.listeners - warm.listeners, seen).toBeLessThanOrEqual(2);
    expect(growthAfter(samples, 0.25).heap, seen).toBeLessThanOrEqual(0.25);
  }, 150_000);
});
