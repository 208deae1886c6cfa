// 贵德 from signing to production, one step at a time: the signing, the work the county did that day, the start
// of production, the "exactly 150 days" the feature states beside the 160 the calendar gives, and last the
// "nearly two years" of the usual procedure, for which the time axis widens. Each state is a whole chart; marks
// that stay on stage keep their key, so the page moves them when the axis changes.
import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { auditDataset, formatComputed, formatStated } from "../../data/audit.ts";
import { formatDate, formatEventDate, formatFact, formatMonthTick, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { requireEvent, requireFact, wrapText } from "../../charts/kit.ts";
import { measureText } from "../../charts/text/measure.ts";
import type { Shape } from "../../charts/model.ts";
import { bar, dot, rule, text } from "../marks.ts";
import type { StepStoryDefinition, StoryState } from "../types.ts";
import { guideWords } from "./texts.ts";

const width = 380;
const margin = 26;
/** Baselines of the three rows' labels; each row's bar sits just below its label. */
const rows = { a: 30, b: 106, c: 166 };
const barY = (row: keyof typeof rows) => rows[row] + 10;
const barHeight = 18;
const mid = barY("a") + barHeight / 2;
const axisY = 212;

type X = ScaleTime<number, number>;
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const after = (date: Date) => utcDay.offset(date, 1);
const scale = (start: Date, end: Date): X =>
  scaleUtc()
    .domain([utcMonth.floor(start), utcMonth.ceil(end)])
    .range([margin, width - margin]);

/** Months while the axis holds the project's months, half-years once it holds the usual two years; the year is
 *  written under the first month and under each January. */
function axis(x: X, lang: Lang, halfYears: boolean): Shape[] {
  const [start, end] = x.domain() as [Date, Date];
  const tick = { anchor: "middle", baseline: "hanging", size: 12, tone: "muted" } as const;
  const months = (halfYears ? utcMonth.every(6)! : utcMonth).range(start, after(end));
  const marks = months.flatMap((month, i) => {
    const key = `tick-${month.toISOString().slice(0, 7)}`;
    const at = x(month);
    const year = String(month.getUTCFullYear());
    const shapes = [
      rule(key, at, axisY, at, axisY + 5),
      text(`${key}-label`, at, axisY + 8, formatMonthTick(month.getUTCMonth() + 1, lang), tick),
    ];
    if (i === 0 || month.getUTCMonth() === 0) {
      shapes.push(text(`year-${year}`, at, axisY + 26, formatDate(year, lang), tick));
    }
    return shapes;
  });
  return [rule("axis", margin, axisY, width - margin, axisY), ...marks];
}

function buildGuideStates(data: Dataset, lang: Lang): StoryState[] {
  const signing = requireEvent(data, "guide-signing");
  const production = requireEvent(data, "guide-production");
  const usual = requireFact(data, "guide-usual-duration");
  const claim = auditDataset(data).find((row) => row.claim.id === "guide-signing-to-production");
  if (claim?.computed === undefined) throw new Error(`step story "guide-days": no days computed for its claim`);
  const [start, end] = [utc(signing.date), utc(production.date)];
  const statedEnd = utcDay.offset(start, claim.claim.stated);
  const usualEnd = utcYear.offset(start, usual.value);
  const words = guideWords(lang, {
    signed: formatDate(signing.date, lang),
    produced: formatEventDate(production, lang),
    stated: formatStated(claim, lang),
    counted: formatComputed(claim, lang, 0)!,
    usual: formatFact(usual, lang),
  });
  const [near, far] = [scale(start, end), scale(start, usualEnd)];
  const bold = { baseline: "middle", weight: "bold" } as const;

  const signed = (x: X) => [text("signing-label", x(start), rows.a, words.signing), dot("signing", x(start), mid)];
  const workLines = wrapText(words.work, width - margin - near(start) - 12, 12);
  const work = [
    rule("work-arrow", near(start) + 8, mid, width - margin - 6, mid, "mark-1", true),
    { kind: "path", d: `M${width - margin},${mid}l-9,-5v10z`, tone: "mark-1", fill: true, key: "work-head" } as Shape,
    ...workLines.map((line, i) => text(`work-${i}`, near(start) + 12, mid + 28 + i * 16, line, { size: 12 })),
  ];
  const produced = (x: X) => [
    bar("actual-bar", x(start), barY("a"), x(end) - x(start), barHeight, "mark-1"),
    ...signed(x),
    dot("production", x(end), mid),
  ];
  const productionLabel = text("production-label", near(end) + 8, mid + 18, words.production, {
    anchor: "end",
    baseline: "hanging",
  });
  const stated = (x: X) => [
    text("stated-label", x(start), rows.b, words.stated),
    bar("stated-bar", x(start), barY("b"), x(statedEnd) - x(start), barHeight, "mark-2"),
  ];
  const fitsInside = measureText(words.counted, 13, "bold") + 16 < near(end) - near(start);
  const counted = [
    bar("gap", near(statedEnd), barY("b"), near(end) - near(statedEnd), barHeight, "mark-2", true),
    rule("gap-line", near(end), barY("b") - 6, near(end), barY("b") + barHeight + 6, "text", true),
    fitsInside
      ? text("counted", near(start) + 8, mid, words.counted, { ...bold, tone: "bg" })
      : text("counted", near(end) + 10, mid, words.counted, bold),
  ];
  const usualRow = [
    text("counted", far(end) + 10, mid, words.counted, bold),
    text("usual-label", far(start), rows.c, words.usual),
    bar("usual-bar", far(start), barY("c"), far(usualEnd) - far(start), barHeight, "rule", true),
  ];

  const months = axis(near, lang, false);
  const shapes: Shape[][] = [
    [...months, ...signed(near)],
    [...months, ...signed(near), ...work],
    [...months, ...produced(near), productionLabel],
    [...months, ...produced(near), productionLabel, ...stated(near)],
    [...months, ...produced(near), productionLabel, ...stated(near), ...counted],
    [...axis(far, lang, true), ...produced(far), ...stated(far), ...usualRow],
  ];
  return shapes.map((state, i) => ({ shapes: state, description: words.descriptions[i]! }));
}

export const guideDaysStory: StepStoryDefinition = {
  id: "guide-days",
  title: { zh: "贵德项目：从签约到投产", en: "The Guide project, from signing to production" },
  steps: ["guide-signing", "guide-the-work", "guide-production", "guide-150-days", "guide-160-days", "guide-two-years"],
  size: { width, height: 256 },
  uses: ["guide-signing", "guide-production", "guide-signing-to-production", "guide-usual-duration"],
  build: buildGuideStates,
};
