// The one date a build writes (the site's update date, in citations) comes from settings, never the clock.
import { describe, expect, it } from "vitest";
import { resolveUpdated } from "../../src/site/updated.ts";

const file = (updated: unknown) => JSON.stringify({ origin: "", updated });

describe("the update date", () => {
  it("comes from site.config.json", () => {
    expect(resolveUpdated({}, file("2026-12-01"))).toBe("2026-12-01");
  });

  it("comes from SOURCE_DATE_EPOCH first, read as a UTC day", () => {
    expect(resolveUpdated({ SOURCE_DATE_EPOCH: "1781481600" }, file("2026-12-01"))).toBe("2026-06-15");
    expect(resolveUpdated({ SOURCE_DATE_EPOCH: "1781567999" }, file("2026-12-01"))).toBe("2026-06-15");
    expect(resolveUpdated({ SOURCE_DATE_EPOCH: " " }, file("2026-12-01"))).toBe("2026-12-01");
  });

  it("refuses a bad setting with a message naming it", () => {
    expect(() => resolveUpdated({ SOURCE_DATE_EPOCH: "yesterday" }, file("2026-12-01"))).toThrow(
      /^SOURCE_DATE_EPOCH="yesterday": expected whole seconds since 1970-01-01 UTC/,
    );
    expect(() => resolveUpdated({ SOURCE_DATE_EPOCH: "-5" }, file("2026-12-01"))).toThrow(/SOURCE_DATE_EPOCH="-5"/);
    for (const [value, shown] of [
      ["2026-02-30", '"2026-02-30"'],
      ["1 Dec 2026", '"1 Dec 2026"'],
      [20261201, "20261201"],
    ] as const) {
      expect(() => resolveUpdated({}, file(value))).toThrow(
        `site.config.json: "updated": expected the date of the last update as YYYY-MM-DD, got ${shown}`,
      );
    }
    expect(() => resolveUpdated({}, JSON.stringify({ origin: "" }))).toThrow(/"updated": .* got nothing/);
    expect(() => resolveUpdated({}, "{")).toThrow(/^site\.config\.json is not valid JSON/);
  });

  it("is set in the committed file", () => {
    expect(resolveUpdated({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
