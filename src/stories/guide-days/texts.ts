// The words of the 贵德 story's chart, each state's labels and its description for screen readers. Figures come
// in formatted (src/data/format.ts, src/data/audit.ts); nothing here is a number of its own.
import type { Lang } from "../../data/format.ts";

export interface GuideFigures {
  signed: string;
  produced: string;
  stated: string;
  counted: string;
  usual: string;
}

export function guideWords(lang: Lang, f: GuideFigures) {
  const zh = {
    signing: `${f.signed} 签约`,
    production: `${f.produced} 投产`,
    work: "签约当天：成立指挥部，倒排工期；此后手续限时办结",
    stated: `报道的说法：“刚好${f.stated}”`,
    counted: `本站按日历数：${f.counted}`,
    usual: `常规流程：${f.usual}（喻贵的估计）`,
    descriptions: [
      `时间轴上标出${f.signed}，贵德集团与江华签约的日子。`,
      "从签约日起，一条虚线箭头向前伸：当天成立指挥部，倒排工期；此后审批手续限时办结。",
      `一条实心条从${f.signed}的签约连到${f.produced}的投产。`,
      `下方加了一条“刚好${f.stated}”的条，比签约到投产的条短一截。`,
      `本站按日历数，签约到投产是${f.counted}；“${f.stated}”的条与投产日之间空出一段。`,
      `时间轴放宽到两年多：和喻贵估计的常规流程${f.usual}相比，本站数出的${f.counted}和报道的${f.stated}都只占一小段。`,
    ],
  };
  const en = {
    signing: `${f.signed}: signed`,
    production: `${f.produced}: production`,
    work: "That day: a headquarters and a schedule counted back from production; then a deadline for each approval",
    stated: `As stated: "exactly ${f.stated}"`,
    counted: `Our calendar count: ${f.counted}`,
    usual: `Usual way: ${f.usual}, Yu Gui's estimate`,
    descriptions: [
      `A time axis marks ${f.signed}, the day the Guide Group signed with Jianghua.`,
      "A dashed arrow runs on from the signing: that day a headquarters and a schedule counted back; from then " +
        "on, a deadline for every approval.",
      `A solid bar joins the signing on ${f.signed} to the start of production on ${f.produced}.`,
      `Below it, a bar of the stated "exactly ${f.stated}" stops short of the start of production.`,
      `By our count on the calendar, signing to production is ${f.counted}; a gap is left between the stated ${f.stated} and ` +
        "production.",
      `The axis widens to over two years: beside the usual way's ${f.usual}, as Yu Gui put it, both our count of ` +
        `${f.counted} and the stated ${f.stated} are a short stretch.`,
    ],
  };
  return lang === "zh" ? zh : en;
}
