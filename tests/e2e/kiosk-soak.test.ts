// The short soak CI runs: a minute of a random visitor at the kiosk (scripts/soak-kiosk.ts, which records the
// long run in docs/benchmarks.md). After the first quarter minute, DOM nodes and event listeners must not grow
// by more than a few and the heap by more than a quarter: a leak per tap or per screen shows within a minute.
import { describe, expect, inject, it } from "vitest";
import { growthAfter, soak } from "../../scripts/soak-kiosk.ts";

describe("the kiosk under a random visitor for a minute", () => {
  it("keeps its DOM nodes, listeners and heap level after the warm-up", async () => {
    const samples = await soak({ origin: inject("origin"), minutes: 1, every: 10 });
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const warm = samples.find((sample) => sample.minute >= 0.25)!;
    const last = samples.at(-1)!;
    const seen = JSON.stringify(samples);
    // Screens come and go, so a few nodes more or less; a leak per tap or per screen adds hundreds.
    expect(last.nodes - warm.nodes, seen).toBeLessThanOrEqual(60);
    expect(last.listeners - warm.listeners, seen).toBeLessThanOrEqual(2);
    expect(growthAfter(samples, 0.25).heap, seen).toBeLessThanOrEqual(0.25);
  }, 150_000);
});
