import { formatQuantity } from "../../data/format.ts";
import { multipleText, requireFact } from "../kit.ts";
import type { DataText } from "../types.ts";

export const growthTakeaway: DataText = (data, lang) => {
  const output = requireFact(data, "output-2020").value / requireFact(data, "output-2015").value;
  const added = requireFact(data, "value-added-2020").value / requireFact(data, "value-added-2015").value;
  const firms = requireFact(data, "scale-enterprises-2020").value - requireFact(data, "scale-enterprises-2015").value;
  const counter = requireFact(data, "scale-enterprises-2020").counter;
  return lang === "zh"
    ? `五年里，总产值增至${multipleText(output, lang)}，增加值增至${multipleText(added, lang)}，规模企业净增${formatQuantity(firms, "count", lang, { counter })}。`
    : `In five years output grew to ${multipleText(output, lang)} its 2015 level and value added to ${multipleText(added, lang)}; ${formatQuantity(firms, "count", lang, { counter })} joined the ranks of firms above the size threshold.`;
};
