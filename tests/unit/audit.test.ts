import { describe, expect, it } from "vitest";
import {
  agrees,
  auditDataset,
  compoundAnnualRate,
  daysBetween,
  decimalsOf,
  doublingReading,
  formatComputed,
  formatStated,
  roundTo,
} from "../../src/data/audit.ts";
import { loadDataset } from "../../src/data/load.ts";

const rows = auditDataset(loadDataset());
const row = (id: string) => {
  const found = rows.find((r) => r.claim.id === id);
  if (!found) throw new Error(`no audit row for ${id}`);
  return found;
};

describe("the audit rules", () => {
  it("takes the precision of a stated figure from how it is printed", () => {
    expect(decimalsOf(23.8)).toBe(1);
    expect(decimalsOf(82.54)).toBe(2);
    expect(decimalsOf(150)).toBe(0);
  });

  it("rounds halves up and is not fooled by binary fractions", () => {
    expect(roundTo(2.35, 1)).toBe(2.4);
    expect(roundTo(1.005, 2)).toBe(1.01);
  });

  it("computes a compound annual rate", () => {
    expect(compoundAnnualRate(100, 200, 1)).toBeCloseTo(100);
    expect(compoundAnnualRate(100, 121, 2)).toBeCloseTo(10);
  });

  it("counts calendar days, leap days included", () => {
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
    expect(daysBetween("2020-08-18", "2020-08-19")).toBe(1);
  });

  it("lets 'above X' agree only when the computed value is above X", () => {
    expect(agrees(21, 21.01, "above")).toBe(true);
    expect(agrees(21, 21, "above")).toBe(false);
    expect(agrees(2.7, 2.714, "exact")).toBe(true);
    expect(agrees(2.7, 2.76, "exact")).toBe(false);
  });
});

describe("the article's derived figures", () => {
  it("finds that output grew 19.57% a year, not the stated 23.8%", () => {
    expect(row("output-annual-rate").computed).toBeCloseTo(19.5716, 3);
    expect(row("output-annual-rate").verdict).toBe("disagrees");
  });

  it("finds the output rate is not above 21% either", () => {
    expect(row("output-annual-rate-floor").verdict).toBe("disagrees");
  });

  it("puts 2020 value added at 2.71 times 2015, agreeing with the stated 2.7", () => {
    expect(row("value-added-multiple").computed).toBeCloseTo(2.7143, 3);
    expect(row("value-added-multiple").verdict).toBe("agrees");
  });

  it("puts 2020 park tax at 2.33 times 2015, agreeing with the stated 2.3", () => {
    expect(row("park-tax-multiple").computed).toBeCloseTo(2.3259, 3);
    expect(row("park-tax-multiple").verdict).toBe("agrees");
  });

  it("confirms the net gain of 62 scale enterprises", () => {
    expect(row("scale-enterprises-net-increase").computed).toBe(62);
    expect(row("scale-enterprises-net-increase").verdict).toBe("agrees");
  });

  it("counts 160 calendar days from 26 June to 3 December 2017, not the stated 150", () => {
    expect(row("guide-signing-to-production").computed).toBe(160);
    expect(row("guide-signing-to-production").verdict).toBe("disagrees");
    // The article prints "12月3日" without a year: the working brackets the year we read from the paragraph.
    expect(row("guide-signing-to-production").working).toBe("[2017]-12-03 − 2017-06-26");
  });

  it("derives a plan of 30万 m² from 120万 m² doubled twice, and marks it derived, not checked", () => {
    expect(row("factories-vs-plan").computed).toBe(30);
    expect(row("factories-vs-plan").verdict).toBe("derived");
    expect(formatComputed(row("factories-vs-plan"), "zh")).toBe("30万平方米");
    expect(row("factories-vs-plan").working).toBe("120 ÷ 4");
  });

  it("reads 翻两番 as four times a plan and the room above it, and refuses any other claim", () => {
    const data = loadDataset();
    expect(doublingReading(row("factories-vs-plan"), data)).toEqual({ times: 4, plan: 30, beyond: 90, unit: "m2_10k" });
    expect(() => doublingReading(row("output-annual-rate"), data)).toThrow(
      'claim "output-annual-rate": only a doublings claim with its level has a plan',
    );
    const withoutLevel = { ...data, facts: new Map([...data.facts].filter(([id]) => id !== "factories-secured")) };
    expect(() => doublingReading(row("factories-vs-plan"), withoutLevel)).toThrow("only a doublings claim");
  });

  it("marks the technology-industry-trade income rate as impossible to check", () => {
    expect(row("tech-trade-income-rate-floor").verdict).toBe("unverifiable");
    expect(formatComputed(row("tech-trade-income-rate-floor"), "en")).toBeUndefined();
  });

  it("formats stated and computed figures for readers in both languages", () => {
    expect(formatStated(row("output-annual-rate"), "zh")).toBe("23.8%");
    expect(formatComputed(row("output-annual-rate"), "en")).toBe("19.57%");
    expect(formatStated(row("scale-enterprises-net-increase"), "en")).toBe("62 enterprises");
    expect(formatComputed(row("guide-signing-to-production"), "zh")).toBe("160天");
  });

  it("rounds our figure to the places prose asks for: 19.57% a year is 19.6% in a summary", () => {
    expect(formatComputed(row("output-annual-rate"), "zh", 1)).toBe("19.6%");
    expect(formatComputed(row("output-annual-rate"), "en", 0)).toBe("20%");
  });

  it("audits every claim in the data", () => {
    expect(rows.map((r) => r.claim.id).sort()).toEqual([...loadDataset().claims.keys()].sort());
  });
});

describe("the audit rules at their edges", () => {
  const claim = (stated: number, qualifier: "exact" | "above" | "at-least" = "exact") =>
    ({
      id: "c",
      kind: "annual-rate",
      stated,
      unit: "percent",
      qualifier,
      label: { zh: "甲", en: "a" },
      source: { line: 4, nth: 1 },
    }) as const;
  const audited = (stated: number, computed: number | undefined, verdict: "agrees" | "derived" = "agrees") => ({
    claim: claim(stated),
    computed,
    computedUnit: "percent" as const,
    verdict,
    working: "",
    counter: undefined,
  });

  it("lets 'at least X' agree when the computed value is X or more", () => {
    expect(agrees(1, 1, "at-least")).toBe(true);
    expect(agrees(1, 0.99, "at-least")).toBe(false);
  });

  it("counts decimals of whole numbers, and rounds a negative half upwards too", () => {
    expect(decimalsOf(2)).toBe(0);
    expect(decimalsOf(0.5)).toBe(1);
    expect(roundTo(-2.35, 1)).toBe(-2.3);
    expect(roundTo(19.5716, 0)).toBe(20);
  });

  it("counts days from the first day of a coarser date", () => {
    expect(daysBetween("2017-06", "2017-06-26")).toBe(25);
    expect(daysBetween("2017", "2018")).toBe(365);
  });

  it("shows our figure with one decimal more than the stated one, at most two, and two for a derived one", () => {
    expect(formatComputed(audited(21, 19.5716), "en")).toBe("19.6%");
    expect(formatComputed(audited(23.8, 19.5716), "en")).toBe("19.57%");
    expect(formatComputed(audited(82.54, 82.5449), "en")).toBe("82.54%");
    expect(formatComputed(audited(2, 30.456, "derived"), "en")).toBe("30.46%");
    expect(formatComputed(audited(2, undefined), "en")).toBeUndefined();
  });

  it("shows the stated figure with its qualifier", () => {
    expect(formatStated({ ...audited(21, 19.6), claim: claim(21, "above") }, "zh")).toBe("21%以上");
  });
});
