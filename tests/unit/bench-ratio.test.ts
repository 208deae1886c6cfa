// The chart benchmark's ratio of medians and its interval (bench/ratio.ts): the report says how sure a "2×" is.
import { describe, expect, it } from "vitest";
import { median, quartiles, ratioOfMedians } from "../../bench/ratio.ts";

describe("the ratio of two pages' median load times", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quartiles([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([2.5, 7.5]);
    expect(() => median([])).toThrow(/no values/);
  });

  it("is exact with no interval when every load took the same time", () => {
    expect(ratioOfMedians([1000, 1000, 1000], [500, 500, 500])).toEqual({ ratio: 2, low: 2, high: 2 });
  });

  it("gives an interval around the measured ratio that widens as the loads spread", () => {
    const faster = [420, 450, 480, 500, 510, 530, 560, 600, 650];
    const slower = [950, 1000, 1020, 1050, 1100, 1120, 1150, 1200, 1300];
    const narrow = ratioOfMedians(slower, faster);
    expect(narrow.ratio).toBeCloseTo(1100 / 510, 10);
    expect(narrow.low).toBeLessThan(narrow.ratio);
    expect(narrow.high).toBeGreaterThan(narrow.ratio);
    const spread = ratioOfMedians(
      slower.map((v, i) => (i % 2 ? v * 1.3 : v * 0.7)),
      faster.map((v, i) => (i % 2 ? v * 0.7 : v * 1.3)),
    );
    expect(spread.high - spread.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it("gives the same interval for the same loads and seed", () => {
    const a = [1, 5, 2, 8, 3];
    const b = [2, 2, 3, 1, 4];
    expect(ratioOfMedians(a, b)).toEqual(ratioOfMedians(a, b));
  });
});
