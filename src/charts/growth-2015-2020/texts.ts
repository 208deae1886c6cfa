import { formatQuantity } from "../../data/format.ts";
import { lookup } from "../../data/lookup.ts";
import { multipleText, pick, requireFact } from "../kit.ts";
import type { Dataset } from "../../data/load.ts";
import type { DataText } from "../types.ts";
import { growthMeasures } from "./build.ts";

/** Each measure's 2020 level as a multiple of 2015: the title's "more than doubled" rests on these. */
export function growthMultiples(data: Dataset): number[] {
  return growthMeasures.map((m) => requireFact(data, m.to).value / requireFact(data, m.from).value);
}

export const growthTakeaway: DataText = (data, lang) => {
  const [output, added] = growthMultiples(data);
  const firms = requireFact(data, "scale-enterprises-2020").value - requireFact(data, "scale-enterprises-2015").value;
  const counter = requireFact(data, "scale-enterprises-2020").counter;
  const gain = formatQuantity(firms, "count", lang, { counter });
  const stated = formatQuantity(lookup(data, "claims", "value-added-multiple").stated, "times", lang);
  return lang === "zh"
    ? `五年里，按原文的首尾数值本站算得总产值为2015年的${multipleText(output!, lang)}、增加值为${multipleText(added!, lang)}（原文说增长了${stated}）；规模企业净增${gain}。`
    : `In five years, by our sums from the article's levels, output reached ${multipleText(output!, lang)} its 2015 level ` +
        `and value added ${multipleText(added!, lang)} (the article: "grew ${stated}"); firms above the size threshold ` +
        `showed a net gain of ${gain}.`;
};

/** Line 4 ties only the zone's tax to the zone; the other three are given without a scope. */
export const growthScopeNote: DataText = (_, lang) =>
  pick(
    lang,
    "税收一项原文写明是园区的；总产值、增加值和企业数原文没写范围，没有说是否只算高新区。",
    "Output, value added and tax are those of industrial firms above the size threshold, as in the article. " +
      "It gives the tax as the zone's; for output, value added and the firm count it names no scope, " +
      "so whether they cover the zone alone is not said.",
  );
