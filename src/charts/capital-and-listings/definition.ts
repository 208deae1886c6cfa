import { formatDate, formatFact } from "../../data/format.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildCapitalChart, placementTotal } from "./build.ts";

const capitalTakeaway: DataText = (data, lang) => {
  const fund = formatFact(requireFact(data, "guidance-fund"), lang);
  const neeq = formatFact(requireFact(data, "neeq-firms-registered"), lang);
  const placed = formatFact(requireFact(data, "high-tech-firms-placed"), lang);
  const date = data.events.get("csrc-poverty-opinion");
  const when = date ? formatDate(date.date, lang) : "";
  return lang === "zh"
    ? `${when}证监会发文后，江华借资本市场招商：一笔${fund}的引导基金，${neeq}新三板企业来注册公司，${placed}高新技术企业获得定增入股。`
    : `After the securities regulator's Opinions of ${when}, Jianghua used the capital market to recruit: a ${fund} guidance fund, ${neeq} from the NEEQ registering companies, and placements in ${placed} ranked as national high-tech enterprises.`;
};

export const capitalChart: ChartDefinition = {
  id: "capital-and-listings",
  title: {
    zh: "江华借资本市场招商：基金、新三板企业和定增",
    en: "Recruiting through the capital market: a fund, NEEQ firms, placements",
  },
  takeaway: capitalTakeaway,
  notes: [
    (data, lang) => {
      const firms = formatFact(requireFact(data, "high-tech-firms-placed"), lang);
      const each = formatFact(requireFact(data, "placement-per-firm"), lang);
      return pick(
        lang,
        `原文只说对${firms}企业“分别”定增${each}，没有给出总额；图中${placementTotal(data, lang)}是本站计算的合计。原文只给出证监会发文的日期，江华各项举措的日期未说明。`,
        `The article says only that ${each} was placed with each of ${firms} and gives no total; the ${placementTotal(data, lang)} shown is our sum. The article dates only the regulator's Opinions, not Jianghua's steps.`,
      );
    },
    (_, lang) =>
      pick(
        lang,
        "新三板，即全国中小企业股份转让系统（NEEQ）。原文说引导基金要靠入股、定增这类办法把企业吸引过来，但没说这几笔定增是否由该基金出资；两组企业是否重叠，原文也未说明。",
        "The NEEQ ('New Third Board') is China's National Equities Exchange and Quotations. The article says the fund was to draw firms in through equity stakes, private placements and other means, but not whether these placements were paid from it, nor whether the two groups of firms overlap.",
      ),
  ],
  uses: [
    "csrc-poverty-opinion",
    "guidance-fund",
    "neeq-firms-registered",
    "high-tech-firms-placed",
    "placement-per-firm",
  ],
  build: buildCapitalChart,
};
