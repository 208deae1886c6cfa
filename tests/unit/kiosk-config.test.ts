import { describe, expect, it } from "vitest";
import { defaults, isOpen, parseHours, parseKioskConfig, screenFor } from "../../src/kiosk/config.ts";

describe("kiosk settings from the query string", () => {
  it("uses the defaults when nothing is set: 90 s idle, a 20 s countdown, a look for a new build every 30 min", () => {
    expect(parseKioskConfig("")).toEqual(defaults);
    expect(defaults).toMatchObject({ idle: 90, countdown: 20, update: 30, reach: 0, hours: undefined });
  });

  it("takes values within bounds", () => {
    expect(parseKioskConfig("?idle=30&attract=10&cycle=5&countdown=30&update=5&reach=1&hours=08:30-17:00")).toEqual({
      idle: 30,
      attract: 10,
      cycle: 5,
      countdown: 30,
      update: 5,
      reach: 1,
      hours: [510, 1020],
    });
  });

  it.each([
    ["?idle=abc", "not a number"],
    ["?idle=-5", "negative"],
    ["?idle=1", "too short"],
    ["?idle=999999", "too long"],
    ["?idle=30&idle=40", "repeated"],
    ["?idle=1e3", "exponent"],
    ["?idle=%3Cscript%3E", "markup"],
    ["?countdown=5", "a countdown shorter than WCAG's 20 s"],
    ["?update=0", "no looks for updates at all"],
    ["?reach=2", "a reach mode that is neither on nor off"],
    ["?hours=17:00-08:30", "closing before opening"],
    ["?hours=8:30-17:00", "an hour without its leading zero"],
    ["?hours=08:30-25:00", "an hour past midnight"],
  ])("falls back to the default for %s (%s)", (search) => {
    expect(parseKioskConfig(search)).toEqual(defaults);
  });
});

describe("opening hours", () => {
  it("reads HH:MM-HH:MM as minutes after midnight", () => {
    expect(parseHours("00:00-24:00")).toEqual([0, 1440]);
    expect(parseHours("09:15-09:16")).toEqual([555, 556]);
  });

  it("counts the opening minute in and the closing minute out; no hours means always open", () => {
    expect(isOpen([510, 1020], 510)).toBe(true);
    expect(isOpen([510, 1020], 1019)).toBe(true);
    expect(isOpen([510, 1020], 1020)).toBe(false);
    expect(isOpen([510, 1020], 509)).toBe(false);
    expect(isOpen(undefined, 3)).toBe(true);
  });
});

describe("?screen=", () => {
  const ids = ["start", "overview-investment", "overview-rates", "spirit-strategies", "staff"];
  const sequences = ["overview", "spirit"];
  it("opens a screen by its id, a sequence by its first slide, and the start for anything else", () => {
    expect(screenFor("overview-rates", ids, sequences)).toBe("overview-rates");
    expect(screenFor("spirit", ids, sequences)).toBe("spirit-strategies");
    expect(screenFor("staff", ids, sequences)).toBe("staff");
    expect(screenFor(null, ids, sequences)).toBe("start");
    expect(screenFor("nowhere", ids, sequences)).toBe("start");
    expect(screenFor("<img>", ids, sequences)).toBe("start");
  });
});
