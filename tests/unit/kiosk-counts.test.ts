import { describe, expect, it } from "vitest";
import { countsJson, countsKey, dayOf, KioskCounts, keptDays, parseCounts } from "../../src/kiosk/counts.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("the kiosk's anonymous counts", () => {
  it("count visits per day, the codes they open, whether they chose English, and resets", () => {
    const storage = memoryStorage();
    let now = new Date(2026, 11, 1, 10, 0);
    const counts = new KioskCounts(storage, () => now);
    counts.session();
    counts.codeOpened("spirit");
    counts.english();
    counts.english();
    counts.codeOpened("service");
    counts.reset();
    counts.session();
    counts.codeOpened("spirit");
    now = new Date(2026, 11, 2, 9, 0);
    counts.session();
    expect(counts.read().days).toEqual({
      "2026-12-01": { sessions: 2, codes: { spirit: 2, service: 1 }, lang: { zh: 1, en: 1 }, resets: 1 },
      "2026-12-02": { sessions: 1, codes: {}, lang: { zh: 1, en: 0 }, resets: 0 },
    });
  });

  it("keep them across a new KioskCounts (a reload or a new build) until staff clear them", () => {
    const storage = memoryStorage();
    new KioskCounts(storage).session();
    expect(Object.values(new KioskCounts(storage).read().days)[0]!.sessions).toBe(1);
    new KioskCounts(storage).clear();
    expect(storage.items.has(countsKey)).toBe(false);
    expect(new KioskCounts(storage).read().days).toEqual({});
  });

  it(`keep only the last ${keptDays} days`, () => {
    const storage = memoryStorage();
    let day = 0;
    const counts = new KioskCounts(storage, () => new Date(2026, 0, 1 + day));
    for (day = 0; day < keptDays + 5; day++) counts.session();
    const days = Object.keys(counts.read().days).sort();
    expect(days).toHaveLength(keptDays);
    expect(days[0]).toBe(dayOf(new Date(2026, 0, 6)));
  });

  it("hold nothing but day keys, code names and whole numbers: a damaged store is cleaned, not trusted", () => {
    const stored = JSON.stringify({
      days: {
        "2026-12-01": {
          sessions: 3,
          codes: { spirit: 2, "<b>x</b>": 9 },
          lang: { zh: -1, en: 1.5 },
          resets: "7",
          visitor: "Li",
        },
        yesterday: { sessions: 1 },
      },
    });
    expect(parseCounts(stored)).toEqual({
      v: 1,
      days: { "2026-12-01": { sessions: 3, codes: { spirit: 2 }, lang: { zh: 0, en: 0 }, resets: 0 } },
    });
    expect(parseCounts("{not json")).toEqual({ v: 1, days: {} });
    expect(parseCounts(null)).toEqual({ v: 1, days: {} });
  });

  it("go on when storage is full", () => {
    const counts = new KioskCounts({
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    expect(() => counts.session()).not.toThrow();
  });

  it("fit a QR code: the most recent days that fit, newest kept", () => {
    const days = Object.fromEntries(
      Array.from({ length: keptDays }, (_, i) => [
        dayOf(new Date(2026, 0, 1 + i)),
        { sessions: 100 + i, codes: { spirit: 1, service: 2 }, lang: { zh: 50, en: 50 }, resets: 90 },
      ]),
    );
    const json = countsJson({ v: 1, days }, "abc123def456");
    expect(json.length).toBeLessThanOrEqual(1500);
    const parsed = JSON.parse(json) as { build: string; days: Record<string, unknown> };
    expect(parsed.build).toBe("abc123def456");
    const kept = Object.keys(parsed.days).sort();
    expect(kept.at(-1)).toBe(dayOf(new Date(2026, 0, keptDays)));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(keptDays);
  });
});
