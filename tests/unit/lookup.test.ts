// The one lookup of records by kind and id: found in the kinds' order, and a missing id named with who asked.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { lookup, lookupAny } from "../../src/data/lookup.ts";

const data = loadDataset();

describe("looking up a record", () => {
  it("finds facts, events, lists, claims, organisations and links by id", () => {
    expect(lookup(data, "facts", "output-2020").value).toBe(197.2);
    expect(lookup(data, "events", "guide-signing").date).toBe("2017-06-26");
    expect(lookup(data, "claims", "output-annual-rate").stated).toBe(23.8);
    expect(lookup(data, "lists", "service-styles").items.map((item) => item.id)).toEqual(["nanny", "mother"]);
    expect(lookup(data, "organisations", data.links[0]!.from).id).toBe(data.links[0]!.from);
    expect(lookup(data, "links", data.links[1]!.id)).toBe(data.links[1]);
  });

  it("tries the kinds in order and returns the first record with the id", () => {
    expect(lookupAny(data, ["events", "facts"], "output-2015", "test")).toBe(data.facts.get("output-2015"));
    expect(lookupAny(data, ["claims", "facts"], "output-annual-rate", "test")).toBe(
      data.claims.get("output-annual-rate"),
    );
  });

  it("names who asked, the kinds it looked in and the id when nothing has it", () => {
    expect(() => lookup(data, "facts", "output-2030")).toThrow(
      'chart data: no fact has the id "output-2030" in content/data',
    );
    expect(() => lookupAny(data, ["facts", "links"], "nothing", 'chart "x" uses "nothing"')).toThrow(
      'chart "x" uses "nothing": no fact or link has the id "nothing" in content/data',
    );
    expect(() => lookup(data, "facts", "output-2020-")).toThrow(/no fact/);
  });
});
