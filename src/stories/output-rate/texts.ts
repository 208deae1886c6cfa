// The words of the output story's chart: its caption, legend and each state's description for screen readers.
// Figures come in formatted (src/data/format.ts, src/data/audit.ts); nothing here is a number of its own.
import type { Lang } from "../../data/format.ts";

export interface OutputFigures {
  /** The two years, as a date is written: 2015年 / 2015. */
  from: string;
  to: string;
  base: string;
  level: string;
  stated: string;
  floor: string;
  /** The floor's rate without its qualifier: 21%. */
  floorRate: string;
  computed: string;
}

export function outputWords(lang: Lang, f: OutputFigures) {
  const zh = {
    caption: "规模工业总产值",
    stated: `报道：年均${f.stated}`,
    floor: `报道：年均${f.floor}`,
    computed: `本站复算：年均${f.computed}`,
    descriptions: [
      `只有两个点：${f.from}${f.base}，${f.to}${f.level}。中间几年没有给出数字。`,
      `一条线从${f.from}的水平起，按报道的年均${f.stated}增长，到${f.to}高出实际的${f.level}。`,
      `再加一条每年增长${f.floorRate}的虚线，代表报道中“${f.floor}”的下限；到${f.to}，它也仍在实际水平之上。`,
      `本站按起止两年复算的线，每年增长${f.computed}，正好落在${f.to}的${f.level}上，低于两种说法。`,
    ],
  };
  const en = {
    caption: "Output of firms above the size threshold, yuan",
    stated: `Stated: ${f.stated} a year`,
    floor: `Stated: ${f.floor} a year`,
    computed: `Worked out by us: ${f.computed} a year`,
    descriptions: [
      `Only two points: ${f.base} in ${f.from} and ${f.level} in ${f.to}. No figures are given for the years between.`,
      `A line grows from the ${f.from} level at the stated ${f.stated} a year and ends above the actual ${f.level} in ${f.to}.`,
      `A dashed line growing by ${f.floorRate} a year, the floor of the stated "${f.floor}", also ends above the ${f.to} level.`,
      `The line we worked out from the two levels, ${f.computed} a year, meets ${f.level} in ${f.to} exactly, below ` +
        "both stated rates.",
    ],
  };
  return lang === "zh" ? zh : en;
}
